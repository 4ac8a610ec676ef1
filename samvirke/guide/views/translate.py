"""Translators' pages: their languages, the queue, the side-by-side editor, PO export/import, machine drafts.

Anonymous visitors are sent to sign in; signed-in users without the right get the same 404 as
for a missing page. Every write goes through a service that checks the permission again.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samvirke.accounts.permissions import is_editor_for, is_translator_for
from samvirke.core.languages import guide_languages
from samvirke.core.ratelimits import limit_posts
from samvirke.core.selectors import get_municipality_or_404
from samvirke.guide import mt, po, queue, services
from samvirke.guide.languages import native_name
from samvirke.guide.models import TranslationStatus

WRITE_RATE = "600/h"


class _SignIn(Exception):
    pass


def _access(request, municipality: str, lang: str | None = None):
    place = get_municipality_or_404(slug=municipality)
    if lang is not None and (lang not in guide_languages() or lang == place.language):
        raise Http404("No such language")
    if not request.user.is_authenticated:
        raise _SignIn
    if lang is None:
        allowed = [
            code
            for code in guide_languages()
            if code != place.language and is_translator_for(request.user, place, code)
        ]
        if not allowed:
            raise Http404("No such page")
        return place, allowed
    if not is_translator_for(request.user, place, lang):
        raise Http404("No such page")
    return place, lang


def _guarded(view):
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except _SignIn:
            return redirect_to_login(request.get_full_path())

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@_guarded
def languages(request, municipality: str):
    place, allowed = _access(request, municipality)
    rows = []
    for code in allowed:
        counts = queue.count_by_status(queue.list_queue(municipality=place, language=code))
        rows.append({"code": code, "name": native_name(code), "counts": counts, "open": sum(counts.values())})
    context = {"municipality": place, "rows": rows, "is_editor": is_editor_for(request.user, place)}
    return render(request, "guide/translate/languages.html", context)


@_guarded
def queue_view(request, municipality: str, lang: str):
    place, lang = _access(request, municipality, lang)
    items = queue.list_queue(municipality=place, language=lang)
    return render(
        request,
        "guide/translate/queue.html",
        {
            "municipality": place,
            "lang": lang,
            "lang_name": native_name(lang),
            "items": items,
            "counts": queue.count_by_status(items),
            "budget": mt.get_budget(municipality=place),
            "machine_on": mt.get_backend() is not None,
        },
    )


@_guarded
@limit_posts(WRITE_RATE)
def edit(request, municipality: str, lang: str, kind: str, pk: int):
    """Source and translation side by side, with the source's changes since the last review."""
    place, lang = _access(request, municipality, lang)
    entry = queue.get_entry(municipality=place, kind=kind, pk=pk)
    errors, submitted = {}, {}
    if request.method == "POST":
        status = TranslationStatus.REVIEWED if "reviewed" in request.POST else TranslationStatus.HUMAN_DRAFT
        for item in queue.entry_items(entry=entry, kind=kind, language=lang):
            if not item.source.strip():
                continue
            text = request.POST.get(f"text-{item.field}", "")
            submitted[item.field] = text
            unchanged = item.row is not None and item.row.text == text.strip() and item.row.status == status
            if unchanged or (not text.strip() and item.row is None):
                continue
            try:
                services.save_translation(
                    user=request.user, entry=entry, field=item.field, language=lang, text=text, status=status
                )
            except PermissionDenied as denied:
                raise Http404("No such page") from denied
            except ValidationError as error:
                errors[item.field] = error.messages
        if not errors:
            messages.success(
                request,
                _("Saved as reviewed.") if status == TranslationStatus.REVIEWED else _("Saved as a draft."),
            )
            return redirect(
                "guide:translate_edit", municipality=place.slug, lang=lang, kind=kind, pk=entry.pk
            )
    rows = []
    for item in queue.entry_items(entry=entry, kind=kind, language=lang):
        if not item.source.strip():
            continue
        reviewed = item.row.reviewed_source_text if item.row else ""
        rows.append(
            {
                "item": item,
                "text": submitted.get(item.field, item.row.text if item.row else ""),
                "errors": errors.get(item.field, []),
                "diff": queue.diff_html(reviewed, item.source)
                if reviewed and reviewed != item.source
                else "",
                "label": entry._meta.get_field(item.field).verbose_name,
            }
        )
    status = 400 if errors else 200
    context = {
        "municipality": place,
        "lang": lang,
        "lang_name": native_name(lang),
        "entry": entry,
        "kind": kind,
        "rows": rows,
    }
    return render(request, "guide/translate/edit.html", context, status=status)


@_guarded
def export(request, municipality: str, lang: str):
    place, lang = _access(request, municipality, lang)
    response = HttpResponse(
        po.export_po(municipality=place, language=lang),
        content_type="text/x-gettext-translation; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{place.slug}-guide-{lang}.po"'
    return response


@_guarded
@require_POST
@limit_posts(WRITE_RATE)
def import_view(request, municipality: str, lang: str):
    place, lang = _access(request, municipality, lang)
    upload = request.FILES.get("file")
    report, error = [], ""
    if upload is None:
        error = _("Choose a PO file.")
    elif upload.size > po.MAX_PO_BYTES:
        error = _("The file is larger than 2 MB.")
    else:
        try:
            report = po.import_po(user=request.user, municipality=place, language=lang, content=upload.read())
        except PermissionDenied as denied:
            raise Http404("No such page") from denied
        except ValidationError as problem:
            error = " ".join(problem.messages)
    context = {
        "municipality": place,
        "lang": lang,
        "lang_name": native_name(lang),
        "report": report,
        "error": error,
    }
    return render(request, "guide/translate/import_report.html", context, status=400 if error else 200)


@_guarded
@require_POST
@limit_posts(WRITE_RATE)
def machine(request, municipality: str, lang: str):
    place, lang = _access(request, municipality, lang)
    try:
        stored = mt.machine_translate_missing(user=request.user, municipality=place, language=lang)
    except PermissionDenied as denied:
        raise Http404("No such page") from denied
    except ValidationError as problem:
        messages.error(request, " ".join(problem.messages))
    except mt.MachineTranslationError:
        messages.error(request, _("The machine translation service did not answer. Nothing was charged."))
    else:
        messages.success(request, _("%(count)s machine drafts were added to the queue.") % {"count": stored})
    return redirect("guide:translate_queue", municipality=place.slug, lang=lang)
