"""Who may do what in the editorial workflow: proposals, editions, settings, history, personal data.

Built from the role facts in `samvirke.accounts.permissions` (decision 0067); reverting a policy's
texts is `samvirke.policy.permissions.can_revert_policy`.
"""

from samvirke.accounts.permissions import can_edit_entry, is_editor_for, owns_organisation_in
from samvirke.core.models import Municipality


def can_review_proposals(user, municipality: Municipality) -> bool:
    """Decide on change proposals (accept, accept some fields, reject): editors of the municipality."""
    return is_editor_for(user, municipality)


def can_publish_edition(user, municipality: Municipality) -> bool:
    """Publish an edition and see the freshness dashboard: editors of the municipality."""
    return is_editor_for(user, municipality)


def can_change_editorial_settings(user, municipality: Municipality) -> bool:
    return is_editor_for(user, municipality)


def can_view_entry_history(user, entry) -> bool:
    """An entry's history names editors and shows earlier values: those who may edit the entry."""
    return can_edit_entry(user, entry)


def can_revert_entry(user, entry) -> bool:
    """Reverting to an earlier version is for editors, not for organisation owners."""
    return is_editor_for(user, entry.municipality)


def edits_are_published_directly(user, entry, *, owners_publish_directly: bool) -> bool:
    """Editors' edits are published at once; an owner's only when the municipality allows it
    (otherwise the owner's edit becomes a change proposal for an editor)."""
    if is_editor_for(user, entry.municipality):
        return True
    return owners_publish_directly and can_edit_entry(user, entry)


def can_manage_personal_data(user, municipality: Municipality) -> bool:
    """See a contact person's consent, export everything held about them, erase them: editors."""
    return is_editor_for(user, municipality)


def can_enter_editorial_area(user, municipality: Municipality) -> bool:
    """Editors of the municipality, and owners of one of its organisations."""
    return is_editor_for(user, municipality) or owns_organisation_in(user, municipality)
