"""Editing a policy, a programme or a report in the site: one set of views for every kind of part
(views/parts.py says which), plus the structure page, renumbering, the change list and
CSV imports. Every view asks views.access (policy.permissions) first."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samvirke.core.forms import add_service_errors
from samvirke.policy import csv_io, forms
from samvirke.policy.models import Policy
from samvirke.policy.selectors import evaluation as evaluation_selectors
from samvirke.policy.selectors import history, measurements_csv
from samvirke.policy.selectors import results as result_selectors
from samvirke.policy.selectors import structure as structure_selectors
from samvirke.policy.selectors.programmes import get_programme_header_or_404
from samvirke.policy.services import parts as part_services
from samvirke.policy.services import results as results_services
from samvirke.policy.services import structure as structure_services
from samvirke.policy.views import parts
from samvirke.policy.views.access import editor_place, safe_next


def _policy_scope(request, municipality: str, slug: str) -> parts.Scope:
    place = editor_place(request, municipality)
    return parts.Scope(
        place=place, policy=structure_selectors.get_policy_header_or_404(municipality=place, slug=slug)
    )


def _programme_scope(request, municipality: str, slug: str) -> parts.Scope:
    place = editor_place(request, municipality)
    programme = get_programme_header_or_404(municipality=place, slug=slug)
    return parts.Scope(place=place, policy=programme.policy, programme=programme)


def _report_scope(request, municipality: str, pk: int) -> parts.Scope:
    place = editor_place(request, municipality)
    report = evaluation_selectors.get_report_or_404(municipality=place, pk=pk, user=request.user)
    return parts.Scope(place=place, policy=report.policy, report=report)


# scope name -> (resolve the scope from the URL, the kinds it offers, where "done" returns to)
SCOPES = {
    "policy": (
        lambda request, keys: _policy_scope(request, keys["municipality"], keys["slug"]),
        parts.POLICY_KINDS,
        lambda s: reverse("policy:edit", args=[s.place.slug, s.policy.slug]),
    ),
    "programme": (
        lambda request, keys: _programme_scope(request, keys["municipality"], keys["slug"]),
        parts.PROGRAMME_KINDS,
        lambda s: reverse("policy:programme_edit", args=[s.place.slug, s.programme.slug]),
    ),
    "report": (
        lambda request, keys: _report_scope(request, keys["municipality"], keys["pk"]),
        parts.REPORT_KINDS,
        lambda s: reverse("policy:evaluation_edit", args=[s.place.slug, s.report.pk]),
    ),
}


def _resolve(request, scope_name: str, kind_slug: str, keys: dict):
    resolve, kinds, done = SCOPES[scope_name]
    scope = resolve(request, keys)
    kind = kinds.get(kind_slug)
    if kind is None:
        raise Http404("No such kind")
    return scope, kind, done(scope)


@login_required
def part_form(request, scope: str, kind: str, part: int | None = None, **keys):
    """Add or change one part. What the editor typed stays in the form when something is wrong."""
    scope_obj, spec, done = _resolve(request, scope, kind, keys)
    instance = get_object_or_404(spec.queryset(scope_obj), pk=part) if part else spec.new(scope_obj)
    # A "new" link may preset where the part goes (?focus_area=3); the form's choices still decide.
    initial = {name: request.GET[name] for name in spec.presets if request.GET.get(name, "").isalnum()}
    form = spec.form(request.POST or None, instance=instance, initial=initial, **spec.form_kwargs(scope_obj))
    if request.method == "POST" and form.is_valid():
        try:
            saved = spec.save(form, scope_obj)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Saved: %(name)s") % {"name": str(saved)[:80]})
            return redirect(_done_after_save(spec.slug, saved, scope_obj, safe_next(request, done)))
    return render(
        request,
        "policy/edit/part_form.html",
        {
            "municipality": scope_obj.place,
            "scope": scope_obj,
            "kind": spec,
            "form": form,
            "instance": instance,
            "cancel": safe_next(request, done),
            "next": request.GET.get("next", ""),
        },
    )


def _done_after_save(kind: str, saved, scope, default: str) -> str:
    # Changing the policy's or programme's own address must not send the editor to the old one.
    if kind == "policy":
        return reverse("policy:edit", args=[scope.place.slug, saved.slug])
    if kind == "programme":
        return reverse("policy:programme_edit", args=[scope.place.slug, saved.slug])
    return default


@login_required
def part_delete(request, scope: str, kind: str, part: int, **keys):
    scope_obj, spec, done = _resolve(request, scope, kind, keys)
    if spec.slug in ("policy", "programme", "report"):
        raise Http404("Not deleted here")
    instance = get_object_or_404(spec.queryset(scope_obj), pk=part)
    error = None
    if request.method == "POST":
        name = str(instance)[:80]
        try:
            part_services.delete_part(instance=instance)
        except ValidationError as problem:
            error = " ".join(problem.messages)
        else:
            messages.success(request, _("Deleted: %(name)s") % {"name": name})
            return redirect(safe_next(request, done))
    return render(
        request,
        "policy/edit/part_delete.html",
        {"municipality": scope_obj.place, "kind": spec, "instance": instance, "error": error, "cancel": done},
    )


@login_required
@require_POST
def part_move(request, scope: str, kind: str, part: int, **keys):
    scope_obj, spec, done = _resolve(request, scope, kind, keys)
    if not spec.ordered:
        raise Http404("Not ordered")
    instance = get_object_or_404(spec.queryset(scope_obj), pk=part)
    try:
        part_services.move_part(instance=instance, direction=request.POST.get("direction", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(safe_next(request, done) + f"#{spec.slug}-{instance.pk}")


# -- the policy's own pages -------------------------------------------------------------------


def create_page(request, *, place, form, save, title: str, done_message: str, done, cancel: str):
    """A "new …" page (policy, programme, report): the form, the service that creates, where to go after.
    `save(form)` returns the created object and may raise ValidationError; `done(obj)` is its address."""
    if request.method == "POST" and form.is_valid():
        try:
            created = save(form)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, done_message)
            return redirect(done(created))
    return render(
        request,
        "policy/edit/create.html",
        {"municipality": place, "form": form, "title": title, "cancel": cancel},
    )


@login_required
def policy_create(request, municipality: str):
    place = editor_place(request, municipality)
    return create_page(
        request,
        place=place,
        form=forms.PolicyForm(request.POST or None, instance=Policy(municipality=place)),
        save=lambda form: structure_services.create_policy(
            municipality=place, policy=form.save(commit=False)
        ),
        title=_("New policy"),
        done_message=_("The policy was created. Now add its focus areas."),
        done=lambda policy: reverse("policy:edit", args=[place.slug, policy.slug]),
        cancel=reverse("policy:index", args=[place.slug]),
    )


@login_required
def policy_edit(request, municipality: str, slug: str):
    """The policy's structure with a button for every edit: texts, order, numbers, moves, links."""
    place = editor_place(request, municipality)
    policy = structure_selectors.get_policy_or_404(municipality=place, slug=slug)
    return render(
        request,
        "policy/edit/structure.html",
        {
            "municipality": place,
            "policy": policy,
            "outline": structure_selectors.get_policy_outline(policy=policy),
            "criteria": result_selectors.list_criteria_for_editing(policy=policy),
            "edit_scope": {"prefix": "part", "args": [place.slug, policy.slug]},
        },
    )


@login_required
def renumber(request, municipality: str, slug: str):
    scope = _policy_scope(request, municipality, slug)
    form = forms.RenumberForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        changed = structure_services.renumber_focus_points(
            policy=scope.policy, scheme=form.cleaned_data["scheme"]
        )
        messages.success(request, _("Renumbered: %(count)s numbers changed.") % {"count": changed})
        return redirect("policy:edit", scope.place.slug, scope.policy.slug)
    return render(
        request,
        "policy/edit/renumber.html",
        {"municipality": scope.place, "policy": scope.policy, "form": form},
    )


@login_required
def change_list(request, municipality: str, slug: str):
    scope = _policy_scope(request, municipality, slug)
    try:
        number = int(request.GET.get("page", "1"))
    except ValueError:
        number = 1
    return render(
        request,
        "policy/edit/history.html",
        {
            "municipality": scope.place,
            "policy": scope.policy,
            "page": history.list_changes(policy=scope.policy, page=number),
        },
    )


# -- CSV imports ------------------------------------------------------------------------------------


def csv_import(request, *, place, parse, write, salt: str, context: dict, done: str):
    """Upload → preview with every row's problems → import all rows, or none (shared by the imports)."""
    form = forms.UploadForm()
    context = {**context, "municipality": place, "form": form}
    if request.method == "POST" and "payload" in request.POST:
        try:
            content = csv_io.unsign_upload(payload=request.POST["payload"], salt=salt)
        except signing.BadSignature:
            messages.error(request, _("The preview expired; upload the file again."))
            return redirect(request.path)
        try:
            parsed = parse(content)
            if not parsed.ok:
                raise ValidationError(_("The file changed meaning since the preview; upload it again."))
            counts = write(parsed=parsed)
        except (ValidationError, csv_io.CsvError) as error:
            messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
            return redirect(request.path)
        messages.success(
            request,
            _("Imported: %(new)s new, %(changed)s changed, %(same)s unchanged.") % counts,
        )
        return redirect(done)
    if request.method == "POST":
        form = forms.UploadForm(request.POST, request.FILES)
        context["form"] = form
        if form.is_valid():
            content = form.cleaned_data["file"].read()
            try:
                parsed = parse(content)
            except csv_io.CsvError as error:
                form.add_error("file", str(error))
            else:
                context["parsed"] = parsed
                if parsed.ok:
                    context["payload"] = csv_io.sign_upload(content=content, salt=salt)
    return render(request, context["template"], context)


@login_required
def measurements_import(request, municipality: str, slug: str):
    scope = _policy_scope(request, municipality, slug)
    return csv_import(
        request,
        place=scope.place,
        parse=lambda content: measurements_csv.get_measurements_import_preview(
            policy=scope.policy, content=content
        ),
        write=results_services.import_measurements,
        salt=measurements_csv.SALT,
        done=reverse("policy:results", args=[scope.place.slug, scope.policy.slug]),
        context={
            "template": "policy/edit/measurements_import.html",
            "policy": scope.policy,
            "indicators": result_selectors.list_indicators(policy=scope.policy),
        },
    )
