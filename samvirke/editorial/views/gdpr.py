"""Personal data of contact persons, for editors: consent, export and erasure (GDPR)."""

import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from samvirke.editorial import forms
from samvirke.editorial.permissions import can_manage_personal_data
from samvirke.editorial.selectors.gdpr import (
    get_contact_or_404,
    get_personal_data,
    list_contacts_for_editors,
    list_erasures,
)
from samvirke.editorial.services.gdpr import erase_contact
from samvirke.editorial.views.common import municipality_for


@login_required
def contact_list(request, municipality: str):
    place = municipality_for(request, municipality, can_manage_personal_data)
    query = request.GET.get("q", "").strip()[:100]
    page = Paginator(list_contacts_for_editors(municipality=place, query=query), 50).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "editorial/contact_list.html",
        {
            "municipality": place,
            "page": page,
            "query": query,
            "erasures": list_erasures(municipality=place)[:10],
        },
    )


@login_required
def contact_record(request, municipality: str, contact):
    place = municipality_for(request, municipality, can_manage_personal_data)
    person = get_contact_or_404(municipality=place, uuid=contact)
    return render(
        request,
        "editorial/contact_record.html",
        {"municipality": place, "contact": person, "erase_form": forms.EraseForm()},
    )


@login_required
def contact_export(request, municipality: str, contact):
    place = municipality_for(request, municipality, can_manage_personal_data)
    person = get_contact_or_404(municipality=place, uuid=contact)
    body = json.dumps(get_personal_data(contact=person), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="contact-{person.uuid}.json"'
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def contact_erase(request, municipality: str, contact):
    place = municipality_for(request, municipality, can_manage_personal_data)
    person = get_contact_or_404(municipality=place, uuid=contact)
    form = forms.EraseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            erase_contact(user=request.user, contact_id=person.pk, reason=form.cleaned_data["reason"])
        except PermissionDenied as error:
            raise Http404("No such contact person") from error
        messages.success(
            request, _("The person was erased. A tombstone without personal data remains in the history.")
        )
        return redirect("editorial:contacts", municipality=place.slug)
    return render(
        request,
        "editorial/contact_record.html",
        {"municipality": place, "contact": person, "erase_form": form},
        status=400 if request.method == "POST" else 200,
    )
