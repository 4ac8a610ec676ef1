"""Read endpoints of /api/v1/: the handbook and the policy as open data."""

import datetime as dt
from uuid import UUID

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from samvirke.core.selectors import list_municipalities, list_regions
from samvirke.interop import selectors
from samvirke.interop.api import schemas
from samvirke.interop.api.pagination import PagePagination

router = Router()


class Scope(Schema):
    municipality: str | None = Field(None, description="Municipality slug, e.g. “holstebro”.")
    region: str | None = Field(None, description="Region slug, e.g. “halland”.")


class InitiativeFilters(Scope):
    status: str | None = Field(None, pattern="^(planned|running|paused|ended)$")
    target_group: str | None = Field(None, max_length=50, description="Target group slug, e.g. “women”.")
    language: str | None = Field(None, max_length=3, description="ISO 639 code of a language offered.")
    updated_since: dt.datetime | None = Field(None, description="Only entries changed at or after this time.")


class OrganisationFilters(Scope):
    updated_since: dt.datetime | None = None


class MeasurementFilters(Scope):
    indicator: int | None = Field(None, ge=1)


@router.get("/municipalities", response=list[schemas.MunicipalityOut], tags=["places"])
@paginate(PagePagination)
def municipalities(request: HttpRequest):
    return list_municipalities()


@router.get("/regions", response=list[schemas.RegionOut], tags=["places"])
@paginate(PagePagination)
def regions(request: HttpRequest):
    return list_regions().prefetch_related("municipalities")


@router.get("/initiatives", response=list[schemas.InitiativeOut], tags=["handbook"])
@paginate(PagePagination)
def initiatives(request: HttpRequest, filters: Query[InitiativeFilters]):
    place, area = selectors.get_scope(municipality=filters.municipality, region=filters.region)
    return selectors.api_initiatives(
        place=place,
        area=area,
        status=filters.status,
        target_group=filters.target_group,
        language=filters.language,
        updated_since=filters.updated_since,
    )


@router.get("/initiatives/{initiative_id}", response=schemas.InitiativeOut, tags=["handbook"])
def initiative(request: HttpRequest, initiative_id: UUID):
    return get_object_or_404(selectors.api_initiatives(), uuid=initiative_id)


@router.get("/organisations", response=list[schemas.OrganisationOut], tags=["handbook"])
@paginate(PagePagination)
def organisations(request: HttpRequest, filters: Query[OrganisationFilters]):
    place, area = selectors.get_scope(municipality=filters.municipality, region=filters.region)
    return selectors.api_organisations(place=place, area=area, updated_since=filters.updated_since)


@router.get("/organisations/{organisation_id}", response=schemas.OrganisationOut, tags=["handbook"])
def organisation(request: HttpRequest, organisation_id: UUID):
    return get_object_or_404(selectors.api_organisations(), uuid=organisation_id)


@router.get("/contacts", response=list[schemas.ContactOut], tags=["handbook"])
@paginate(PagePagination)
def contacts(request: HttpRequest, scope: Query[Scope]):
    """Public contact persons only: those who agreed to be listed publicly."""
    place, area = selectors.get_scope(municipality=scope.municipality, region=scope.region)
    return selectors.api_contacts(place=place, area=area)


@router.get("/policies", response=list[schemas.PolicyOut], tags=["policy"])
@paginate(PagePagination)
def policies(request: HttpRequest, scope: Query[Scope]):
    """Policies with their goals, focus areas, themes and numbered focus points."""
    place, area = selectors.get_scope(municipality=scope.municipality, region=scope.region)
    return selectors.api_policies(place=place, area=area)


@router.get("/indicators", response=list[schemas.IndicatorOut], tags=["policy"])
@paginate(PagePagination)
def indicators(request: HttpRequest, scope: Query[Scope]):
    place, area = selectors.get_scope(municipality=scope.municipality, region=scope.region)
    return selectors.api_indicators(place=place, area=area)


@router.get("/measurements", response=list[schemas.MeasurementOut], tags=["policy"])
@paginate(PagePagination)
def measurements(request: HttpRequest, filters: Query[MeasurementFilters]):
    place, area = selectors.get_scope(municipality=filters.municipality, region=filters.region)
    return selectors.api_measurements(place=place, area=area, indicator=filters.indicator)
