import datetime as dt

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import models
from django.utils import timezone

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.insights.models import PageView, SearchMiss
from samvirke.insights.privacy import normalise_query
from samvirke.insights.services import delete_old_insights, record_search, save_page_views

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0"


def _search(place, query="lektiecafe søndag", client="192.0.2.1", found=0, agent=BROWSER, language="da"):
    return record_search(
        municipality=place,
        language=language,
        query=query,
        found=found,
        source="handbook",
        client=client,
        user_agent=agent,
    )


@pytest.mark.parametrize(
    ("raw", "counted"),
    [
        ("  Lektie\tHJÆLP!! ", "lektie hjælp"),
        ("ＡＢＣ", "abc"),  # full-width letters: NFKC
        ("barasho\u200bluuqadda", "barasholuuqadda"),  # invisible characters dropped
        ("ring 12 34 56 78", None),  # a phone number
        ("anna@example.org", None),  # an e-mail address
        ("010190-1234", None),  # a CPR number
        ("?!", None),
        ("x " * 300, "x x x x x x x x"),  # at most 8 words
    ],
)
def test_queries_are_normalised_and_personal_details_never_counted(raw, counted):
    assert normalise_query(raw) == counted


@pytest.mark.django_db
def test_a_search_that_found_nothing_is_counted_per_day_with_its_askers():
    place = MunicipalityFactory()
    assert _search(place, client="192.0.2.1")
    assert _search(place, client="192.0.2.1")  # the same asker again: one asker, two searches
    assert _search(place, query="LEKTIECAFE søndag", client="192.0.2.2")
    row = SearchMiss.objects.get()
    assert (row.query, row.language, row.searches, row.sessions) == ("lektiecafe søndag", "da", 3, 2)
    assert row.day == timezone.localdate()


@pytest.mark.django_db
def test_found_bots_regions_and_personal_details_are_not_counted():
    place = MunicipalityFactory()
    assert not _search(place, found=3)
    assert not _search(place, agent="Googlebot/2.1")
    assert not _search(None)
    assert not _search(place, query="anna@example.org")
    assert not SearchMiss.objects.exists()
    assert _search(place, agent="python-requests/2.32")  # the API is for programs too


@pytest.mark.django_db
def test_no_counted_row_can_hold_an_address_a_cookie_or_a_user():
    for model in apps.get_app_config("insights").get_models():
        for field in model._meta.get_fields():
            assert not isinstance(field, models.GenericIPAddressField), field
            assert field.name not in {
                "user",
                "ip",
                "address",
                "session",
                "session_key",
                "cookie",
                "user_agent",
            }
    _search(MunicipalityFactory(), client="203.0.113.77", agent=BROWSER)
    stored = " ".join(str(value) for value in SearchMiss.objects.values().get().values())
    assert "203.0.113.77" not in stored and "Firefox" not in stored


@pytest.mark.django_db
def test_page_views_add_up():
    place = MunicipalityFactory()
    today = timezone.localdate()
    save_page_views(counts={(place.pk, "initiative", 7, today): 2})
    save_page_views(counts={(place.pk, "initiative", 7, today): 3, (place.pk, "organisation", 7, today): 1})
    assert PageView.objects.get(kind="initiative").views == 5
    assert PageView.objects.get(kind="organisation").views == 1


@pytest.mark.django_db
def test_retention_deletes_rows_older_than_the_setting(settings):
    settings.INSIGHTS_RETENTION_DAYS = 396
    place = MunicipalityFactory()
    today = timezone.localdate()
    old, kept = today - dt.timedelta(days=397), today - dt.timedelta(days=396)
    for day in (old, kept):
        SearchMiss.objects.create(
            municipality=place, query=f"q{day}", day=day, source="api", searches=1, sessions=1
        )
        PageView.objects.create(municipality=place, kind="initiative", object_id=1, day=day, views=4)
    assert delete_old_insights() == {"searches": 1, "page views": 1}
    assert list(SearchMiss.objects.values_list("day", flat=True)) == [kept]
    assert list(PageView.objects.values_list("day", flat=True)) == [kept]


@pytest.mark.django_db
def test_the_retention_command_runs(capsys):
    call_command("delete_old_insights", "--days", "30")
    assert "deleted" in capsys.readouterr().out
