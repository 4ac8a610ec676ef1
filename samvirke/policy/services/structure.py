"""Writes for a policy's structure: the policy itself, its focus points and their links to
initiatives, and the numbering of focus areas and focus points (decision 0066)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from samvirke.core.models import Municipality
from samvirke.initiatives.models import Initiative
from samvirke.policy.models import FocusPoint, Policy
from samvirke.policy.services.parts import describe_links, save_policy_part, save_validated


@transaction.atomic
def create_policy(*, municipality: Municipality, policy: Policy) -> Policy:
    """Create a policy in a municipality. Raises ValidationError (e.g. its address is taken)."""
    policy.municipality = municipality
    save_validated(policy)
    return policy


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
        reason = describe_links(before, after, names)
    save_policy_part(instance=point, reason=reason)
    if initiatives is not None:
        point.initiatives.set(initiatives)
    return point


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
