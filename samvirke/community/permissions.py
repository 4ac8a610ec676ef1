"""Who may do what in the community: the forum, good stories, volunteering and the community settings.

Built from the role facts in `samvirke.accounts.permissions` (decision 0067). Services, selectors,
views and the templates (through `samvirke.community.templatetags.community`) all ask these.
"""

from samvirke.accounts.permissions import (
    can_edit_entry,
    is_approved,
    is_editor_for,
    is_editor_in_region,
    is_practitioner,
    owned_organisation_ids,
    owns_organisation_in,
)
from samvirke.community.models import Post, Story

# --- forum ---


def can_use_forum(user) -> bool:
    """The forum is for approved practitioners only: it may talk about work, never about newcomers' cases."""
    return is_approved(user)


def can_create_forum_category(user, *, municipality=None, region=None) -> bool:
    """A municipality's categories: its editors; a region's categories: editors anywhere in the region."""
    if municipality is not None:
        return is_editor_for(user, municipality)
    return region is not None and is_editor_in_region(user, region)


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
        and post.status == Post.Status.PUBLISHED
        and not post.thread.is_locked
    )


# --- good stories ---


def can_write_story(user, municipality) -> bool:
    """Editors write and publish; owners of an organisation in the municipality write for review."""
    return is_editor_for(user, municipality) or owns_organisation_in(user, municipality)


def can_publish_story(user, municipality) -> bool:
    return is_editor_for(user, municipality)


def can_edit_story(user, story) -> bool:
    """Editors edit any story of their municipality; its author and the owners of its organisation
    edit it until it is published (after that, changes go through an editor)."""
    if is_editor_for(user, story.municipality):
        return True
    if not is_practitioner(user) or story.status == Story.Status.PUBLISHED:
        return False
    return story.author_id == user.pk or (
        story.organisation_id is not None and story.organisation_id in owned_organisation_ids(user)
    )


def can_submit_story(user, story) -> bool:
    """Those who may edit a draft or a returned story send it to the editors for review."""
    return story.status in (Story.Status.DRAFT, Story.Status.RETURNED) and can_edit_story(user, story)


# --- volunteering and settings ---


def can_manage_volunteering(user, initiative) -> bool:
    """Organisers of an initiative (owners of its organisations) and editors see and message its volunteers."""
    return can_edit_entry(user, initiative)


def can_organise_volunteers(user, municipality) -> bool:
    """The organisers' pages of a municipality: its editors, and owners of any organisation (they see
    only their own initiatives' needs there)."""
    return is_editor_for(user, municipality) or bool(owned_organisation_ids(user))


def can_manage_community_settings(user, municipality) -> bool:
    return is_editor_for(user, municipality)
