"""Editing entries in the site: editors directly, organisation owners directly or through review
(as the municipality decides). A stale save gets the conflict page, with nothing lost."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samvirke.accounts.permissions import can_edit_entry, is_editor_for
from samvirke.core.forms import add_service_errors
from samvirke.core.selectors import get_municipality_or_404
from samvirke.editorial import fields, forms
from samvirke.editorial.models import ChangeProposal
from samvirke.editorial.permissions import can_manage_personal_data, can_view_entry_history
from samvirke.editorial.selectors.history import get_last_change, get_version_values
from samvirke.editorial.services.changes import is_applied_directly, submit_entry_change
from samvirke.editorial.services.entries import (
    EditConflict,
    create_entry_directly,
    verify_entry,
)


def _entry_or_404(place, kind: str, key):
    model = fields.model_for(kind)
    lookup = {"uuid": key} if kind == "contact" else {"slug": key}
    entry = model.objects.for_municipality(place).select_related("municipality").filter(**lookup).first()
    if entry is None:
        raise Http404("No such entry")
    return entry


def _edit_url(place, kind: str, entry) -> str:
    return reverse(
        f"editorial:edit_{kind}", args=[place.slug, entry.uuid if kind == "contact" else entry.slug]
    )


def _conflict_rows(*, kind: str, current, yours: dict, base_version: int) -> tuple[list[dict], dict]:
    """Per field: the value you started from, the one saved meanwhile, yours; and a merge that keeps
    both people's changes (yours win where both changed the same field, which is marked)."""
    names = [name for name in yours if name != "schedules"]
    theirs = fields.snapshot(current, list(yours))
    base = get_version_values(entry=current, version=base_version, names=names)
    displayer = fields.Displayer()
    rows, merged = [], dict(theirs)
    for name in yours:
        norm = lambda value, name=name: fields.normalise(kind, name, value)  # noqa: E731
        known = base is not None and name in base
        you_changed = not known or norm(yours[name]) != norm(base[name])
        they_changed = known and norm(theirs.get(name)) != norm(base[name])
        if you_changed:
            merged[name] = yours[name]
        if norm(yours[name]) == norm(theirs.get(name)) and not they_changed:
            continue
        rows.append(
            {
                "label": fields.label(kind, name),
                "base": displayer.value(kind, name, base[name]) if known else None,
                "theirs": displayer.value(kind, name, theirs.get(name)),
                "yours": displayer.value(kind, name, yours[name]),
                "both": you_changed and they_changed and norm(yours[name]) != norm(theirs.get(name)),
                "they_changed": they_changed,
            }
        )
    return rows, merged


def _edit(request, place, *, kind: str, entry):
    user = request.user
    if not can_edit_entry(user, entry):
        raise Http404("No such entry")
    editor = is_editor_for(user, place)
    audience = fields.EDITOR if editor else fields.OWNER
    direct = is_applied_directly(user, entry)
    form_class = forms.edit_form_class(kind=kind, audience=audience, municipality=place, entry=entry)
    with_times = kind == "initiative"
    current = fields.snapshot(entry, [s.name for s in fields.specs_for(kind, audience)])
    context = {
        "municipality": place,
        "kind": kind,
        "entry": entry,
        "direct": direct,
        "conflict": None,
        "schedule_errors": [],
    }
    formset = None
    status = 200
    if request.method == "POST":
        form = form_class(request.POST)
        if with_times:
            formset = forms.times_formset(municipality=place, data=request.POST)
        values = forms.entry_values(form, formset)
        if values is not None:
            try:
                outcome = submit_entry_change(
                    user=user,
                    municipality=place,
                    kind=kind,
                    entry=entry,
                    values=values,
                    base_version=form.cleaned_data["version"],
                    source=ChangeProposal.Source.OWNER,
                )
                if outcome.applied:
                    messages.success(
                        request,
                        _("Saved.")
                        if outcome.changed
                        else _("Nothing was changed; the entry is now marked as verified."),
                    )
                    return redirect(_edit_url(place, kind, outcome.entry))
                messages.success(
                    request, _("Your changes were sent to the editors. You will see them here once accepted.")
                )
                return redirect("editorial:area", municipality=place.slug)
            except EditConflict as conflict:
                current_entry = conflict.entry
                rows, merged = _conflict_rows(
                    kind=kind, current=current_entry, yours=values, base_version=form.cleaned_data["version"]
                )
                context["conflict"] = {"rows": rows, "last": get_last_change(entry=current_entry)}
                merged_initial = forms.form_initial(merged, kind=kind, audience=audience)
                form = form_class(initial={**merged_initial, "version": current_entry.version})
                status = 409
            except PermissionDenied as error:
                raise Http404("No such entry") from error
            except ValidationError as error:
                context["schedule_errors"] = add_service_errors(form, error, elsewhere=("schedules",))
    else:
        form = form_class(
            initial={**forms.form_initial(current, kind=kind, audience=audience), "version": entry.version}
        )
        if with_times:
            formset = forms.times_formset(municipality=place, initial=current.get("schedules", []))
    context.update(
        form=form,
        formset=formset,
        history_url=reverse("editorial:history", args=[place.slug, kind, entry.pk])
        if can_view_entry_history(user, entry)
        else "",
        verify_url=reverse("editorial:verify_entry", args=[place.slug, kind, entry.pk]),
        page_url=entry.get_absolute_url() if kind != "contact" else "",
        record_url=reverse("editorial:contact", args=[place.slug, entry.uuid])
        if kind == "contact" and can_manage_personal_data(user, place)
        else "",
    )
    return render(request, "editorial/edit.html", context, status=status)


def _create(request, place, *, kind: str):
    """An editor adds an activity (with its times and places) or an organisation, published at once."""
    if not is_editor_for(request.user, place):
        raise Http404("No such page")
    form_class = forms.entry_form_class(kind=kind, audience=fields.EDITOR, municipality=place)
    formset, schedule_errors = None, []
    if request.method == "POST":
        form = form_class(request.POST)
        if kind == "initiative":
            formset = forms.times_formset(municipality=place, data=request.POST)
        values = forms.entry_values(form, formset)
        if values is not None:
            try:
                entry = create_entry_directly(user=request.user, kind=kind, municipality=place, values=values)
            except PermissionDenied as error:
                raise Http404("No such page") from error
            except ValidationError as error:
                schedule_errors = add_service_errors(form, error, elsewhere=("schedules",))
            else:
                messages.success(request, _("Published. It is on the public page now."))
                return redirect(_edit_url(place, kind, entry))
    else:
        form = form_class(
            initial=forms.form_initial(fields.defaults(kind), kind=kind, audience=fields.EDITOR)
        )
        if kind == "initiative":
            formset = forms.times_formset(municipality=place)
    context = {
        "municipality": place,
        "kind": kind,
        "form": form,
        "formset": formset,
        "schedule_errors": schedule_errors,
    }
    return render(request, "editorial/create.html", context)


@login_required
def create_initiative(request, municipality: str):
    return _create(request, get_municipality_or_404(slug=municipality), kind="initiative")


@login_required
def create_organisation(request, municipality: str):
    return _create(request, get_municipality_or_404(slug=municipality), kind="organisation")


@login_required
def edit_initiative(request, municipality: str, slug: str):
    place = get_municipality_or_404(slug=municipality)
    return _edit(request, place, kind="initiative", entry=_entry_or_404(place, "initiative", slug))


@login_required
def edit_organisation(request, municipality: str, slug: str):
    place = get_municipality_or_404(slug=municipality)
    return _edit(request, place, kind="organisation", entry=_entry_or_404(place, "organisation", slug))


@login_required
def edit_contact(request, municipality: str, contact):
    place = get_municipality_or_404(slug=municipality)
    return _edit(request, place, kind="contact", entry=_entry_or_404(place, "contact", contact))


@login_required
@require_POST
def verify_entry_view(request, municipality: str, kind: str, pk: int):
    """The "still correct" button on the edit page, for editors and owners."""
    place = get_municipality_or_404(slug=municipality)
    if (
        kind not in fields.SPECS
        or not fields.model_for(kind).objects.filter(pk=pk, municipality=place).exists()
    ):
        raise Http404("No such entry")
    try:
        entry = verify_entry(user=request.user, kind=kind, entry_id=pk)
    except PermissionDenied as error:
        raise Http404("No such entry") from error
    messages.success(request, _("Marked as verified today."))
    return redirect(_edit_url(place, kind, entry))
