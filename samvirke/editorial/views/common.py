"""Helpers shared by the editorial views."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django_ratelimit.decorators import ratelimit

from samvirke.core.selectors import get_municipality_or_404

# Anonymous writes are hostile input (decision 0008): counted per client address.
PROPOSAL_RATE = "10/h"
VERIFY_RATE = "30/h"


def limit_posts(rate: str):
    """django-ratelimit per client address on POST; over the limit, core's 429 page (decision 0008)."""
    return ratelimit(key="ip", rate=rate, method="POST", block=True)


def add_errors(form, error: ValidationError) -> list[str]:
    """Put a service's ValidationError on the form, field by field. Returns messages about schedules."""
    schedule_errors = []
    if not hasattr(error, "error_dict"):
        form.add_error(None, error.messages)
        return schedule_errors
    for name, messages in error.message_dict.items():
        if name == "schedules":
            schedule_errors.extend(messages)
        elif name in form.fields:
            form.add_error(name, messages)
        else:
            form.add_error(None, messages)
    return schedule_errors


def municipality_for(request, slug: str, allowed) -> object:
    """The municipality, if `allowed(user, municipality)`; the same 404 for missing and forbidden."""
    place = get_municipality_or_404(slug=slug)
    if not allowed(request.user, place):
        raise Http404("No such page")
    return place
