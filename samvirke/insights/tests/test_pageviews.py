import pytest
from django.urls import reverse
from django.utils import timezone

from samvirke.core.pagecache import PageCache
from samvirke.core.tests.test_pagecache import cached_app, call  # noqa: F401 - a fixture
from samvirke.directory.tests.factories import OrganisationFactory
from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.insights import pageviews
from samvirke.insights.models import PageView

BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"


@pytest.mark.django_db
def test_entry_pages_are_counted_without_storing_any_address(client):
    initiative = InitiativeFactory()
    url = reverse("initiatives:detail", args=[initiative.municipality.slug, initiative.slug])
    for address in ("198.51.100.1", "198.51.100.2"):
        assert client.get(url, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=address).status_code == 200
    row = PageView.objects.get()
    assert (row.kind, row.object_id, row.views, row.day) == (
        "initiative",
        initiative.pk,
        2,
        timezone.localdate(),
    )
    stored = " ".join(str(v) for v in PageView.objects.values().get().values())
    assert "198.51.100" not in stored and "Chrome" not in stored
    assert "Set-Cookie" not in client.get(url, HTTP_USER_AGENT=BROWSER).headers


@pytest.mark.django_db
def test_bots_and_missing_pages_are_not_counted(client):
    organisation = OrganisationFactory()
    place = organisation.municipality.slug
    client.get(
        reverse("directory:organisation", args=[place, organisation.slug]), HTTP_USER_AGENT="Bingbot/2.0"
    )
    client.get(reverse("directory:organisation", args=[place, organisation.slug]))  # no User-Agent
    client.get(reverse("directory:organisation", args=[place, "nobody"]), HTTP_USER_AGENT=BROWSER)
    assert not PageView.objects.exists()
    client.get(reverse("directory:organisation", args=[place, organisation.slug]), HTTP_USER_AGENT=BROWSER)
    assert PageView.objects.get().kind == "organisation"


@pytest.mark.django_db
def test_counting_can_be_switched_off(client, settings):
    settings.INSIGHTS_COUNT_PAGE_VIEWS = False
    initiative = InitiativeFactory()
    client.get(
        reverse("initiatives:detail", args=[initiative.municipality.slug, initiative.slug]),
        HTTP_USER_AGENT=BROWSER,
    )
    assert not PageView.objects.exists()


@pytest.mark.django_db
def test_views_are_buffered_and_written_together(client, settings):
    settings.INSIGHTS_PAGE_VIEW_FLUSH_SECONDS = 3600  # the writer thread sleeps through the test
    initiative = InitiativeFactory()
    url = reverse("initiatives:detail", args=[initiative.municipality.slug, initiative.slug])
    pageviews.flush()
    for _ in range(3):
        client.get(url, HTTP_USER_AGENT=BROWSER)
    assert not PageView.objects.exists()
    assert pageviews.flush() == 3
    assert PageView.objects.get().views == 3


@pytest.mark.django_db
def test_pages_answered_by_the_page_cache_are_counted_too(cached_app):  # noqa: F811
    initiative = InitiativeFactory()
    path = reverse("initiatives:detail", args=[initiative.municipality.slug, initiative.slug])
    assert isinstance(cached_app, PageCache)
    call(cached_app, path, HTTP_USER_AGENT=BROWSER)
    _status, headers, _body = call(cached_app, path, HTTP_USER_AGENT=BROWSER)
    assert headers.get("X-Page-Cache") == "hit"
    call(cached_app, path, HTTP_USER_AGENT="Googlebot/2.1")
    assert PageView.objects.get().views == 2
