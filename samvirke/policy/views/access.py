"""Helpers the policy views share. Who may open an editor page: the municipality's editors
(policy.permissions decides).

Signed-out visitors are sent to the login page; everyone else who may not edit gets the same 404
as for a page that does not exist, so nothing about others' drafts is disclosed.
"""

from django.http import Http404, HttpResponse
from django.utils.http import url_has_allowed_host_and_scheme

from samvirke.core.models import Municipality
from samvirke.core.selectors import get_municipality_or_404
from samvirke.policy.permissions import can_edit_policy


def editor_place(request, slug: str) -> Municipality:
    place = get_municipality_or_404(slug=slug)
    if not can_edit_policy(request.user, place):
        raise Http404("No such page")
    return place


def may_edit(request, place: Municipality) -> bool:
    return can_edit_policy(request.user, place)


def safe_next(request, default: str) -> str:
    """A ?next= address on this site, or the default."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(candidate, allowed_hosts={request.get_host()}):
        return candidate
    return default


def csv_download(content: bytes, filename: str):
    response = HttpResponse(content, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
