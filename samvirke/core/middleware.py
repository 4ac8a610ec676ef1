"""Request guards (bodies too large, NUL characters, a database that is down) and the municipality's
language: its pages speak Danish or Swedish unless the visitor chose another."""

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

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
    "files",
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


class RequestTooLargeMiddleware:
    """A body larger than the site accepts is refused with 413 before anything reads it.

    Django would raise RequestDataTooBig (a 400, or a 500 where a library reads the body itself) for
    a form or JSON body over DATA_UPLOAD_MAX_MEMORY_SIZE; uploads (multipart) may be up to
    SAMVIRKE_MAX_UPLOAD_BYTES, the proxy's own limit (docs/deployment.md).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        multipart = request.META.get("CONTENT_TYPE", "").startswith("multipart/")
        limit = settings.SAMVIRKE_MAX_UPLOAD_BYTES if multipart else settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if limit is not None and length > limit:
            message = gettext("The request is too large (at most %(size)s MB).") % {
                "size": round(limit / 1024 / 1024, 1)
            }
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": message}, status=413)
            return HttpResponse(message, status=413, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


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
