"""What every guide page needs: the municipality, the reader's language, rendering in that language."""

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone, translation

from samvirke.core.languages import guide_languages, is_rtl, long_date
from samvirke.core.selectors import get_municipality_or_404
from samvirke.guide.fonts import font_stylesheet
from samvirke.guide.languages import guide_languages_info, native_name


def guide_place_and_language(municipality: str, lang: str):
    if lang not in guide_languages():
        raise Http404("Not a guide language")
    return get_municipality_or_404(slug=municipality), lang


def page_context(request, lang: str, context: dict) -> dict:
    """The context every guide page is rendered with, around the view's own."""
    place = context["municipality"]
    return {
        "lang": lang,
        "lang_dir": "rtl" if is_rtl(lang) else "ltr",
        "lang_name": native_name(lang),
        "languages": guide_languages_info(),
        "source_language": place.language,
        "font_css": font_stylesheet(lang),
        # The copy the service worker saves carries the day it was saved (decision 0070); only it asks.
        "saved_on": long_date(timezone.localdate(), language=lang) if request.GET.get("saved") == "1" else "",
        **context,
    }


def render_in(request, lang: str, template: str, context: dict, *, status: int = 200):
    """Render the whole page in the guide language (the rest of the site speaks da, sv or en)."""
    with translation.override(lang):
        response = render(request, template, page_context(request, lang, context), status=status)
    response["Content-Language"] = lang
    return response
