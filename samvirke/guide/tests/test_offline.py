"""Save my guide (decision 0070): the bundle the service worker saves, its budget, the worker's scope,
the saved-on note, and the web app manifest."""

import gzip
import json
from pathlib import Path

import jsonschema
import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse

from samvirke.guide.offline import TARGET_BYTES, get_offline_bundle
from samvirke.guide.tests.factories import translation_of

pytestmark = pytest.mark.django_db


def _url(name, lang="ar", **kwargs):
    return reverse(f"guide:{name}", kwargs={"municipality": "holstebro", "lang": lang, **kwargs})


def test_the_bundle_lists_needs_activities_print_views_calendars_and_assets(client, world):
    listing = client.get(_url("offline_bundle")).json()
    urls = listing["urls"]
    assert urls[0] == _url("needs")
    assert _url("need", need="learn-language") in urls
    assert _url("leaflet", need="learn-language") in urls
    for name in ("activity", "print"):
        assert _url(name, slug="sprogcafeen") in urls
    assert _url("calendar", slug="sprogcafeen") in urls
    assert any(url.endswith("guide/guide.css") for url in urls)
    assert any(url.endswith("NotoSansArabic-Regular.woff2") for url in urls)
    # A language whose script phones have gets no font.
    assert not any(url.endswith(".woff2") for url in client.get(_url("offline_bundle", "uk")).json()["urls"])
    assert len(urls) == len(set(urls))


def test_every_address_in_the_bundle_answers_and_fits_the_budget_shown_before_saving(client, world, settings):
    listing = client.get(_url("offline_bundle", "ti")).json()
    stored = 0
    for url in listing["urls"]:
        if url.startswith(settings.STATIC_URL):  # whitenoise serves these outside the test client
            body = Path(finders.find(url.removeprefix(settings.STATIC_URL))).read_bytes()
        else:
            answer = client.get(url + "?saved=1" if url.endswith("/") else url)
            assert answer.status_code == 200, url
            body = answer.content
        # As sw.js keeps them: gzipped (CompressionStream's zlib level), fonts as they are.
        stored += len(body) if url.endswith(".woff2") else len(gzip.compress(body, compresslevel=6))
    assert stored <= listing["budget"] <= TARGET_BYTES
    needs_page = client.get(_url("needs", "ti")).content.decode()
    assert f"{-(-listing['budget'] // 1024)} KB" in needs_page


def test_the_version_changes_when_a_translation_changes(world):
    before = get_offline_bundle(municipality=world.holstebro, lang="ar").version
    assert get_offline_bundle(municipality=world.holstebro, lang="ar").version == before
    translation_of(world.cafe, "title", "ar", "مقهى اللغة")
    assert get_offline_bundle(municipality=world.holstebro, lang="ar").version != before


def test_the_saved_copy_says_when_it_was_saved_in_the_readers_language(client, world, settings):
    assert "saved-note" not in client.get(_url("needs")).content.decode()
    html = client.get(_url("activity", slug="sprogcafeen") + "?saved=1").content.decode()
    assert 'class="saved-note"' in html and "تم الحفظ في" in html


def test_the_save_button_mentions_offline_and_works_without_javascript(client, world):
    html = client.get(_url("needs", "en")).content.decode()
    assert "Save for offline use</button>" in html
    assert f'action="{_url("offline", "en")}"' in html
    page = client.get(_url("offline", "en")).content.decode()
    assert _url("leaflet", "en", need="learn-language") in page


def test_the_worker_is_served_inside_the_guide_so_its_scope_covers_it(client, world):
    answer = client.get(_url("service_worker"))
    assert answer.status_code == 200
    assert answer["Content-Type"].startswith("text/javascript")
    assert answer["Cache-Control"] == "no-cache"
    assert b"offline.json" in answer.content
    assert client.get(reverse("guide:service_worker", args=["holstebro", "xx"])).status_code == 404
    html = client.get(_url("needs")).content.decode()
    assert f'data-worker="{_url("service_worker")}"' in html
    assert "<script>" not in html  # the strict CSP: no inline script


# The members the issue asks for, with the types the W3C manifest spec gives them.
MANIFEST_SCHEMA = {
    "type": "object",
    "required": ["name", "short_name", "icons", "start_url", "scope", "display", "lang", "dir"],
    "properties": {
        "name": {"type": "string", "minLength": 1},
        "short_name": {"type": "string", "minLength": 1},
        "start_url": {"type": "string", "pattern": "^/"},
        "scope": {"type": "string", "pattern": "^/"},
        "id": {"type": "string"},
        "display": {"enum": ["fullscreen", "standalone", "minimal-ui", "browser"]},
        "dir": {"enum": ["ltr", "rtl", "auto"]},
        "lang": {"type": "string", "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]+)*$"},
        "theme_color": {"type": "string"},
        "background_color": {"type": "string"},
        "icons": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["src", "sizes", "type"],
                "properties": {
                    "src": {"type": "string"},
                    "sizes": {"type": "string", "pattern": "^(any|\\d+x\\d+( \\d+x\\d+)*)$"},
                    "type": {"type": "string", "pattern": "^image/"},
                    "purpose": {"type": "string"},
                },
            },
        },
    },
}


@pytest.mark.parametrize(("lang", "direction"), [("ar", "rtl"), ("ti", "ltr"), ("da", "ltr")])
def test_the_manifest_validates_and_is_per_municipality_and_language(
    client, world, settings, lang, direction
):
    answer = client.get(_url("manifest", lang))
    assert answer["Content-Type"].startswith("application/manifest+json")
    manifest = json.loads(answer.content)
    jsonschema.validate(manifest, MANIFEST_SCHEMA)
    assert manifest["lang"] == lang and manifest["dir"] == direction
    assert manifest["start_url"] == manifest["scope"] == _url("needs", lang)
    assert "Holstebro Kommune" in manifest["name"]
    assert {icon["sizes"] for icon in manifest["icons"]} >= {"192x192", "512x512"}
    for icon in manifest["icons"]:
        assert finders.find(icon["src"].removeprefix(settings.STATIC_URL)), icon
    assert (
        f'<link rel="manifest" href="{_url("manifest", lang)}">'
        in client.get(_url("needs", lang)).content.decode()
    )


def test_fonts_are_linked_only_from_pages_in_their_scripts(client, world):
    pages = {
        lang: client.get(_url("activity", lang, slug="sprogcafeen")).content.decode()
        for lang in ["ar", "fa", "ti", "uk", "so", "en"]
    }
    assert "guide/fonts-arabic.css" in pages["ar"] and "guide/fonts-arabic.css" in pages["fa"]
    assert "guide/fonts-ethiopic.css" in pages["ti"]
    for lang in ["uk", "so", "en"]:
        assert "fonts-" not in pages[lang]
