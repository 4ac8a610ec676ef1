"""Editing in the site: the permission matrix of every write, and the editing flows themselves."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.policy.models import FocusPoint, Goal, Indicator, Measurement, Policy
from samvirke.policy.tests.factories import FocusAreaFactory, FocusPointFactory, GoalFactory, ThemeFactory

REFUSED = ["practitioner", "owner", "other editor"]
ALLOWED = ["editor", "region editor", "admin"]


def editor_pages(w) -> list[str]:
    """Every editor address of the policy app that answers GET."""
    m, p, g, r = w.place.slug, w.policy.slug, w.programme.slug, w.report.pk
    policy_parts = {
        "goal": w.goal,
        "challenge": w.challenge,
        "focus-area": w.area,
        "theme": w.theme,
        "focus-point": w.point,
        "criterion": w.criterion,
        "indicator": w.indicator,
        "measurement": w.measurement,
    }
    pages = [
        f"/{m}/policy/new/",
        f"/{m}/policy/{p}/edit/",
        f"/{m}/policy/{p}/edit/renumber/",
        f"/{m}/policy/{p}/history/",
        f"/{m}/policy/{p}/measurements/import/",
        f"/{m}/policy/{p}/edit/policy/{w.policy.pk}/",
        f"/{m}/programmes/new/",
        f"/{m}/programmes/{g}/edit/",
        f"/{m}/programmes/{g}/import/",
        f"/{m}/programmes/{g}/edit/programme/{w.programme.pk}/",
        f"/{m}/evaluations/new/",
        f"/{m}/evaluations/{r}/",  # a draft
        f"/{m}/evaluations/{r}/edit/",
        f"/{m}/evaluations/{r}/stakeholders/",
        f"/{m}/evaluations/{r}/edit/report/{r}/",
    ]
    for kind, obj in policy_parts.items():
        pages += [
            f"/{m}/policy/{p}/edit/{kind}/add/",
            f"/{m}/policy/{p}/edit/{kind}/{obj.pk}/",
            f"/{m}/policy/{p}/edit/{kind}/{obj.pk}/delete/",
        ]
    for kind, obj in {"action": w.action, "milestone": w.milestone, "status": w.status}.items():
        pages += [
            f"/{m}/programmes/{g}/edit/{kind}/add/",
            f"/{m}/programmes/{g}/edit/{kind}/{obj.pk}/",
            f"/{m}/programmes/{g}/edit/{kind}/{obj.pk}/delete/",
        ]
    pages += [
        f"/{m}/evaluations/{r}/edit/section/add/",
        f"/{m}/evaluations/{r}/edit/section/{w.section.pk}/",
        f"/{m}/evaluations/{r}/edit/section/{w.section.pk}/delete/",
    ]
    return pages


def post_only(w) -> list[str]:
    m, p, g, r = w.place.slug, w.policy.slug, w.programme.slug, w.report.pk
    return [
        f"/{m}/policy/{p}/edit/goal/{w.goal.pk}/move/",
        f"/{m}/policy/{p}/edit/focus-point/{w.point.pk}/move/",
        f"/{m}/programmes/{g}/edit/action/{w.action.pk}/move/",
        f"/{m}/evaluations/{r}/edit/section/{w.section.pk}/move/",
        f"/{m}/evaluations/{r}/generate/",
        f"/{m}/evaluations/{r}/stakeholders/{w.invitation.pk}/withdraw/",
    ]


def _login(client, user):
    client.logout()
    if user is not None:
        client.force_login(user)


def test_signed_out_visitors_are_sent_to_the_login_page(client, world):
    draft = f"/{world.place.slug}/evaluations/{world.report.pk}/"
    for url in editor_pages(world) + post_only(world):
        if url == draft:
            assert client.get(url).status_code == 404  # a draft report is simply not there
            continue
        for response in (client.post(url), client.get(url)):
            assert response.status_code == 302 and "/login/" in response["Location"], url


@pytest.mark.parametrize("role", REFUSED)
def test_everyone_but_the_municipalitys_editors_gets_a_404_and_changes_nothing(client, world, roles, role):
    _login(client, roles[role])
    for url in editor_pages(world) + post_only(world):
        assert client.post(url, {"text": "x", "direction": "up"}).status_code == 404, url
        if url not in post_only(world):
            assert client.get(url).status_code == 404, url
    assert Goal.objects.filter(pk=world.goal.pk, text="Alle deltager").exists()
    assert world.report.documents.count() == 0


@pytest.mark.parametrize("role", ALLOWED)
def test_editors_of_the_municipality_or_its_region_and_admins_may_open_every_editor_page(
    client, world, roles, role
):
    _login(client, roles[role])
    for url in editor_pages(world):
        assert client.get(url).status_code == 200, url


def test_an_id_from_another_policy_is_a_404_even_for_an_editor(client, world, roles):
    foreign = GoalFactory()
    _login(client, roles["admin"])
    url = f"/holstebro/policy/integrationspolitik/edit/goal/{foreign.pk}/"
    assert client.get(url).status_code == 404
    assert client.get("/holstebro/policy/integrationspolitik/edit/nonsense/add/").status_code == 404


# -- the flows --------------------------------------------------------------------------------------


@pytest.fixture
def editor(client, world, roles, english, settings):
    client.force_login(roles["editor"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"  # messages are asserted in English
    return client


def test_adding_a_goal_puts_it_last_and_returns_to_the_structure(editor, world):
    response = editor.post(
        "/holstebro/policy/integrationspolitik/edit/goal/add/", {"text": "Flere i uddannelse"}
    )
    assert response.status_code == 302 and response["Location"].endswith("/policy/integrationspolitik/edit/")
    assert list(Goal.objects.filter(policy=world.policy).values_list("text", flat=True)) == [
        "Alle deltager",
        "Flere i uddannelse",
    ]


def test_editing_a_focus_point_moves_it_and_links_initiatives(editor, world):
    other_area = FocusAreaFactory(policy=world.policy, number="2")
    club = InitiativeFactory(municipality=world.place, title="Jobklub")
    url = f"/holstebro/policy/integrationspolitik/edit/focus-point/{world.point.pk}/"
    page = editor.get(url).content.decode()
    assert 'value="1.2"' in page and "Sprogcaféen" in page
    response = editor.post(
        url,
        {
            "focus_area": other_area.pk,
            "theme": "",
            "number": "2.1",
            "title": "Flere i job",
            "text": "Tekst",
            "initiatives": [club.pk],
            "next": "/holstebro/policy/integrationspolitik/",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/holstebro/policy/integrationspolitik/"
    point = FocusPoint.objects.get(pk=world.point.pk)
    assert (point.focus_area, point.theme, point.number) == (other_area, None, "2.1")
    assert list(point.initiatives.all()) == [club]
    assert point.history.first().history_change_reason == "Linked: Jobklub; Unlinked: Sprogcaféen"


def test_a_focus_point_cannot_be_put_in_a_theme_of_another_area(editor, world):
    other_area = FocusAreaFactory(policy=world.policy)
    response = editor.post(
        f"/holstebro/policy/integrationspolitik/edit/focus-point/{world.point.pk}/",
        {
            "focus_area": other_area.pk,
            "theme": world.theme.pk,
            "number": "9.9",
            "title": "Skrevet",
            "text": "Tekst",
        },
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "The theme must belong to the same focus area." in page
    assert 'value="9.9"' in page  # what the editor typed is kept


def test_a_rejected_indicator_keeps_what_was_typed(editor, world):
    response = editor.post(
        "/holstebro/policy/integrationspolitik/edit/indicator/add/",
        {
            "criterion": world.criterion.pk,
            "name": "Ny indikator",
            "unit": "%",
            "direction": "higher",
            "comparison": "comparator",
            "target_value": "30",
        },
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "A target needs a deadline." in page and "Name the comparator" in page
    assert 'value="Ny indikator"' in page
    assert not Indicator.objects.filter(name="Ny indikator").exists()


def test_a_measurement_form_adds_a_measurement(editor, world):
    response = editor.post(
        "/holstebro/policy/integrationspolitik/edit/measurement/add/",
        {
            "indicator": world.indicator.pk,
            "series": "comparator",
            "date": "2017-12-31",
            "value": "22.9",
            "source": "DST",
        },
    )
    assert response.status_code == 302
    assert Measurement.objects.filter(indicator=world.indicator, series="comparator").count() == 1


def test_delete_asks_first_then_deletes(editor, world):
    url = f"/holstebro/policy/integrationspolitik/edit/goal/{world.goal.pk}/delete/"
    assert "Alle deltager" in editor.get(url).content.decode()
    assert Goal.objects.filter(pk=world.goal.pk).exists()
    assert editor.post(url).status_code == 302
    assert not Goal.objects.filter(pk=world.goal.pk).exists()


def test_deleting_what_others_depend_on_explains_why(editor, world):
    url = f"/holstebro/programmes/handlingsprogram/edit/status/{world.status.pk}/delete/"
    response = editor.post(url)
    assert response.status_code == 200 and "depend on it" in response.content.decode()


def test_move_and_renumber(editor, world):
    second = FocusPointFactory(focus_area=world.area, theme=world.theme, number="x", order=5)
    response = editor.post(
        f"/holstebro/policy/integrationspolitik/edit/focus-point/{second.pk}/move/", {"direction": "up"}
    )
    assert response.status_code == 302 and response["Location"].endswith(f"#focus-point-{second.pk}")
    editor.post("/holstebro/policy/integrationspolitik/edit/renumber/", {"scheme": "hierarchical"})
    assert FocusPoint.objects.get(pk=second.pk).number == "1.1.1"
    assert FocusPoint.objects.get(pk=world.point.pk).number == "1.1.2"


def test_creating_a_policy_refuses_a_taken_or_reserved_address_and_keeps_the_form(editor, world):
    response = editor.post("/holstebro/policy/new/", {"title": "Ny politik", "slug": "new"})
    assert response.status_code == 200 and "reserved" in response.content.decode()
    response = editor.post("/holstebro/policy/new/", {"title": "Ny politik", "slug": "integrationspolitik"})
    assert response.status_code == 200 and 'value="Ny politik"' in response.content.decode()
    response = editor.post("/holstebro/policy/new/", {"title": "Ny politik", "slug": "ny-politik"})
    assert response.status_code == 302 and response["Location"] == "/holstebro/policy/ny-politik/edit/"
    assert Policy.objects.filter(municipality=world.place).count() == 2


def test_changing_the_policys_address_goes_to_the_new_one(editor, world):
    response = editor.post(
        f"/holstebro/policy/integrationspolitik/edit/policy/{world.policy.pk}/",
        {"title": "Integrationspolitik", "slug": "politik-2026", "values": "Respekt"},
    )
    assert response["Location"] == "/holstebro/policy/politik-2026/edit/"


def test_measurements_upload_preview_then_import(editor, world):
    url = "/holstebro/policy/integrationspolitik/measurements/import/"
    upload = SimpleUploadedFile("m.csv", b"indicator;date;value\nAndel i job;2018-12-31;31,6\n", "text/csv")
    preview = editor.post(url, {"file": upload})
    page = preview.content.decode()
    assert "1 row is ready" in page and Measurement.objects.count() == 1
    payload = preview.context["payload"]
    response = editor.post(url, {"payload": payload})
    assert response.status_code == 302 and Measurement.objects.count() == 2
    assert editor.post(url, {"payload": payload[:-3] + "abc"}).status_code == 302  # tampered: back to upload
    assert Measurement.objects.count() == 2


def test_a_bad_measurements_file_shows_its_problems(editor, world):
    upload = SimpleUploadedFile("m.csv", b"indicator,date,value\nUkendt,2018-12-31,1\n", "text/csv")
    page = editor.post(
        "/holstebro/policy/integrationspolitik/measurements/import/", {"file": upload}
    ).content.decode()
    assert "1 problem – nothing was imported" in page and "No indicator" in page
    upload = SimpleUploadedFile("m.xls", b"x", "application/vnd.ms-excel")
    page = editor.post(
        "/holstebro/policy/integrationspolitik/measurements/import/", {"file": upload}
    ).content.decode()
    assert "Upload a .csv file." in page


def test_the_change_list_shows_the_editors_changes(editor, world, roles):
    editor.post("/holstebro/policy/integrationspolitik/edit/goal/add/", {"text": "Flere i uddannelse"})
    page = editor.get("/holstebro/policy/integrationspolitik/history/").content.decode()
    assert "Flere i uddannelse" in page and roles["editor"].username in page


@pytest.mark.parametrize("rows", [1, 8])
def test_structure_page_query_count_does_not_grow(editor, world, rows, django_assert_max_num_queries):
    for n in range(rows):
        theme = ThemeFactory(focus_area=world.area)
        point = FocusPointFactory(focus_area=world.area, theme=theme, number=f"1.{n}.1")
        point.initiatives.set([InitiativeFactory(municipality=world.place)])
    with django_assert_max_num_queries(16):
        assert editor.get("/holstebro/policy/integrationspolitik/edit/").status_code == 200
