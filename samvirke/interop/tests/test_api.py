"""The read API over real HTTP: shapes, filters, pagination, conditional GET, CORS, public data only."""

import datetime as dt
import json
import urllib.error
import urllib.request

import pytest

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.directory.tests.factories import ContactPersonFactory, LocationFactory, OrganisationFactory
from samvirke.initiatives.models import InitiativeOrganiser
from samvirke.initiatives.tests.factories import InitiativeFactory, ScheduleFactory, TargetGroupFactory
from samvirke.policy.tests.factories import FocusPointFactory, MeasurementFactory


def fetch(live_server, path, headers=None):
    request = urllib.request.Request(live_server.url + path, headers=headers or {})
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, dict(response.headers), json.load(response)
    except urllib.error.HTTPError as error:
        body = error.read()
        return error.code, dict(error.headers), json.loads(body) if body else None


@pytest.fixture
def holstebro(transactional_db):
    municipality = MunicipalityFactory(slug="holstebro", name="Holstebro Kommune")
    organisation = OrganisationFactory(municipality=municipality, name="Frivilligcenter")
    for n in range(3):
        initiative = InitiativeFactory(municipality=municipality, title=f"Aktivitet {n}")
        InitiativeOrganiser.objects.create(initiative=initiative, organisation=organisation)
        ScheduleFactory(initiative=initiative)
        initiative.languages.create(code="ar")
    InitiativeFactory(municipality=municipality, title="Kvindecykling").target_groups.add(
        TargetGroupFactory(slug="women")
    )
    InitiativeFactory(municipality=MunicipalityFactory(slug="silkeborg"), title="Branchepakker")
    ContactPersonFactory(organisation=organisation, name="Public Person", visibility="public")
    ContactPersonFactory(organisation=organisation, name="Internal Person", visibility="internal")
    return municipality


def test_initiatives_are_paginated_with_links_and_filtered(live_server, holstebro):
    status, headers, page = fetch(live_server, "/api/v1/initiatives?municipality=holstebro&page_size=2")
    assert status == 200
    assert page["count"] == 4 and len(page["results"]) == 2 and page["previous"] is None
    assert page["next"].endswith("page=2")
    assert headers["Access-Control-Allow-Origin"] == "*"
    first = page["results"][0]
    assert first["municipality"] == "holstebro"
    assert first["schedules"][0]["byday"] == "TU" and first["organisers"][0]["name"] == "Frivilligcenter"
    _s, _h, women = fetch(live_server, "/api/v1/initiatives?municipality=holstebro&target_group=women")
    assert [i["title"] for i in women["results"]] == ["Kvindecykling"]
    _s, _h, arabic = fetch(live_server, "/api/v1/initiatives?language=ar")
    assert arabic["count"] == 3


def test_one_initiative_by_its_stable_id_and_unknowns(live_server, holstebro):
    initiative = InitiativeFactory(municipality=holstebro, title="Sprogcafé")
    status, _h, body = fetch(live_server, f"/api/v1/initiatives/{initiative.uuid}")
    assert status == 200 and body["id"] == str(initiative.uuid) and body["title"] == "Sprogcafé"
    assert fetch(live_server, "/api/v1/initiatives/00000000-0000-0000-0000-000000000000")[0] == 404
    assert fetch(live_server, "/api/v1/initiatives/not-a-uuid")[0] == 422
    status, _h, body = fetch(live_server, "/api/v1/initiatives?municipality=atlantis")
    assert status == 404 and "atlantis" in body["detail"]


def test_conditional_get_answers_304(live_server, holstebro):
    _s, headers, _b = fetch(live_server, "/api/v1/organisations?municipality=holstebro")
    status, _h, _b = fetch(
        live_server, "/api/v1/organisations?municipality=holstebro", {"If-None-Match": headers["ETag"]}
    )
    assert status == 304


def test_last_modified_is_the_newest_entry_shown_and_revalidates(live_server, holstebro):
    from django.utils.http import http_date, parse_http_date

    from samvirke.initiatives.models import Initiative

    newest = Initiative.objects.filter(municipality=holstebro).latest("updated_at")
    _s, headers, _b = fetch(live_server, "/api/v1/initiatives?municipality=holstebro")
    assert parse_http_date(headers["Last-Modified"]) == int(newest.updated_at.timestamp())
    _s, headers, _b = fetch(live_server, f"/api/v1/initiatives/{newest.uuid}")
    assert headers["Last-Modified"] == http_date(newest.updated_at.timestamp())
    status, _h, _b = fetch(
        live_server, f"/api/v1/initiatives/{newest.uuid}", {"If-Modified-Since": headers["Last-Modified"]}
    )
    assert status == 304
    # HTTP dates have whole seconds: a change is seen once it is at least a second newer (ETag sees any).
    Initiative.objects.filter(pk=newest.pk).update(
        title="Changed since", updated_at=newest.updated_at + dt.timedelta(seconds=2)
    )
    status, _h, body = fetch(
        live_server, f"/api/v1/initiatives/{newest.uuid}", {"If-Modified-Since": headers["Last-Modified"]}
    )
    assert status == 200 and body["title"] == "Changed since"


def test_only_public_contacts_are_published(live_server, holstebro):
    _s, _h, body = fetch(live_server, "/api/v1/contacts?municipality=holstebro")
    assert [c["name"] for c in body["results"]] == ["Public Person"]


def test_policy_endpoints_carry_numbered_focus_points_and_measurements(live_server, holstebro):
    point = FocusPointFactory(focus_area__policy__municipality=holstebro, number="1.2")
    point.initiatives.add(InitiativeFactory(municipality=holstebro))
    MeasurementFactory(indicator__criterion__policy=point.focus_area.policy)
    _s, _h, policies = fetch(live_server, "/api/v1/policies?municipality=holstebro")
    [policy] = policies["results"]
    assert policy["focus_areas"][0]["focus_points"][0]["number"] == "1.2"
    assert len(policy["focus_areas"][0]["focus_points"][0]["initiatives"]) == 1
    _s, _h, indicators = fetch(live_server, "/api/v1/indicators?municipality=holstebro")
    _s, _h, measurements = fetch(live_server, "/api/v1/measurements?municipality=holstebro")
    assert indicators["count"] == 1 and measurements["count"] == 1
    assert fetch(live_server, "/api/v1/measurements?municipality=silkeborg")[2]["count"] == 0


@pytest.mark.parametrize("rows", [1, 10])
def test_initiative_list_query_count_does_not_grow(client, db, django_assert_max_num_queries, rows):
    municipality = MunicipalityFactory(slug="holstebro")
    for _ in range(rows):
        initiative = InitiativeFactory(municipality=municipality)
        place = LocationFactory(municipality=municipality)
        initiative.locations.add(place)
        ScheduleFactory(initiative=initiative, location=place)
    with django_assert_max_num_queries(10):
        assert client.get("/api/v1/initiatives?municipality=holstebro").status_code == 200


def test_openapi_document_and_docs_without_cdn(client, db):
    spec = client.get("/api/v1/openapi.json").json()
    assert spec["openapi"].startswith("3.1")
    assert {"/api/v1/initiatives", "/api/v1/policies", "/api/v1/search"} <= set(spec["paths"])
    docs = client.get("/api/v1/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()


def test_updated_since_takes_any_utc_offset_on_every_database(live_server, holstebro):
    # +19:08 is a valid ISO 8601 offset that PostgreSQL would refuse as given.
    status, _h, body = fetch(live_server, "/api/v1/initiatives?updated_since=2020-01-01T00:00:00%2B19:08")
    assert status == 200 and body["count"] == 5
    status, _h, body = fetch(live_server, "/api/v1/initiatives?updated_since=2999-01-01T00:00:00")
    assert status == 200 and body["count"] == 0


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/v1/municipalities", "/api/hsds/organizations"])
def test_api_throttles_count_the_client_behind_the_proxy_not_its_forged_first_hop(
    client, monkeypatch, settings, path
):
    """Issue 17, finding 3: a new forged X-Forwarded-For first hop was a new client to django-ninja."""
    from django.core.cache import cache

    from config.api import api
    from samvirke.interop.hsds.api import hsds

    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    cache.clear()
    for throttle in [*api.throttle, *hsds.throttle]:
        monkeypatch.setattr(throttle, "num_requests", 2)
    statuses = [
        client.get(
            path, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=f"10.9.9.{n}, 198.51.100.7"
        ).status_code
        for n in range(3)
    ]
    assert statuses == [200, 200, 429]
    assert client.get(path, REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.8").status_code == 200
    cache.clear()
