"""The role facts every app builds on: who is an admin, editor, owner, translator or approved practitioner.

Each app keeps its own rules in its own `permissions.py` and builds them from these (decision 0067):
`community.permissions`, `policy.permissions`, `editorial.permissions`, `search.permissions`.

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
from samvirke.directory.models import ContactPerson, Organisation


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


def is_editor_in_region(user, region) -> bool:
    """An editor of the region itself or of any of its member municipalities (regional forum categories)."""
    if not _active(user):
        return False
    if user.is_superuser:
        return True
    editor = _memberships(user, Role.EDITOR)
    if not editor:
        return False
    # Cached per user object like the memberships: a thread page asks once per post.
    regions = user.__dict__.setdefault("_samvirke_region_members", {})
    if region.pk not in regions:
        regions[region.pk] = set(region.municipalities.values_list("pk", flat=True))
    return any(m["region_id"] == region.pk or m["municipality_id"] in regions[region.pk] for m in editor)


def is_editor_anywhere(user) -> bool:
    """An editor of some municipality or region, or a site admin."""
    return _active(user) and (user.is_superuser or bool(_memberships(user, Role.EDITOR)))


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


def owns_organisation_in(user, municipality: Municipality) -> bool:
    """An owner of one of the municipality's organisations."""
    owned = owned_organisation_ids(user)
    return bool(owned) and Organisation.objects.filter(pk__in=owned, municipality=municipality).exists()


def _translator_memberships(user, language: str | None):
    # A membership without a language translates every language.
    return Membership.objects.filter(user=user, role=Role.TRANSLATOR).filter(
        Q(language="") | Q(language=language or "")
    )


def is_translator_for(user, municipality: Municipality, language: str | None = None) -> bool:
    if is_editor_for(user, municipality):
        return True
    if not _active(user):
        return False
    return _translator_memberships(user, language).filter(municipality_id=municipality.pk).exists()


def translates_language(user, language: str) -> bool:
    """A translator (of any municipality) for this language, or for every language."""
    return _active(user) and _translator_memberships(user, language).exists()


def translated_municipalities_filter(user, language: str) -> Q:
    """A Q over Municipality for those whose guide the user translates into `language` (editors:
    the municipalities they edit; site admins: all)."""
    if not _active(user):
        return Q(pk__in=[])
    translated = Membership.objects.filter(user=user, role=Role.TRANSLATOR).filter(
        Q(language="") | Q(language=language)
    )
    return editable_municipalities_filter(user) | Q(pk__in=translated.values("municipality_id"))


def organisations_of_entry(entry) -> list:
    """The organisations responsible for an entry: itself, its organisation, or an initiative's organisers."""
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


# --- accounts: joining, approval, two-factor ---


def is_approved(user) -> bool:
    """A practitioner vetted by someone: staff, a site admin, or anyone with a membership (decision 0040)."""
    if not _active(user):
        return False
    if user.is_superuser or user.is_staff:
        return True
    if "_samvirke_approved" not in user.__dict__:
        user.__dict__["_samvirke_approved"] = Membership.objects.filter(user=user).exists()
    return user.__dict__["_samvirke_approved"]


def can_decide_join_request(user, organisation) -> bool:
    """The organisation's owners and the editors of its municipality approve who joins it."""
    return is_owner_of(user, organisation) or is_editor_for(user, organisation.municipality)


def may_approve_members(user) -> bool:
    """Whether the user may decide any request to join (an owner, an editor or a site admin)."""
    if not _active(user):
        return False
    return user.is_superuser or bool(owned_organisation_ids(user)) or bool(_memberships(user, Role.EDITOR))


def can_grant_organisation_owner(user, organisation) -> bool:
    """Only editors (and admins) make someone an organisation owner: owners edit the public handbook."""
    return is_editor_for(user, organisation.municipality)


def requires_two_factor(user) -> bool:
    """Editors and admins (staff, superusers) must use TOTP when SAMVIRKE_REQUIRE_2FA is on (decision 0041)."""
    if not _active(user):
        return False
    return user.is_superuser or user.is_staff or bool(_memberships(user, Role.EDITOR))


def edits_anything(user) -> bool:
    """Whether the user edits anything at all: shows the link to the editors' area."""
    if not _active(user):
        return False
    return user.is_superuser or bool(_memberships(user, Role.EDITOR)) or bool(owned_organisation_ids(user))
