"""Public pages: suggest a correction or a new entry (no account), editions and their PDFs, and
the one-click "still correct" links from reminder e-mails."""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from samvirke.accounts.permissions import can_edit_entry, is_editor_for
from samvirke.core import private_files
from samvirke.core.forms import add_service_errors
from samvirke.core.ratelimits import limit_posts
from samvirke.core.selectors import get_municipality_or_404
from samvirke.directory.models import ContactPerson
from samvirke.directory.selectors import (
    get_organisation_or_404,
    list_visible_contacts,
    visible_contact_filter,
)
from samvirke.editorial import fields, forms
from samvirke.editorial.permissions import can_publish_edition
from samvirke.editorial.selectors.changes import label_changes
from samvirke.editorial.selectors.editions import get_edition_or_404, list_editions
from samvirke.editorial.services.changes import submit_entry_change
from samvirke.editorial.services.freshness import (
    ExpiredLink,
    InvalidLink,
    confirm_still_correct,
    correction_path,
    read_verification_token,
)
from samvirke.editorial.services.proposals import PROPOSAL_RATE
from samvirke.editorial.views.common import VERIFY_RATE
from samvirke.initiatives.selectors import get_initiative_or_404

EDIT_URLS = {"initiative": "editorial:edit_initiative", "organisation": "editorial:edit_organisation"}
CREATE_URLS = {"initiative": "editorial:create_initiative", "organisation": "editorial:create_organisation"}


def _proposer_errors(error: ValidationError) -> ValidationError:
    """The service names the proposer's fields "email"/"email_consent"; the form calls them apart."""
    if not hasattr(error, "error_dict"):
        return error
    names = {"email": "proposer_email", "email_consent": "proposer_consent"}
    return ValidationError({names.get(name, name): messages for name, messages in error.message_dict.items()})


def _suggest(request, place, *, kind: str, entry=None):
    form_class = forms.proposal_form_class(kind=kind, municipality=place, entry=entry)
    current = fields.snapshot(entry) if entry is not None else fields.defaults(kind)
    audience = fields.PUBLIC if entry is not None else fields.NEW
    # A new activity may carry its times (and places, among its fields); a correction says so in the comment.
    with_times = kind == "initiative" and entry is None
    formset = None
    if request.method == "POST":
        form = form_class(request.POST)
        # A form sent without the times (an older page, a script) simply proposes none.
        if with_times and "times-TOTAL_FORMS" in request.POST:
            formset = forms.times_formset(municipality=place, data=request.POST)
        values = forms.entry_values(form, formset)
        if form.is_bot:
            return redirect("editorial:suggest_thanks", municipality=place.slug)
        if values is not None:
            try:
                submit_entry_change(
                    user=request.user,
                    municipality=place,
                    kind=kind,
                    entry=entry,
                    values=values,
                    comment=form.cleaned_data["comment"],
                    email=form.cleaned_data["proposer_email"],
                    email_consent=form.cleaned_data["proposer_consent"],
                    suggestion=True,
                )
            except ValidationError as error:
                add_service_errors(form, _proposer_errors(error))
            else:
                return redirect("editorial:suggest_thanks", municipality=place.slug)
        if form.has_error("__all__", "stale") or not form.data.get("started"):
            form.data = form.data.copy()
            form.data["started"] = forms.started_token()
    else:
        form = form_class(
            initial={
                **forms.form_initial(current, kind=kind, audience=audience),
                "started": forms.started_token(),
            }
        )
        if with_times:
            formset = forms.times_formset(municipality=place)
    edit_url = ""
    if entry is not None and kind in EDIT_URLS and can_edit_entry(request.user, entry):
        edit_url = reverse(EDIT_URLS[kind], args=[place.slug, entry.slug])
    elif entry is None and kind in CREATE_URLS and is_editor_for(request.user, place):
        edit_url = reverse(CREATE_URLS[kind], args=[place.slug])
    return render(
        request,
        "editorial/suggest.html",
        {
            "municipality": place,
            "kind": kind,
            "entry": entry,
            "form": form,
            "formset": formset,
            "edit_url": edit_url,
        },
    )


@limit_posts(PROPOSAL_RATE)
def suggest_initiative(request, municipality: str, slug: str):
    place = get_municipality_or_404(slug=municipality)
    return _suggest(
        request, place, kind="initiative", entry=get_initiative_or_404(municipality=place, slug=slug)
    )


@limit_posts(PROPOSAL_RATE)
def suggest_organisation(request, municipality: str, slug: str):
    place = get_municipality_or_404(slug=municipality)
    return _suggest(
        request, place, kind="organisation", entry=get_organisation_or_404(municipality=place, slug=slug)
    )


@limit_posts(PROPOSAL_RATE)
def suggest_contact(request, municipality: str, contact):
    place = get_municipality_or_404(slug=municipality)
    # Only someone the visitor can see may be corrected by them (GDPR: no guessing of hidden people).
    entry = (
        ContactPerson.objects.for_municipality(place)
        .filter(visible_contact_filter(user=request.user), uuid=contact)
        .select_related("organisation")
        .first()
    )
    if entry is None:
        raise Http404("No such contact person")
    return _suggest(request, place, kind="contact", entry=entry)


@require_GET
def suggest_contact_choose(request, municipality: str):
    place = get_municipality_or_404(slug=municipality)
    query = request.GET.get("q", "").strip()[:100]
    contacts = list_visible_contacts(municipality=place, user=request.user)
    if query:
        contacts = contacts.filter(name__icontains=query)
    page = Paginator(contacts, 50).get_page(request.GET.get("page"))
    return render(
        request,
        "editorial/suggest_contact_choose.html",
        {"municipality": place, "page": page, "query": query},
    )


@limit_posts(PROPOSAL_RATE)
def suggest_new_initiative(request, municipality: str):
    return _suggest(request, get_municipality_or_404(slug=municipality), kind="initiative")


@limit_posts(PROPOSAL_RATE)
def suggest_new_organisation(request, municipality: str):
    return _suggest(request, get_municipality_or_404(slug=municipality), kind="organisation")


@require_GET
def suggest_thanks(request, municipality: str):
    return render(
        request, "editorial/suggest_thanks.html", {"municipality": get_municipality_or_404(slug=municipality)}
    )


@require_GET
def edition_list(request, municipality: str):
    place = get_municipality_or_404(slug=municipality)
    page = Paginator(list_editions(municipality=place), 20).get_page(request.GET.get("page"))
    can_publish = can_publish_edition(request.user, place)
    return render(
        request,
        "editorial/edition_list.html",
        {"municipality": place, "page": page, "publish_form": forms.PublishForm() if can_publish else None},
    )


@require_GET
def edition_detail(request, municipality: str, number: int):
    place = get_municipality_or_404(slug=municipality)
    edition = get_edition_or_404(municipality=place, number=number)
    response = render(
        request,
        "editorial/edition_detail.html",
        {
            "municipality": place,
            "edition": edition,
            "groups": label_changes(edition.changes),
            "is_editor": can_publish_edition(request.user, place),
        },
    )
    if edition.building:
        # The progress bar must not be served from the page cache (decision 0004).
        patch_cache_control(response, no_cache=True, no_store=True)
    return response


@never_cache
@require_GET
def edition_status(request, municipality: str, number: int):
    place = get_municipality_or_404(slug=municipality)
    edition = get_edition_or_404(municipality=place, number=number)
    return JsonResponse(
        {
            "status": edition.pdf_status,
            "progress": edition.pdf_progress,
            "stage": edition.pdf_stage,
            "pdf": reverse("editorial:edition_pdf", args=[place.slug, edition.number])
            if edition.pdf_ready
            else None,
        }
    )


@require_GET
def edition_pdf(request, municipality: str, number: int):
    place = get_municipality_or_404(slug=municipality)
    edition = get_edition_or_404(municipality=place, number=number)
    if not edition.pdf_ready:
        raise Http404("The PDF is not ready")
    return private_files.serve(
        file=edition.pdf,
        content_type="application/pdf",
        filename=f"{place.slug}-handbook-{edition.number}.pdf",
        private=False,
    )


@limit_posts(VERIFY_RATE)
def verify(request, municipality: str, token: str):
    """The "still correct" link: shows what it confirms; the button (a POST, so that mail scanners
    that open links do not confirm anything) sets the date. No login: the signature is the key."""
    place = get_municipality_or_404(slug=municipality)
    context = {"municipality": place}
    try:
        if request.method == "POST":
            context.update(state="done", entries=confirm_still_correct(token=token, municipality=place))
        else:
            context.update(state="confirm", entries=read_verification_token(token=token, municipality=place))
    except ExpiredLink:
        return render(request, "editorial/verify.html", {**context, "state": "expired"}, status=410)
    except InvalidLink:
        return render(request, "editorial/verify.html", {**context, "state": "invalid"}, status=400)
    for entry in context["entries"]:
        entry.kind = fields.kind_of(entry)
        entry.label = getattr(entry, "title", None) or entry.name
        entry.correct_url = correction_path(entry)
    return render(request, "editorial/verify.html", context)
