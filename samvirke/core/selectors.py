"""Reads for municipalities and regions."""

from django.db import DatabaseError
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


def get_municipality_of_path(*, path: str) -> tuple[Municipality | None, Region | None]:
    """The municipality (/<slug>/…) or region (/r/<slug>/…) an address belongs to, if it exists;
    for error pages, which show that place's navigation. Raises nothing: a database error gives none."""
    parts = path.strip("/").split("/")
    try:
        if len(parts) >= 2 and parts[0] == "r":
            return None, Region.objects.filter(slug=parts[1]).first()
        if parts[0]:
            return Municipality.objects.select_related("region").filter(slug=parts[0]).first(), None
    except DatabaseError:
        pass
    return None, None
