"""Writes through /api/v1/ with token authentication and the site's own permission checks."""

import datetime as dt
from uuid import UUID

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Schema, Status
from ninja.errors import HttpError
from ninja.security import HttpBearer

from samvirke.accounts.permissions import can_edit_entry
from samvirke.core.api import ErrorOut, Text
from samvirke.editorial.fields import scalar_json
from samvirke.editorial.models import ChangeProposal
from samvirke.editorial.services.changes import submit_entry_change
from samvirke.initiatives.models import Initiative
from samvirke.initiatives.selectors import list_initiatives
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
    outcome = submit_entry_change(
        user=request.user,
        municipality=initiative.municipality,
        kind="initiative",
        entry=initiative,
        values=values,
        base_version=version,
        source=ChangeProposal.Source.API,
        reason="API update",
    )
    if not outcome.applied:
        return Status(
            202, {"detail": "Sent to the municipality's editors for review.", "proposal": outcome.proposal.pk}
        )
    return Status(200, list_initiatives().prefetch_related("locations").get(pk=initiative.pk))
