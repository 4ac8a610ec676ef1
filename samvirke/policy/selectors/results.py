"""Reads for a policy's results (decision 0066): success criteria and indicators, the status of each
indicator computed from its measurements (status.py) and its chart (charts.py)."""

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Prefetch, QuerySet
from django.http import Http404
from django.utils import timezone

from samvirke.core.models import Municipality
from samvirke.policy import charts
from samvirke.policy.models import Indicator, Policy, SuccessCriterion
from samvirke.policy.status import Assessment, assess_indicator, worst


def _today() -> dt.date:
    return timezone.localdate()


def list_criteria_with_measurements() -> QuerySet[SuccessCriterion]:
    """Success criteria with their focus area, indicators and measurements (filter them by policy)."""
    return SuccessCriterion.objects.select_related("focus_area").prefetch_related(
        Prefetch("indicators", queryset=Indicator.objects.prefetch_related("measurements"))
    )


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


def list_criterion_results(
    *, criteria, municipality: Municipality, as_of: dt.date | None = None, with_charts: bool = False
) -> list[CriterionResult]:
    """Status (and, if asked, chart) of every indicator of the given (prefetched) success criteria."""
    as_of = as_of or _today()
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


def get_indicator_result(*, indicator: Indicator, municipality: Municipality) -> IndicatorResult:
    """An indicator's status today and its chart (the indicator's own page)."""
    as_of = _today()
    return IndicatorResult(
        indicator,
        assess_indicator(indicator, as_of=as_of),
        charts.indicator_chart(indicator, own_label=municipality.name, as_of=as_of),
    )
