"""Reads of the change history (django-simple-history, decision 0003): timelines of events with
who, when, why and which fields changed from what to what."""

import datetime as dt
from dataclasses import dataclass, field

from django.db import models
from django.http import Http404
from django.utils.translation import gettext as _

from samvirke.editorial import fields
from samvirke.editorial.models import RelationSnapshot
from samvirke.initiatives.models import Schedule
from samvirke.policy import models as policy
from samvirke.policy.models import Policy

NOT_SHOWN = {
    "id",
    "uuid",
    "created_at",
    "updated_at",
    "version",
    "is_demo",
    "municipality",
    "initiative",
    "policy",
}


@dataclass
class HistoryEvent:
    history_id: int
    model_label: str
    object_id: int
    what: str
    when: dt.datetime
    who: str
    type: str  # "+" created, "~" changed, "-" deleted
    reason: dict
    changes: list = field(default_factory=list)
    revertible: bool = False


def list_history_kinds() -> dict[str, type[models.Model]]:
    """The kinds whose history has a page: handbook entries and policies."""
    return {
        "initiative": fields.model_for("initiative"),
        "organisation": fields.model_for("organisation"),
        "contact": fields.model_for("contact"),
        "policy": Policy,
    }


def list_revertible_models() -> dict[str, type[models.Model]]:
    revertible = [
        fields.model_for("initiative"),
        fields.model_for("organisation"),
        fields.model_for("contact"),
        Schedule,
        policy.Policy,
        policy.Goal,
        policy.CrossCuttingChallenge,
        policy.FocusArea,
        policy.Theme,
        policy.FocusPoint,
        policy.SuccessCriterion,
        policy.Indicator,
    ]
    return {model._meta.label_lower: model for model in revertible}


def get_history_object_or_404(*, municipality, kind: str, pk: int):
    """The entry or policy whose history is asked for, within the municipality, or 404."""
    model = list_history_kinds().get(kind)
    if model is None:
        raise Http404("No such kind")
    obj = model.objects.filter(pk=pk, municipality=municipality).first()
    if obj is None and kind != "policy":
        # A deleted entry keeps its history; its page is where it can be restored.
        row = model.history.filter(id=pk, municipality=municipality).order_by("-history_id").first()
        obj = row.instance if row is not None else None
        if obj is not None:
            obj.is_deleted = True
    if obj is None:
        raise Http404("No such entry")
    return obj


def describe_reason(reason: str | None) -> dict:
    """The machine-readable change reason as words (and the proposal it came from, if any)."""
    reason = reason or ""
    prefix, _sep, rest = reason.partition(":")
    if prefix == "proposal" and rest.isdigit():
        return {"text": _("From proposal #%(id)s") % {"id": rest}, "proposal_id": int(rest)}
    labels = {
        "edit": _("Edited"),
        "created": _("Created by an editor"),
        "verified": _("Confirmed as still correct"),
        "verified-link": _("Confirmed as still correct from the reminder e-mail"),
        "erased": _("Personal data erased"),
        "revert": _("Reverted to an earlier version"),
        "restored": _("Restored"),
    }
    return {"text": labels.get(prefix, reason), "proposal_id": None}


def _groups(obj) -> list[tuple[type[models.Model], models.QuerySet]]:
    model = type(obj)
    own = (model, model.history.filter(id=obj.pk))
    if model is fields.model_for("initiative"):
        return [own, (Schedule, Schedule.history.filter(initiative_id=obj.pk))]
    if model is policy.Policy:
        areas = set(policy.FocusArea.history.filter(policy_id=obj.pk).values_list("id", flat=True))
        criteria = set(policy.SuccessCriterion.history.filter(policy_id=obj.pk).values_list("id", flat=True))
        return [
            own,
            (policy.Goal, policy.Goal.history.filter(policy_id=obj.pk)),
            (policy.CrossCuttingChallenge, policy.CrossCuttingChallenge.history.filter(policy_id=obj.pk)),
            (policy.FocusArea, policy.FocusArea.history.filter(policy_id=obj.pk)),
            (policy.Theme, policy.Theme.history.filter(focus_area_id__in=areas)),
            (policy.FocusPoint, policy.FocusPoint.history.filter(focus_area_id__in=areas)),
            (policy.SuccessCriterion, policy.SuccessCriterion.history.filter(policy_id=obj.pk)),
            (policy.Indicator, policy.Indicator.history.filter(criterion_id__in=criteria)),
        ]
    return [own]


def _who(row) -> str:
    user = row.history_user
    if user is None:
        return _("the system")
    return user.get_full_name() or user.username


def _what(model, row, displayer, main) -> str:
    if model is main:
        return str(model._meta.verbose_name).capitalize()
    if model.__name__ == "Schedule":
        return _("Time: %(schedule)s") % {"schedule": displayer.schedule(fields.schedule_json(row))}
    text = str(getattr(row, "title", "") or getattr(row, "text", "") or getattr(row, "name", ""))
    return f"{str(model._meta.verbose_name).capitalize()}: {text[:80]}"


def list_history(*, obj) -> list[HistoryEvent]:
    """Every recorded change of the object (and, for an initiative, its times; for a policy, its
    parts), newest first, each with the fields it changed."""
    displayer = fields.Displayer()
    main = type(obj)
    events = []
    for model, rows in _groups(obj):
        shown = [f for f in model._meta.concrete_fields if f.name not in NOT_SHOWN]
        label = model._meta.label_lower
        snapshots = {}
        if model is fields.model_for("initiative"):
            snapshots = {
                s.history_id: s.data
                for s in RelationSnapshot.objects.filter(model_label=label, object_id=obj.pk)
            }
        by_object: dict[int, list] = {}
        for row in rows.select_related("history_user").order_by("history_date", "history_id"):
            by_object.setdefault(row.id, []).append(row)
        for object_rows in by_object.values():
            previous, previous_relations = None, None
            for index, row in enumerate(object_rows):
                changes = []
                if previous is not None and row.history_type == "~":
                    for f in shown:
                        old, new = getattr(previous, f.attname), getattr(row, f.attname)
                        if old != new:
                            changes.append(
                                {
                                    "label": str(f.verbose_name),
                                    "old": displayer.model_value(model, f.name, old),
                                    "new": displayer.model_value(model, f.name, new),
                                }
                            )
                relations = snapshots.get(row.history_id, previous_relations)
                if previous_relations is not None and relations is not None and row.history_type == "~":
                    for name in sorted(set(previous_relations) | set(relations)):
                        old, new = previous_relations.get(name) or [], relations.get(name) or []
                        if sorted(old) != sorted(new):
                            changes.append(
                                {
                                    "label": fields.label("initiative", name),
                                    "old": displayer.value("initiative", name, old),
                                    "new": displayer.value("initiative", name, new),
                                }
                            )
                is_latest = index == len(object_rows) - 1
                events.append(
                    HistoryEvent(
                        history_id=row.history_id,
                        model_label=label,
                        object_id=row.id,
                        what=_what(model, row, displayer, main),
                        when=row.history_date,
                        who=_who(row),
                        type=row.history_type,
                        reason=describe_reason(row.history_change_reason),
                        changes=changes,
                        revertible=row.history_type != "-" and not is_latest,
                    )
                )
                previous, previous_relations = row, relations
    events.sort(key=lambda e: (e.when, e.history_id), reverse=True)
    return events


def get_version_values(*, entry, version: int, names: list[str]) -> dict | None:
    """An entry's registered values as they were at `version` (None when that version is unknown)."""
    kind = fields.kind_of(entry)
    row = type(entry).history.filter(id=entry.pk, version=version).order_by("-history_id").first()
    if row is None:
        return None
    old = row.instance
    values = {}
    for spec in fields.specs_for(kind):
        if spec.name not in names:
            continue
        if spec.type == fields.SCALAR:
            values[spec.name] = fields.scalar_json(getattr(old, spec.name))
        elif spec.type == fields.FK:
            values[spec.name] = getattr(old, f"{spec.name}_id")
    snapshot = (
        RelationSnapshot.objects.filter(
            model_label=entry._meta.label_lower, object_id=entry.pk, history_id__lte=row.history_id
        )
        .order_by("-history_id")
        .first()
    )
    if snapshot is not None:
        values.update({name: value for name, value in snapshot.data.items() if name in names})
    return values


def get_last_change(*, entry) -> dict | None:
    """Who saved the entry last, and when."""
    row = (
        type(entry).history.filter(id=entry.pk).select_related("history_user").order_by("-history_id").first()
    )
    return {"who": _who(row), "when": row.history_date} if row is not None else None
