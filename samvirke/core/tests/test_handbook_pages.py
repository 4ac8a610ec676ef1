import pytest

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.initiatives.models import HandbookSection
from samvirke.initiatives.tests.factories import InitiativeFactory


@pytest.mark.django_db
def test_municipality_home_speaks_the_municipality_language_and_links_the_statement(client):
    holstebro = MunicipalityFactory(name="Holstebro Kommune", slug="holstebro")
    MunicipalityFactory(name="Halmstads kommun", slug="halmstad", country="SE")
    section = HandbookSection.objects.create(
        municipality=holstebro, slug="bliv-frivillig", title="Bliv frivillig"
    )
    InitiativeFactory(municipality=holstebro, title="Mentorordning", section=section)
    page = client.get("/holstebro/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="da"' in page
    assert "Tilgængelighedserklæring" in page
    assert "Bliv frivillig" in page and "Mentorordning" in page
    assert '<html lang="sv"' in client.get("/halmstad/").content.decode()


@pytest.mark.django_db
def test_language_switcher_remembers_the_choice_and_only_redirects_locally(client):
    MunicipalityFactory(slug="holstebro")
    response = client.get("/language/", {"lang": "en", "next": "/holstebro/"})
    assert response.status_code == 302 and response["Location"] == "/holstebro/"
    assert '<html lang="en"' in client.get("/holstebro/").content.decode()
    assert client.get("/language/", {"lang": "en", "next": "https://evil.example/"})["Location"] == "/"


@pytest.mark.django_db
def test_unknown_municipality_is_404(client):
    assert client.get("/atlantis/").status_code == 404


@pytest.mark.django_db
def test_a_section_card_counts_what_its_link_lists(client):
    place = MunicipalityFactory(slug="lemvig", country="DK")
    section = HandbookSection.objects.create(municipality=place, title="Bliv frivillig", slug="frivillig")
    for status in ("running", "running", "planned", "ended"):
        InitiativeFactory(municipality=place, section=section, status=status)
    home = client.get("/lemvig/").content.decode()
    listed = client.get("/lemvig/initiatives/?section=frivillig").context["page"].paginator.count
    assert listed == 4 and "4 aktiviteter" in home


@pytest.mark.django_db
def test_each_municipality_has_a_statement_with_status_date_contact_and_complaints_body(client):
    import datetime as dt

    MunicipalityFactory(
        slug="laholm",
        name="Laholms kommun",
        country="SE",
        accessibility_contact="tillganglighet@laholm.example",
        accessibility_reviewed_on=dt.date(2026, 11, 1),
    )
    html = client.get("/laholm/accessibility/").content.decode()
    assert "delvis förenlig" in html and "WCAG 2.1" in html
    assert "1 november 2026" in html and 'href="mailto:tillganglighet@laholm.example"' in html
    assert "DIGG" in html
    assert 'href="/laholm/accessibility/"' in client.get("/laholm/").content.decode()  # the footer links it


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/lemvig/", "/lemvig/guide/ar/"])
def test_the_demo_banner_is_on_every_page_only_when_the_setting_says_so(client, settings, path):
    MunicipalityFactory(slug="lemvig", country="DK")
    settings.SAMVIRKE_DEMO_BANNER = True
    assert 'class="demo-banner"' in client.get(path).content.decode()
    settings.SAMVIRKE_DEMO_BANNER = False
    assert 'class="demo-banner"' not in client.get(path).content.decode()
