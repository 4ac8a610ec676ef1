"""The search endpoint over real HTTP against the live server."""

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

from samvirke.core.tests.factories import MunicipalityFactory, RegionFactory
from samvirke.initiatives.tests.factories import InitiativeFactory


def get(live_server, **params):
    url = f"{live_server.url}/api/v1/search?{urllib.parse.urlencode(params)}"
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


@pytest.fixture
def data(transactional_db):
    halland = RegionFactory(slug="halland", country="SE")
    holstebro = MunicipalityFactory(slug="holstebro")
    cafe = InitiativeFactory(municipality=holstebro, title="Sprogcaféen", summary="Øv dansk i sprogcaféen.")
    InitiativeFactory(
        municipality=MunicipalityFactory(slug="halmstad", country="SE", region=halland),
        title="Språkcafé i Halmstad",
    )
    return cafe


def test_search_returns_the_documented_shape(live_server, data):
    status, body = get(live_server, q="sprogcafe", municipality="holstebro")
    assert status == 200
    assert body["count"] == 1
    [hit] = body["results"]
    assert hit["id"] == str(data.uuid)
    assert hit["type"] == "initiative"
    assert hit["title"] == "Sprogcaféen"
    assert hit["url"] == f"{live_server.url}/holstebro/initiatives/{data.slug}/"
    assert hit["score"] > 0
    assert "<mark>sprogcaféen</mark>" in hit["snippet"]


def test_region_scope_and_clear_errors(live_server, data):
    status, body = get(live_server, q="språkcafé", region="halland")
    assert status == 200 and [h["title"] for h in body["results"]] == ["Språkcafé i Halmstad"]
    status, body = get(live_server, q="x", municipality="atlantis")
    assert status == 404 and "atlantis" in body["detail"]
    status, body = get(live_server, municipality="holstebro")
    assert status == 422 and body["detail"][0]["loc"][-1] == "q"
    status, body = get(live_server, q="sprog", limit=1000)
    assert status == 422


def test_type_filter_and_nonsense(live_server, data):
    status, body = get(live_server, q="sprogcafe", municipality="holstebro", type="initiative")
    assert status == 200 and [h["type"] for h in body["results"]] == ["initiative"]
    status, body = get(live_server, q="sprogcafe", municipality="holstebro", type="organisation")
    assert status == 200 and all(h["type"] == "organisation" for h in body["results"])
    assert str(data.uuid) not in {h["id"] for h in body["results"]}
    status, body = get(live_server, q="sprogcafe", type="event")
    assert status == 422
    for nonsense in ("xyzzy qwerty", "%%%", "zzqx vvkp"):
        status, body = get(live_server, q=nonsense, municipality="holstebro")
        assert (status, body["count"], body["results"]) == (200, 0, []), nonsense
