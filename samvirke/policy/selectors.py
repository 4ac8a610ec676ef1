"""Reads for policies, their results and action programmes: querysets with their joins chosen,
and the computed views of them (status per indicator, progress per focus area)."""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, QuerySet
from django.http import Http404
from django.utils import timezone

from samvirke.core.models import Municipality
from samvirke.initiatives.models import Initiative
from samvirke.initiatives.selectors import list_initiatives
from samvirke.policy import charts, rollup
from samvirke.policy.models import (
    Action,
    ActionProgramme,
    ActionStatus,
    EvaluationReport,
    FocusArea,
    FocusPoint,
    Indicator,
    Policy,
    SuccessCriterion,
    Theme,
)
from samvirke.policy.status import Assessment, assess_indicator, worst


def today() -> dt.date:
    return timezone.localdate()


def _initiatives() -> QuerySet[Initiative]:
    return Initiative.objects.only("id", "title", "slug", "status", "summary").order_by("title")


# -- policies -------------------------------------------------------------------------------


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


def criteria_with_measurements() -> QuerySet[SuccessCriterion]:
    return SuccessCriterion.objects.select_related("focus_area").prefetch_related(
        Prefetch("indicators", queryset=Indicator.objects.prefetch_related("measurements"))
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
                            Prefetch("initiatives", queryset=_initiatives())
                        ),
                    ),
                ),
            ),
            Prefetch("success_criteria", queryset=criteria_with_measurements()),
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


def policy_outline(*, policy: Policy, progress: rollup.Rollup | None = None) -> list[AreaOutline]:
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


# -- results --------------------------------------------------------------------------------


@dataclass
class IndicatorResult:
    indicator: Indicator
    assessment: Assessment
    chart: charts.Chart | None = None


@dataclass
class CriterionResult:
    criterion: SuccessCriterion
    indicators: list[IndicatorResult]

    @property
    def status(self) -> str:
        return worst(result.assessment.status for result in self.indicators)


def criterion_results(
    *, criteria, municipality: Municipality, as_of: dt.date | None = None, with_charts: bool = False
) -> list[CriterionResult]:
    """Status (and, if asked, chart) of every indicator of the given (prefetched) success criteria."""
    as_of = as_of or today()
    results = []
    for criterion in criteria:
        items = []
        for indicator in criterion.indicators.all():
            chart = (
                charts.indicator_chart(indicator, own_label=municipality.name, as_of=as_of)
                if with_charts
                else None
            )
            items.append(IndicatorResult(indicator, assess_indicator(indicator, as_of=as_of), chart))
        results.append(CriterionResult(criterion, items))
    return results


def get_indicator_or_404(*, policy: Policy, pk: int) -> Indicator:
    indicator = (
        Indicator.objects.filter(criterion__policy=policy, pk=pk)
        .select_related("criterion__focus_area")
        .prefetch_related("measurements")
        .first()
    )
    if indicator is None:
        raise Http404("No such indicator")
    return indicator


def list_criteria_for_editing(*, policy: Policy) -> QuerySet[SuccessCriterion]:
    """The policy's success criteria with their indicators and how many measurements each has."""
    return (
        SuccessCriterion.objects.filter(policy=policy)
        .select_related("focus_area")
        .prefetch_related(
            Prefetch(
                "indicators", queryset=Indicator.objects.annotate(measurement_count=Count("measurements"))
            )
        )
        .order_by("order", "pk")
    )


def list_indicators(*, policy: Policy) -> QuerySet[Indicator]:
    return (
        Indicator.objects.filter(criterion__policy=policy)
        .select_related("criterion")
        .order_by("criterion__order", "criterion_id", "pk")
    )


# -- programmes -----------------------------------------------------------------------------


def _actions() -> QuerySet[Action]:
    return Action.objects.select_related("status", "responsible_organisation").prefetch_related(
        Prefetch(
            "focus_points", queryset=FocusPoint.objects.only("id", "number", "theme_id", "focus_area_id")
        ),
        Prefetch("initiatives", queryset=_initiatives()),
        "milestones",
    )


def list_programmes(*, municipality: Municipality) -> QuerySet[ActionProgramme]:
    """Programmes with their actions (and statuses) loaded, so each can show its progress."""
    return (
        ActionProgramme.objects.for_municipality(municipality)
        .select_related("policy", "municipality")
        .prefetch_related(Prefetch("actions", queryset=Action.objects.select_related("status")))
        .order_by("-period_start", "title")
    )


def get_programme_or_404(*, municipality: Municipality, slug: str) -> ActionProgramme:
    programme = (
        ActionProgramme.objects.for_municipality(municipality)
        .filter(slug=slug)
        .select_related("policy", "municipality")
        .prefetch_related(Prefetch("actions", queryset=_actions()))
        .first()
    )
    if programme is None:
        raise Http404("No such programme")
    return programme


def get_programme_header_or_404(*, municipality: Municipality, slug: str) -> ActionProgramme:
    programme = (
        ActionProgramme.objects.for_municipality(municipality)
        .filter(slug=slug)
        .select_related("policy", "municipality")
        .first()
    )
    if programme is None:
        raise Http404("No such programme")
    return programme


def get_action_or_404(*, programme: ActionProgramme, pk: int) -> Action:
    action = _actions().filter(programme=programme, pk=pk).first()
    if action is None:
        raise Http404("No such action")
    return action


def statuses_for(*, programme: ActionProgramme) -> QuerySet[ActionStatus]:
    """The statuses a programme's actions may have: its own list, or else the municipality's."""
    own = ActionStatus.objects.filter(programme=programme)
    if own.exists():
        return own.order_by("order", "progress")
    return ActionStatus.objects.filter(
        municipality_id=programme.municipality_id, programme__isnull=True
    ).order_by("order", "progress")


def policy_progress(*, policy: Policy) -> rollup.Rollup:
    """Progress of every action of every programme of the policy, rolled up (decision 0021)."""
    actions = (
        Action.objects.filter(programme__policy=policy)
        .select_related("status")
        .prefetch_related(
            Prefetch("focus_points", queryset=FocusPoint.objects.only("id", "theme_id", "focus_area_id"))
        )
    )
    return rollup.roll_up(actions)


def get_structure_for_progress(*, policy: Policy) -> Policy:
    """The policy with its focus areas, themes and focus points (no initiatives), for progress tables."""
    return (
        Policy.objects.filter(pk=policy.pk)
        .prefetch_related(
            Prefetch("focus_areas", queryset=FocusArea.objects.prefetch_related("themes", "focus_points"))
        )
        .get()
    )
