"""Read endpoints of /api/v1/: the handbook and the policy as open data."""

import datetime as dt
import re
from typing import Annotated
from uuid import UUID

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate
from pydantic import AfterValidator, BeforeValidator

from samvirke.core.api import ERRORS, PagePagination, note_last_modified
from samvirke.core.selectors import list_municipalities, list_regions
from samvirke.interop import selectors
from samvirke.interop.api import schemas

router = Router()


def _iso_only(value):
    # Pydantic would also take "0.5" as a Unix timestamp; the API documents ISO 8601 only.
    if isinstance(value, str) and not re.match(r"^\d{4}-\d{2}-\d{2}", value):
        raise ValueError("Give a date and time in ISO 8601, e.g. 2026-11-01T00:00:00Z.")
    return value


def _in_utc(value: dt.datetime) -> dt.datetime:
    # PostgreSQL takes UTC offsets up to ±15:59 only; any instant is fine once it is in UTC.
    # A time without an offset is read in the site's time zone.
    if value.tzinfo is None:
        value = timezone.make_aware(value)
    return value.astimezone(dt.UTC)


IsoDatetime = Annotated[dt.datetime, BeforeValidator(_iso_only), AfterValidator(_in_utc)]


class Scope(Schema):
    municipality: str | None = Field(None, description="Municipality slug, e.g. “holstebro”.")
    region: str | None = Field(None, description="Region slug, e.g. “halland”.")


class InitiativeFilters(Scope):
    status: str | None = Field(None, pattern="^(planned|running|paused|ended)$")
    target_group: str | None = Field(None, max_length=50, description="Target group slug, e.g. “women”.")
    language: str | None = Field(None, max_length=3, description="ISO 639 code of a language offered.")
    updated_since: IsoDatetime | None = Field(None, description="Only entries changed at or after this time.")


class OrganisationFilters(Scope):
    updated_since: IsoDatetime | None = None


class MeasurementFilters(Scope):
    indicator: int | None = Field(None, ge=1, le=2**31 - 1)


@router.get("/municipalities", response={200: list[schemas.MunicipalityOut], **ERRORS}, tags=["places"])
@paginate(PagePagination)
def municipalities(request: HttpRequest):
    return list_municipalities()


@router.get("/regions", response={200: list[schemas.RegionOut], **ERRORS}, tags=["places"])
@paginate(PagePagination)
def regions(request: HttpRequest):
    return list_regions().prefetch_related("municipalities")


@router.get("/initiatives", response={200: list[schemas.InitiativeOut], **ERRORS}, tags=["handbook"])
@paginate(PagePagination)
def initiatives(request: HttpRequest, filters: Query[InitiativeFilters]):
    municipality, region = selectors.get_scope(municipality=filters.municipality, region=filters.region)
    return selectors.list_initiatives_for_api(
        municipality=municipality,
        region=region,
        status=filters.status,
        target_group=filters.target_group,
        language=filters.language,
        updated_since=filters.updated_since,
    )


@router.get(
    "/initiatives/{initiative_id}", response={200: schemas.InitiativeOut, **ERRORS}, tags=["handbook"]
)
def initiative(request: HttpRequest, initiative_id: UUID):
    found = get_object_or_404(selectors.list_initiatives_for_api(), uuid=initiative_id)
    note_last_modified(request, [found])
    return found


@router.get("/organisations", response={200: list[schemas.OrganisationOut], **ERRORS}, tags=["handbook"])
@paginate(PagePagination)
def organisations(request: HttpRequest, filters: Query[OrganisationFilters]):
    municipality, region = selectors.get_scope(municipality=filters.municipality, region=filters.region)
    return selectors.list_organisations_for_api(
        municipality=municipality, region=region, updated_since=filters.updated_since
    )


@router.get(
    "/organisations/{organisation_id}", response={200: schemas.OrganisationOut, **ERRORS}, tags=["handbook"]
)
def organisation(request: HttpRequest, organisation_id: UUID):
    found = get_object_or_404(selectors.list_organisations_for_api(), uuid=organisation_id)
    note_last_modified(request, [found])
    return found


@router.get("/contacts", response={200: list[schemas.ContactOut], **ERRORS}, tags=["handbook"])
@paginate(PagePagination)
def contacts(request: HttpRequest, scope: Query[Scope]):
    """Public contact persons only: those who agreed to be listed publicly."""
    municipality, region = selectors.get_scope(municipality=scope.municipality, region=scope.region)
    return selectors.list_contacts_for_api(municipality=municipality, region=region)


@router.get("/policies", response={200: list[schemas.PolicyOut], **ERRORS}, tags=["policy"])
@paginate(PagePagination)
def policies(request: HttpRequest, scope: Query[Scope]):
    """Policies with their goals, focus areas, themes and numbered focus points."""
    municipality, region = selectors.get_scope(municipality=scope.municipality, region=scope.region)
    return selectors.list_policies_for_api(municipality=municipality, region=region)


@router.get("/indicators", response={200: list[schemas.IndicatorOut], **ERRORS}, tags=["policy"])
@paginate(PagePagination)
def indicators(request: HttpRequest, scope: Query[Scope]):
    municipality, region = selectors.get_scope(municipality=scope.municipality, region=scope.region)
    return selectors.list_indicators_for_api(municipality=municipality, region=region)


@router.get("/measurements", response={200: list[schemas.MeasurementOut], **ERRORS}, tags=["policy"])
@paginate(PagePagination)
def measurements(request: HttpRequest, filters: Query[MeasurementFilters]):
    municipality, region = selectors.get_scope(municipality=filters.municipality, region=filters.region)
    return selectors.list_measurements_for_api(
        municipality=municipality, region=region, indicator=filters.indicator
    )
