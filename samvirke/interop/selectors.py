"""Reads for the open-data API: public content only, with its joins chosen."""

import datetime as dt

from django.db.models import Prefetch, QuerySet
from ninja.errors import HttpError

from samvirke.core.models import Municipality, Region
from samvirke.directory.models import ContactPerson, Organisation
from samvirke.directory.selectors import visible_contact_filter
from samvirke.initiatives.models import Initiative
from samvirke.initiatives.selectors import list_initiatives
from samvirke.policy.models import FocusArea, FocusPoint, Indicator, Measurement, Policy, Theme


def get_scope(*, municipality: str | None, region: str | None) -> tuple[Municipality | None, Region | None]:
    """Resolve the ?municipality= / ?region= filters; an unknown slug is a 404, not an empty list."""
    found_municipality = found_region = None
    if municipality:
        found_municipality = Municipality.objects.filter(slug=municipality).first()
        if found_municipality is None:
            raise HttpError(404, f"No municipality with the slug “{municipality}”.")
    if region:
        found_region = Region.objects.filter(slug=region).first()
        if found_region is None:
            raise HttpError(404, f"No region with the slug “{region}”.")
    return found_municipality, found_region


def _scoped(qs, municipality, region):
    if municipality is not None:
        qs = qs.for_municipality(municipality)
    if region is not None:
        qs = qs.for_region(region)
    return qs


def list_initiatives_for_api(
    *,
    municipality=None,
    region=None,
    status: str | None = None,
    target_group: str | None = None,
    language: str | None = None,
    updated_since: dt.datetime | None = None,
) -> QuerySet[Initiative]:
    qs = list_initiatives(municipality=municipality, region=region).prefetch_related("locations")
    if status:
        qs = qs.filter(status=status)
    # Each initiative has one row per target group or language: filters on those join, others do not.
    if target_group:
        qs = qs.filter(target_groups__slug=target_group)
    if language:
        qs = qs.filter(languages__code=language)
    if target_group or language:
        qs = qs.distinct()
    if updated_since:
        qs = qs.filter(updated_at__gte=updated_since)
    # Within one municipality the (municipality, title) index gives the order without sorting.
    return (
        qs.order_by("title", "pk")
        if municipality is not None
        else qs.order_by("municipality__slug", "title", "pk")
    )


def list_organisations_for_api(
    *, municipality=None, region=None, updated_since=None
) -> QuerySet[Organisation]:
    qs = _scoped(Organisation.objects.select_related("municipality", "parent"), municipality, region)
    if updated_since:
        qs = qs.filter(updated_at__gte=updated_since)
    return qs.order_by("municipality__slug", "name")


def list_contacts_for_api(*, municipality=None, region=None) -> QuerySet[ContactPerson]:
    # The API is anonymous: only public contacts who gave consent, never internal or hidden ones.
    qs = ContactPerson.objects.filter(visible_contact_filter(user=None)).select_related("organisation")
    return _scoped(qs, municipality, region).order_by("name")


def list_policies_for_api(*, municipality=None, region=None) -> QuerySet[Policy]:
    points = FocusPoint.objects.prefetch_related("initiatives").order_by("order", "pk")
    return _scoped(Policy.objects.select_related("municipality"), municipality, region).prefetch_related(
        "goals",
        "challenges",
        Prefetch(
            "focus_areas",
            queryset=FocusArea.objects.order_by("order", "pk").prefetch_related(
                Prefetch("focus_points", queryset=points),
                Prefetch(
                    "themes",
                    queryset=Theme.objects.order_by("order", "pk").prefetch_related(
                        Prefetch("focus_points", queryset=points)
                    ),
                ),
            ),
        ),
    )


def list_indicators_for_api(*, municipality=None, region=None) -> QuerySet[Indicator]:
    qs = Indicator.objects.select_related("criterion__policy__municipality")
    return _scoped(qs, municipality, region).order_by("pk")


def list_measurements_for_api(
    *, municipality=None, region=None, indicator: int | None = None
) -> QuerySet[Measurement]:
    qs = _scoped(Measurement.objects.all(), municipality, region)
    if indicator:
        qs = qs.filter(indicator_id=indicator)
    return qs.order_by("indicator_id", "series", "date")
