"""Mark translations outdated whenever an entry's source text changes, on every save path.

A signal rather than a call in each service (STYLE prefers services) because entries are saved by
site editing, editorial services, the API, CSV import, history revert and the admin; comparing the
stored source hash catches all of them (decision 0030).
"""

from django.db.models.signals import post_delete, post_save

from samvirke.guide import services
from samvirke.guide.models import ContentTranslation
from samvirke.guide.search_texts import KIND_OF_MODEL
from samvirke.guide.translatable import fields_of, model_label, translatable_models
from samvirke.search.services import refresh_variants


def _entry_saved(sender, instance, raw=False, created=False, update_fields=None, **kwargs):
    if raw or created:
        return
    fields = fields_of(instance)
    if update_fields is not None and not set(update_fields) & set(fields):
        return
    if services.outdate_changed_translations(entry=instance) and model_label(instance) in KIND_OF_MODEL:
        refresh_variants(kind=KIND_OF_MODEL[model_label(instance)], object_id=instance.pk)


def _entry_deleted(sender, instance, **kwargs):
    # Translations hang on a generic key: no cascade deletes them with their entry.
    services.delete_translations(entry=instance)


def _translation_changed(sender, instance, raw=False, **kwargs):
    # The search's copy of the entry in this language (a vector of its own) follows the translation.
    kind = KIND_OF_MODEL.get(f"{instance.content_type.app_label}.{instance.content_type.model}")
    if not raw and kind is not None:
        refresh_variants(kind=kind, object_id=instance.object_id)


def connect() -> None:
    post_save.connect(
        _translation_changed, sender=ContentTranslation, dispatch_uid="guide-search-variant-saved"
    )
    post_delete.connect(
        _translation_changed, sender=ContentTranslation, dispatch_uid="guide-search-variant-deleted"
    )
    for model in translatable_models():
        label = model._meta.label_lower
        post_save.connect(_entry_saved, sender=model, dispatch_uid=f"guide-outdate-{label}")
        post_delete.connect(_entry_deleted, sender=model, dispatch_uid=f"guide-delete-{label}")
