"""The editorial part of /api/v1/: editions (read) and change proposals (write, anonymous, rate-limited).

A proposal sent through the API is validated by the same form as the public web form
(forms.entry_form_class), so both refuse the same input with the same messages.
"""

import datetime as dt
from typing import Any, Literal
from uuid import UUID

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django_ratelimit.core import is_ratelimited
from ninja import Field, Query, Router, Schema, Status
from ninja.pagination import paginate

from samvirke.core.api import ERRORS, EntryOut, ErrorOut, PagePagination, Text, error_detail
from samvirke.core.models import Municipality
from samvirke.directory.selectors import visible_contact_filter
from samvirke.editorial import fields, forms
from samvirke.editorial.models import ChangeProposal, Edition
from samvirke.editorial.selectors.changes import label_changes
from samvirke.editorial.selectors.editions import list_editions
from samvirke.editorial.services.changes import submit_entry_change
from samvirke.editorial.services.proposals import PROPOSAL_RATE

router = Router()

SCALAR_TYPES = (str, bool, int, float, type(None))


class EditionFilters(Schema):
    municipality: str | None = Field(None, max_length=100, description="Municipality slug, e.g. “holstebro”.")


class FieldChangeOut(Schema):
    name: str
    label: str
    old: str
    new: str


class ChangeOut(Schema):
    kind: str = Field(description="initiative, organisation or contact")
    change: str = Field(description="new, changed, ended or removed")
    label: str
    url: str
    fields: list[FieldChangeOut]


class EditionOut(EntryOut):
    id: UUID
    municipality: str
    number: int
    published_at: dt.datetime
    note: str
    since: dt.datetime | None = Field(description="The previous edition's publication; null for the first.")
    totals: dict[str, int]
    pdf_status: str = Field(description="pending, building, ready or failed")
    pdf_url: str | None
    url: str

    @staticmethod
    def resolve_pdf_url(obj, context) -> str | None:
        if not obj.pdf_ready:
            return None
        return context["request"].build_absolute_uri(
            reverse("editorial:edition_pdf", args=[obj.municipality.slug, obj.number])
        )

    @staticmethod
    def resolve_url(obj, context) -> str:
        return context["request"].build_absolute_uri(obj.get_absolute_url())


class EditionDetailOut(EditionOut):
    changes: list[ChangeOut]

    @staticmethod
    def resolve_changes(obj) -> list[dict]:
        return [
            {**item, "fields": [{**f, "label": str(f["label"])} for f in item["fields"]]}
            for group in label_changes(obj.changes)
            for item in group["items"]
        ]


@router.get("/editions", response={200: list[EditionOut], **ERRORS}, tags=["editions"])
@paginate(PagePagination)
def editions(request: HttpRequest, filters: Query[EditionFilters]):
    """Published editions of the handbooks, newest first within each municipality."""
    place = None
    if filters.municipality:
        place = Municipality.objects.filter(slug=filters.municipality).first()
        if place is None:
            return Edition.objects.none()
    return list_editions(municipality=place)


@router.get("/editions/{edition_id}", response={200: EditionDetailOut, **ERRORS}, tags=["editions"])
def edition(request: HttpRequest, edition_id: UUID):
    """One edition with the list of what changed since the previous one."""
    return get_object_or_404(list_editions(), uuid=edition_id)


class ProposalIn(Schema):
    # Text: no NUL characters (PostgreSQL cannot compare them), refused with 422 like every body field.
    municipality: Text = Field(max_length=100, description="Municipality slug, e.g. “holstebro”.")
    entry_type: Literal["initiative", "organisation", "contact"]
    entry_id: UUID | None = Field(None, description="The entry to correct; leave out to suggest a new one.")
    fields: dict[str, Any] = Field(
        default_factory=dict,
        description='New values by field name, e.g. {"title": "…", "languages": ["da", "ar"]}.',
    )
    comment: Text = Field("", max_length=2000)
    email: Text = Field("", max_length=254, description="Optional, to hear the outcome; needs email_consent.")
    email_consent: bool = False


class ProposalOut(Schema):
    id: int
    status: str
    fields: list[str] = Field(description="The fields that differ from the entry's current values.")
    message: str


def _body_field(name: str) -> str:
    """Where in the request body a service's error belongs: its own members, or `fields.<name>`."""
    if name in {"comment", "email", "email_consent", "entry_id"}:
        return name
    return "fields" if name == "__all__" else f"fields.{name}"


def _problem(field: str, message: str) -> Status:
    return Status(422, {"detail": [{"field": field, "message": message}]})


def _entry(place, kind: str, entry_id: UUID):
    qs = fields.model_for(kind).objects.for_municipality(place).filter(uuid=entry_id)
    if kind == "contact":
        qs = qs.filter(visible_contact_filter(user=None))
    return qs.first()


@router.post(
    "/proposals",
    # 400: a body that is not JSON at all (django-ninja answers it before this function runs).
    response={201: ProposalOut, 400: ErrorOut, **ERRORS},
    tags=["proposals"],
    summary="Suggest a correction or a new entry (no account needed; an editor reviews it)",
)
def create_proposal(request: HttpRequest, body: ProposalIn):
    if is_ratelimited(request, group="editorial.api.proposals", key="ip", rate=PROPOSAL_RATE, increment=True):
        return Status(429, {"detail": "Too many proposals from your address. Try again in an hour."})
    place = Municipality.objects.filter(slug=body.municipality).first()
    if place is None:
        return Status(404, {"detail": f"No municipality with the slug “{body.municipality}”."})
    kind = body.entry_type
    entry = None
    if body.entry_id is not None:
        entry = _entry(place, kind, body.entry_id)
        if entry is None:
            return Status(404, {"detail": f"No {kind} with this id in {place.slug}."})
    audience = fields.PUBLIC if entry is not None else fields.NEW
    allowed = {spec.name: spec for spec in fields.specs_for(kind, audience)}
    for name, value in body.fields.items():
        spec = allowed.get(name)
        if spec is None:
            return _problem(
                f"fields.{name}", f"“{name}” cannot be proposed here. Use one of: {', '.join(allowed)}."
            )
        if spec.type in (fields.SCALAR, fields.FK) and not isinstance(value, SCALAR_TYPES):
            return _problem(f"fields.{name}", "Give a single value.")
        if spec.type not in (fields.SCALAR, fields.FK) and not (
            isinstance(value, list)
            and all(isinstance(v, str | int) and not isinstance(v, bool) for v in value)
        ):
            return _problem(f"fields.{name}", "Give a list of values.")
    current = fields.snapshot(entry, list(allowed)) if entry is not None else fields.defaults(kind)
    form_class = forms.entry_form_class(kind=kind, audience=audience, municipality=place, entry=entry)
    form = form_class(data=forms.form_data({**current, **body.fields}, kind=kind, audience=audience))
    try:
        if not form.is_valid():
            raise ValidationError(form.errors.as_data())
        outcome = submit_entry_change(
            user=None,
            municipality=place,
            kind=kind,
            entry=entry,
            values=forms.form_values(form),
            comment=body.comment,
            email=body.email,
            email_consent=body.email_consent,
            source=ChangeProposal.Source.API,
            suggestion=True,
        )
    except ValidationError as error:
        return Status(422, {"detail": error_detail(error, field=_body_field)})
    proposal = outcome.proposal
    return Status(
        201,
        {
            "id": proposal.pk,
            "status": proposal.status,
            "fields": list(proposal.proposed),
            "message": "Thank you. An editor will review the proposal.",
        },
    )
