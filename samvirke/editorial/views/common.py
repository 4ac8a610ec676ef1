"""Helpers shared by the editorial views."""

from django.http import Http404

from samvirke.core.selectors import get_municipality_or_404

# Anonymous writes are hostile input (decision 0008): counted per client address.
VERIFY_RATE = "30/h"


def municipality_for(request, slug: str, allowed) -> object:
    """The municipality, if `allowed(user, municipality)`; the same 404 for missing and forbidden."""
    place = get_municipality_or_404(slug=slug)
    if not allowed(request.user, place):
        raise Http404("No such page")
    return place
