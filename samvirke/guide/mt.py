"""Machine translation: a small pluggable backend, off by default, within a monthly character budget.

settings.GUIDE_MT_BACKEND picks "libretranslate" or "deepl" (empty: off). Output is stored as a
machine draft, labelled to readers and queued for review. Only plain HTTP from the standard
library; nothing is downloaded at run time (decision 0034).
"""

import datetime as dt
import json
import urllib.error
import urllib.parse
import urllib.request

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from samvirke.accounts.permissions import is_translator_for
from samvirke.guide import services
from samvirke.guide.models import MISSING, MachineTranslationBudget, MachineTranslationUsage
from samvirke.guide.queue import list_items

TIMEOUT = 20


class MachineTranslationError(Exception):
    pass


class Backend:
    """Translate plain texts from one language to another; one call may carry several texts."""

    name = ""

    def supports(self, source: str, target: str) -> bool:
        return True

    def translate(self, texts: list[str], *, source: str, target: str) -> list[str]:
        raise NotImplementedError


def _post(url: str, *, data: bytes, headers: dict) -> dict:
    if not url.startswith(("http://", "https://")):
        raise MachineTranslationError("the service URL must be http or https")
    request = urllib.request.Request(url, data=data, headers=headers, method="POST")  # noqa: S310 - checked above
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310
            return json.loads(response.read().decode())
    except (urllib.error.URLError, TimeoutError, ValueError) as error:
        raise MachineTranslationError(str(error)) from error


class LibreTranslate(Backend):
    """LibreTranslate's POST /translate with a list in `q` (its API answers a list in `translatedText`)."""

    name = "libretranslate"

    def __init__(self, *, url: str, api_key: str = ""):
        self.url = url.rstrip("/") + "/translate"
        self.api_key = api_key

    def translate(self, texts, *, source, target):
        payload = {"q": texts, "source": source, "target": target, "format": "text"}
        if self.api_key:
            payload["api_key"] = self.api_key
        answer = _post(
            self.url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}
        )
        translated = answer.get("translatedText")
        if isinstance(translated, str):
            translated = [translated]
        if not isinstance(translated, list) or len(translated) != len(texts):
            raise MachineTranslationError(answer.get("error") or "unexpected answer")
        return [str(text) for text in translated]


class DeepL(Backend):
    """DeepL's v2 /translate. It does not offer Somali, Tigrinya or Dari/Farsi."""

    name = "deepl"
    TARGETS = {"ar": "AR", "uk": "UK", "en": "EN-GB", "da": "DA", "sv": "SV"}

    def __init__(self, *, api_key: str, url: str = ""):
        self.api_key = api_key
        free = api_key.endswith(":fx")
        self.url = url or (
            "https://api-free.deepl.com/v2/translate" if free else "https://api.deepl.com/v2/translate"
        )

    def supports(self, source, target):
        return target in self.TARGETS

    def translate(self, texts, *, source, target):
        data = urllib.parse.urlencode(
            [("text", text) for text in texts]
            + [("source_lang", source.upper()), ("target_lang", self.TARGETS[target])]
        ).encode()
        answer = _post(
            self.url,
            data=data,
            headers={
                "Authorization": f"DeepL-Auth-Key {self.api_key}",
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        translated = [row.get("text", "") for row in answer.get("translations", [])]
        if len(translated) != len(texts):
            raise MachineTranslationError("unexpected answer")
        return translated


def get_backend() -> Backend | None:
    """The configured backend, or None when machine translation is off (the default)."""
    name = getattr(settings, "GUIDE_MT_BACKEND", "")
    if name == "libretranslate" and getattr(settings, "GUIDE_LIBRETRANSLATE_URL", ""):
        return LibreTranslate(
            url=settings.GUIDE_LIBRETRANSLATE_URL,
            api_key=getattr(settings, "GUIDE_LIBRETRANSLATE_API_KEY", ""),
        )
    if name == "deepl" and getattr(settings, "GUIDE_DEEPL_API_KEY", ""):
        return DeepL(api_key=settings.GUIDE_DEEPL_API_KEY, url=getattr(settings, "GUIDE_DEEPL_URL", ""))
    return None


def _month(today: dt.date | None = None) -> dt.date:
    return (today or timezone.localdate()).replace(day=1)


def get_budget(*, municipality) -> dict:
    """This month's budget, use and what is left, in source characters."""
    budget = (
        MachineTranslationBudget.objects.filter(municipality=municipality)
        .values_list("monthly_characters", flat=True)
        .first()
        or 0
    )
    used = (
        MachineTranslationUsage.objects.filter(municipality=municipality, month=_month())
        .values_list("characters", flat=True)
        .first()
        or 0
    )
    return {"monthly": budget, "used": used, "left": max(budget - used, 0)}


@transaction.atomic
def _reserve(*, municipality, wanted: list[int]) -> int:
    """Reserve characters for as many of the texts (sizes in order) as fit; returns how many fit."""
    budget = MachineTranslationBudget.objects.filter(municipality=municipality).first()
    usage, _created = MachineTranslationUsage.objects.select_for_update().get_or_create(
        municipality=municipality, month=_month()
    )
    left = (budget.monthly_characters if budget else 0) - usage.characters
    count, total = 0, 0
    for size in wanted:
        if total + size > left:
            break
        count, total = count + 1, total + size
    if total:
        MachineTranslationUsage.objects.filter(pk=usage.pk).update(characters=F("characters") + total)
    return count


def _refund(*, municipality, characters: int) -> None:
    if characters:
        MachineTranslationUsage.objects.filter(municipality=municipality, month=_month()).update(
            characters=F("characters") - characters
        )


def machine_translate_missing(*, user, municipality, language: str, limit: int = 40) -> int:
    """Machine-translate up to `limit` missing strings of the guide into `language`, within the budget.

    Returns how many drafts were stored. Raises PermissionDenied, ValidationError (off, unsupported
    language, budget used up) and MachineTranslationError when the service fails (nothing is charged).
    """
    if not is_translator_for(user, municipality, language):
        raise PermissionDenied
    backend = get_backend()
    if backend is None:
        raise ValidationError(_("Machine translation is not switched on for this site."), code="off")
    if not backend.supports(municipality.language, language):
        raise ValidationError(
            _("The machine translation service does not offer this language."), code="language"
        )
    items = [
        item for item in list_items(municipality=municipality, language=language) if item.status == MISSING
    ][:limit]
    if not items:
        return 0
    fitting = _reserve(municipality=municipality, wanted=[len(item.source) for item in items])
    if not fitting:
        raise ValidationError(_("This month's machine translation budget is used up."), code="budget")
    items = items[:fitting]
    charged = sum(len(item.source) for item in items)
    try:
        texts = backend.translate(
            [item.source for item in items], source=municipality.language, target=language
        )
    except MachineTranslationError:
        _refund(municipality=municipality, characters=charged)
        raise
    stored = 0
    for item, text in zip(items, texts, strict=True):
        if services.store_machine_draft(entry=item.entry, field=item.field, language=language, text=text):
            stored += 1
    return stored
