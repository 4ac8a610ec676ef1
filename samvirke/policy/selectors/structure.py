"""Reads for a policy's structure (decision 0066): the municipality's policies, one policy with
everything its page shows, its outline (focus areas, themes, focus points in order, with their
rolled-up progress) and a focus point."""

from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet
from django.http import Http404

from samvirke.core.models import Municipality
from samvirke.initiatives.models import Initiative
from samvirke.initiatives.selectors import list_initiatives
from samvirke.policy import rollup
from samvirke.policy.models import (
    Action,
    ActionProgramme,
    EvaluationReport,
    FocusArea,
    FocusPoint,
    Policy,
    Theme,
)
from samvirke.policy.selectors.results import list_criteria_with_measurements


def list_initiative_summaries() -> QuerySet[Initiative]:
    """Initiatives with just what a link to them shows (title, address, status, summary)."""
    return Initiative.objects.only("id", "title", "slug", "status", "summary").order_by("title")


def list_policies(*, municipality: Municipality) -> QuerySet[Policy]:
    """A municipality's policies, newest period first, with their programmes and published evaluations."""
    return (
        Policy.objects.for_municipality(municipality)
        .select_related("municipality")
        .prefetch_related(
            Prefetch("programmes", queryset=ActionProgramme.objects.order_by("-period_start", "title")),
            Prefetch(
                "evaluation_reports",
                queryset=EvaluationReport.objects.filter(status=EvaluationReport.Status.PUBLISHED),
                to_attr="published_reports",
            ),
        )
        .order_by("-period_start", "title")
    )


def get_policy_or_404(*, municipality: Municipality, slug: str) -> Policy:
    """A policy with everything its page shows: structure, initiatives per focus point, results."""
    policy = (
        Policy.objects.for_municipality(municipality)
        .filter(slug=slug)
        .select_related("municipality")
        .prefetch_related(
            "goals",
            "challenges",
            Prefetch(
                "focus_areas",
                queryset=FocusArea.objects.prefetch_related(
                    "themes",
                    Prefetch(
                        "focus_points",
                        queryset=FocusPoint.objects.prefetch_related(
                            Prefetch("initiatives", queryset=list_initiative_summaries())
                        ),
                    ),
                ),
            ),
            Prefetch("success_criteria", queryset=list_criteria_with_measurements()),
        )
        .first()
    )
    if policy is None:
        raise Http404("No such policy")
    return policy


def get_policy_header_or_404(*, municipality: Municipality, slug: str) -> Policy:
    """Just the policy row (for pages that load their own parts)."""
    policy = (
        Policy.objects.for_municipality(municipality).filter(slug=slug).select_related("municipality").first()
    )
    if policy is None:
        raise Http404("No such policy")
    return policy


@dataclass
class PointGroup:
    theme: Theme | None
    points: list[FocusPoint]
    progress: rollup.Progress = rollup.NO_ACTIONS


@dataclass
class AreaOutline:
    area: FocusArea
    groups: list[PointGroup]
    progress: rollup.Progress = rollup.NO_ACTIONS
    criteria: list = field(default_factory=list)


def get_policy_outline(*, policy: Policy, progress: rollup.Rollup | None = None) -> list[AreaOutline]:
    """The focus areas in order, each with its themes (and then its theme-less points) in order.

    Reads only prefetched relations. With `progress`, every focus point, theme and area carries
    its rolled-up action progress (`point.progress`, `group.progress`, `outline.progress`).
    """
    outline = []
    for area in policy.focus_areas.all():
        points = list(area.focus_points.all())
        groups = []
        for theme in area.themes.all():
            groups.append(PointGroup(theme, [p for p in points if p.theme_id == theme.pk]))
        loose = [p for p in points if p.theme_id is None]
        if loose:
            groups.append(PointGroup(None, loose))
        if progress is not None:
            for point in points:
                point.progress = progress.for_focus_point(point.pk)
            for group in groups:
                group.progress = progress.for_theme(group.theme.pk) if group.theme else rollup.NO_ACTIONS
        outline.append(
            AreaOutline(
                area=area,
                groups=groups,
                progress=progress.for_focus_area(area.pk) if progress else rollup.NO_ACTIONS,
            )
        )
    return outline


def get_focus_point_or_404(*, policy: Policy, pk: int) -> FocusPoint:
    """A focus point of the policy with its initiatives (organisers, target groups) and the actions serving it."""
    point = (
        FocusPoint.objects.filter(focus_area__policy=policy, pk=pk)
        .select_related("focus_area", "theme")
        .prefetch_related(
            # The initiatives app's own selector chooses their joins (organisers, target groups).
            Prefetch("initiatives", queryset=list_initiatives(municipality=policy.municipality)),
            Prefetch(
                "actions",
                queryset=Action.objects.select_related("programme", "status").order_by("programme", "order"),
            ),
        )
        .first()
    )
    if point is None:
        raise Http404("No such focus point")
    return point


def get_structure_for_progress(*, policy: Policy) -> Policy:
    """The policy with its focus areas, themes and focus points (no initiatives), for progress tables."""
    return (
        Policy.objects.filter(pk=policy.pk)
        .prefetch_related(
            Prefetch("focus_areas", queryset=FocusArea.objects.prefetch_related("themes", "focus_points"))
        )
        .get()
    )
