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
