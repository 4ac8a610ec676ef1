"""Reads for the change list of a policy (decision 0066): every recorded change to it and its parts, newest first.

Each model keeps its own history table (simple-history, decision 0003). A page of the merged list
takes the newest `page × size` rows of each table and merges them, so one page costs one query per
table whatever the history's length. (The generic history and revert page belongs to the
editorial app; this is the policy's own read-only list.)
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.utils.translation import gettext_lazy as _

from samvirke.policy.models import (
    Action,
    ActionProgramme,
    CrossCuttingChallenge,
    FocusArea,
    FocusPoint,
    Goal,
    Indicator,
    Measurement,
    Milestone,
    Policy,
    SuccessCriterion,
    Theme,
)

# (model, path from the historical row to the policy id)
TRACKED = [
    (Policy, "id"),
    (Goal, "policy_id"),
    (CrossCuttingChallenge, "policy_id"),
    (FocusArea, "policy_id"),
    (Theme, "focus_area__policy_id"),
    (FocusPoint, "focus_area__policy_id"),
    (SuccessCriterion, "policy_id"),
    (Indicator, "criterion__policy_id"),
    (Measurement, "indicator__criterion__policy_id"),
    (ActionProgramme, "policy_id"),
    (Action, "programme__policy_id"),
    (Milestone, "action__programme__policy_id"),
]
KINDS = {"+": _("added"), "~": _("changed"), "-": _("deleted")}
IGNORED_FIELDS = {"updated_at", "created_at"}


@dataclass
class Change:
    when: datetime
    who: str
    kind: str
    model: str
    label: str
    fields: list[str] = field(default_factory=list)
    reason: str = ""


@dataclass
class ChangePage:
    changes: list[Change]
    number: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1


MAX_PAGE = 10_000


def list_changes(*, policy: Policy, page: int = 1, size: int = 25) -> ChangePage:
    """One page of the policy's change list (an empty page past the end). One query per table for
    the page, and one per table for the versions the changed rows are compared with."""
    page = min(max(1, page), MAX_PAGE)  # a page of 2**63 would overflow the database's LIMIT
    wanted = page * size + 1
    rows = []
    for model, path in TRACKED:
        history = model.history.model
        # Historical rows keep their foreign keys as (unconstrained) relations, so the same lookup
        # path works on the history table. Rows of parts whose parent was deleted drop out.
        qs = history.objects.filter(**{path: policy.pk}).select_related("history_user")
        if model is Measurement:
            qs = qs.select_related("indicator")
        rows.extend((row, model) for row in qs.order_by("-history_date", "-history_id")[:wanted])
    rows.sort(key=lambda item: (item[0].history_date, item[0].history_id), reverse=True)
    chosen = rows[(page - 1) * size : page * size]
    previous = _previous_versions(chosen)
    changes = []
    for row, model in chosen:
        fields = []
        before = previous.get((model, row.history_id))
        if row.history_type == "~" and before is not None:
            fields = [
                str(model._meta.get_field(change.field).verbose_name)
                for change in row.diff_against(before).changes
                if change.field not in IGNORED_FIELDS
            ]
        user = row.history_user
        changes.append(
            Change(
                when=row.history_date,
                who=(user.get_full_name() or user.username) if user else "",
                kind=KINDS.get(row.history_type, row.history_type),
                model=str(model._meta.verbose_name),
                label=_label(row, model),
                fields=fields,
                reason=row.history_change_reason or "",
            )
        )
    return ChangePage(changes=changes, number=page, has_next=len(rows) > page * size)


def _label(row, model) -> str:
    if model is Measurement:
        return f"{row.indicator.name if row.indicator_id else ''} {row.date:%Y-%m-%d}: {row.value}".strip()
    return str(row.instance)[:120]


def _previous_versions(chosen) -> dict:
    """For each changed row, the version before it: {(model, history_id): historical row}."""
    by_model: dict = {}
    for row, model in chosen:
        if row.history_type == "~":
            by_model.setdefault(model, []).append(row)
    previous = {}
    for model, changed in by_model.items():
        versions: dict = {}
        for version in model.history.model.objects.filter(id__in={row.id for row in changed}).order_by(
            "history_date", "history_id"
        ):
            versions.setdefault(version.id, []).append(version)
        for row in changed:
            earlier = [
                v
                for v in versions.get(row.id, [])
                if (v.history_date, v.history_id) < (row.history_date, row.history_id)
            ]
            if earlier:
                previous[(model, row.history_id)] = earlier[-1]
    return previous
