"""The guide's error pages: its own layout, the reader's language, a link back to its start."""

import pytest

from samvirke.core.tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db

NOT_FOUND = {
    "ar": "لا توجد صفحة على هذا العنوان",
    "uk": "За цією адресою немає сторінки",
    "en": "There is no page at this address",
    "sv": "Det finns ingen sida på den här adressen",
}


@pytest.mark.parametrize("lang", sorted(NOT_FOUND))
def test_a_missing_guide_page_is_in_the_guides_layout_and_language(client, settings, lang):
    settings.DEBUG = False
    MunicipalityFactory(slug="holstebro", country="DK")
    response = client.get(f"/holstebro/guide/{lang}/a/nope/")
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert NOT_FOUND[lang] in html
    assert f'href="/holstebro/guide/{lang}/"' in html
    assert 'class="top"' in html  # the guide's header, not the site's


def test_an_address_outside_a_guide_language_gets_the_sites_page(client, settings):
    settings.DEBUG = False
    MunicipalityFactory(slug="holstebro", country="DK")
    html = client.get("/holstebro/guide/xx/a/nope/").content.decode()
    assert 'class="site-header"' in html
