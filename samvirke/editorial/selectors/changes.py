"""What changed in a municipality's handbook between two moments, derived from the history
(django-simple-history rows, decision 0003; the method is decision 0011).

For every entry with a historical row in the window, its state at the start (the newest row
at or before `since`) is compared with its state at the end (the newest row at or before
`until`): absent → present is new, present → absent (deleted) is removed, otherwise the
fields that differ are listed, and an initiative whose status became "ended" is ended.
Contact persons count only while they are shown publicly (consent and visibility).
"""

import datetime as dt

from django.db.models import Max
from django.urls import reverse
from django.utils.translation import gettext as _

from samvirke.editorial import fields
from samvirke.editorial.models import RelationSnapshot
from samvirke.initiatives.models import Initiative, Schedule

NOT_COMPARED = {
    "id",
    "uuid",
    "created_at",
    "updated_at",
    "version",
    "last_verified_at",
    "is_demo",
    "municipality",
    "slug",
}
CONTACT_PUBLIC_FIELDS = ["name", "role", "email", "phone", "organisation"]
KIND_ORDER = {"initiative": 0, "organisation": 1, "contact": 2}
CHANGE_ORDER = {"new": 0, "changed": 1, "ended": 2, "removed": 3}


def _latest_rows(history_model, *, municipality_id: int, ids, moment) -> dict:
    latest = (
        history_model.objects.filter(municipality_id=municipality_id, id__in=ids, history_date__lte=moment)
        .order_by()
        .values("id")
        .annotate(last=Max("history_id"))
        .values_list("last", flat=True)
    )
    return {row.id: row for row in history_model.objects.filter(history_id__in=list(latest))}


def _is_public_contact(row) -> bool:
    return row.visibility == "public" and row.consent_date is not None


def _exists(kind: str, row) -> bool:
    if row is None or row.history_type == "-":
        return False
    return _is_public_contact(row) if kind == "contact" else True


def _compared_fields(kind: str, model):
    if kind == "contact":
        return [model._meta.get_field(name) for name in CONTACT_PUBLIC_FIELDS]
    return [f for f in model._meta.concrete_fields if f.name not in NOT_COMPARED]


def _schedule_states(*, initiative_ids, moment, displayer) -> dict[int, list[str]]:
    history = Schedule.history.model
    latest = (
        history.objects.filter(initiative_id__in=initiative_ids, history_date__lte=moment)
        .order_by()
        .values("id")
        .annotate(last=Max("history_id"))
        .values_list("last", flat=True)
    )
    states: dict[int, list[str]] = {}
    for row in history.objects.filter(history_id__in=list(latest)).exclude(history_type="-").order_by("id"):
        states.setdefault(row.initiative_id, []).append(displayer.schedule(fields.schedule_json(row)))
    return states


def _relations_at(snapshots: list, history_id: int | None) -> dict | None:
    if history_id is None:
        return None
    earlier = [s for s in snapshots if s.history_id <= history_id]
    return max(earlier, key=lambda s: s.history_id).data if earlier else None


def list_changes_between(*, municipality, since: dt.datetime | None, until: dt.datetime) -> list[dict]:
    """The changes between `since` and `until`, as JSON-ready dicts in the active language."""
    if since is None:
        return []

    displayer = fields.Displayer()
    items = []
    for kind in ("initiative", "organisation", "contact"):
        model = fields.model_for(kind)
        history = model.history.model
        window = history.objects.filter(
            municipality_id=municipality.pk, history_date__gt=since, history_date__lte=until
        )
        ids = set(window.values_list("id", flat=True))
        schedules_before = schedules_after = {}
        snapshots: dict[int, list] = {}
        if kind == "initiative":
            all_ids = set(
                history.objects.filter(municipality_id=municipality.pk)
                .order_by()
                .values_list("id", flat=True)
                .distinct()
            )
            touched = Schedule.history.model.objects.filter(
                initiative_id__in=all_ids, history_date__gt=since, history_date__lte=until
            ).values_list("initiative_id", flat=True)
            ids |= set(touched)
            schedules_before = _schedule_states(initiative_ids=ids, moment=since, displayer=displayer)
            schedules_after = _schedule_states(initiative_ids=ids, moment=until, displayer=displayer)
            for snapshot in RelationSnapshot.objects.filter(
                model_label="initiatives.initiative", object_id__in=ids
            ):
                snapshots.setdefault(snapshot.object_id, []).append(snapshot)
        if not ids:
            continue
        before = _latest_rows(history, municipality_id=municipality.pk, ids=ids, moment=since)
        after = _latest_rows(history, municipality_id=municipality.pk, ids=ids, moment=until)
        compared = _compared_fields(kind, model)
        for pk in ids:
            old, new = before.get(pk), after.get(pk)
            existed, exists = _exists(kind, old), _exists(kind, new)
            row = new if exists else old
            if row is None or not (existed or exists):
                continue
            item = {
                "kind": kind,
                "id": pk,
                "label": str(getattr(row, "title", None) or row.name),
                "url": "",
                "fields": [],
            }
            if exists and kind != "contact":
                item["url"] = _url(kind, row, municipality)
            if not existed:
                item["change"] = "new"
            elif not exists:
                item["change"] = "removed"
            else:
                for field in compared:
                    a, b = getattr(old, field.attname), getattr(new, field.attname)
                    if a != b:
                        item["fields"].append(
                            {
                                "name": field.name,
                                "old": displayer.model_value(model, field.name, a),
                                "new": displayer.model_value(model, field.name, b),
                            }
                        )
                if kind == "initiative":
                    item["fields"] += _relation_changes(
                        displayer,
                        _relations_at(snapshots.get(pk, []), old.history_id),
                        _relations_at(snapshots.get(pk, []), new.history_id),
                    )
                    was, now = schedules_before.get(pk, []), schedules_after.get(pk, [])
                    if was != now:
                        item["fields"].append(
                            {"name": "schedules", "old": "; ".join(was), "new": "; ".join(now)}
                        )
                if not item["fields"]:
                    continue
                ended = kind == "initiative" and new.status == Initiative.Status.ENDED != old.status
                item["change"] = "ended" if ended else "changed"
            items.append(item)
    items.sort(key=lambda i: (KIND_ORDER[i["kind"]], CHANGE_ORDER[i["change"]], i["label"].lower()))
    return items


def _relation_changes(displayer, old: dict | None, new: dict | None) -> list[dict]:
    if old is None or new is None:
        return []
    return [
        {
            "name": name,
            "old": displayer.value("initiative", name, old.get(name) or []),
            "new": displayer.value("initiative", name, new.get(name) or []),
        }
        for name in sorted(set(old) | set(new))
        if sorted(old.get(name) or []) != sorted(new.get(name) or [])
    ]


def _url(kind: str, row, municipality) -> str:
    name = "initiatives:detail" if kind == "initiative" else "directory:organisation"
    return reverse(name, kwargs={"municipality": municipality.slug, "slug": row.slug})


def summarise(changes: list[dict]) -> dict:
    counts = {"new": 0, "changed": 0, "ended": 0, "removed": 0}
    for item in changes:
        counts[item["change"]] += 1
    return counts


def label_changes(changes: list[dict]) -> list[dict]:
    """The stored changes with field labels in the reader's language, grouped by kind."""
    kinds = {
        "initiative": _("Activities"),
        "organisation": _("Organisations"),
        "contact": _("Contact persons"),
    }
    groups: dict[str, dict] = {}
    for item in changes:
        group = groups.setdefault(
            item["kind"], {"kind": item["kind"], "title": kinds[item["kind"]], "items": []}
        )
        group["items"].append(
            {
                **item,
                "fields": [{**f, "label": fields.label(item["kind"], f["name"])} for f in item["fields"]],
            }
        )
    return list(groups.values())
