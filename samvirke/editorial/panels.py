"""Context for the panels this app adds to other apps' pages (extension points, decision 0008).

For anonymous visitors they run no query (the pages stay cacheable and cheap); links to edit and
history appear only for people who may use them.
"""

from django.urls import reverse

from samvirke.accounts.permissions import can_edit_entry, edits_anything
from samvirke.editorial.permissions import can_view_entry_history
from samvirke.editorial.selectors.editions import get_latest_edition


def _entry_panel(kind: str, *, entry, municipality, request) -> dict:
    key = entry.slug
    context = {
        "suggest_url": reverse(f"editorial:suggest_{kind}", args=[municipality.slug, key]),
        "edit_url": "",
        "history_url": "",
    }
    user = request.user
    if user.is_authenticated and can_edit_entry(user, entry):
        context["edit_url"] = reverse(f"editorial:edit_{kind}", args=[municipality.slug, key])
        if can_view_entry_history(user, entry):
            context["history_url"] = reverse("editorial:history", args=[municipality.slug, kind, entry.pk])
    return context


def initiative_panel(*, entry, municipality, request) -> dict:
    return _entry_panel("initiative", entry=entry, municipality=municipality, request=request)


def organisation_panel(*, entry, municipality, request) -> dict:
    return _entry_panel("organisation", entry=entry, municipality=municipality, request=request)


def contacts_panel(*, entry, municipality, request) -> dict:
    return {"suggest_url": reverse("editorial:suggest_contact_choose", args=[municipality.slug])}


def home_panel(*, municipality, request) -> dict:
    return {
        "municipality": municipality,
        "new_initiative_url": reverse("editorial:suggest_new_initiative", args=[municipality.slug]),
        "new_organisation_url": reverse("editorial:suggest_new_organisation", args=[municipality.slug]),
        "editions_url": reverse("editorial:editions", args=[municipality.slug]),
        "edition": get_latest_edition(municipality=municipality),
    }


def shows_editors_link(request) -> bool:
    return edits_anything(request.user)
