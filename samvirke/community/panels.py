"""What the community tools add to the handbook's pages through core's extension points (decision 0008)."""

from samvirke.accounts.permissions import is_practitioner
from samvirke.community import permissions
from samvirke.community.selectors.stories import list_published_stories
from samvirke.community.selectors.volunteering import list_open_needs_for


def sees_forum_link(request) -> bool:
    return is_practitioner(request.user)


def stories_panel(*, municipality, request) -> dict | None:
    stories = list(list_published_stories(municipality=municipality)[:3])
    return {"municipality": municipality, "stories": stories} if stories else None


def volunteer_panel(*, entry, municipality, request) -> dict | None:
    needs = list_open_needs_for(initiative=entry)
    can_manage = request.user.is_authenticated and permissions.can_manage_volunteering(request.user, entry)
    if not needs and not can_manage:
        return None
    return {
        "municipality": municipality,
        "initiative": entry,
        "needs": needs,
        "can_manage": can_manage,
        "zone": municipality.time_zone,
    }
