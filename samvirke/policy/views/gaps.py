"""Gap analysis pages: one municipality, and a region's members side by side."""

from django.shortcuts import render

from samvirke.core.selectors import get_municipality_or_404, get_region_or_404
from samvirke.policy.selectors import gaps


def municipality_gaps(request, municipality: str):
    place = get_municipality_or_404(slug=municipality)
    return render(
        request,
        "policy/gaps.html",
        {
            "municipality": place,
            "gaps": gaps.get_municipality_gaps(municipality=place),
            "member_of": place.region,
        },
    )


def region_gaps(request, region: str):
    area = get_region_or_404(slug=region)
    table = gaps.get_region_gaps(region=area)
    return render(request, "policy/region_gaps.html", {"region": area, "table": table})
