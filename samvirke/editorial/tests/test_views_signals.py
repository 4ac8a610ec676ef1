"""The freshness dashboard's signals: searches that found nothing, broken links, what people read (issue 21)."""

import csv
import datetime as dt
import io

from django.utils import timezone

from samvirke.insights.models import EntryKind, LinkCheck, PageView, SearchMiss


def _read(world, entry, kind, views, verified_days_ago=None):
    PageView.objects.create(
        municipality=world.holstebro, kind=kind, object_id=entry.pk, day=timezone.localdate(), views=views
    )
    verified = None if verified_days_ago is None else timezone.now() - dt.timedelta(days=verified_days_ago)
    type(entry).objects.filter(pk=entry.pk).update(last_verified_at=verified)


def test_the_dashboard_shows_misses_over_the_threshold_broken_links_and_most_read(client, world):
    today = timezone.localdate()
    SearchMiss.objects.create(
        municipality=world.holstebro, query="rideklub", day=today, source="handbook", searches=5, sessions=3
    )
    SearchMiss.objects.create(
        municipality=world.holstebro, query="sjælden", day=today, source="handbook", searches=2, sessions=2
    )
    LinkCheck.objects.create(
        municipality=world.holstebro,
        kind=EntryKind.ORGANISATION,
        object_id=world.organisation.pk,
        url="https://gone.example.org/",
        status=LinkCheck.Status.BROKEN,
        reason="HTTP 404",
        first_broken_on=today,
        checked_at=timezone.now(),
    )
    # Read 100 times and verified a year ago comes before read 300 times and verified last week.
    _read(world, world.initiative, EntryKind.INITIATIVE, 100, verified_days_ago=365)
    _read(world, world.organisation, EntryKind.ORGANISATION, 300, verified_days_ago=7)
    client.force_login(world.users["editor"])
    page = client.get("/holstebro/editorial/freshness/").content.decode()
    assert "rideklub" in page and "sjælden" not in page
    assert "https://gone.example.org/" in page and "HTTP 404" in page
    most_read = page[page.index('id="most-read"') : page.index('id="broken-links"')]
    assert most_read.index(world.initiative.title) < most_read.index(world.organisation.name)
    assert most_read.count("<svg") == 2


def test_the_page_view_export_is_csv_with_formulas_neutralised(client, world):
    world.initiative.__class__.objects.filter(pk=world.initiative.pk).update(title="=HYPERLINK(1)")
    _read(world, world.initiative, EntryKind.INITIATIVE, 4)
    client.force_login(world.users["editor"])
    response = client.get("/holstebro/editorial/freshness/page-views.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows == [
        ["day", "kind", "id", "title", "views"],
        [timezone.localdate().isoformat(), "initiative", str(world.initiative.pk), "'=HYPERLINK(1)", "4"],
    ]


def test_only_editors_get_the_export(client, world):
    for role in ("owner", "practitioner"):
        if role in world.users:
            client.force_login(world.users[role])
            assert client.get("/holstebro/editorial/freshness/page-views.csv").status_code in (403, 404)
    client.logout()
    assert client.get("/holstebro/editorial/freshness/page-views.csv").status_code == 302
