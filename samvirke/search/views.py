"""The newcomer vocabulary pages: translators of a language and editors keep it (decision 0036).

Anonymous visitors are sent to sign in; signed-in users without the right get a 404, as for a
missing page. Every write goes through services_vocabulary, which checks the permission again.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from samvirke.accounts.permissions import translated_municipalities_filter
from samvirke.core.languages import guide_languages, language_name
from samvirke.core.models import Municipality
from samvirke.insights.selectors import list_search_misses
from samvirke.search.forms import VocabularyEntryForm
from samvirke.search.misses import initial_from_search, misses_with_actions
from samvirke.search.models import VocabularyEntry
from samvirke.search.permissions import can_edit_vocabulary
from samvirke.search.services_vocabulary import delete_vocabulary_entry, save_vocabulary_entry

WRITE_RATE = "300/h"


def _languages():
    return [(code, language_name(code)) for code in guide_languages()]


def _guard(request, lang: str | None = None):
    """None when allowed; otherwise the response (sign in, or 404)."""
    if lang is not None and lang not in dict(_languages()):
        raise Http404("No such language")
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if lang is not None and not can_edit_vocabulary(request.user, lang):
        raise Http404("No such page")
    return None


def languages(request):
    if (refused := _guard(request)) is not None:
        return refused
    rows = [
        {"code": code, "name": name, "count": VocabularyEntry.objects.filter(language=code).count()}
        for code, name in _languages()
        if can_edit_vocabulary(request.user, code)
    ]
    if not rows:
        raise Http404("No such page")
    return render(request, "search/vocabulary_languages.html", {"rows": rows})


def entries(request, lang: str):
    if (refused := _guard(request, lang)) is not None:
        return refused
    places = Municipality.objects.filter(translated_municipalities_filter(request.user, lang))
    return render(
        request,
        "search/vocabulary_list.html",
        {
            "lang": lang,
            "language_name": dict(_languages())[lang],
            "entries": VocabularyEntry.objects.filter(language=lang),
            "misses": misses_with_actions(
                list_search_misses(municipalities=places, language=lang), lang=lang
            ),
        },
    )


@ratelimit(key="ip", rate=WRITE_RATE, method="POST", block=True)
def edit(request, lang: str, pk: int | None = None):
    if (refused := _guard(request, lang)) is not None:
        return refused
    entry = get_object_or_404(VocabularyEntry, pk=pk, language=lang) if pk else VocabularyEntry(language=lang)
    # A new entry may start from a search that found nothing (the "add to vocabulary" link).
    initial = initial_from_search(request.GET.get("words", "")) if pk is None else None
    form = VocabularyEntryForm(request.POST or None, instance=entry, initial=initial)
    if request.method == "POST" and form.is_valid():
        save_vocabulary_entry(user=request.user, entry=form.save(commit=False))
        messages.success(request, _("Saved."))
        return redirect("search:vocabulary", lang=lang)
    return render(
        request,
        "search/vocabulary_edit.html",
        {"lang": lang, "language_name": dict(_languages())[lang], "form": form, "entry": entry},
    )


@require_POST
@ratelimit(key="ip", rate=WRITE_RATE, method="POST", block=True)
def delete(request, lang: str, pk: int):
    if (refused := _guard(request, lang)) is not None:
        return refused
    entry = get_object_or_404(VocabularyEntry, pk=pk, language=lang)
    delete_vocabulary_entry(user=request.user, entry=entry)
    messages.success(request, _("Deleted."))
    return redirect("search:vocabulary", lang=lang)
