import datetime as dt

import pytest
from django.urls import reverse

from samvirke.core.tests.factories import MunicipalityFactory, RegionFactory
from samvirke.directory.tests.factories import ContactPersonFactory, LocationFactory, OrganisationFactory
from samvirke.initiatives.models import Initiative, InitiativeOrganiser
from samvirke.initiatives.tests.factories import InitiativeFactory, ScheduleFactory, TargetGroupFactory


@pytest.fixture
def holstebro(db):
    return MunicipalityFactory(name="Holstebro Kommune", slug="holstebro")


def make(
    municipality, title, *, group=None, language=None, day=None, free=True, status="running", postcode=None
):
    initiative = InitiativeFactory(
        municipality=municipality, title=title, status=status, is_free=free, price="" if free else "20 kr."
    )
    if group:
        initiative.target_groups.add(group)
    if language:
        initiative.languages.create(code=language)
    if day:
        ScheduleFactory(initiative=initiative, byday=day)
    if postcode:
        initiative.locations.add(LocationFactory(municipality=municipality, postcode=postcode))
    return initiative


def test_list_filters_by_facets_and_counts_them(client, holstebro):
    women = TargetGroupFactory(slug="women", name="Women", labels={"da": "Kvinder"})
    youth = TargetGroupFactory(slug="youth", name="Youth", labels={"da": "Unge"})
    make(holstebro, "Cykelkursus", group=women, language="ar", day="SU")
    make(holstebro, "Svømning", group=women, language="so", day="SU", free=False)
    make(holstebro, "Fodbold", group=youth, language="ar", day="TU")
    url = reverse("initiatives:list", args=["holstebro"])

    page = client.get(url, {"group": "women"}).content.decode()
    assert "Cykelkursus" in page and "Svømning" in page and "Fodbold" not in page
    assert "Kvinder" in page and "(2)" in page

    page = client.get(url, {"group": "women", "lang": "ar"}).content.decode()
    assert "Cykelkursus" in page and "Svømning" not in page

    page = client.get(url, {"day": "TU"}).content.decode()
    assert "Fodbold" in page and "Cykelkursus" not in page

    page = client.get(url, {"free": "no"}).content.decode()
    assert "Svømning" in page and "Fodbold" not in page


def test_empty_result_suggests_which_filter_to_remove(client, holstebro):
    women = TargetGroupFactory(slug="women", name="Women")
    make(holstebro, "Cykelkursus", group=women, language="ar")
    response = client.get(reverse("initiatives:list", args=["holstebro"]), {"group": "women", "lang": "uk"})
    page = response.content.decode()
    assert "No activities match" in page or "Ingen aktiviteter" in page
    # Removing the language filter gives one result; the link says so and keeps the other filter.
    assert "?group=women" in page


def test_list_is_paginated_and_sortable(client, holstebro):
    for n in range(25):
        make(holstebro, f"Aktivitet {n:02d}")
    url = reverse("initiatives:list", args=["holstebro"])
    first = client.get(url).content.decode()
    assert "Aktivitet 00" in first and "Aktivitet 24" not in first
    assert "page=2" in first
    second = client.get(url, {"page": 2}).content.decode()
    assert "Aktivitet 24" in second
    verified_one = Initiative.objects.get(title="Aktivitet 24")
    verified_one.mark_verified(dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
    verified_one.save()
    verified = client.get(url, {"sort": "verified"}).content.decode()
    assert verified.index("Aktivitet 24") < verified.index("Aktivitet 00")


def test_search_within_the_list(client, holstebro):
    cafe = make(holstebro, "Sprogcaféen")
    cafe.summary = "Øv dansk i sprogcaféen hver tirsdag."
    cafe.save()
    make(holstebro, "Fodbold")
    page = client.get(reverse("initiatives:list", args=["holstebro"]), {"q": "sprogcafe"}).content.decode()
    assert "Sprogcaféen" in page and "Fodbold" not in page
    assert "<mark>" in page


@pytest.mark.parametrize("rows", [1, 8])
def test_list_query_count_does_not_grow(client, holstebro, django_assert_max_num_queries, rows):
    group = TargetGroupFactory(slug="women", name="Women")
    for n in range(rows):
        initiative = make(holstebro, f"A{n}", group=group, language="ar", day="MO", postcode="7500")
        InitiativeOrganiser.objects.create(
            initiative=initiative, organisation=OrganisationFactory(municipality=holstebro)
        )
    with django_assert_max_num_queries(22):
        assert client.get(reverse("initiatives:list", args=["holstebro"])).status_code == 200


def test_initiative_page_shows_what_when_where_and_only_public_contacts(client, holstebro, django_user_model):
    organisation = OrganisationFactory(municipality=holstebro, name="Frivilligcenter Holstebro")
    initiative = make(holstebro, "Sprogcaféen", day="TU")
    initiative.locations.add(
        LocationFactory(municipality=holstebro, name="Biblioteket", latitude=56.36, longitude=8.61)
    )
    InitiativeOrganiser.objects.create(initiative=initiative, organisation=organisation)
    public = ContactPersonFactory(organisation=organisation, name="Offentlig Person", visibility="public")
    internal = ContactPersonFactory(organisation=organisation, name="Intern Person", visibility="internal")
    hidden = ContactPersonFactory(organisation=organisation, name="Skjult Person", visibility="hidden")
    initiative.contact_persons.add(public, internal, hidden)
    url = initiative.get_absolute_url()

    page = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Tuesdays 17:00–19:00" in page or "Tirsdage 17:00–19:00" in page
    assert "openstreetmap.org/?mlat=56.360000" in page
    assert "Frivilligcenter Holstebro" in page
    assert "Offentlig Person" in page
    assert "Intern Person" not in page and "Skjult Person" not in page

    client.force_login(django_user_model.objects.create_user("practitioner", "p@example.org", "x"))
    page = client.get(url).content.decode()
    assert "Intern Person" in page and "Skjult Person" not in page


def test_other_municipalitys_initiative_is_404(client, holstebro):
    other = make(MunicipalityFactory(slug="silkeborg"), "Branchepakker")
    assert client.get(f"/holstebro/initiatives/{other.slug}/").status_code == 404


@pytest.mark.django_db
def test_region_page_facets_across_members(client):
    halland = RegionFactory(slug="halland", name="Region Halland")
    halmstad = MunicipalityFactory(slug="halmstad", name="Halmstads kommun", country="SE", region=halland)
    varberg = MunicipalityFactory(slug="varberg", name="Varbergs kommun", country="SE", region=halland)
    make(halmstad, "Språkcafé Halmstad")
    make(varberg, "Språkcafé Varberg")
    make(MunicipalityFactory(slug="holstebro"), "Sprogcafé Holstebro")
    response = client.get("/r/halland/")
    page = response.content.decode()
    assert 'lang="sv"' in page
    assert "Språkcafé Halmstad" in page and "Språkcafé Varberg" in page and "Holstebro" not in page
    page = client.get("/r/halland/", {"municipality": "varberg"}).content.decode()
    assert "Språkcafé Varberg" in page and "Språkcafé Halmstad" not in page
