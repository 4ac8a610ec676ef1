"""Writes for action programmes: the programme, its statuses and actions (with their links to
initiatives and focus points), and the actions from a CSV file (decision 0066)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from samvirke.core.models import Municipality
from samvirke.initiatives.models import Initiative
from samvirke.policy import csv_io
from samvirke.policy.models import Action, ActionProgramme, ActionStatus, FocusPoint, Milestone
from samvirke.policy.selectors.programmes import list_statuses
from samvirke.policy.services.parts import describe_links, save_policy_part, save_validated


@transaction.atomic
def save_programme(*, municipality: Municipality, programme: ActionProgramme) -> ActionProgramme:
    programme.municipality = municipality
    save_validated(programme)
    return programme


@transaction.atomic
def save_status(*, programme: ActionProgramme, status: ActionStatus, for_municipality: bool) -> ActionStatus:
    """Create or change a status: for this programme only, or for every programme of the municipality."""
    status.municipality_id = programme.municipality_id
    status.programme = None if for_municipality else programme
    save_validated(status)
    return status


@transaction.atomic
def save_action(
    *,
    action: Action,
    initiatives: list[Initiative] | None = None,
    focus_points: list[FocusPoint] | None = None,
) -> Action:
    """Create or change an action and its links. Raises ValidationError naming the field."""
    programme = action.programme
    errors = {}
    if action.status_id and not list_statuses(programme=programme).filter(pk=action.status_id).exists():
        errors["status"] = _("Choose one of the statuses of this programme.")
    if initiatives is not None:
        foreign = [i.title for i in initiatives if i.municipality_id != programme.municipality_id]
        if foreign:
            errors["initiatives"] = _("These initiatives belong to another municipality: %(names)s") % {
                "names": ", ".join(foreign)
            }
    if focus_points is not None:
        foreign = [
            p.number or str(p.pk) for p in focus_points if p.focus_area.policy_id != programme.policy_id
        ]
        if foreign:
            errors["focus_points"] = _("These focus points belong to another policy: %(numbers)s") % {
                "numbers": ", ".join(foreign)
            }
    if errors:
        raise ValidationError(errors)
    reason = ""
    if action.pk and (initiatives is not None or focus_points is not None):
        parts = []
        if initiatives is not None:
            before = set(action.initiatives.values_list("pk", flat=True))
            names = {i.pk: i.title for i in initiatives}
            names.update(dict(Initiative.objects.filter(pk__in=before).values_list("pk", "title")))
            parts.append(describe_links(before, {i.pk for i in initiatives}, names))
        if focus_points is not None:
            before = set(action.focus_points.values_list("pk", flat=True))
            names = {p.pk: p.number or str(p.pk) for p in focus_points}
            names.update(dict(FocusPoint.objects.filter(pk__in=before).values_list("pk", "number")))
            parts.append(describe_links(before, {p.pk for p in focus_points}, names))
        reason = "; ".join(part for part in parts if part)
    save_policy_part(instance=action, reason=reason)
    if initiatives is not None:
        action.initiatives.set(initiatives)
    if focus_points is not None:
        action.focus_points.set(focus_points)
    return action


@transaction.atomic
def import_actions(*, parsed: csv_io.Parsed) -> dict[str, int]:
    """Apply a problem-free actions CSV preview, or nothing (all or nothing). When the file has a
    milestones column, it replaces each listed action's milestones.

    Returns counts of new, changed and unchanged actions. Raises ValidationError.
    """
    for row in parsed.rows:
        if row.change == "same":
            continue
        action = save_action(action=row.action, initiatives=row.initiatives, focus_points=row.focus_points)
        if row.milestones is not None:
            wanted = set(row.milestones)
            for milestone in action.milestones.all():
                if (milestone.date, milestone.title) not in wanted:
                    milestone.delete()
            have = set(action.milestones.values_list("date", "title"))
            for date, title in row.milestones:
                if (date, title) not in have:
                    milestone = Milestone(action=action, date=date, title=title)
                    milestone.full_clean()
                    milestone.save()
                    have.add((date, title))
    return parsed.counts()
