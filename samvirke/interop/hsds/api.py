"""The Open Referral HSDS 3.0 API at /api/hsds/ (read only), with HSDS paging and filters."""

import datetime as dt
import math
import uuid

from django.db.models import Prefetch, Q
from django.http import Http404, HttpRequest
from ninja import NinjaAPI, Query

from samvirke.core.api import MAX_PAGE, ClientRateThrottle
from samvirke.directory.models import ContactPerson, Organisation
from samvirke.directory.selectors import visible_contact_filter
from samvirke.initiatives.models import Initiative, InitiativeOrganiser, TargetGroup
from samvirke.initiatives.selectors import list_initiatives
from samvirke.interop.hsds import mapping

hsds = NinjaAPI(
    title="Samvirke HSDS 3.0 API",
    version="3.0",
    description="Open Referral Human Services Data Specification 3.0: initiatives as services.",
    urls_namespace="hsds",
    throttle=[ClientRateThrottle("1200/m")],
)
MAX_PER_PAGE = 200
# Pages below 1 count as the first; a page beyond MAX_PAGE is refused (422) before it reaches the database.
PAGE = Query(1, le=MAX_PAGE)


def _page(items, *, total: int, page: int, per_page: int) -> dict:
    pages = max(1, math.ceil(total / per_page))
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": page,
        "size": len(items),
        "first_page": page == 1,
        "last_page": page >= pages,
        "empty": not items,
        "contents": items,
    }


def _bounds(page: int, per_page: int) -> tuple[int, int]:
    return max(1, page), min(max(1, per_page), MAX_PER_PAGE)


def _services():
    public = ContactPerson.objects.filter(visible_contact_filter(user=None))
    return list_initiatives().prefetch_related(
        "locations__municipality", Prefetch("contact_persons", queryset=public, to_attr="public_contacts")
    )


def _uuid_or_404(value: str) -> uuid.UUID:
    try:
        return uuid.UUID(value)
    except ValueError as error:
        raise Http404("Not a valid id") from error


@hsds.get("/", summary="API version and profile")
def root(request: HttpRequest):
    return {
        "version": "3.0",
        "profile": "https://samvirke.example.org/hsds-profile",
        "openapi_url": request.build_absolute_uri("/api/hsds/openapi.json"),
    }


@hsds.get("/services", summary="Services (initiatives)")
def services(
    request: HttpRequest,
    search: str = "",
    taxonomy_term_id: str = "",
    organization_id: str = "",
    modified_after: dt.datetime | None = None,
    full_service: bool = False,
    page: int = PAGE,
    per_page: int = 50,
):
    page, per_page = _bounds(page, per_page)
    qs = _services()
    if search:
        qs = qs.filter(
            Q(title__icontains=search) | Q(summary__icontains=search) | Q(description__icontains=search)
        )
    if taxonomy_term_id:
        slugs = [
            g.slug for g in TargetGroup.objects.all() if mapping.taxonomy_term(g)["id"] == taxonomy_term_id
        ]
        qs = qs.filter(
            pk__in=Initiative.target_groups.through.objects.filter(targetgroup__slug__in=slugs).values(
                "initiative"
            )
        )
    if organization_id:
        organisation = _uuid_or_404(organization_id)
        qs = qs.filter(
            pk__in=InitiativeOrganiser.objects.filter(organisation__uuid=organisation).values("initiative")
        )
    if modified_after:
        qs = qs.filter(updated_at__gte=modified_after)
    # Filters on relations are subqueries, not joins: no DISTINCT, so the title index gives the page.
    qs = qs.order_by("title", "pk")
    total = qs.count()
    items = [
        mapping.service(item, contacts=item.public_contacts, full=full_service)
        for item in qs[(page - 1) * per_page : page * per_page]
    ]
    return _page(items, total=total, page=page, per_page=per_page)


@hsds.get("/services/{service_id}", summary="One service in the full shape")
def service(request: HttpRequest, service_id: str):
    item = _services().filter(uuid=_uuid_or_404(service_id)).first()
    if item is None:
        raise Http404("No such service")
    return mapping.service(item, contacts=item.public_contacts)


@hsds.get("/organizations", summary="Organizations")
def organizations(request: HttpRequest, search: str = "", page: int = PAGE, per_page: int = 50):
    page, per_page = _bounds(page, per_page)
    qs = Organisation.objects.select_related("parent").order_by("name", "pk")
    if search:
        qs = qs.filter(name__icontains=search)
    total = qs.count()
    items = [mapping.organization(o, full=False) for o in qs[(page - 1) * per_page : page * per_page]]
    return _page(items, total=total, page=page, per_page=per_page)


@hsds.get("/organizations/{organization_id}", summary="One organization with its services")
def organization(request: HttpRequest, organization_id: str):
    item = Organisation.objects.select_related("parent").filter(uuid=_uuid_or_404(organization_id)).first()
    if item is None:
        raise Http404("No such organization")
    data = mapping.organization(item)
    data["services"] = [mapping.service(s, full=False) for s in list_initiatives().filter(organisers=item)]
    return data


def _service_at_locations():
    rows = []
    for item in list_initiatives().prefetch_related("locations__municipality").order_by("title", "pk"):
        for place in item.locations.all():
            rows.append((item, place))
    return rows


@hsds.get("/service_at_locations", summary="Services at locations")
def service_at_locations(request: HttpRequest, page: int = PAGE, per_page: int = 50):
    page, per_page = _bounds(page, per_page)
    rows = _service_at_locations()
    items = [
        {
            "id": str(uuid.uuid5(place.uuid, str(item.uuid))),
            "service_id": str(item.uuid),
            "location_id": str(place.uuid),
            "service": mapping.service(item, full=False),
            "location": mapping.location(place),
        }
        for item, place in rows[(page - 1) * per_page : page * per_page]
    ]
    return _page(items, total=len(rows), page=page, per_page=per_page)


@hsds.get("/service_at_locations/{sal_id}", summary="One service at a location")
def service_at_location(request: HttpRequest, sal_id: str):
    wanted = str(_uuid_or_404(sal_id))
    for item, place in _service_at_locations():
        if str(uuid.uuid5(place.uuid, str(item.uuid))) == wanted:
            return {
                "id": wanted,
                "service_id": str(item.uuid),
                "location_id": str(place.uuid),
                "service": mapping.service(item, full=False),
                "location": mapping.location(place),
            }
    raise Http404("No such service at location")


@hsds.get("/taxonomies", summary="Taxonomies")
def taxonomies(request: HttpRequest, page: int = PAGE, per_page: int = 50):
    return _page([mapping.taxonomy()], total=1, page=1, per_page=max(1, per_page))


@hsds.get("/taxonomies/{taxonomy_id}", summary="One taxonomy")
def taxonomy_detail(request: HttpRequest, taxonomy_id: str):
    if str(_uuid_or_404(taxonomy_id)) != str(mapping.TAXONOMY_ID):
        raise Http404("No such taxonomy")
    return mapping.taxonomy()


@hsds.get("/taxonomy_terms", summary="Taxonomy terms (target groups)")
def taxonomy_terms(request: HttpRequest, page: int = PAGE, per_page: int = 50):
    page, per_page = _bounds(page, per_page)
    terms = [mapping.taxonomy_term(g) for g in TargetGroup.objects.all()]
    return _page(
        terms[(page - 1) * per_page : page * per_page], total=len(terms), page=page, per_page=per_page
    )


@hsds.get("/taxonomy_terms/{term_id}", summary="One taxonomy term")
def taxonomy_term_detail(request: HttpRequest, term_id: str):
    wanted = str(_uuid_or_404(term_id))
    for group in TargetGroup.objects.all():
        if mapping.taxonomy_term(group)["id"] == wanted:
            return mapping.taxonomy_term(group)
    raise Http404("No such taxonomy term")
