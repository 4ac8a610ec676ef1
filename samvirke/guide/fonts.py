"""Web fonts for scripts phones often lack (decision 0071): Noto Sans Arabic for Arabic and Farsi pages,
Noto Sans Ethiopic for Tigrinya. Only pages in those languages link them, and the browser fetches a font
only when the page has letters in its unicode-range; the files are committed subsets (scripts/).
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

STATIC = Path(__file__).parent / "static"


@dataclass(frozen=True)
class FontFile:
    path: str  # static path
    size: int


# The script a language is written in, where it needs a bundled font.
SCRIPTS = {"ar": "arabic", "fa": "arabic", "prs": "arabic", "ps": "arabic", "ckb": "arabic", "ur": "arabic",
           "ti": "ethiopic", "am": "ethiopic"}  # fmt: skip
FONTS = {
    "arabic": "guide/fonts/NotoSansArabic-Regular.woff2",
    "ethiopic": "guide/fonts/NotoSansEthiopic-Regular.woff2",
}


def font_script(lang: str) -> str | None:
    return SCRIPTS.get(lang.split("-")[0])


def font_stylesheet(lang: str) -> str | None:
    """The static stylesheet that declares the language's font, or None for scripts phones have."""
    script = font_script(lang)
    return f"guide/fonts-{script}.css" if script else None


@cache
def _size(path: str) -> int:
    return (STATIC / path).stat().st_size


def font_files(lang: str) -> dict[str, FontFile]:
    """The stylesheet and the font file a page in `lang` may load, keyed by static path (for the offline bundle)."""
    script = font_script(lang)
    if not script:
        return {}
    paths = [f"guide/fonts-{script}.css", FONTS[script]]
    return {path: FontFile(path=path, size=_size(path)) for path in paths}


def font_family(lang: str) -> str | None:
    """The bundled font's family name ("Noto Sans Ethiopic"), as the PDF names it."""
    script = font_script(lang)
    return f"Noto Sans {script.capitalize()}" if script else None


def font_file_path(lang: str) -> Path | None:
    """The font file on disk, for the PDF leaflets (WeasyPrint reads it from here)."""
    script = font_script(lang)
    return STATIC / FONTS[script] if script else None
