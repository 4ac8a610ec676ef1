"""Writes for the guide: translations (with their status rules), need assignments."""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samvirke.accounts.permissions import is_editor_for, is_translator_for
from samvirke.core.languages import guide_languages
from samvirke.guide.models import (
    ContentTranslation,
    HiddenFromGuide,
    InitiativeNeed,
    Need,
    TranslationStatus,
    source_hash,
)
from samvirke.guide.selectors import get_source_language
from samvirke.guide.translatable import fields_of

MAX_TRANSLATION_LENGTH = 20_000
HUMAN_STATUSES = {TranslationStatus.HUMAN_DRAFT, TranslationStatus.REVIEWED}


def outdate_changed_translations(*, entry) -> int:
    """Mark outdated every translation of `entry` whose field's source text differs from the one it was made from."""
    fields = fields_of(entry)
    current = {name: source_hash(getattr(entry, name) or "") for name in fields}
    rows = ContentTranslation.objects.filter(
        content_type=ContentType.objects.get_for_model(entry), object_id=entry.pk, field__in=fields
    ).exclude(status=TranslationStatus.OUTDATED)
    stale = [
        pk for pk, name, digest in rows.values_list("pk", "field", "source_hash") if digest != current[name]
    ]
    if stale:
        ContentTranslation.objects.filter(pk__in=stale).update(status=TranslationStatus.OUTDATED)
    return len(stale)


def delete_translations(*, entry) -> None:
    """Remove an entry's translations (called when the entry is deleted)."""
    ContentTranslation.objects.filter(
        content_type=ContentType.objects.get_for_model(entry), object_id=entry.pk
    ).delete()


def _clean_text(text: str) -> str:
    # Shown escaped as plain text; only control characters are removed (keep RTL marks and newlines).
    text = "".join(ch for ch in (text or "") if ch in "\n\t" or (ch >= " " and ch != "\x7f")).strip()
    return text.replace("\r", "")


def _check_target(*, entry, field: str, language: str) -> None:
    if field not in fields_of(entry):
        raise ValidationError({"field": _("This field is not translated.")})
    if language not in guide_languages():
        raise ValidationError({"language": _("This is not a guide language.")})
    if language == get_source_language(entry):
        raise ValidationError({"language": _("This is the language the entry is written in.")})


@transaction.atomic
def save_translation(*, user, entry, field: str, language: str, text: str, status: str) -> ContentTranslation:
    """A translator saves one field as a human draft or as reviewed, against the entry's current source.

    Raises PermissionDenied for anyone but the municipality's editors and its translators for
    `language`, ValidationError for unknown fields, languages, statuses or over-long text.
    """
    if not is_translator_for(user, entry.municipality, language):
        raise PermissionDenied
    _check_target(entry=entry, field=field, language=language)
    if status not in HUMAN_STATUSES:
        raise ValidationError({"status": _("Save as a draft or as reviewed.")})
    text = _clean_text(text)
    if len(text) > MAX_TRANSLATION_LENGTH:
        raise ValidationError({"text": _("The translation is too long.")})
    if status == TranslationStatus.REVIEWED and not text:
        raise ValidationError({"text": _("An empty translation cannot be reviewed.")})
    source = getattr(entry, field) or ""
    row, _created = ContentTranslation.objects.select_for_update().get_or_create(
        content_type=ContentType.objects.get_for_model(entry),
        object_id=entry.pk,
        field=field,
        language=language,
        defaults={"municipality_id": entry.municipality_id, "status": status, "source_hash": ""},
    )
    row.text, row.status, row.updated_by = text, status, user
    row.source_text, row.source_hash = source, source_hash(source)
    if status == TranslationStatus.REVIEWED:
        row.reviewed_source_text, row.reviewed_by, row.reviewed_at = source, user, timezone.now()
    row.save()
    return row


def store_machine_draft(*, entry, field: str, language: str, text: str) -> ContentTranslation | None:
    """Store machine output for a field nobody has translated yet; never overwrites a person's work."""
    _check_target(entry=entry, field=field, language=language)
    source = getattr(entry, field) or ""
    row, created = ContentTranslation.objects.get_or_create(
        content_type=ContentType.objects.get_for_model(entry),
        object_id=entry.pk,
        field=field,
        language=language,
        defaults={
            "municipality_id": entry.municipality_id,
            "status": TranslationStatus.MACHINE_DRAFT,
            "text": _clean_text(text),
            "source_text": source,
            "source_hash": source_hash(source),
        },
    )
    return row if created else None


@transaction.atomic
def set_initiative_needs(*, user, initiative, needs: list[str], hidden: bool = False) -> list[str]:
    """An editor sets which needs an activity answers, replacing the derived defaults (none: back to
    the defaults), or hides it from the guide. Raises PermissionDenied, ValidationError."""
    if not is_editor_for(user, initiative.municipality):
        raise PermissionDenied
    unknown = set(needs) - set(Need.values)
    if unknown:
        raise ValidationError({"needs": _("Unknown need: %(need)s") % {"need": ", ".join(sorted(unknown))}})
    if hidden:
        HiddenFromGuide.objects.get_or_create(initiative=initiative, defaults={"hidden_by": user})
        needs = []
    else:
        HiddenFromGuide.objects.filter(initiative=initiative).delete()
    InitiativeNeed.objects.filter(initiative=initiative).exclude(need__in=needs).delete()
    existing = set(InitiativeNeed.objects.filter(initiative=initiative).values_list("need", flat=True))
    InitiativeNeed.objects.bulk_create(
        [
            InitiativeNeed(initiative=initiative, need=need, assigned_by=user)
            for need in needs
            if need not in existing
        ]
    )
    return sorted(needs)
