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


# --- accounts ---


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


# --- community ---


def can_use_forum(user) -> bool:
    """The forum is for approved practitioners only: it may talk about work, never about newcomers' cases."""
    return is_approved(user)


def is_editor_in_region(user, region) -> bool:
    """An editor of the region itself or of any of its member municipalities (regional forum categories)."""
    if not _active(user):
        return False
    if user.is_superuser:
        return True
    member_ids = set(region.municipalities.values_list("pk", flat=True))
    return any(
        m["region_id"] == region.pk or m["municipality_id"] in member_ids
        for m in _memberships(user, Role.EDITOR)
    )


def can_moderate_forum_category(user, category) -> bool:
    """Editors of the category's municipality; for a regional category, editors anywhere in the region."""
    if category.municipality_id:
        return is_editor_for(user, category.municipality)
    return is_editor_in_region(user, category.region)


def can_edit_forum_post(user, post) -> bool:
    """Authors edit their own visible posts in open threads; moderators edit any."""
    if can_moderate_forum_category(user, post.thread.category):
        return True
    return (
        can_use_forum(user)
        and post.author_id == user.pk
        and post.status == "published"
        and not post.thread.is_locked
    )


def can_write_story(user, municipality) -> bool:
    """Editors write and publish; owners of an organisation in the municipality write for review."""
    if is_editor_for(user, municipality):
        return True
    from samvirke.directory.models import Organisation

    owned = owned_organisation_ids(user)
    return bool(owned) and Organisation.objects.filter(pk__in=owned, municipality=municipality).exists()


def can_publish_story(user, municipality) -> bool:
    return is_editor_for(user, municipality)


def can_edit_story(user, story) -> bool:
    """Editors edit any story of their municipality; its author and the owners of its organisation
    edit it until it is published (after that, changes go through an editor)."""
    if is_editor_for(user, story.municipality):
        return True
    if not _active(user) or story.status == "published":
        return False
    return story.author_id == user.pk or (
        story.organisation_id is not None and story.organisation_id in owned_organisation_ids(user)
    )


def can_manage_volunteering(user, initiative) -> bool:
    """Organisers of an initiative (owners of its organisations) and editors see and message its volunteers."""
    return can_edit_entry(user, initiative)


def can_manage_community_settings(user, municipality) -> bool:
    return is_editor_for(user, municipality)


# --- policy ---


def can_edit_policy(user, municipality: Municipality) -> bool:
    """A municipality's policies, results, action programmes and evaluations: its editors (and its region's)."""
    return is_editor_for(user, municipality)


def can_view_evaluation(user, report) -> bool:
    """A published evaluation report is public; a draft only for those who may edit it."""
    return report.status == "published" or can_edit_policy(user, report.municipality)


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


def can_edit_vocabulary(user, language: str) -> bool:
    """The newcomer vocabulary of a guide language (samvirke.search): site admins, editors of any
    municipality or region, and translators for that language (or for every language)."""
    if not _active(user):
        return False
    if user.is_superuser or _memberships(user, Role.EDITOR):
        return True
    return (
        Membership.objects.filter(user=user, role=Role.TRANSLATOR)
        .filter(Q(language="") | Q(language=language))
        .exists()
    )
