"""Public policy pages: the municipality's policies, one policy, a focus point, results, an indicator."""

from django.shortcuts import render

from samvirke.core.selectors import get_municipality_or_404
from samvirke.policy.selectors import measurements_csv, structure
from samvirke.policy.selectors import results as result_selectors
from samvirke.policy.selectors.programmes import get_policy_progress
from samvirke.policy.views.access import csv_download, may_edit


def policy_index(request, municipality: str):
    place = get_municipality_or_404(slug=municipality)
    return render(
        request,
        "policy/index.html",
        {
            "municipality": place,
            "policies": structure.list_policies(municipality=place),
            "can_edit": may_edit(request, place),
        },
    )


def policy_detail(request, municipality: str, slug: str):
    """Mission, vision, values, goals, challenges; focus areas → themes → numbered focus points with
    the initiatives serving them; the success criteria's status; the programmes' progress."""
    place = get_municipality_or_404(slug=municipality)
    policy = structure.get_policy_or_404(municipality=place, slug=slug)
    progress = get_policy_progress(policy=policy)
    outline = structure.get_policy_outline(policy=policy, progress=progress)
    criterion_results = result_selectors.list_criterion_results(
        criteria=policy.success_criteria.all(), municipality=place
    )
    return render(
        request,
        "policy/detail.html",
        {
            "municipality": place,
            "policy": policy,
            "outline": outline,
            "progress": progress,
            "results": criterion_results,
            "can_edit": may_edit(request, place),
        },
    )


def focus_point_detail(request, municipality: str, slug: str, pk: int):
    place = get_municipality_or_404(slug=municipality)
    policy = structure.get_policy_header_or_404(municipality=place, slug=slug)
    point = structure.get_focus_point_or_404(policy=policy, pk=pk)
    return render(
        request,
        "policy/focus_point.html",
        {"municipality": place, "policy": policy, "point": point, "can_edit": may_edit(request, place)},
    )


def results(request, municipality: str, slug: str):
    """Every success criterion with its indicators: status, chart and the numbers behind it."""
    place = get_municipality_or_404(slug=municipality)
    policy = structure.get_policy_header_or_404(municipality=place, slug=slug)
    criteria = (
        result_selectors.list_criteria_with_measurements().filter(policy=policy).order_by("order", "pk")
    )
    return render(
        request,
        "policy/results.html",
        {
            "municipality": place,
            "policy": policy,
            "results": result_selectors.list_criterion_results(
                criteria=criteria, municipality=place, with_charts=True
            ),
            "can_edit": may_edit(request, place),
        },
    )


def indicator_detail(request, municipality: str, slug: str, pk: int):
    place = get_municipality_or_404(slug=municipality)
    policy = structure.get_policy_header_or_404(municipality=place, slug=slug)
    indicator = result_selectors.get_indicator_or_404(policy=policy, pk=pk)
    return render(
        request,
        "policy/indicator.html",
        {
            "municipality": place,
            "policy": policy,
            "indicator": indicator,
            "chart_result": result_selectors.get_indicator_result(indicator=indicator, municipality=place),
            "measurements": indicator.measurements.all(),
            "can_edit": may_edit(request, place),
        },
    )


def measurements_export(request, municipality: str, slug: str):
    """Every measurement of the policy as CSV, in the format the import reads back."""
    place = get_municipality_or_404(slug=municipality)
    policy = structure.get_policy_header_or_404(municipality=place, slug=slug)
    return csv_download(
        measurements_csv.get_measurements_csv(policy=policy), f"{policy.slug}-measurements.csv"
    )
