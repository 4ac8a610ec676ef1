"""Editors assign activities to needs (or hide them from the guide); the rest get derived defaults."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from samvirke.accounts.permissions import is_editor_for
from samvirke.core.ratelimits import limit_posts
from samvirke.core.selectors import get_municipality_or_404
from samvirke.guide import selectors, services
from samvirke.guide.models import Need
from samvirke.guide.needs import need_label


@limit_posts("600/h")
def assign_needs(request, municipality: str):
    place = get_municipality_or_404(slug=municipality)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not is_editor_for(request.user, place):
        raise Http404("No such page")
    activities = selectors.list_need_assignments(municipality=place)
    if request.method == "POST":
        changed = 0
        shown = {int(pk) for pk in request.POST.getlist("shown") if pk.isdigit()}
        for activity in activities:
            if activity.pk not in shown:
                continue
            wanted = sorted(request.POST.getlist(f"needs-{activity.pk}"))
            hidden = request.POST.get(f"hidden-{activity.pk}") == "1"
            current = sorted(
                activity.assigned_needs or ([] if activity.is_hidden else activity.derived_needs)
            )
            if hidden == activity.is_hidden and (wanted == current):
                continue
            if not hidden and not activity.assigned_needs and wanted == sorted(activity.derived_needs):
                needs = []  # the suggestion stays a suggestion
            else:
                needs = wanted
            try:
                services.set_initiative_needs(
                    user=request.user, initiative=activity, needs=needs, hidden=hidden
                )
            except PermissionDenied as denied:
                raise Http404("No such page") from denied
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
                continue
            changed += 1
        messages.success(request, _("%(count)s activities changed.") % {"count": changed})
        return redirect("guide:assign_needs", municipality=place.slug)
    needs = [(need.value, need_label(need.value, municipality=place)) for need in Need]
    return render(
        request, "guide/assign_needs.html", {"municipality": place, "activities": activities, "needs": needs}
    )
