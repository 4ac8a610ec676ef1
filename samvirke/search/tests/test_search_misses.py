"""Searches that found nothing reach the translators of their language (issue 21, decision 0079)."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from samvirke.accounts.tests.factories import MembershipFactory
from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.insights.models import SearchMiss

BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"
QUERY = "fardo fuulis"  # Somali: horse riding


@pytest.fixture
def holstebro(db):
    cache.clear()  # the daily salted hashes of askers live in the cache
    place = MunicipalityFactory(slug="holstebro", name="Holstebro")
    InitiativeFactory(
        municipality=place, title="Rideklub for alle", slug="rideklub", summary="Ridning på islandske heste."
    )
    yield place
    cache.clear()


def _guide_search(client, address: str):
    url = reverse("guide:search", kwargs={"municipality": "holstebro", "lang": "so"})
    return client.get(url, {"q": QUERY}, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=address)


def test_a_somali_query_that_found_nothing_reaches_the_somali_translator_after_the_threshold(
    client, holstebro
):
    translator = MembershipFactory(role="translator", municipality=holstebro, language="so").user
    arabic = MembershipFactory(role="translator", municipality=holstebro, language="ar").user
    vocabulary = reverse("search:vocabulary", args=["so"])
    for address in ("198.51.100.1", "198.51.100.2"):
        assert b"rideklub" not in _guide_search(client, address).content
    _guide_search(client, "198.51.100.2")  # the same asker again is not a third
    client.force_login(translator)
    assert QUERY not in client.get(vocabulary).content.decode()
    client.logout()

    _guide_search(client, "198.51.100.3")
    client.force_login(translator)
    page = client.get(vocabulary).content.decode()
    assert QUERY in page
    new_entry = reverse("search:vocabulary_new", args=["so"]) + "?words=fardo+fuulis"
    assert new_entry.replace("&", "&amp;") in page
    assert reverse("editorial:suggest_new_initiative", args=["holstebro"]) in page
    client.force_login(arabic)
    assert client.get(reverse("search:vocabulary", args=["ar"])).status_code == 200
    assert QUERY not in client.get(reverse("search:vocabulary", args=["ar"])).content.decode()

    # The click opens the entry with the query filled in; the translator adds the Danish words.
    client.force_login(translator)
    form = client.get(new_entry).content.decode()
    assert "fardo fuulis" in form and 'value="fardo-fuulis"' in form
    response = client.post(
        new_entry,
        {
            "key": "fardo-fuulis",
            "need": "leisure",
            "words": QUERY,
            "danish": "ridning rideklub",
            "swedish": "ridning",
        },
    )
    assert response.status_code == 302
    client.logout()
    assert b"Rideklub for alle" in _guide_search(client, "198.51.100.4").content


def test_handbook_boxes_and_the_api_count_what_found_nothing(client, holstebro):
    for address in ("198.51.100.1", "198.51.100.2"):
        meta = {"HTTP_USER_AGENT": BROWSER, "REMOTE_ADDR": address}
        client.get("/holstebro/initiatives/", {"q": "qqzzyx probe"}, **meta)
        client.get("/holstebro/organisations/", {"q": "qqzzyx probe"}, **meta)
        client.get("/api/v1/search", {"q": "qqzzyx probe", "municipality": "holstebro"}, **meta)
        client.get("/holstebro/initiatives/", {"q": "rideklub"}, **meta)  # found: not counted
    rows = {row.source: (row.query, row.searches, row.sessions) for row in SearchMiss.objects.all()}
    assert rows == {
        "handbook": ("qqzzyx probe", 4, 2),
        "api": ("qqzzyx probe", 2, 2),
    }
