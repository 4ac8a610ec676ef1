"""Writes through /api/v1/ with token authentication and the site's own permission checks."""

import datetime as dt
from typing import Any
from uuid import UUID

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Schema, Status
from ninja.errors import HttpError
from ninja.security import HttpBearer

from samvirke.accounts.permissions import can_edit_entry, edits_are_published_directly
from samvirke.core.api import Text
from samvirke.editorial.fields import scalar_json
from samvirke.editorial.models import ChangeProposal
from samvirke.editorial.services.entries import EditConflict, owners_publish_directly, update_entry
from samvirke.editorial.services.proposals import submit_change_proposal
from samvirke.initiatives.models import Initiative
from samvirke.interop.api import schemas
from samvirke.interop.api.routes import router
from samvirke.interop.models import ApiToken, hash_token

# Registered on the read router: one URL pattern per path, whatever the method.


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str):
        row = ApiToken.objects.select_related("user").filter(key_hash=hash_token(token)).first()
        if row is None or not row.user.is_active:
            return None
        ApiToken.objects.filter(pk=row.pk).update(last_used_at=timezone.now())
        request.user = row.user
        return row.user


class InitiativePatch(Schema):
    version: int | None = Field(None, description="The version you edited; a stale one is refused with 409.")
    title: Text | None = Field(None, min_length=1, max_length=200)
    summary: Text | None = Field(None, max_length=500)
    description: Text | None = Field(None, max_length=20_000)
    status: str | None = Field(None, pattern="^(planned|running|paused|ended)$")
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    is_free: bool | None = None
    price: Text | None = Field(None, max_length=200)
    registration_required: bool | None = None
    registration_info: Text | None = Field(None, max_length=300)
    link: Text | None = Field(None, max_length=200)


# Text fields a client may clear by sending null.
CLEARABLE = {"summary", "description", "price", "link", "registration_info"}


class ErrorOut(Schema):
    detail: Any


class ProposalQueued(Schema):
    detail: str
    proposal: int = Field(description="The change proposal an editor of the municipality will decide on.")


@router.patch(
    "/initiatives/{initiative_id}",
    auth=TokenAuth(),
    response={
        200: schemas.InitiativeOut,
        202: ProposalQueued,
        401: ErrorOut,
        404: ErrorOut,
        409: ErrorOut,
        422: ErrorOut,
    },
    summary="Update an initiative (editors of its municipality, owners of its organisers)",
    description=(
        "Editors' changes are published at once; an organisation owner's too where the municipality lets "
        "owners publish directly, otherwise they become a change proposal for its editors (202). "
        "Give the `version` you edited: a stale one is refused with 409."
    ),
    tags=["writes"],
)
def update_initiative(request: HttpRequest, initiative_id: UUID, patch: InitiativePatch):
    changes = patch.dict(exclude_unset=True)
    version = changes.pop("version", None)
    initiative = Initiative.objects.select_related("municipality").filter(uuid=initiative_id).first()
    # The same 404 for missing and for not yours: ids of others' drafts are not disclosed.
    if initiative is None or not can_edit_entry(request.user, initiative):
        raise HttpError(404, "No such initiative, or you may not edit it.")
    values = {name: scalar_json(value) for name, value in changes.items()}
    values = {name: "" if value is None and name in CLEARABLE else value for name, value in values.items()}
    try:
        if edits_are_published_directly(
            request.user, initiative, owners_publish_directly=owners_publish_directly(initiative.municipality)
        ):
            update_entry(
                user=request.user,
                kind="initiative",
                entry_id=initiative.pk,
                values=values,
                base_version=version,
                reason="API update",
            )
        else:
            proposal = submit_change_proposal(
                municipality=initiative.municipality,
                kind="initiative",
                entry=initiative,
                values=values,
                source=ChangeProposal.Source.API,
                submitted_by=request.user,
            )
            return Status(
                202, {"detail": "Sent to the municipality's editors for review.", "proposal": proposal.pk}
            )
    except EditConflict as conflict:
        return Status(
            409,
            {
                "detail": f"The initiative changed since version {version}; it is now {conflict.entry.version}."
            },
        )
    except ValidationError as error:
        messages = error.message_dict if hasattr(error, "error_dict") else {"__all__": error.messages}
        return Status(422, {"detail": [{"field": f, "message": " ".join(m)} for f, m in messages.items()]})
    from samvirke.initiatives.selectors import list_initiatives

    return Status(200, list_initiatives().prefetch_related("locations").get(pk=initiative.pk))
