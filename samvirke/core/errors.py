"""Error pages (400, 403, 404, 500 and a failed CSRF check) in the site's layout and the visitor's
language, with the navigation of the municipality or region the address belongs to. An app with a
layout of its own (the guide) answers for its addresses through core.extensions (decision 0061)."""

import logging

from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from samvirke.core import extensions
from samvirke.core.selectors import get_municipality_of_path

logger = logging.getLogger(__name__)

PAGES = {
    400: (
        _("The address is not valid"),
        _("The page could not understand the address or the form it was sent."),
    ),
    403: (
        _("You may not see this page"),
        _("Sign in with an account that has access, or go back to the handbook."),
    ),
    404: (
        _("Page not found"),
        _("There is no page at this address. It may have moved, or the link may be mistyped."),
    ),
    500: (
        _("Something went wrong"),
        _(
            "The page could not be shown because of an error on our side. It has been logged; please try again later."
        ),
    ),
    "csrf": (
        _("The form could not be sent"),
        _(
            "The form had expired, or your browser blocks cookies for this site. Go back, reload the page and send the form again."
        ),
    ),
}


def _error_page(request, *, status: int, key) -> HttpResponse:
    title, message = PAGES[key]
    response = extensions.render_error_elsewhere(request, status=status, title=title, message=message)
    if response is not None:
        return response
    municipality, region = get_municipality_of_path(path=request.path_info)
    context = {
        "title": title,
        "message": message,
        "status": status,
        "municipality": municipality,
        "region": region,
    }
    try:
        return render(request, "core/error.html", context, status=status)
    except Exception:
        # The layout needs the session and the database; an error page must answer without them.
        logger.exception("The error page could not be rendered in the site's layout")
        return HttpResponse(render_to_string("core/error_plain.html", context), status=status)


def bad_request(request, exception=None):
    return _error_page(request, status=400, key=400)


def permission_denied(request, exception=None):
    return _error_page(request, status=403, key=403)


def page_not_found(request, exception=None):
    return _error_page(request, status=404, key=404)


def server_error(request):
    return _error_page(request, status=500, key=500)


def csrf_failure(request, reason: str = ""):
    return _error_page(request, status=403, key="csrf")
