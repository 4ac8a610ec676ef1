"""Writes for policies, their results and action programmes. Each validates with full_clean and runs
in one transaction; simple-history records who changed what (decision 0003), with a reason where
the change is not visible in the row itself (links to initiatives, reordering, renumbering)."""

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Max, ProtectedError, RestrictedError
from django.utils.translation import gettext as _

from samvirke.core.models import Municipality
from samvirke.initiatives.models import Initiative
from samvirke.policy.models import (
    Action,
    ActionProgramme,
    ActionStatus,
    CrossCuttingChallenge,
    FocusArea,
    FocusPoint,
    Goal,
    Measurement,
    NarrativeSection,
    Policy,
    SuccessCriterion,
    Theme,
)

ORDERED = (
    Goal,
    CrossCuttingChallenge,
    FocusArea,
    Theme,
    FocusPoint,
    SuccessCriterion,
    Action,
    NarrativeSection,
)


def siblings_of(instance: models.Model) -> models.QuerySet:
    """The rows an ordered part is ordered among (a focus point: the points of its theme, or of its area)."""
    model = type(instance)
    if isinstance(instance, FocusPoint):
        return FocusPoint.objects.filter(focus_area_id=instance.focus_area_id, theme_id=instance.theme_id)
    if isinstance(instance, Theme):
        return Theme.objects.filter(focus_area_id=instance.focus_area_id)
    if isinstance(instance, Action):
        return Action.objects.filter(programme_id=instance.programme_id)
    if isinstance(instance, NarrativeSection):
        return NarrativeSection.objects.filter(report_id=instance.report_id)
    return model.objects.filter(policy_id=instance.policy_id)


def _next_order(instance: models.Model) -> int:
    highest = siblings_of(instance).exclude(pk=instance.pk).aggregate(top=Max("order"))["top"]
    return 0 if highest is None else highest + 1


# Addresses the site uses itself (/<municipality>/policy/new/, /<municipality>/programmes/new/).
RESERVED_SLUGS = {"new"}


def _save(instance: models.Model, reason: str = "") -> None:
    if isinstance(instance, Policy | ActionProgramme) and instance.slug in RESERVED_SLUGS:
        raise ValidationError(
            {"slug": _("“%(slug)s” is reserved; choose another address.") % {"slug": instance.slug}}
        )
    instance.full_clean()
    if reason:
        instance._change_reason = reason
    instance.save()


def _moved(instance: models.Model) -> bool:
    """Whether an existing part changed its container (so it goes to the end of its new siblings)."""
    if instance.pk is None:
        return True
    before = type(instance).objects.filter(pk=instance.pk).values().first()
    if before is None:
        return True
    keys = {
        FocusPoint: ("focus_area_id", "theme_id"),
        Theme: ("focus_area_id",),
        NarrativeSection: ("report_id",),
    }.get(type(instance), ())
    return any(before[key] != getattr(instance, key) for key in keys)


@transaction.atomic
def save_policy_part(*, instance: models.Model, reason: str = "") -> models.Model:
    """Create or change one part of a policy (goal, challenge, focus area, criterion, indicator, …).

    A new part, or one moved to another container, goes to the end of its siblings. A theme moved
    to another focus area takes its focus points along. Raises ValidationError.
    """
    if isinstance(instance, ORDERED) and _moved(instance):
        instance.order = _next_order(instance)
    old_area = None
    if isinstance(instance, Theme) and instance.pk:
        old_area = Theme.objects.filter(pk=instance.pk).values_list("focus_area_id", flat=True).first()
    _save(instance, reason)
    if isinstance(instance, Theme) and old_area and old_area != instance.focus_area_id:
        for point in FocusPoint.objects.filter(theme=instance):
            point.focus_area_id = instance.focus_area_id
            _save(point, _("Moved with its theme to another focus area."))
    return instance


def _link_reason(before: set, after: set, names: dict) -> str:
    added = sorted(names[pk] for pk in after - before)
    removed = sorted(names[pk] for pk in before - after)
    parts = []
    if added:
        parts.append(_("Linked: %(names)s") % {"names": ", ".join(added)})
    if removed:
        parts.append(_("Unlinked: %(names)s") % {"names": ", ".join(removed)})
    return "; ".join(parts)


@transaction.atomic
def save_focus_point(*, point: FocusPoint, initiatives: list[Initiative] | None = None) -> FocusPoint:
    """Create or change a focus point, move it (another theme or focus area), and set the initiatives
    that serve it. Links are recorded in the history as the change's reason. Raises ValidationError."""
    municipality_id = point.focus_area.policy.municipality_id
    reason = ""
    if initiatives is not None:
        foreign = [i.title for i in initiatives if i.municipality_id != municipality_id]
        if foreign:
            raise ValidationError(
                {
                    "initiatives": _("These initiatives belong to another municipality: %(names)s")
                    % {"names": ", ".join(foreign)}
                }
            )
        before = set(point.initiatives.values_list("pk", flat=True)) if point.pk else set()
        after = {i.pk for i in initiatives}
        names = {i.pk: i.title for i in initiatives}
        if before - after:
            names.update(dict(Initiative.objects.filter(pk__in=before - after).values_list("pk", "title")))
        reason = _link_reason(before, after, names)
    save_policy_part(instance=point, reason=reason)
    if initiatives is not None:
        point.initiatives.set(initiatives)
    return point


@transaction.atomic
def delete_part(*, instance: models.Model) -> None:
    """Delete a part; its own parts go with it. Raises ValidationError when others still depend on it."""
    try:
        instance.delete()
    except ProtectedError as error:
        blockers = list(error.protected_objects)
    except RestrictedError as error:
        blockers = list(error.restricted_objects)
    else:
        return
    raise ValidationError(
        _("It cannot be deleted while other records depend on it (%(count)s, for example “%(example)s”).")
        % {"count": len(blockers), "example": blockers[0]}
    )


@transaction.atomic
def move_part(*, instance: models.Model, direction: str) -> None:
    """Move an ordered part one place up or down among its siblings (orders are renumbered 0, 1, 2, …)."""
    if direction not in ("up", "down"):
        raise ValidationError(_("Move up or down."))
    siblings = list(siblings_of(instance).select_for_update().order_by("order", "pk"))
    index = next(i for i, sibling in enumerate(siblings) if sibling.pk == instance.pk)
    target = index - 1 if direction == "up" else index + 1
    if not 0 <= target < len(siblings):
        return
    siblings[index], siblings[target] = siblings[target], siblings[index]
    for order, sibling in enumerate(siblings):
        if sibling.order != order:
            sibling.order = order
            sibling._change_reason = _("Reordered.")
            sibling.save(update_fields=["order"])


class Scheme:
    HIERARCHICAL = "hierarchical"  # 1, 1.1, 1.2 … (with themes: 1.1.1, 1.1.2 …)
    CONTINUOUS = "continuous"  # 1, 2, 3 … across the whole policy (Hillerød's 20 actions)


@transaction.atomic
def renumber_focus_points(*, policy: Policy, scheme: str) -> int:
    """Number the focus areas and focus points by their place in the policy. Returns how many changed."""
    if scheme not in (Scheme.HIERARCHICAL, Scheme.CONTINUOUS):
        raise ValidationError(_("Choose a numbering scheme."))
    changed = 0
    running = 0
    reason = _("Renumbered.")
    for area_index, area in enumerate(policy.focus_areas.order_by("order", "pk"), start=1):
        if scheme == Scheme.HIERARCHICAL and area.number != str(area_index):
            area.number = str(area_index)
            area._change_reason = reason
            area.save(update_fields=["number"])
            changed += 1
        themes = list(area.themes.order_by("order", "pk"))
        groups = [(theme_index, theme) for theme_index, theme in enumerate(themes, start=1)] + [(None, None)]
        for theme_index, theme in groups:
            points = FocusPoint.objects.filter(focus_area=area, theme=theme).order_by("order", "pk")
            for point_index, point in enumerate(points, start=1):
                running += 1
                if scheme == Scheme.CONTINUOUS:
                    number = str(running)
                elif theme is not None:
                    number = f"{area.number}.{theme_index}.{point_index}"
                else:
                    # Points without a theme come after the themed ones, numbered on after them.
                    number = (
                        f"{area.number}.{len(themes) + point_index}"
                        if themes
                        else f"{area.number}.{point_index}"
                    )
                if point.number != number:
                    point.number = number
                    point._change_reason = reason
                    point.save(update_fields=["number"])
                    changed += 1
    return changed


# -- measurements -------------------------------------------------------------------------------


@transaction.atomic
def record_measurement(
    *, indicator_id: int, series: str, date: dt.date, value: Decimal, source: str = ""
) -> tuple[Measurement, bool]:
    """Add a measurement, or correct the value of the one on the same date and series.

    Returns (measurement, created). Raises ValidationError.
    """
    measurement = Measurement.objects.filter(indicator_id=indicator_id, series=series, date=date).first()
    created = measurement is None
    if created:
        measurement = Measurement(indicator_id=indicator_id, series=series, date=date)
    measurement.value = value
    measurement.source = source
    _save(measurement)
    return measurement, created


# -- programmes ----------------------------------------------------------------------------------


@transaction.atomic
def create_policy(*, municipality: Municipality, policy: Policy) -> Policy:
    """Create a policy in a municipality. Raises ValidationError (e.g. its address is taken)."""
    policy.municipality = municipality
    _save(policy)
    return policy


@transaction.atomic
def save_programme(*, municipality: Municipality, programme: ActionProgramme) -> ActionProgramme:
    programme.municipality = municipality
    _save(programme)
    return programme


@transaction.atomic
def save_status(*, programme: ActionProgramme, status: ActionStatus, for_municipality: bool) -> ActionStatus:
    """Create or change a status: for this programme only, or for every programme of the municipality."""
    status.municipality_id = programme.municipality_id
    status.programme = None if for_municipality else programme
    _save(status)
    return status


@transaction.atomic
def save_action(
    *,
    action: Action,
    initiatives: list[Initiative] | None = None,
    focus_points: list[FocusPoint] | None = None,
) -> Action:
    """Create or change an action and its links. Raises ValidationError naming the field."""
    from samvirke.policy.selectors import statuses_for

    programme = action.programme
    errors = {}
    if action.status_id and not statuses_for(programme=programme).filter(pk=action.status_id).exists():
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
            parts.append(_link_reason(before, {i.pk for i in initiatives}, names))
        if focus_points is not None:
            before = set(action.focus_points.values_list("pk", flat=True))
            names = {p.pk: p.number or str(p.pk) for p in focus_points}
            names.update(dict(FocusPoint.objects.filter(pk__in=before).values_list("pk", "number")))
            parts.append(_link_reason(before, {p.pk for p in focus_points}, names))
        reason = "; ".join(part for part in parts if part)
    save_policy_part(instance=action, reason=reason)
    if initiatives is not None:
        action.initiatives.set(initiatives)
    if focus_points is not None:
        action.focus_points.set(focus_points)
    return action
