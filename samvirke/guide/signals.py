"""Mark translations outdated whenever an entry's source text changes, on every save path.

A signal rather than a call in each service (STYLE prefers services) because entries are saved by
site editing, editorial services, the API, CSV import, history revert and the admin; comparing the
stored source hash catches all of them (decision 0030).
"""

from django.db.models.signals import post_save

from samvirke.guide import services
from samvirke.guide.translatable import fields_of, translatable_models


def _entry_saved(sender, instance, raw=False, created=False, update_fields=None, **kwargs):
    if raw or created:
        return
    fields = fields_of(instance)
    if update_fields is not None and not set(update_fields) & set(fields):
        return
    services.outdate_changed_translations(entry=instance)


def connect() -> None:
    for model in translatable_models():
        post_save.connect(_entry_saved, sender=model, dispatch_uid=f"guide-outdate-{model._meta.label_lower}")
