"""Reads for municipalities and regions."""

from django.db.models import Count, QuerySet
from django.http import Http404

from samvirke.core.models import Municipality, Region


def list_municipalities() -> QuerySet[Municipality]:
    return Municipality.objects.select_related("region").order_by("name")


def list_regions() -> QuerySet[Region]:
    return Region.objects.annotate(member_count=Count("municipalities")).order_by("name")


def get_municipality_or_404(*, slug: str) -> Municipality:
    try:
        return Municipality.objects.select_related("region").get(slug=slug)
    except Municipality.DoesNotExist as error:
        raise Http404("No such municipality") from error


def get_region_or_404(*, slug: str) -> Region:
    try:
        return Region.objects.get(slug=slug)
    except Region.DoesNotExist as error:
        raise Http404("No such region") from error
