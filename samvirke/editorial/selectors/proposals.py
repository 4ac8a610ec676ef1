"""Reads for the editors' queue: proposals with their joins chosen, and field-by-field diffs."""

from django.db.models import QuerySet
from django.http import Http404

from samvirke.editorial import fields
from samvirke.editorial.models import ChangeProposal, EditorialSettings


def get_editorial_settings(*, municipality) -> EditorialSettings:
    """The municipality's settings, or the defaults (unsaved) when it has none yet."""
    return EditorialSettings.objects.filter(municipality=municipality).first() or EditorialSettings(
        municipality=municipality
    )


def list_proposals(*, municipality, status: str = "open") -> QuerySet[ChangeProposal]:
    """Open proposals oldest first (the queue); decided ones newest first."""
    qs = ChangeProposal.objects.filter(municipality=municipality).select_related(
        "municipality", "initiative", "organisation", "contact", "submitted_by", "decided_by"
    )
    if status == "open":
        return qs.filter(status=ChangeProposal.Status.OPEN).order_by("created_at", "pk")
    return qs.exclude(status=ChangeProposal.Status.OPEN).order_by("-decided_at", "-pk")


def count_open_proposals(*, municipality) -> int:
    return ChangeProposal.objects.filter(municipality=municipality, status=ChangeProposal.Status.OPEN).count()


def list_proposals_by(*, user, municipality) -> QuerySet[ChangeProposal]:
    """What an organisation owner sent for review."""
    return (
        ChangeProposal.objects.filter(municipality=municipality, submitted_by=user)
        .select_related("municipality", "initiative", "organisation", "contact")
        .order_by("-created_at")
    )


def get_proposal_or_404(*, municipality, pk: int) -> ChangeProposal:
    proposal = (
        ChangeProposal.objects.filter(municipality=municipality, pk=pk)
        .select_related("municipality", "initiative", "organisation", "contact", "submitted_by", "decided_by")
        .first()
    )
    if proposal is None:
        raise Http404("No such proposal")
    return proposal


def get_proposal_diff(proposal: ChangeProposal) -> list[dict]:
    """One row per proposed field: label, value when proposed, proposed value, value now."""
    displayer = fields.Displayer()
    kind = proposal.entry_kind
    entry = None if proposal.is_new else proposal.entry
    current = fields.snapshot(entry, list(proposal.proposed)) if entry is not None else {}
    rows = []
    for name, value in proposal.proposed.items():
        original = proposal.original.get(name)
        now = current.get(name, original)
        rows.append(
            {
                "name": name,
                "label": fields.label(kind, name),
                "original": displayer.value(kind, name, original),
                "proposed": displayer.value(kind, name, value),
                "current": displayer.value(kind, name, now),
                "changed_since": entry is not None
                and fields.normalise(kind, name, now) != fields.normalise(kind, name, original),
                "already_applied": entry is not None
                and fields.normalise(kind, name, now) == fields.normalise(kind, name, value),
                "accepted": name in (proposal.accepted_fields or []),
            }
        )
    return rows
