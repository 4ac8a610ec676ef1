"""The one place that decides what becomes of a change to a handbook entry: applied at once, or
sent to the editors as a proposal (decision 0064). The web's edit and suggestion pages, the API
and anything else that changes an entry call `submit_entry_change`; none decides for itself.

- An editor's edit, and an organisation owner's where the municipality lets owners publish
  directly, is applied (`update_entry`).
- Anyone else's edit becomes a change proposal, and so does every suggestion (the public form and
  the proposals API), whoever sends it.
- Nobody proposes a new contact person: personal data is added by editors, with the person's consent.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from samvirke.editorial.models import ChangeProposal
from samvirke.editorial.permissions import edits_are_published_directly
from samvirke.editorial.services.entries import owners_publish_directly, update_entry
from samvirke.editorial.services.proposals import submit_change_proposal


@dataclass(frozen=True)
class ChangeOutcome:
    """What became of a change: `applied` (with `entry` saved and the `changed` values) or proposed
    (with the `proposal` an editor will decide on)."""

    applied: bool
    entry: object | None = None
    changed: dict | None = None
    proposal: ChangeProposal | None = None


def is_applied_directly(user, entry) -> bool:
    """Whether `user`'s change to `entry` would be published at once (else it is proposed)."""
    if entry is None or user is None or not user.is_authenticated:
        return False
    return edits_are_published_directly(
        user, entry, owners_publish_directly=owners_publish_directly(entry.municipality)
    )


def submit_entry_change(
    *,
    user,
    municipality,
    kind: str,
    values: dict,
    entry=None,
    base_version: int | None = None,
    source: str = ChangeProposal.Source.PUBLIC,
    comment: str = "",
    email: str = "",
    email_consent: bool = False,
    reason: str = "edit",
    suggestion: bool = False,
) -> ChangeOutcome:
    """Apply the change or propose it, as the rules above decide. `entry` None proposes a new entry;
    `suggestion` marks one sent through a suggestion form or the proposals API.

    Raises ValidationError per field, EditConflict (a core Conflict) when an applied change started
    from a stale `base_version`, PermissionDenied when the entry changed hands meanwhile.
    """
    if entry is None and kind == "contact":
        raise ValidationError(
            {"entry_id": [_("New contact persons are added by editors with the person's consent.")]}
        )
    if not suggestion and is_applied_directly(user, entry):
        saved, changed = update_entry(
            user=user, kind=kind, entry_id=entry.pk, values=values, base_version=base_version, reason=reason
        )
        return ChangeOutcome(applied=True, entry=saved, changed=changed)
    proposal = submit_change_proposal(
        municipality=municipality,
        kind=kind,
        entry=entry,
        values=values,
        comment=comment,
        email=email,
        email_consent=email_consent,
        source=source,
        # A suggestion is anonymous, whoever sends it; an edit that is proposed says whose it is.
        submitted_by=None if suggestion else user,
    )
    return ChangeOutcome(applied=False, entry=entry, proposal=proposal)
