"""The guide's translations as search variants (decision 0054): a Somali query meets the Somali
translation of a Danish entry. Registered with samvirke.search.services when the guide starts."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType

from samvirke.guide.models import ContentTranslation, TranslationStatus

# Search document kind → (model label, title field, text field): what the dense arm embeds.
SEARCHED = {
    "initiative": ("initiatives.initiative", "title", "summary"),
    "organisation": ("directory.organisation", "name", "description"),
}
KIND_OF_MODEL = {label: kind for kind, (label, _title, _text) in SEARCHED.items()}


def translated_search_texts(kind: str, object_id: int) -> dict[str, tuple[str, str, bool]]:
    """{language: (title, text, reviewed)} of an entry's current translations; outdated ones and
    empty drafts are left out, and a language counts as reviewed only when both fields are."""
    if kind not in SEARCHED:
        return {}
    label, title_field, text_field = SEARCHED[kind]
    rows = (
        ContentTranslation.objects.filter(
            content_type=ContentType.objects.get_for_model(apps.get_model(label)),
            object_id=object_id,
            field__in=[title_field, text_field],
        )
        .exclude(status=TranslationStatus.OUTDATED)
        .exclude(text="")
        .values_list("language", "field", "text", "status")
    )
    by_language: dict[str, dict[str, tuple[str, str]]] = {}
    for language, field, text, status in rows:
        by_language.setdefault(language, {})[field] = (text, status)
    return {
        language: (
            fields.get(title_field, ("", ""))[0],
            fields.get(text_field, ("", ""))[0],
            all(status == TranslationStatus.REVIEWED for _text, status in fields.values()),
        )
        for language, fields in by_language.items()
    }
