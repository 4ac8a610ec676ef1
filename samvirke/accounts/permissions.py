"""Who may do what. Every write in every app asks these functions; nothing else decides.

Roles (docs/permissions.md has the full table):
- site admin: a superuser, everything everywhere;
- municipality editor: a Membership(role=editor) for a municipality, or for a region (all its members);
- organisation owner: a Membership(role=organisation_owner) for one organisation;
- practitioner: any logged-in, active user (reads internal contacts, uses the forum);
- translator: a Membership(role=translator) for a municipality, with a language;
- public: everyone else.
"""

from django.db.models import Q

from samvirke.accounts.models import Membership, Role
from samvirke.core.models import Municipality


def _active(user) -> bool:
    return user is not None and user.is_authenticated and user.is_active


def is_site_admin(user) -> bool:
    return _active(user) and user.is_superuser


def is_practitioner(user) -> bool:
    return _active(user)


def _memberships(user, role: str):
    # Cached per user object: one query however often a page asks.
    cache = user.__dict__.setdefault("_samvirke_memberships", {})
    if role not in cache:
        cache[role] = list(
            Membership.objects.filter(user=user, role=role).values(
                "municipality_id", "region_id", "organisation_id"
            )
        )
    return cache[role]


def is_editor_for(user, municipality: Municipality) -> bool:
    """An editor of this municipality, or of the region it belongs to, or a site admin."""
    if not _active(user):
        return False
    if user.is_superuser:
        return True
    return any(
        m["municipality_id"] == municipality.pk
        or (m["region_id"] and m["region_id"] == municipality.region_id)
        for m in _memberships(user, Role.EDITOR)
    )


def editable_municipalities_filter(user) -> Q:
    """A Q over Municipality for the municipalities the user edits (nothing for non-editors)."""
    if is_site_admin(user):
        return Q()
    if not _active(user):
        return Q(pk__in=[])
    memberships = _memberships(user, Role.EDITOR)
    return Q(pk__in=[m["municipality_id"] for m in memberships if m["municipality_id"]]) | Q(
        region_id__in=[m["region_id"] for m in memberships if m["region_id"]]
    )


def owned_organisation_ids(user) -> set[int]:
    if not _active(user):
        return set()
    return {m["organisation_id"] for m in _memberships(user, Role.ORGANISATION_OWNER) if m["organisation_id"]}


def is_owner_of(user, organisation) -> bool:
    return organisation is not None and organisation.pk in owned_organisation_ids(user)


def is_translator_for(user, municipality: Municipality, language: str | None = None) -> bool:
    if is_editor_for(user, municipality):
        return True
    if not _active(user):
        return False
    return any(
        m["municipality_id"] == municipality.pk
        for m in Membership.objects.filter(user=user, role=Role.TRANSLATOR)
        .filter(Q(language="") | Q(language=language or ""))
        .values("municipality_id")
    )


def organisations_of_entry(entry) -> list:
    """The organisations responsible for an entry: itself, its organisation, or an initiative's organisers."""
    from samvirke.directory.models import ContactPerson, Organisation

    if isinstance(entry, Organisation):
        return [entry]
    if isinstance(entry, ContactPerson):
        return [entry.organisation]
    organisers = getattr(entry, "organisers", None)
    return list(organisers.all()) if organisers is not None else []


def can_edit_entry(user, entry) -> bool:
    """Editors of the entry's municipality, and owners of an organisation responsible for it."""
    if is_editor_for(user, entry.municipality):
        return True
    owned = owned_organisation_ids(user)
    return bool(owned) and any(organisation.pk in owned for organisation in organisations_of_entry(entry))


# --- editorial ---


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


def can_revert_policy(user, municipality: Municipality) -> bool:
    """The history of a policy's texts and reverting them: editors of the municipality."""
    return is_editor_for(user, municipality)


def edits_are_published_directly(user, entry, *, owners_publish_directly: bool) -> bool:
    """Editors' edits are published at once; an owner's only when the municipality allows it
    (otherwise the owner's edit becomes a change proposal for an editor)."""
    if is_editor_for(user, entry.municipality):
        return True
    return owners_publish_directly and can_edit_entry(user, entry)


def can_manage_personal_data(user, municipality: Municipality) -> bool:
    """See a contact person's consent, export everything held about them, erase them: editors."""
    return is_editor_for(user, municipality)


def edits_anything(user) -> bool:
    """Whether the user edits anything at all: shows the link to the editors' area."""
    if not _active(user):
        return False
    return user.is_superuser or bool(_memberships(user, Role.EDITOR)) or bool(owned_organisation_ids(user))


def can_enter_editorial_area(user, municipality: Municipality) -> bool:
    """Editors of the municipality, and owners of one of its organisations."""
    if is_editor_for(user, municipality):
        return True
    owned = owned_organisation_ids(user)
    if not owned:
        return False
    from samvirke.directory.models import Organisation

    return Organisation.objects.filter(pk__in=owned, municipality=municipality).exists()
