"""Evaluation reports: what they gather for the period, and their versioned PDF documents."""

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from django.http import Http404

from samvirke.accounts.tests.factories import MembershipFactory, UserFactory
from samvirke.directory.tests.factories import OrganisationFactory
from samvirke.initiatives.tests.factories import InitiativeFactory, TargetGroupFactory
from samvirke.policy import pdf
from samvirke.policy.models import EvaluationReport, NarrativeSection, ReportDocument
from samvirke.policy.selectors import evaluation as evaluation_selectors
from samvirke.policy.services import evaluation as evaluation_services
from samvirke.policy.tests.factories import (
    ActionFactory,
    ActionStatusFactory,
    AnswerFactory,
    FocusAreaFactory,
    FocusPointFactory,
    IndicatorFactory,
    InvitationFactory,
    MeasurementFactory,
    PolicyFactory,
    ReportFactory,
    SuccessCriterionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def report():
    policy = PolicyFactory(municipality__slug="holstebro", municipality__name="Holstebro Kommune")
    place = policy.municipality
    area = FocusAreaFactory(policy=policy, number="1", title="Uddannelse")
    other_area = FocusAreaFactory(policy=policy, number="2", title="Sundhed")
    point = FocusPointFactory(focus_area=area, number="1.1")
    women = TargetGroupFactory(slug="women", name="Women")
    ran = InitiativeFactory(municipality=place, title="Lektiecafé", start_date=dt.date(2013, 1, 1))
    ran.target_groups.set([women])
    ran.initiativeorganiser_set.create(
        organisation=OrganisationFactory(municipality=place, name="Biblioteket")
    )
    undated = InitiativeFactory(municipality=place, title="Sprogcafé")
    later = InitiativeFactory(municipality=place, title="Ny klub", start_date=dt.date(2020, 1, 1))
    before = InitiativeFactory(
        municipality=place, title="Gammel klub", status="ended", end_date=dt.date(2012, 12, 31)
    )
    planned = InitiativeFactory(municipality=place, title="Planlagt", status="planned")
    point.initiatives.set([ran, undated, later, before, planned])
    criterion = SuccessCriterionFactory(policy=policy, focus_area=area, deadline=dt.date(2017, 12, 31))
    indicator = IndicatorFactory(
        criterion=criterion,
        baseline_value=Decimal(58),
        baseline_date=dt.date(2013, 1, 1),
        target_value=Decimal(70),
        target_date=dt.date(2017, 12, 31),
    )
    MeasurementFactory(indicator=indicator, date=dt.date(2016, 12, 31), value=Decimal(70))
    MeasurementFactory(indicator=indicator, date=dt.date(2018, 12, 31), value=Decimal(50))  # after the period
    report = ReportFactory(policy=policy, period_start=dt.date(2014, 1, 1), period_end=dt.date(2017, 12, 31))
    AnswerFactory(invitation__report=report, focus_area=area, worked="Lektiecaféen virker.")
    InvitationFactory(report=report, general_comment="Tak for samarbejdet.")
    NarrativeSection.objects.create(report=report, title="Indledning", body="Sådan gik det.", order=0)
    NarrativeSection.objects.create(report=report, focus_area=area, title="Uddannelse", body="Godt.", order=1)
    NarrativeSection.objects.create(report=report, title="Konklusion", body="Videre.", order=2)
    status = ActionStatusFactory(municipality=place, progress=40)
    action = ActionFactory(programme__policy=policy, status=status)
    action.focus_points.set([point])
    report.other_area = other_area
    return report


def test_the_report_gathers_per_focus_area_what_ran_in_the_period(report, django_assert_max_num_queries):
    with django_assert_max_num_queries(16):
        content = evaluation_selectors.get_report_content(report=report)
    first, second = content.areas
    assert [i.title for i in first.initiatives] == ["Lektiecafé", "Sprogcafé"]
    lektiecafe = first.initiatives[0]
    assert [link.organisation.name for link in lektiecafe.organiser_links] == ["Biblioteket"]
    assert [g.slug for g in lektiecafe.target_groups.all()] == ["women"]
    assert second.initiatives == [] and second.answers == []
    assert [a.worked for a in first.answers] == ["Lektiecaféen virker."]
    assert first.progress.percent == Decimal("40.0")
    assert [s.title for s in content.general] == ["Indledning"]
    assert [s.title for s in first.narratives] == ["Uddannelse"]
    assert [s.title for s in content.closing] == ["Konklusion"]
    assert [i.general_comment for i in content.comments] == ["Tak for samarbejdet."]
    assert (content.invited, content.answered) == (2, 0)


def test_results_are_judged_on_the_last_day_of_the_period_with_charts(report):
    content = evaluation_selectors.get_report_content(report=report)
    (criterion,) = content.areas[0].results
    (result,) = criterion.indicators
    assert result.assessment.case == "target-reached"  # the 2018 drop lies after the period
    assert "<svg" in str(result.chart.svg)


def test_creating_a_report_adds_a_section_per_focus_area():
    policy = PolicyFactory(municipality__country="DK")
    FocusAreaFactory(policy=policy, number="1", title="Uddannelse")
    report = evaluation_services.create_report(
        municipality=policy.municipality,
        policy=policy,
        title="Evaluering 2014–2017",
        period_start=dt.date(2014, 1, 1),
        period_end=dt.date(2017, 12, 31),
    )
    assert list(report.sections.values_list("title", "body")) == [
        ("Indledning", ""),
        ("1. Uddannelse", ""),
        ("Konklusion og næste skridt", ""),
    ]
    assert report.status == EvaluationReport.Status.DRAFT


def test_a_report_period_must_be_in_order():
    policy = PolicyFactory()
    with pytest.raises(Exception, match="end before"):
        evaluation_services.create_report(
            municipality=policy.municipality,
            policy=policy,
            title="x",
            period_start=dt.date(2018, 1, 1),
            period_end=dt.date(2017, 1, 1),
        )


def test_drafts_are_for_editors_only(report):
    editor = MembershipFactory(municipality=report.municipality).user
    with pytest.raises(Http404):
        evaluation_selectors.get_report_or_404(
            municipality=report.municipality, pk=report.pk, user=UserFactory()
        )
    assert (
        evaluation_selectors.get_report_or_404(municipality=report.municipality, pk=report.pk, user=editor)
        == report
    )
    assert list(evaluation_selectors.list_reports(municipality=report.municipality, user=UserFactory())) == []
    report.status = EvaluationReport.Status.PUBLISHED
    report.save()
    assert list(evaluation_selectors.list_reports(municipality=report.municipality, user=UserFactory())) == [
        report
    ]


@pytest.mark.django_db(transaction=True)
def test_generating_the_pdf_makes_a_new_version_in_the_background(report, run_tasks, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    first = evaluation_services.request_report_pdf(report=report, user=None)
    assert first.status == ReportDocument.Status.PENDING
    assert run_tasks() == 1
    first.refresh_from_db()
    assert first.status == ReportDocument.Status.READY
    pdf = first.file.read()
    assert pdf.startswith(b"%PDF-") and first.size == len(pdf) and len(first.sha256) == 64
    second = evaluation_services.request_report_pdf(report=report, user=None)
    run_tasks()
    second.refresh_from_db()
    assert (first.version, second.version) == (1, 2)
    assert first.file.name != second.file.name
    # Private storage, not public media (decision 0055).
    assert not (tmp_path / first.file.name).exists()
    assert (Path(settings.PRIVATE_MEDIA_ROOT) / first.file.name).exists()


def test_the_pdf_html_has_the_charts_tables_and_answers(report):
    html = pdf.render_report_html(report=report, for_pdf=True)
    assert "<svg" in html and "Lektiecafé" in html and "Lektiecaféen virker." in html
    assert "Ny klub" not in html  # started after the period
    assert "<style>" in html  # the print stylesheet; this document is never served to a browser


def test_a_failed_generation_is_recorded(report, monkeypatch):
    document = ReportDocument.objects.create(report=report, version=1)
    monkeypatch.setattr(pdf, "render_report_html", lambda **kwargs: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        pdf.generate_report_pdf(document_id=document.pk)
    document.refresh_from_db()
    assert document.status == ReportDocument.Status.FAILED
    assert document.error.startswith("ZeroDivisionError")
