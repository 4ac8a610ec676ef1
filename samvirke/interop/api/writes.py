"""Writes through /api/v1/ with token authentication and the site's own permission checks."""

import datetime as dt
from typing import Any
from uuid import UUID

from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Schema, Status
from ninja.errors import HttpError
from ninja.security import HttpBearer

from samvirke.accounts.permissions import can_edit_entry
from samvirke.core.api import Text
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


class ErrorOut(Schema):
    detail: Any


@router.patch(
    "/initiatives/{initiative_id}",
    auth=TokenAuth(),
    response={200: schemas.InitiativeOut, 401: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut},
    summary="Update an initiative (editors of its municipality, owners of its organisers)",
    tags=["writes"],
)
def update_initiative(request: HttpRequest, initiative_id: UUID, patch: InitiativePatch):
    changes = patch.dict(exclude_unset=True)
    version = changes.pop("version", None)
    with transaction.atomic():
        initiative = Initiative.objects.select_for_update().filter(uuid=initiative_id).first()
        # The same 404 for missing and for not yours: ids of others' drafts are not disclosed.
        if initiative is None or not can_edit_entry(request.user, initiative):
            raise HttpError(404, "No such initiative, or you may not edit it.")
        if version is not None and version != initiative.version:
            raise HttpError(
                409, f"The initiative changed since version {version}; it is now {initiative.version}."
            )
        for name, value in changes.items():
            setattr(
                initiative,
                name,
                "" if value is None and name in {"summary", "description", "price", "link"} else value,
            )
        try:
            initiative.full_clean()
        except ValidationError as error:
            fields = [{"field": f, "message": " ".join(m)} for f, m in error.message_dict.items()]
            return Status(422, {"detail": fields})
        initiative.version += 1
        initiative._change_reason = "API update"
        initiative.save()
    from samvirke.initiatives.selectors import list_initiatives

    return Status(200, list_initiatives().prefetch_related("locations").get(pk=initiative.pk))
