"""Action programme pages: progress at a glance, an action's timeline, CSV export and import."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from samvirke.policy.models import Action
from samvirke.policy.tests.factories import (
    ActionFactory,
    ActionStatusFactory,
    FocusPointFactory,
    MilestoneFactory,
)

pytestmark = pytest.mark.django_db


def test_the_programme_shows_its_weighted_progress_per_area_and_every_action(en, world):
    done = ActionStatusFactory(municipality=world.place, key="done", name="Done", progress=100)
    ActionFactory(programme=world.programme, number="2", title="Folder", status=done, weight=Decimal(3))
    page = en.get("/holstebro/programmes/handlingsprogram/").content.decode()
    # (30 × 1 + 100 × 3) / 4 = 82.5, shown as 83 %
    assert 'value="83"' in page and "83 % (2 actions)" in page
    assert "1. Uddannelse og erhverv" in page and "30 % (1 action)" in page
    assert "Velkomst" in page and "Folder" in page
    assert "Started 30 %, Done 100 %" in page


def test_the_list_of_programmes_shows_each_ones_progress(en, world):
    page = en.get("/holstebro/programmes/").content.decode()
    assert "Handlingsprogram" in page and "30 % (1 action)" in page


def test_an_action_shows_its_milestones_in_date_order(en, world):
    MilestoneFactory(action=world.action, date=dt.date(2012, 3, 1), title="Først")
    page = en.get(f"/holstebro/programmes/handlingsprogram/actions/{world.action.pk}/").content.decode()
    assert page.index("Først") < page.index("Folder trykt")
    assert f'href="/holstebro/policy/integrationspolitik/focus-points/{world.point.pk}/"' in page


def test_an_action_of_another_programme_is_not_found(client, world):
    assert (
        client.get(f"/holstebro/programmes/handlingsprogram/actions/{ActionFactory().pk}/").status_code == 404
    )


def test_actions_download_as_csv_and_import_back_through_the_site(en, world, roles):
    exported = en.get("/holstebro/programmes/handlingsprogram/actions.csv")
    assert exported["Content-Disposition"] == 'attachment; filename="handlingsprogram-actions.csv"'
    content = exported.content.decode("utf-8-sig").replace("Velkomst", "Den gode modtagelse").encode()
    en.force_login(roles["editor"])
    url = "/holstebro/programmes/handlingsprogram/import/"
    preview = en.post(url, {"file": SimpleUploadedFile("a.csv", content, "text/csv")})
    assert "changed: title" in preview.content.decode()
    assert Action.objects.get(pk=world.action.pk).title == "Velkomst"
    response = en.post(url, {"payload": preview.context["payload"]})
    assert response["Location"] == "/holstebro/programmes/handlingsprogram/"
    assert Action.objects.get(pk=world.action.pk).title == "Den gode modtagelse"


def test_a_bad_actions_file_names_its_rows_and_changes_nothing(en, world, roles):
    en.force_login(roles["editor"])
    content = b"number,title,status\n1,Ny titel,ukendt\n"
    page = en.post(
        "/holstebro/programmes/handlingsprogram/import/",
        {"file": SimpleUploadedFile("a.csv", content, "text/csv")},
    ).content.decode()
    assert "1 problem – nothing was imported" in page and "Unknown status" in page
    assert Action.objects.get(pk=world.action.pk).title == "Velkomst"


def test_adding_an_action_with_links_through_the_form(en, world, roles):
    en.force_login(roles["editor"])
    response = en.post(
        "/holstebro/programmes/handlingsprogram/edit/action/add/",
        {
            "number": "2",
            "title": "Praktikpladser",
            "status": world.status.pk,
            "weight": "2",
            "initiatives": [world.initiative.pk],
            "focus_points": [world.point.pk],
        },
    )
    assert response.status_code == 302
    action = Action.objects.get(programme=world.programme, number="2")
    assert list(action.initiatives.all()) == [world.initiative] and action.weight == Decimal(2)
    duplicate = en.post(
        "/holstebro/programmes/handlingsprogram/edit/action/add/", {"number": "2", "title": "Igen"}
    )
    assert (
        duplicate.status_code == 200
        and "already has an action with this number" in duplicate.content.decode()
    )


@pytest.mark.parametrize("rows", [1, 10])
def test_programme_page_query_count_does_not_grow(client, world, rows, django_assert_max_num_queries):
    for n in range(rows):
        action = ActionFactory(programme=world.programme, status=world.status)
        action.focus_points.set([FocusPointFactory(focus_area=world.area, number=f"9.{n}")])
        action.initiatives.set([world.initiative])
        MilestoneFactory(action=action)
    client.get("/holstebro/programmes/handlingsprogram/")  # warm the language cache of the middleware
    with django_assert_max_num_queries(12):
        assert client.get("/holstebro/programmes/handlingsprogram/").status_code == 200
    client.get("/holstebro/programmes/")  # warm the language cache of the middleware
    with django_assert_max_num_queries(3):
        assert client.get("/holstebro/programmes/").status_code == 200
