"""History pages: every recorded change of an entry or a policy, and revert to a version."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samvirke.accounts.permissions import is_editor_for
from samvirke.core.selectors import get_municipality_or_404
from samvirke.editorial import forms
from samvirke.editorial.permissions import can_revert_entry, can_view_entry_history
from samvirke.editorial.selectors.history import get_history_object_or_404, list_history
from samvirke.editorial.services.entries import EditConflict
from samvirke.editorial.services.history import revert_to_version
from samvirke.policy.permissions import can_revert_policy


def _allowed(user, place, kind: str, obj) -> tuple[bool, bool]:
    """(may see, may revert)."""
    if kind == "policy":
        allowed = can_revert_policy(user, place)
        return allowed, allowed
    if getattr(obj, "is_deleted", False):
        allowed = is_editor_for(user, place)
        return allowed, allowed
    return can_view_entry_history(user, obj), can_revert_entry(user, obj)


@login_required
def history(request, municipality: str, kind: str, pk: int):
    place = get_municipality_or_404(slug=municipality)
    obj = get_history_object_or_404(municipality=place, kind=kind, pk=pk)
    may_see, may_revert = _allowed(request.user, place, kind, obj)
    if not may_see:
        raise Http404("No such entry")
    page = Paginator(list_history(obj=obj), 30).get_page(request.GET.get("page"))
    return render(
        request,
        "editorial/history.html",
        {
            "municipality": place,
            "kind": kind,
            "obj": obj,
            "label": getattr(obj, "title", None) or getattr(obj, "name", ""),
            "page": page,
            "may_revert": may_revert,
            "deleted": getattr(obj, "is_deleted", False),
            "obj_label": obj._meta.label_lower,
        },
    )


@login_required
@require_POST
def revert(request, municipality: str, kind: str, pk: int):
    place = get_municipality_or_404(slug=municipality)
    obj = get_history_object_or_404(municipality=place, kind=kind, pk=pk)
    _may_see, may_revert = _allowed(request.user, place, kind, obj)
    form = forms.RevertForm(request.POST)
    if not may_revert or not form.is_valid():
        raise Http404("No such entry")
    try:
        revert_to_version(
            user=request.user,
            model_label=form.cleaned_data["model"],
            history_id=form.cleaned_data["history_id"],
            base_version=form.cleaned_data.get("version"),
        )
    except PermissionDenied as error:
        raise Http404("No such version") from error
    except EditConflict:
        messages.warning(
            request,
            _("The entry changed since you opened this page. Look at the newest changes and try again."),
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Reverted. The revert is itself a new version in the history."))
    return redirect("editorial:history", municipality=place.slug, kind=kind, pk=pk)
