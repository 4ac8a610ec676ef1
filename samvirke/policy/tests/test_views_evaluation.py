"""Evaluation pages: the report (HTML, versioned PDF), inviting stakeholders, and the questionnaire
behind a signed link."""

from pathlib import Path

import pytest
from django.core import signing
from django.core.files.base import ContentFile
from django.http import Http404
from django.utils import timezone
from django.views.static import serve

from samvirke.core.private_files import move_from_public_media
from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.directory.tests.factories import OrganisationFactory
from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.policy import tokens
from samvirke.policy.models import EvaluationReport, ReportDocument, StakeholderAnswer, StakeholderInvitation
from samvirke.policy.tests.factories import FocusAreaFactory, ReportFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def _pdf(report, version=1):
    document = ReportDocument(report=report, version=version, status=ReportDocument.Status.READY)
    document.file.save("x.pdf", ContentFile(b"%PDF-1.7 test"), save=True)
    return document


def test_a_published_report_and_its_pdf_are_public_a_draft_is_not(en, world, media):
    _pdf(world.report)
    url = f"/holstebro/evaluations/{world.report.pk}/"
    assert en.get(url).status_code == 404
    assert en.get(url + "v1.pdf").status_code == 404
    assert "Evaluering 2014–2017" not in en.get("/holstebro/evaluations/").content.decode()
    world.report.status = EvaluationReport.Status.PUBLISHED
    world.report.save()
    page = en.get(url).content.decode()
    assert "Evaluering 2014–2017" in page and "Initiatives that ran in the period" in page
    response = en.get(url + "v1.pdf")
    assert response["Content-Type"] == "application/pdf" and b"".join(response.streaming_content).startswith(
        b"%PDF"
    )
    assert en.get(url + "v2.pdf").status_code == 404
    assert "PDF, version 1" in en.get("/holstebro/evaluations/").content.decode()


def test_the_editor_generates_a_new_version(en, world, roles, django_capture_on_commit_callbacks):
    en.force_login(roles["editor"])
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = en.post(f"/holstebro/evaluations/{world.report.pk}/generate/")
    assert response.status_code == 302 and len(callbacks) == 1  # queued for the worker after commit
    assert list(world.report.documents.values_list("version", "status")) == [(1, "pending")]
    page = en.get(f"/holstebro/evaluations/{world.report.pk}/edit/").content.decode()
    assert "Version 1" in page and "Being generated" in page


def test_creating_a_report_through_the_site(en, world, roles):
    en.force_login(roles["editor"])
    response = en.post(
        "/holstebro/evaluations/new/",
        {
            "policy": world.policy.pk,
            "title": "Valgperioden 2018–2021",
            "period_start": "2018-01-01",
            "period_end": "2021-12-31",
        },
    )
    report = EvaluationReport.objects.get(title="Valgperioden 2018–2021")
    assert response["Location"] == f"/holstebro/evaluations/{report.pk}/edit/"
    assert report.sections.count() == 3  # introduction, the one focus area, conclusion
    bad = en.post(
        "/holstebro/evaluations/new/",
        {
            "policy": world.policy.pk,
            "title": "Baglæns",
            "period_start": "2021-01-01",
            "period_end": "2018-12-31",
        },
    )
    assert bad.status_code == 200 and "cannot end before it starts" in bad.content.decode()
    assert 'value="Baglæns"' in bad.content.decode()


def test_inviting_stakeholders_from_the_site(en, world, roles, django_capture_on_commit_callbacks):
    club = OrganisationFactory(municipality=world.place, name="Boldklubben", email="bold@example.org")
    initiative = InitiativeFactory(municipality=world.place)
    initiative.initiativeorganiser_set.create(organisation=club)
    world.point.initiatives.add(initiative)
    en.force_login(roles["editor"])
    url = f"/holstebro/evaluations/{world.report.pk}/stakeholders/"
    page = en.get(url).content.decode()
    assert (
        "Boldklubben" in page and "/holstebro/evaluations/answer/" in page
    )  # the already invited one's link
    with django_capture_on_commit_callbacks(execute=False):
        response = en.post(url, {"organisation": [club.pk]})
    assert response.status_code == 302, response.context["error"]
    assert StakeholderInvitation.objects.filter(report=world.report, organisation=club).exists()


def test_withdrawing_a_link(en, world, roles):
    token = tokens.make_token(world.invitation)
    en.force_login(roles["editor"])
    en.post(f"/holstebro/evaluations/{world.report.pk}/stakeholders/{world.invitation.pk}/withdraw/")
    en.logout()
    assert en.get(f"/holstebro/evaluations/answer/{token}/").status_code == 404


# -- the questionnaire -------------------------------------------------------------------------


def test_a_valid_link_opens_the_questionnaire_without_an_account(en, world):
    token = tokens.make_token(world.invitation)
    response = en.get(f"/holstebro/evaluations/answer/{token}/")
    page = response.content.decode()
    assert response.status_code == 200 and "Frivilligcenter" in page and "1. Uddannelse og erhverv" in page
    assert response["Cache-Control"].startswith("max-age=0")  # never served from a cache


def test_answers_are_saved_per_focus_area_and_can_be_changed(en, world):
    other = FocusAreaFactory(policy=world.policy, number="2")
    url = f"/holstebro/evaluations/answer/{tokens.make_token(world.invitation)}/"
    response = en.post(
        url, {f"worked-{world.area.pk}": "Lektiecaféen", f"improve-{other.pk}": "Tolke", "comment": "Tak"}
    )
    assert "Thank you" in response.content.decode()
    assert StakeholderAnswer.objects.filter(invitation=world.invitation).count() == 2
    page = en.get(url).content.decode()
    assert "Lektiecaféen" in page and "You answered on" in page


def test_an_empty_answer_is_refused_and_the_comment_is_kept(en, world):
    url = f"/holstebro/evaluations/answer/{tokens.make_token(world.invitation)}/"
    response = en.post(url, {"comment": "   ", f"improve-{world.area.pk}": "  "})
    assert response.status_code == 200 and "Write about at least one focus area" in response.content.decode()
    assert StakeholderAnswer.objects.count() == 0


def test_an_expired_link_says_so_and_a_tampered_one_is_not_found(en, world, monkeypatch):
    token = tokens.make_token(world.invitation)
    assert en.get(f"/holstebro/evaluations/answer/{token[:-2]}xx/").status_code == 404
    later = timezone.now().timestamp() + 90 * 24 * 3600
    monkeypatch.setattr(signing.time, "time", lambda: later)
    response = en.get(f"/holstebro/evaluations/answer/{token}/")
    assert response.status_code == 410 and "expired" in response.content.decode()


def test_a_link_only_works_under_its_own_municipality(client, world):
    MunicipalityFactory(slug="struer")
    token = tokens.make_token(world.invitation)
    assert client.get(f"/struer/evaluations/answer/{token}/").status_code == 404


def test_a_flood_of_answers_is_rate_limited(client, world, steady_rate_limits):
    url = f"/holstebro/evaluations/answer/{tokens.make_token(world.invitation)}/"
    statuses = [client.post(url, {"comment": "x"}).status_code for _ in range(31)]
    assert statuses[:30] == [200] * 30 and statuses[30] == 429


@pytest.mark.parametrize("rows", [1, 10])
def test_report_list_query_count_does_not_grow(client, world, rows, django_assert_max_num_queries, media):
    for _ in range(rows):
        _pdf(ReportFactory(policy=world.policy, status=EvaluationReport.Status.PUBLISHED))
    client.get("/holstebro/evaluations/")  # warm the language cache of the middleware
    with django_assert_max_num_queries(3):
        page = client.get("/holstebro/evaluations/")
    assert page.content.decode().count("PDF, version 1") == rows


def test_a_draft_reports_pdf_is_not_in_public_media_and_its_address_checks_permission(
    en, world, roles, media, settings, rf
):
    """Issue 17, finding 1: the draft's PDF was public at /media/policy/evaluations/<slug>/report-<pk>-v1.pdf."""
    document = _pdf(world.report)
    name = document.file.name
    assert name.startswith("policy/evaluations/holstebro/")
    # What a web server publishing MEDIA_ROOT (nginx, or runserver with DEBUG) would serve: nothing.
    assert not (media / name).exists()
    with pytest.raises(Http404):
        serve(rf.get(settings.MEDIA_URL + name), name, document_root=settings.MEDIA_ROOT)
    # The file's address leads to the report's PDF view, which refuses a visitor and serves an editor.
    response = en.get(document.file.url)
    assert response.status_code == 302
    pdf_url = f"/holstebro/evaluations/{world.report.pk}/v1.pdf"
    assert response["Location"] == pdf_url
    assert en.get(pdf_url).status_code == 404
    en.force_login(roles["editor"])
    response = en.get(pdf_url)
    assert response.status_code == 200 and response["Cache-Control"] == "private"
    assert b"".join(response.streaming_content) == b"%PDF-1.7 test"
    # Behind nginx the view only says where the file is; nginx's internal location sends it.
    settings.PRIVATE_MEDIA_ACCEL_REDIRECT = "/_private/"
    response = en.get(pdf_url)
    assert response["X-Accel-Redirect"] == f"/_private/{name}" and response.content == b""
    assert en.get("/files/policy/evaluations/holstebro/no-such-report.pdf").status_code == 404


def test_the_migration_moves_pdfs_from_public_media_to_private_storage(media, settings):
    settings.PRIVATE_MEDIA_ROOT = media / "private"
    (media / "policy/evaluations/holstebro").mkdir(parents=True)
    (media / "policy/evaluations/holstebro/report-7-v1.pdf").write_bytes(b"%PDF old")
    assert move_from_public_media(names=["policy/evaluations/holstebro/report-7-v1.pdf", "missing.pdf"]) == 1
    assert not (media / "policy/evaluations/holstebro/report-7-v1.pdf").exists()
    private = Path(settings.PRIVATE_MEDIA_ROOT) / "policy/evaluations/holstebro/report-7-v1.pdf"
    assert private.read_bytes() == b"%PDF old"
