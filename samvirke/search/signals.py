"""Re-index an entry when it, or anything shown in its search text, changes."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from samvirke.directory.models import Location, Organisation
from samvirke.initiatives.models import Initiative, InitiativeOrganiser
from samvirke.search import services


def _initiative_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        services.index_initiative(initiative_id=instance.pk)


def _initiative_deleted(sender, instance, **kwargs):
    services.index_initiative(initiative_id=instance.pk)


def _organisation_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    services.index_organisation(organisation_id=instance.pk)
    # Its name appears in its initiatives' text.
    for initiative_id in instance.initiatives.values_list("pk", flat=True):
        services.index_initiative(initiative_id=initiative_id)


def _organisation_deleted(sender, instance, **kwargs):
    services.index_organisation(organisation_id=instance.pk)


def _organiser_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        services.index_initiative(initiative_id=instance.initiative_id)


def _location_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        for initiative_id in instance.initiatives.values_list("pk", flat=True):
            services.index_initiative(initiative_id=initiative_id)


def _relations_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if isinstance(instance, Initiative):
        services.index_initiative(initiative_id=instance.pk)
    elif pk_set and model is Initiative:
        for pk in pk_set:
            services.index_initiative(initiative_id=pk)


def connect() -> None:
    post_save.connect(_initiative_saved, sender=Initiative, dispatch_uid="search-initiative-saved")
    post_delete.connect(_initiative_deleted, sender=Initiative, dispatch_uid="search-initiative-deleted")
    post_save.connect(_organisation_saved, sender=Organisation, dispatch_uid="search-organisation-saved")
    post_delete.connect(
        _organisation_deleted, sender=Organisation, dispatch_uid="search-organisation-deleted"
    )
    post_save.connect(_organiser_changed, sender=InitiativeOrganiser, dispatch_uid="search-organiser-saved")
    post_delete.connect(
        _organiser_changed, sender=InitiativeOrganiser, dispatch_uid="search-organiser-deleted"
    )
    post_save.connect(_location_saved, sender=Location, dispatch_uid="search-location-saved")
    for through in (Initiative.locations.through, Initiative.target_groups.through):
        m2m_changed.connect(_relations_changed, sender=through, dispatch_uid=f"search-m2m-{through.__name__}")
