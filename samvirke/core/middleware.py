"""A municipality's pages speak its language (Danish or Swedish) unless the visitor chose another."""

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError
from django.utils import translation

from samvirke.core.models import Municipality, Region


def _language_for_prefix(prefix: str, slug: str) -> str | None:
    key = f"samvirke:language:{prefix}:{slug}"
    language = cache.get(key)
    if language is None:
        if prefix == "r":
            region = Region.objects.filter(slug=slug).only("country").first()
            language = {"DK": "da", "SE": "sv"}.get(region.country, "") if region else ""
        else:
            municipality = Municipality.objects.filter(slug=slug).only("country").first()
            language = municipality.language if municipality else ""
        cache.set(key, language, 300)
    return language or None


NOT_MUNICIPALITIES = {
    "admin",
    "api",
    "static",
    "media",
    "i18n",
    "accounts",
    "healthz",
    "language",
    "accessibility",
}


class MunicipalityLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.LANGUAGE_COOKIE_NAME not in request.COOKIES:
            parts = request.path_info.strip("/").split("/")
            language = None
            try:
                if len(parts) >= 2 and parts[0] == "r":
                    language = _language_for_prefix("r", parts[1])
                elif parts[0] and parts[0] not in NOT_MUNICIPALITIES:
                    language = _language_for_prefix("m", parts[0])
            except DatabaseError:
                language = None  # /healthz and error pages must answer while the database is down
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = language
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """A database that is down, read-only or full answers 503 with Retry-After, not a 500.

    The page is rendered without a request context (no user, no session), since those need the
    database too. The site recovers by itself: connections are health-checked before reuse.
    """

    RETRY_AFTER = "10"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        from django.db import DatabaseError, InterfaceError, OperationalError
        from django.http import HttpResponse, JsonResponse
        from django.template.loader import render_to_string
        from django.utils.translation import gettext

        if not isinstance(exception, DatabaseError):
            return None
        reason = str(exception).lower()
        cannot_write = any(words in reason for words in ("readonly", "read-only", "disk is full", "no space"))
        if not (cannot_write or isinstance(exception, OperationalError | InterfaceError)):
            return None  # a bug (an integrity error, bad SQL) stays a 500 and is reported
        if cannot_write:
            message = gettext(
                "The handbook cannot save changes right now (its storage is read-only or full). "
                "Nothing was changed. Please try again later."
            )
        else:
            message = gettext(
                "The handbook's database is not answering right now. Please try again in a moment."
            )
        if request.path.startswith("/api/"):
            response = JsonResponse({"detail": message}, status=503)
        else:
            html = render_to_string("core/unavailable.html", {"message": message})
            response = HttpResponse(html, status=503)
        response["Retry-After"] = self.RETRY_AFTER
        response["Cache-Control"] = "no-store"
        return response


class RejectNulCharactersMiddleware:
    """Query strings with NUL characters (U+0000) are refused before any view sees them.

    PostgreSQL cannot store or compare them, so a `%00` in a filter would otherwise end in a 500;
    no user types one. Forms already refuse them (Django's ProhibitNullCharactersValidator) and the
    API's body fields use `samvirke.core.api.Text`; the API's OpenAPI document states the rule for
    every query parameter (config/api.py).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.http import HttpResponse, JsonResponse
        from django.utils.translation import gettext

        bad = [
            name for name, values in request.GET.lists() if "\x00" in name or any("\x00" in v for v in values)
        ]
        if not bad:
            return self.get_response(request)
        message = gettext("Text may not contain NUL characters (U+0000).")
        if request.path.startswith("/api/"):
            return JsonResponse(
                {"detail": [{"loc": ["query", name], "msg": message} for name in bad]}, status=422
            )
        return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
