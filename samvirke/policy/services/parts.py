"""Writes every part of a policy, a programme or a report shares: save, delete, move (decision 0066).

Each validates with full_clean and runs in one transaction; simple-history records who changed what
(decision 0003), with a reason where the change is not visible in the row itself (links to
initiatives, reordering, renumbering). The subdomains' services build on these."""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Max, ProtectedError, RestrictedError
from django.utils.translation import gettext as _

from samvirke.policy.models import (
    Action,
    ActionProgramme,
    CrossCuttingChallenge,
    FocusArea,
    FocusPoint,
    Goal,
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


def save_validated(instance: models.Model, reason: str = "") -> None:
    """full_clean and save, with the reason simple-history records. Raises ValidationError."""
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
    save_validated(instance, reason)
    if isinstance(instance, Theme) and old_area and old_area != instance.focus_area_id:
        for point in FocusPoint.objects.filter(theme=instance):
            point.focus_area_id = instance.focus_area_id
            save_validated(point, _("Moved with its theme to another focus area."))
    return instance


def describe_links(before: set, after: set, names: dict) -> str:
    added = sorted(names[pk] for pk in after - before)
    removed = sorted(names[pk] for pk in before - after)
    parts = []
    if added:
        parts.append(_("Linked: %(names)s") % {"names": ", ".join(added)})
    if removed:
        parts.append(_("Unlinked: %(names)s") % {"names": ", ".join(removed)})
    return "; ".join(parts)


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
