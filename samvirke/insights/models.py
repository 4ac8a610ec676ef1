"""What the handbook learns from its readers, without knowing who they are (docs/privacy.md).

No row holds an address, a cookie, a user or a session id: a search that found nothing is a
normalised query counted per municipality, language and day; a page view is a count per entry and
day. Both are deleted after INSIGHTS_RETENTION_DAYS (`manage.py delete_old_insights`, decision 0076).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from samvirke.core.models import TenantModel


class EntryKind(models.TextChoices):
    INITIATIVE = "initiative", _("Activity")
    ORGANISATION = "organisation", _("Organisation")


class SearchMiss(TenantModel):
    """A query that found nothing, on one day. `sessions` counts the different askers that day
    (daily salted hashes kept only in the cache, decision 0075); their sum over days decides
    when editors and translators are shown the query."""

    class Source(models.TextChoices):
        HANDBOOK = "handbook", _("Handbook search")
        GUIDE = "guide", _("Guide search")
        API = "api", _("Search API")

    language = models.CharField(_("language"), max_length=8, blank=True)
    query = models.CharField(_("query"), max_length=100)
    day = models.DateField(_("day"))
    source = models.CharField(_("where"), max_length=12, choices=Source.choices)
    searches = models.PositiveIntegerField(_("searches"), default=0)
    sessions = models.PositiveIntegerField(_("different askers"), default=0)

    class Meta:
        verbose_name = _("search that found nothing")
        verbose_name_plural = _("searches that found nothing")
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "language", "query", "day", "source"], name="search_miss_unique"
            )
        ]
        indexes = [models.Index(fields=["day"], name="search_miss_day")]

    def __str__(self) -> str:
        return f"{self.query} ({self.language}, {self.day})"


class PageView(TenantModel):
    """Views of one entry's page on one day, counted by the server (decision 0077)."""

    kind = models.CharField(_("kind"), max_length=16, choices=EntryKind.choices)
    object_id = models.PositiveBigIntegerField(_("object id"))
    day = models.DateField(_("day"))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("page views")
        verbose_name_plural = _("page views")
        constraints = [models.UniqueConstraint(fields=["kind", "object_id", "day"], name="page_view_unique")]
        indexes = [models.Index(fields=["municipality", "day"], name="page_view_place_day")]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id} {self.day}: {self.views}"


class LinkCheck(TenantModel):
    """The last check of an entry's website link (decision 0078)."""

    class Status(models.TextChoices):
        OK = "ok", _("Works")
        REDIRECTED = "redirected", _("Works, after a redirect")
        BROKEN = "broken", _("Broken")

    kind = models.CharField(_("kind"), max_length=16, choices=EntryKind.choices)
    object_id = models.PositiveBigIntegerField(_("object id"))
    url = models.CharField(_("link"), max_length=500)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    http_status = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=200, blank=True)
    final_url = models.CharField(_("address after redirects"), max_length=500, blank=True)
    redirects = models.JSONField(_("redirects"), default=list, blank=True)
    first_broken_on = models.DateField(_("broken since"), null=True, blank=True)
    checked_at = models.DateTimeField(_("checked"))

    class Meta:
        verbose_name = _("link check")
        verbose_name_plural = _("link checks")
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="link_check_unique")]
        indexes = [models.Index(fields=["municipality", "status"], name="link_check_place_status")]

    def __str__(self) -> str:
        return f"{self.url}: {self.status}"
