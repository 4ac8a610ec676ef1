"""The search index: one document per public handbook entry, kept in step by samvirke.search.signals.

On SQLite an FTS5 table with the trigram tokenizer mirrors `folded` (migration 0002); on
PostgreSQL a pg_trgm GIN index and a tsvector in the municipality's language serve the same role.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

from samvirke.core.models import TenantModel


class SearchDocument(TenantModel):
    class Kind(models.TextChoices):
        INITIATIVE = "initiative", _("Initiative")
        ORGANISATION = "organisation", _("Organisation")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField(_("object id"))
    uuid = models.UUIDField(_("stable id"))
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("text"), blank=True)
    folded = models.TextField(_("folded text"), blank=True)
    language = models.CharField(_("language"), max_length=8, default="da")
    path = models.CharField(_("address"), max_length=300)
    search_vector = SearchVectorField(null=True, blank=True)
    freshness = models.DateTimeField(_("freshness"), null=True, blank=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="search_document_unique")]
        indexes = [models.Index(fields=["municipality", "kind"])]

    def __str__(self) -> str:
        return self.title
