import pytest
from django.urls import reverse

from samvirke.guide.models import HiddenFromGuide, InitiativeNeed
from samvirke.guide.selectors import list_guide_activities
from samvirke.guide.tests.factories import InitiativeFactory

pytestmark = pytest.mark.django_db
URL = "/holstebro/guide/needs/"


def test_the_url_is_named():
    assert reverse("guide:assign_needs", args=["holstebro"]) == URL


def test_editors_assign_needs_and_untouched_suggestions_stay_suggestions(client, world):
    cycling = InitiativeFactory(municipality=world.holstebro, title="Cykelkursus", summary="Lær at cykle.")
    client.force_login(world.users["editor"])
    page = client.get(URL)
    assert page.status_code == 200
    rows = {a.pk: a for a in page.context["activities"]}
    assert "learn-language" in rows[world.cafe.pk].derived_needs
    # The café keeps its suggestions; the cycling course gets "health" added by hand.
    data = {
        "shown": [world.cafe.pk, cycling.pk],
        f"needs-{world.cafe.pk}": rows[world.cafe.pk].derived_needs,
        f"needs-{cycling.pk}": ["leisure-sport", "health"],
    }
    assert client.post(URL, data).status_code == 302
    assert not InitiativeNeed.objects.filter(initiative=world.cafe).exists()
    assert sorted(InitiativeNeed.objects.filter(initiative=cycling).values_list("need", flat=True)) == [
        "health",
        "leisure-sport",
    ]


def test_hiding_takes_an_activity_out_of_the_guide_and_back(client, world):
    client.force_login(world.users["editor"])
    client.post(URL, {"shown": [world.cafe.pk], f"hidden-{world.cafe.pk}": "1"})
    assert HiddenFromGuide.objects.filter(initiative=world.cafe).exists()
    assert list_guide_activities(municipality=world.holstebro) == []
    assert client.get(f"/holstebro/guide/ar/a/{world.cafe.slug}/").status_code == 404
    client.post(URL, {"shown": [world.cafe.pk], f"needs-{world.cafe.pk}": ["learn-language"]})
    assert [a.guide_needs for a in list_guide_activities(municipality=world.holstebro)] == [
        ["learn-language"]
    ]


@pytest.mark.parametrize("who", ["practitioner", "owner", "translator", "other editor"])
def test_everyone_but_editors_is_refused(client, world, who):
    client.force_login(world.users[who])
    assert client.get(URL).status_code == 404
    assert client.post(URL, {"shown": [world.cafe.pk], f"hidden-{world.cafe.pk}": "1"}).status_code == 404
    assert not HiddenFromGuide.objects.exists()


def test_anonymous_visitors_are_asked_to_sign_in(client, world):
    assert client.post(URL, {"shown": [world.cafe.pk], f"hidden-{world.cafe.pk}": "1"}).status_code == 302
    assert not HiddenFromGuide.objects.exists()
