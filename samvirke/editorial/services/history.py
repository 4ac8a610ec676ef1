"""Reverting to an earlier version recorded by django-simple-history (decision 0003)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from samvirke.editorial import fields
from samvirke.editorial.models import RelationSnapshot
from samvirke.editorial.permissions import can_revert_entry
from samvirke.editorial.selectors.history import list_revertible_models
from samvirke.editorial.services.entries import (
    EditConflict,
    apply_values,
    check_relations,
    record_relations,
    save_relations,
)
from samvirke.initiatives.models import Initiative
from samvirke.policy import models as policy
from samvirke.policy.permissions import can_revert_policy

ENTRY_KINDS = {
    "initiatives.initiative": "initiative",
    "directory.organisation": "organisation",
    "directory.contactperson": "contact",
}
NOT_RESTORED = {"id", "uuid", "created_at", "updated_at", "version"}


def _municipality_of(model_label: str, row):
    if hasattr(row, "municipality_id"):
        return row.municipality, None
    if model_label == "initiatives.schedule":
        initiative = Initiative.objects.select_related("municipality").filter(pk=row.initiative_id).first()
        return (initiative.municipality if initiative else None), "entry"
    if hasattr(row, "policy_id"):
        found = policy.Policy.objects.select_related("municipality").filter(pk=row.policy_id).first()
    elif hasattr(row, "focus_area_id"):
        area = (
            policy.FocusArea.objects.select_related("policy__municipality")
            .filter(pk=row.focus_area_id)
            .first()
        )
        found = area.policy if area else None
    else:
        criterion = (
            policy.SuccessCriterion.objects.select_related("policy__municipality")
            .filter(pk=row.criterion_id)
            .first()
        )
        found = criterion.policy if criterion else None
    return (found.municipality if found else None), "policy"


@transaction.atomic
def revert_to_version(*, user, model_label: str, history_id: int, base_version: int | None = None):
    """Make an entry, a schedule or a policy text look as it did in one historical row again
    (re-creating it if it was deleted). Recorded as a new version with the reason "revert:<id>".

    Raises PermissionDenied (missing or not allowed: the caller answers 404), EditConflict when an
    entry moved on since `base_version`, and ValidationError when the old version no longer fits
    (e.g. its section was deleted).
    """
    model = list_revertible_models().get(model_label)
    if model is None:
        raise PermissionDenied
    row = model.history.filter(history_id=history_id).first()
    if row is None or row.history_type == "-":
        raise PermissionDenied
    municipality, scope = _municipality_of(model_label, row)
    if municipality is None:
        raise PermissionDenied
    reason = f"revert:{history_id}"
    if model_label in ENTRY_KINDS:
        return _revert_entry(
            user=user, kind=ENTRY_KINDS[model_label], row=row, base_version=base_version, reason=reason
        )
    allowed = can_revert_policy(user, municipality) if scope == "policy" else _may_revert_schedule(user, row)
    if not allowed:
        raise PermissionDenied
    current = model.objects.select_for_update().filter(pk=row.id).first()
    restored = row.instance if current is None else current
    if current is not None:
        for f in model._meta.concrete_fields:
            if f.name not in NOT_RESTORED:
                setattr(current, f.attname, getattr(row, f.attname))
    restored.full_clean()
    restored._change_reason, restored._history_user = reason, user
    restored.save()
    if model_label == "initiatives.schedule":
        # A change of times is a change of the initiative: open edit forms must notice it.
        type(restored.initiative).objects.filter(pk=restored.initiative_id).update(version=F("version") + 1)
    return restored


def _may_revert_schedule(user, row) -> bool:
    initiative = Initiative.objects.filter(pk=row.initiative_id).first()
    return initiative is not None and can_revert_entry(user, initiative)


def _revert_entry(*, user, kind: str, row, base_version: int | None, reason: str):
    model = fields.model_for(kind)
    current = model.objects.select_for_update().filter(pk=row.id).first()
    if current is None:
        # Deleted since: restore it as it was in that version.
        restored = row.instance
        if not can_revert_entry(user, restored):
            raise PermissionDenied
        restored.full_clean()
        restored._change_reason, restored._history_user = reason, user
        restored.save()
        _restore_relations(restored, row.history_id, user=user, reason=reason)
        return restored
    if not can_revert_entry(user, current):
        raise PermissionDenied
    if base_version is not None and current.version != base_version:
        raise EditConflict(entry=current, base_version=base_version)
    old = row.instance
    values = {}
    for spec in fields.specs_for(kind):
        if spec.type == fields.SCALAR:
            values[spec.name] = fields.scalar_json(getattr(old, spec.name))
        elif spec.type == fields.FK:
            values[spec.name] = getattr(old, f"{spec.name}_id")
    values.update(_relations_of(kind, row))
    changed = fields.changed_values(kind, current=fields.snapshot(current, list(values)), submitted=values)
    if not changed:
        raise ValidationError(_("The entry already looks like this version."))
    apply_values(entry=current, values=changed, user=user, reason=reason, verify=False)
    return current


def _relations_of(kind: str, row) -> dict:
    if kind != "initiative":
        return {}
    snapshot = (
        RelationSnapshot.objects.filter(
            model_label="initiatives.initiative", object_id=row.id, history_id__lte=row.history_id
        )
        .order_by("-history_id")
        .first()
    )
    return dict(snapshot.data) if snapshot else {}


def _restore_relations(entry, history_id: int, *, user, reason: str) -> None:
    relations = _relations_of(fields.kind_of(entry), type(entry).history.get(history_id=history_id))
    if relations:
        save_relations(entry, check_relations(entry, relations), user=user, reason=reason)
    record_relations(entry)
