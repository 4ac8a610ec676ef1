"""The language of a search query, among the guide's languages (decision 0035).

lingua restricted to the guide languages it knows; Tigrinya is not in lingua, but nothing else
among them is written in Ethiopic script, so that script means "ti". Built once per process.
"""

import re
import threading

from samvirke.core.languages import guide_languages

ETHIOPIC = re.compile("[\u1200-\u137f]")
_detector = None
_lock = threading.Lock()


def _build():
    # lingua is heavy: loaded on the first query that needs a language, not at start.
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    known = []
    for code in guide_languages():
        iso = getattr(IsoCode639_1, code.upper(), None)
        if iso is not None:
            known.append(Language.from_iso_code_639_1(iso))
    # Low accuracy mode (trigrams only): 14 MB instead of 170 MB per process and no seconds-long
    # model load on a language's first query; on the evaluation queries it detects as well.
    return LanguageDetectorBuilder.from_languages(*known).with_low_accuracy_mode().build()


def detector():
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                _detector = _build()
    return _detector


def detect_language(text: str) -> str | None:
    """An ISO 639-1 code among the guide languages, or None when the text gives no clue."""
    text = text.strip()
    if not text:
        return None
    if "ti" in guide_languages() and ETHIOPIC.search(text):
        return "ti"
    language = detector().detect_language_of(text)
    if language is None:
        return None
    return language.iso_code_639_1.name.lower()
