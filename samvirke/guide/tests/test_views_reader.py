"""The reader's pages in every guide language: honest labels, RTL, the calendar, search, query counts."""

import datetime as dt

import icalendar
import pytest
from django.urls import reverse

from samvirke.core.languages import guide_languages
from samvirke.core.models import Country
from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.guide.models import TranslationStatus
from samvirke.guide.tests.factories import (
    GuideTextFactory,
    InitiativeFactory,
    ScheduleFactory,
    translation_of,
)

pytestmark = pytest.mark.django_db
# Words of the guide's own interface, one per language, so a page in the wrong language shows.
WHEN = {
    "da": "Hvornår",
    "sv": "När",
    "en": "When",
    "ar": "متى",
    "uk": "Коли",
    "so": "Goorma",
    "ti": "መዓስ",
    "fa": "چه زمانی",
}


def _url(name, lang, **kwargs):
    return reverse(f"guide:{name}", kwargs={"municipality": "holstebro", "lang": lang, **kwargs})


@pytest.mark.parametrize("lang", ["da", "sv", "en", "ar", "uk", "so", "ti", "fa"])
def test_every_page_speaks_the_readers_language(client, world, lang):
    for path in [
        _url("needs", lang),
        _url("need", lang, need="learn-language"),
        _url("activity", lang, slug="sprogcafeen"),
        _url("print", lang, slug="sprogcafeen"),
        _url("search", lang) + "?q=sprogcafe",
    ]:
        answer = client.get(path)
        assert answer.status_code == 200, path
        html = answer.content.decode()
        assert f'<html lang="{lang}" dir="{"rtl" if lang in ("ar", "fa") else "ltr"}">' in html
        assert answer["Content-Language"] == lang
    assert WHEN[lang] in client.get(_url("activity", lang, slug="sprogcafeen")).content.decode()


def test_the_guide_languages_come_from_the_settings(client, world, settings):
    assert guide_languages() == ["ar", "uk", "so", "ti", "fa", "en", "da", "sv"]
    settings.GUIDE_LANGUAGES = [("ar", "العربية"), ("pl", "Polski")]
    assert client.get(_url("needs", "pl")).status_code == 200
    assert client.get(_url("needs", "uk")).status_code == 404
    assert "Polski" in client.get(reverse("guide:home", args=["holstebro"])).content.decode()


def test_untranslated_text_is_labelled_in_the_readers_language_with_its_own_lang(client, world):
    html = client.get(_url("activity", "ar", slug="sprogcafeen")).content.decode()
    assert (
        '<span lang="da" dir="ltr">Sprogcaféen</span> <small class="note">لم يُترجم بعد: معروض بالدنماركية</small>'
        in html
    )


def test_translations_machine_drafts_and_outdated_texts_are_shown_as_what_they_are(client, world):
    translation_of(world.cafe, "title", "ar", "مقهى اللغة")
    translation_of(world.cafe, "summary", "ar", "تدرّب على الدنماركية", status=TranslationStatus.MACHINE_DRAFT)
    translation_of(world.cafe, "description", "ar", "متطوعون يساعدون")
    world.cafe.description = "Frivillige hjælper med udtale og breve."
    world.cafe.save()
    html = client.get(_url("activity", "ar", slug="sprogcafeen")).content.decode()
    assert '<h1><span lang="ar" dir="rtl">مقهى اللغة</span></h1>' in html
    assert 'تدرّب على الدنماركية</span> <small class="note">ترجمة آلية، لم يراجعها إنسان</small>' in html
    assert 'متطوعون يساعدون</div> <small class="note">قد تكون هذه الترجمة قديمة</small>' in html


def test_the_picker_preselects_from_accept_language_and_names_each_language_in_itself(client, world):
    html = client.get(
        reverse("guide:home", args=["holstebro"]), HTTP_ACCEPT_LANGUAGE="ti-ER,ti;q=0.9,en;q=0.5"
    )
    assert html["Vary"].count("Accept-Language") == 1
    page = html.content.decode()
    assert '<html lang="ti" dir="ltr">' in page
    assert (
        '<li class="chosen"><a href="/holstebro/guide/ti/" lang="ti" dir="ltr" hreflang="ti">ትግርኛ</a></li>'
        in page
    )
    for name in ["العربية", "Українська", "Soomaali", "دری / فارسی", "English", "Dansk", "Svenska"]:
        assert name in page
    # Nothing the guide speaks: the municipality's own language.
    assert (
        'class="chosen"><a href="/holstebro/guide/da/"'
        in client.get(reverse("guide:home", args=["holstebro"]), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    )


def test_needs_name_the_municipalitys_language_and_count_activities(client, world):
    answer = client.get(_url("needs", "uk"))
    needs = {row["value"]: row for row in answer.context["needs"]}
    assert needs["learn-language"]["label"] == "Вивчати данську" and needs["learn-language"]["count"] == 1
    swedish = MunicipalityFactory(slug="halmstad", country=Country.SWEDEN)
    answer = client.get(reverse("guide:needs", args=["halmstad", "uk"]))
    assert {row["value"]: row["label"] for row in answer.context["needs"]}[
        "learn-language"
    ] == "Вивчати шведську"
    assert swedish.language == "sv"


def test_guide_texts_are_shown_translated(client, world):
    text = GuideTextFactory(
        municipality=world.holstebro, title="Velkommen til Holstebro", body="Her finder du hjælp."
    )
    translation_of(text, "title", "so", "Ku soo dhawoow Holstebro")
    html = client.get(_url("needs", "so")).content.decode()
    assert '<h1><span lang="so" dir="ltr">Ku soo dhawoow Holstebro</span></h1>' in html
    assert '<div lang="da" dir="ltr">Her finder du hjælp.</div>' in html


def test_the_activity_says_when_where_cost_languages_and_how_to_join_in_arabic(client, world):
    world.cafe.languages.create(code="ar")
    world.cafe.registration_required = True
    world.cafe.save()
    html = client.get(_url("activity", "ar", slug="sprogcafeen")).content.decode()
    assert 'أيام الثلاثاء <bdi dir="ltr" class="time">17:00–19:00</bdi>' in html
    assert "مجاني" in html and "سجّل أولًا" in html
    assert "<bdi>العربية</bdi>" in html  # the language named in the reader's language (CLDR)


def test_the_calendar_has_the_rrule_the_zone_and_the_readers_title(client, world):
    translation_of(world.cafe, "title", "uk", "Мовне кафе")
    ScheduleFactory(
        initiative=world.cafe, freq="MONTHLY", byday="-1FR", opens_at=dt.time(17, 30), closes_at=dt.time(20)
    )
    answer = client.get(_url("calendar", "uk", slug="sprogcafeen"))
    assert answer["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(answer.content)
    events = list(calendar.walk("VEVENT"))
    assert {str(event["summary"]) for event in events} == {"Мовне кафе"}
    rules = sorted(event["rrule"].to_ical().decode() for event in events)
    assert rules == ["FREQ=MONTHLY;BYDAY=-1FR", "FREQ=WEEKLY;BYDAY=TU"]
    assert {event["dtstart"].params["TZID"] for event in events} == {"Europe/Copenhagen"}
    assert [zone["tzid"] for zone in calendar.walk("VTIMEZONE")] == ["Europe/Copenhagen"]
    assert str(events[0]["url"]).endswith("/holstebro/guide/uk/a/sprogcafeen/")


def test_a_swedish_municipality_calendar_is_in_stockholm_time(client):
    place = MunicipalityFactory(slug="halmstad", country=Country.SWEDEN)
    activity = InitiativeFactory(municipality=place, title="Språkcafé", slug="sprakcafe")
    ScheduleFactory(initiative=activity)
    calendar = icalendar.Calendar.from_ical(
        client.get(reverse("guide:calendar", args=["halmstad", "ar", "sprakcafe"])).content
    )
    assert next(iter(calendar.walk("VEVENT")))["dtstart"].params["TZID"] == "Europe/Stockholm"


def test_search_goes_through_the_guides_one_search_function(client, world, monkeypatch):
    from samvirke.guide import selectors

    answer = client.get(_url("search", "en") + "?q=sprogcafe")
    assert [card.slug for card in answer.context["cards"]] == ["sprogcafeen"]
    seen = []
    monkeypatch.setattr(selectors, "search_guide", lambda **kwargs: seen.append(kwargs) or [])
    client.get(_url("search", "ar") + "?q=تعلم")
    assert seen[0]["query"] == "تعلم" and seen[0]["language"] == "ar"


def test_unknown_languages_needs_and_activities(client, world):
    assert client.get(_url("needs", "xx")).status_code == 404
    assert client.get(_url("activity", "ar", slug="nothing")).status_code == 404
    assert client.get(_url("need", "ar", need="flying")).status_code == 302
    world.cafe.status = "ended"
    world.cafe.save()
    assert client.get(_url("activity", "ar", slug="sprogcafeen")).status_code == 404


def test_the_municipality_navigation_links_the_guide(client, world):
    assert 'href="/holstebro/guide/"' in client.get("/holstebro/").content.decode()


@pytest.mark.parametrize("rows", [1, 8])
def test_list_pages_query_count_does_not_grow(client, world, django_assert_max_num_queries, rows):
    for number in range(rows):
        activity = InitiativeFactory(
            municipality=world.holstebro, title=f"Sprogcafé {number}", slug=f"cafe-{number}"
        )
        ScheduleFactory(initiative=activity)
        translation_of(activity, "title", "ar", f"مقهى {number}")
    with django_assert_max_num_queries(12):
        client.get(_url("need", "ar", need="learn-language"))
    with django_assert_max_num_queries(12):
        client.get(_url("needs", "ar"))
