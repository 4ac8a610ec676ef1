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


def translated_search_texts(kind: str, object_ids: list[int]) -> dict[int, dict[str, tuple[str, str, bool]]]:
    """{object id: {language: (title, text, reviewed)}} of these entries' current translations;
    outdated ones and empty drafts are left out, and a language counts as reviewed only when both
    fields are. Entries without translations are left out."""
    if kind not in SEARCHED or not object_ids:
        return {}
    label, title_field, text_field = SEARCHED[kind]
    rows = (
        ContentTranslation.objects.filter(
            content_type=ContentType.objects.get_for_model(apps.get_model(label)),
            object_id__in=object_ids,
            field__in=[title_field, text_field],
        )
        .exclude(status=TranslationStatus.OUTDATED)
        .exclude(text="")
        .values_list("object_id", "language", "field", "text", "status")
    )
    found: dict[int, dict[str, dict[str, tuple[str, str]]]] = {}
    for object_id, language, field, text, status in rows:
        found.setdefault(object_id, {}).setdefault(language, {})[field] = (text, status)
    return {
        object_id: {
            language: (
                fields.get(title_field, ("", ""))[0],
                fields.get(text_field, ("", ""))[0],
                all(status == TranslationStatus.REVIEWED for _text, status in fields.values()),
            )
            for language, fields in by_language.items()
        }
        for object_id, by_language in found.items()
    }
