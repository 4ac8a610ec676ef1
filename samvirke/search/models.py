"""The search index: one document per public handbook entry, kept in step by samvirke.search.signals.

The three term columns (title words, body words, compound tails; samvirke.search.text) are indexed
by an FTS5 table on SQLite (migration 0006) and by the weighted tsvector `search_vector` on
PostgreSQL (decision 0053). SearchTerm is the dictionary that spelling corrections come from.
"""

from django.conf import settings
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
    title_terms = models.TextField(_("title words"), blank=True)
    body_terms = models.TextField(_("text words"), blank=True)
    part_terms = models.TextField(_("compound parts"), blank=True)
    scope_terms = models.CharField(_("scope words"), max_length=40, blank=True)
    language = models.CharField(_("language"), max_length=8, default="da")
    path = models.CharField(_("address"), max_length=300)
    search_vector = SearchVectorField(null=True, blank=True)
    freshness = models.DateTimeField(_("freshness"), null=True, blank=True)
    # The dense vector of embedding_text(): 384 int8 (a unit vector times 127, decision 0035),
    # the hash of the text it was computed from (recompute only when that changes), and when.
    embedding = models.BinaryField(_("embedding"), null=True, blank=True, editable=False)
    embedding_hash = models.CharField(_("embedding text hash"), max_length=64, blank=True)
    embedded_at = models.DateTimeField(_("embedded at"), null=True, blank=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="search_document_unique")]
        indexes = [
            models.Index(fields=["municipality", "kind"]),
            # The vector matrix's version check: the latest vector of a municipality, from the index.
            models.Index(fields=["municipality", "embedded_at"], name="search_doc_embedded"),
        ]

    def __str__(self) -> str:
        return self.title


class SearchVariant(models.Model):
    """A search document's text in another language (a guide translation) with its own vector, so a
    Somali query meets the Somali translation of a Danish entry (decision 0054). Read by the dense
    arm only; machine and unreviewed drafts rank a little below reviewed translations."""

    document = models.ForeignKey(
        SearchDocument, verbose_name=_("search document"), on_delete=models.CASCADE, related_name="variants"
    )
    language = models.CharField(_("language"), max_length=8)
    reviewed = models.BooleanField(_("reviewed"), default=False)
    title = models.CharField(_("title"), max_length=300)
    body = models.TextField(_("text"), blank=True)
    embedding = models.BinaryField(_("embedding"), null=True, blank=True, editable=False)
    embedding_hash = models.CharField(_("embedding text hash"), max_length=64, blank=True)
    embedded_at = models.DateTimeField(_("embedded at"), null=True, blank=True)

    class Meta:
        verbose_name = _("search variant")
        verbose_name_plural = _("search variants")
        constraints = [models.UniqueConstraint(fields=["document", "language"], name="search_variant_unique")]
        indexes = [models.Index(fields=["embedded_at"], name="search_variant_embedded")]

    def __str__(self) -> str:
        return f"{self.language}: {self.title}"


class SearchTerm(models.Model):
    """A word the index holds (title and text words of three letters or more): what a misspelt
    query word is corrected to. Added as entries are indexed; rebuilt by a full reindex."""

    term = models.CharField(_("term"), max_length=60, primary_key=True)
    head = models.CharField(_("first letters"), max_length=2, db_index=True)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")

    def __str__(self) -> str:
        return self.term


class VocabularyEntry(models.Model):
    """Everyday words of one guide language for one need, and the Danish and Swedish terms the
    handbook uses for it. Maintained by translators; expands queries (decision 0036)."""

    class Need(models.TextChoices):
        LANGUAGE = "language", _("Learn Danish or Swedish")
        WORK = "work", _("Work")
        CHILDREN = "children", _("Children and school")
        HEALTH = "health", _("Health")
        LEISURE = "leisure", _("Leisure and sport")
        MEET = "meet", _("Meet people")
        PRACTICAL = "practical", _("Practical help")

    language = models.CharField(_("language"), max_length=8, db_index=True)
    need = models.CharField(_("need"), max_length=16, choices=Need.choices)
    words = models.TextField(
        _("everyday words"),
        help_text=_("Words or short phrases a newcomer would type, one per line."),
    )
    danish = models.CharField(
        _("Danish terms"), max_length=300, help_text=_("The words Danish entries use, separated by spaces.")
    )
    swedish = models.CharField(
        _("Swedish terms"), max_length=300, help_text=_("The words Swedish entries use, separated by spaces.")
    )
    key = models.SlugField(
        _("key"), max_length=80, help_text=_("Stable name of the entry in the seed files.")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("updated by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )

    class Meta:
        verbose_name = _("vocabulary entry")
        verbose_name_plural = _("vocabulary entries")
        ordering = ["language", "need", "key"]
        constraints = [models.UniqueConstraint(fields=["language", "key"], name="vocabulary_key_unique")]

    def __str__(self) -> str:
        return f"{self.language}: {self.key}"

    def word_list(self) -> list[str]:
        return [line.strip() for line in self.words.splitlines() if line.strip()]
