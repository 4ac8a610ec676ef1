"""The newcomers' guide: content translations with a status, guide texts, needs, MT budgets.

Guide content is data: one ContentTranslation row per entry × field × language (decision 0030).
"Missing" is the absence of a row. The row keeps the source text it was made or last checked
against, so a changed source marks it outdated and the translator sees the difference.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from samvirke.core.fields import person_field
from samvirke.core.models import TenantModel


def source_hash(text: str) -> str:
    return hashlib.sha256((text or "").encode()).hexdigest()


class Need(models.TextChoices):
    """What a newcomer is looking for; the guide lists activities by these (decision 0031)."""

    LEARN_LANGUAGE = "learn-language", _("Learn Danish or Swedish")
    WORK = "work", _("Work")
    CHILDREN_SCHOOL = "children-school", _("Children and school")
    HEALTH = "health", _("Health")
    LEISURE_SPORT = "leisure-sport", _("Leisure and sport")
    MEET_PEOPLE = "meet-people", _("Meet people")
    PRACTICAL_HELP = "practical-help", _("Practical help")


class TranslationStatus(models.TextChoices):
    MACHINE_DRAFT = "machine_draft", _("Machine draft")
    HUMAN_DRAFT = "human_draft", _("Human draft")
    REVIEWED = "reviewed", _("Reviewed")
    OUTDATED = "outdated", _("Outdated")


# Not stored: a translation that has no row is missing.
MISSING = "missing"


class ContentTranslation(TenantModel):
    """One field of one entry (initiative, organisation, guide text) in one guide language."""

    content_type = models.ForeignKey(ContentType, verbose_name=_("kind of entry"), on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField(_("entry id"))
    field = models.CharField(_("field"), max_length=40)
    language = models.CharField(_("language"), max_length=8)
    text = models.TextField(_("translation"), blank=True)
    status = models.CharField(_("status"), max_length=16, choices=TranslationStatus.choices)
    source_text = models.TextField(
        _("source text"), blank=True, help_text=_("The source the translation was made against.")
    )
    source_hash = models.CharField(_("source hash"), max_length=64)
    reviewed_source_text = models.TextField(
        _("source text when last reviewed"),
        blank=True,
        help_text=_(
            "What the source said when a translator last marked this reviewed; the editor diffs against it."
        ),
    )
    updated_by = person_field(_("last changed by"))
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)
    reviewed_by = person_field(_("reviewed by"))
    reviewed_at = models.DateTimeField(_("reviewed"), null=True, blank=True)

    class Meta:
        verbose_name = _("content translation")
        verbose_name_plural = _("content translations")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"], name="translation_unique"
            ),
        ]
        indexes = [
            models.Index(fields=["content_type", "object_id", "language"], name="translation_entry_lang"),
            models.Index(fields=["municipality", "language", "status"], name="translation_queue"),
        ]

    def __str__(self) -> str:
        return f"{self.content_type.model} {self.object_id} {self.field} [{self.language}]"


class GuideText(TenantModel):
    """A municipality's own text on the guide: its introduction, how to use it, or a need's intro."""

    class Kind(models.TextChoices):
        INTRO = "intro", _("Introduction")
        HOW_TO_USE = "how_to_use", _("How to use the guide")
        NEED_INTRO = "need_intro", _("Introduction to a need")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    need = models.CharField(_("need"), max_length=20, choices=Need.choices, blank=True)
    title = models.CharField(_("title"), max_length=200, blank=True)
    body = models.TextField(_("text"), blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["municipality", "kind", "need"]
        verbose_name = _("guide text")
        verbose_name_plural = _("guide texts")
        constraints = [
            models.UniqueConstraint(fields=["municipality", "kind", "need"], name="guide_text_unique"),
            models.CheckConstraint(
                condition=models.Q(kind="need_intro", need__gt="")
                | (~models.Q(kind="need_intro") & models.Q(need="")),
                name="guide_text_need_only_for_need_intro",
                violation_error_message=_("Only a need's introduction names a need."),
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.get_kind_display()


class InitiativeNeed(models.Model):
    """An editor's assignment of an activity to a need; without any, defaults are derived (decision 0031)."""

    initiative = models.ForeignKey(
        "initiatives.Initiative", verbose_name=_("initiative"), on_delete=models.CASCADE, related_name="needs"
    )
    need = models.CharField(_("need"), max_length=20, choices=Need.choices)
    assigned_by = person_field(_("assigned by"))
    assigned_at = models.DateTimeField(_("assigned"), auto_now_add=True)

    class Meta:
        ordering = ["initiative", "need"]
        verbose_name = _("need of an activity")
        verbose_name_plural = _("needs of activities")
        constraints = [models.UniqueConstraint(fields=["initiative", "need"], name="initiative_need_unique")]

    def __str__(self) -> str:
        return f"{self.initiative} → {self.get_need_display()}"


class HiddenFromGuide(models.Model):
    """An editor's decision that an activity does not belong in the newcomers' guide (decision 0031)."""

    initiative = models.OneToOneField(
        "initiatives.Initiative",
        verbose_name=_("initiative"),
        on_delete=models.CASCADE,
        related_name="hidden_from_guide",
    )
    hidden_by = person_field(_("hidden by"))
    hidden_at = models.DateTimeField(_("hidden"), auto_now_add=True)

    class Meta:
        verbose_name = _("activity hidden from the guide")
        verbose_name_plural = _("activities hidden from the guide")

    def __str__(self) -> str:
        return str(self.initiative)


class MachineTranslationBudget(models.Model):
    """How many source characters a municipality may send to machine translation each month (0: none)."""

    municipality = models.OneToOneField(
        "core.Municipality", verbose_name=_("municipality"), on_delete=models.CASCADE, related_name="+"
    )
    monthly_characters = models.PositiveIntegerField(_("characters a month"), default=0)

    class Meta:
        verbose_name = _("machine translation budget")
        verbose_name_plural = _("machine translation budgets")

    def __str__(self) -> str:
        return f"{self.municipality}: {self.monthly_characters}"


class MachineTranslationUsage(TenantModel):
    """Characters sent to machine translation in one calendar month (the first day names the month)."""

    month = models.DateField(_("month"))
    characters = models.PositiveIntegerField(_("characters used"), default=0)

    class Meta:
        ordering = ["municipality", "-month"]
        verbose_name = _("machine translation usage")
        verbose_name_plural = _("machine translation usage")
        constraints = [models.UniqueConstraint(fields=["municipality", "month"], name="mt_usage_unique")]

    def __str__(self) -> str:
        return f"{self.municipality} {self.month:%Y-%m}: {self.characters}"
