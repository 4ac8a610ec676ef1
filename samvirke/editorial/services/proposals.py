"""Change proposals: anyone suggests, an editor accepts all, some fields, or rejects (decision 0010)."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samvirke.editorial import fields, tasks
from samvirke.editorial.models import ChangeProposal
from samvirke.editorial.permissions import can_review_proposals
from samvirke.editorial.services.entries import EditConflict, apply_values, create_entry
from samvirke.editorial.text import clean_text, count_links

# Anonymous proposals are hostile input: one budget per client address, on the web and in the API.
PROPOSAL_RATE = "10/h"
MAX_COMMENT = 2000
MAX_LINKS_IN_COMMENT = 3
# A flood of suggestions about one entry is refused until an editor has looked at them.
MAX_OPEN_PER_ENTRY = 10


def _proposal_fk(kind: str) -> str:
    return {"initiative": "initiative", "organisation": "organisation", "contact": "contact"}[kind]


def _entry_label(entry) -> str:
    return str(getattr(entry, "title", None) or getattr(entry, "name", ""))[:300]


@transaction.atomic
def submit_change_proposal(
    *,
    municipality,
    kind: str,
    values: dict,
    entry=None,
    comment: str = "",
    email: str = "",
    email_consent: bool = False,
    source: str = ChangeProposal.Source.PUBLIC,
    submitted_by=None,
) -> ChangeProposal:
    """Record a suggested correction of `entry`, or (without an entry) a suggested new entry.

    Only values that differ from the entry's current ones are kept. Strings are stripped of markup.
    Raises ValidationError keyed by field ("comment", "email_consent", a field name, or "__all__").
    """
    values = fields.clean_values(kind, values)
    comment = clean_text(comment)
    email = (email or "").strip().lower()
    errors: dict[str, list] = {}
    if len(comment) > MAX_COMMENT:
        errors["comment"] = [_("Keep the comment under %(n)s characters.") % {"n": MAX_COMMENT}]
    if count_links(comment) > MAX_LINKS_IN_COMMENT:
        errors["comment"] = [_("Please include at most %(n)s links.") % {"n": MAX_LINKS_IN_COMMENT}]
    if email and not email_consent:
        errors["email_consent"] = [_("Tick the box so that we may keep your address until we have decided.")]
    if not email:
        email_consent = False
    if entry is not None:
        if entry.municipality_id != municipality.pk:
            raise ValidationError(_("This entry belongs to another municipality."))
        open_count = ChangeProposal.objects.filter(
            **{_proposal_fk(kind): entry}, status=ChangeProposal.Status.OPEN
        ).count()
        if open_count >= MAX_OPEN_PER_ENTRY:
            errors["__all__"] = [
                _("This entry already has many suggestions waiting for an editor. Please try again later.")
            ]
        current = fields.snapshot(entry, list(values))
        proposed = fields.changed_values(kind, current=current, submitted=values)
        original = {name: current.get(name) for name in proposed}
        if not proposed and not comment:
            errors.setdefault("__all__", []).append(
                _("Change at least one value, or say in the comment what is wrong.")
            )
    else:
        title_field = "title" if kind == "initiative" else "name"
        if not values.get(title_field):
            errors[title_field] = [_("This field is required.")]
        proposed = {name: value for name, value in values.items() if value not in ("", None, [])}
        original = {}
    if errors:
        raise ValidationError(errors)
    proposal = ChangeProposal(
        municipality=municipality,
        entry_kind=kind,
        is_new=entry is None,
        entry_label=_entry_label(entry)
        if entry is not None
        else str(proposed.get("title") or proposed.get("name"))[:300],
        base_version=getattr(entry, "version", None),
        original=original,
        proposed=proposed,
        comment=comment,
        email=email,
        email_consent=email_consent,
        source=source,
        submitted_by=submitted_by if submitted_by is not None and submitted_by.is_authenticated else None,
    )
    if entry is not None:
        setattr(proposal, _proposal_fk(kind), entry)
    proposal.full_clean()
    proposal.save()
    return proposal


def _lock_open(proposal_id: int, reviewer) -> ChangeProposal:
    # Lock the row: two editors deciding at once must not apply a proposal twice.
    proposal = (
        ChangeProposal.objects.select_for_update()
        .select_related("municipality")
        .filter(pk=proposal_id)
        .first()
    )
    if proposal is None or not can_review_proposals(reviewer, proposal.municipality):
        raise PermissionDenied
    if not proposal.is_open:
        raise ValidationError(_("This proposal has already been decided."))
    return proposal


def _decide(proposal: ChangeProposal, *, reviewer, status: str, reason: str, accepted: list[str]) -> None:
    proposal.status = status
    proposal.accepted_fields = accepted
    proposal.decision_reason = reason
    proposal.decided_by = reviewer
    proposal.decided_at = timezone.now()
    proposal.full_clean()
    proposal.save()
    if proposal.email:
        # The task sends the outcome and then deletes the address (decision 0010).
        transaction.on_commit(lambda: tasks.send_proposal_outcome.enqueue(proposal.pk))


@transaction.atomic
def accept_change_proposal(
    *,
    proposal_id: int,
    reviewer,
    fields_to_accept: list[str],
    base_version: int | None = None,
    note: str = "",
):
    """Apply the chosen fields of an open proposal to its entry (or create the suggested entry).

    Returns the entry. Raises PermissionDenied, ValidationError (nothing chosen, unknown fields, or
    the entry would become invalid) and EditConflict when the entry changed since `base_version`.
    """
    proposal = _lock_open(proposal_id, reviewer)
    chosen = [name for name in proposal.proposed if name in set(fields_to_accept)]
    if unknown := set(fields_to_accept) - set(proposal.proposed):
        raise ValidationError(
            _("These fields are not part of the proposal: %(names)s.") % {"names": ", ".join(sorted(unknown))}
        )
    if proposal.proposed and not chosen:
        raise ValidationError(_("Choose at least one field to accept, or reject the proposal."))
    values = {name: proposal.proposed[name] for name in chosen}
    reason = f"proposal:{proposal.pk}"
    if proposal.is_new:
        entry = create_entry(
            kind=proposal.entry_kind,
            municipality=proposal.municipality,
            values=values,
            user=reviewer,
            reason=reason,
        )
        setattr(proposal, _proposal_fk(proposal.entry_kind), entry)
    else:
        current = proposal.entry
        if current is None:
            raise ValidationError(_("The entry no longer exists. Reject the proposal instead."))
        entry = type(current).objects.select_for_update().get(pk=current.pk)
        if base_version is not None and entry.version != base_version:
            raise EditConflict(entry=entry, base_version=base_version)
        if values:
            apply_values(entry=entry, values=values, user=reviewer, reason=reason)
    status = (
        ChangeProposal.Status.ACCEPTED
        if len(chosen) == len(proposal.proposed)
        else ChangeProposal.Status.PARTLY_ACCEPTED
    )
    _decide(
        proposal, reviewer=reviewer, status=status, reason=clean_text(note)[:MAX_COMMENT], accepted=chosen
    )
    return entry


@transaction.atomic
def reject_change_proposal(*, proposal_id: int, reviewer, reason: str) -> ChangeProposal:
    """Reject an open proposal with a reason the proposer will read. Raises PermissionDenied, ValidationError."""
    proposal = _lock_open(proposal_id, reviewer)
    reason = clean_text(reason)
    if len(reason) < 3:
        raise ValidationError({"reason": [_("Give the proposer a short reason.")]})
    if len(reason) > MAX_COMMENT:
        raise ValidationError({"reason": [_("Keep the reason under %(n)s characters.") % {"n": MAX_COMMENT}]})
    _decide(proposal, reviewer=reviewer, status=ChangeProposal.Status.REJECTED, reason=reason, accepted=[])
    return proposal
