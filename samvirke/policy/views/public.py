"""Public policy pages: the municipality's policies, one policy, a focus point, results, an indicator."""

from django.shortcuts import render

from samvirke.core.selectors import get_municipality_or_404
from samvirke.policy import charts, measurements_csv, selectors
from samvirke.policy.status import assess_indicator
from samvirke.policy.views.access import csv_download, may_edit


def policy_index(request, municipality: str):
    place = get_municipality_or_404(slug=municipality)
    return render(
        request,
        "policy/index.html",
        {
            "municipality": place,
            "policies": selectors.list_policies(municipality=place),
            "can_edit": may_edit(request, place),
        },
    )


def policy_detail(request, municipality: str, slug: str):
    """Mission, vision, values, goals, challenges; focus areas → themes → numbered focus points with
    the initiatives serving them; the success criteria's status; the programmes' progress."""
    place = get_municipality_or_404(slug=municipality)
    policy = selectors.get_policy_or_404(municipality=place, slug=slug)
    progress = selectors.policy_progress(policy=policy)
    outline = selectors.policy_outline(policy=policy, progress=progress)
    results = selectors.criterion_results(criteria=policy.success_criteria.all(), municipality=place)
    return render(
        request,
        "policy/detail.html",
        {
            "municipality": place,
            "policy": policy,
            "outline": outline,
            "progress": progress,
            "results": results,
            "can_edit": may_edit(request, place),
        },
    )


def focus_point_detail(request, municipality: str, slug: str, pk: int):
    place = get_municipality_or_404(slug=municipality)
    policy = selectors.get_policy_header_or_404(municipality=place, slug=slug)
    point = selectors.get_focus_point_or_404(policy=policy, pk=pk)
    return render(
        request,
        "policy/focus_point.html",
        {"municipality": place, "policy": policy, "point": point, "can_edit": may_edit(request, place)},
    )


def results(request, municipality: str, slug: str):
    """Every success criterion with its indicators: status, chart and the numbers behind it."""
    place = get_municipality_or_404(slug=municipality)
    policy = selectors.get_policy_header_or_404(municipality=place, slug=slug)
    criteria = selectors.criteria_with_measurements().filter(policy=policy).order_by("order", "pk")
    return render(
        request,
        "policy/results.html",
        {
            "municipality": place,
            "policy": policy,
            "results": selectors.criterion_results(criteria=criteria, municipality=place, with_charts=True),
            "can_edit": may_edit(request, place),
        },
    )


def indicator_detail(request, municipality: str, slug: str, pk: int):
    place = get_municipality_or_404(slug=municipality)
    policy = selectors.get_policy_header_or_404(municipality=place, slug=slug)
    indicator = selectors.get_indicator_or_404(policy=policy, pk=pk)
    as_of = selectors.today()
    return render(
        request,
        "policy/indicator.html",
        {
            "municipality": place,
            "policy": policy,
            "indicator": indicator,
            "chart_result": selectors.IndicatorResult(
                indicator,
                assess_indicator(indicator, as_of=as_of),
                charts.indicator_chart(indicator, own_label=place.name, as_of=as_of),
            ),
            "measurements": indicator.measurements.all(),
            "can_edit": may_edit(request, place),
        },
    )


def measurements_export(request, municipality: str, slug: str):
    """Every measurement of the policy as CSV, in the format the import reads back."""
    place = get_municipality_or_404(slug=municipality)
    policy = selectors.get_policy_header_or_404(municipality=place, slug=slug)
    return csv_download(measurements_csv.export(policy=policy), f"{policy.slug}-measurements.csv")
