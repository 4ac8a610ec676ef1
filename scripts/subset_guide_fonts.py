#!/usr/bin/env python3
"""Regenerate the guide's web fonts (decision 0071): Noto Sans Arabic and Noto Sans Ethiopic, subset to the
letters Arabic, Farsi and Tigrinya need, as WOFF2 under samvirke/guide/static/guide/fonts/.

Source: Debian's fonts-noto-core (SIL Open Font License 1.1), which `make fonts` installs; run
`make fonts` (or this script with the project's venv, which has fontTools and brotli through WeasyPrint).
No font is downloaded at run time: the subsets and the licence are committed.
"""

import argparse
from pathlib import Path

from fontTools import subset

SOURCE = Path("/usr/share/fonts/truetype/noto")
TARGET = Path(__file__).resolve().parent.parent / "samvirke" / "guide" / "static" / "guide" / "fonts"

# The code points each font covers; the CSS unicode-range is the same less the spaces, so a browser
# downloads a font only for a page with such letters on it. The spaces are there for WeasyPrint, which
# takes a space from the font of the letters around it (without one it draws .notdef boxes).
RANGES = {
    # Arabic (Farsi and Dari letters are in the main block), the joiners and direction marks, the
    # presentation forms B some copied texts carry (the A block of ligatures would double the size).
    "NotoSansArabic-Regular": "U+0020,U+00A0,U+0600-06FF,U+200C-200F,U+FE70-FEFF",
    # Ethiopic syllables and punctuation: Tigrinya and Amharic (the extended blocks serve other languages).
    "NotoSansEthiopic-Regular": "U+0020,U+00A0,U+1200-137F",
}


def unicodes(ranges: str) -> list[int]:
    points = []
    for part in ranges.split(","):
        first, _, last = part.removeprefix("U+").partition("-")
        points.extend(range(int(first, 16), int(last or first, 16) + 1))
    return points


def build(name: str, ranges: str, source: Path, target: Path) -> Path:
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # Arabic joins letters through its GSUB features: keep them all
    options.hinting = False  # screens and WeasyPrint do without; a third of the size
    options.desubroutinize = True
    options.name_IDs = ["*"]  # keep the copyright and licence names the OFL asks for
    options.notdef_outline = True
    font = subset.load_font(str(source / f"{name}.ttf"), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes(ranges))
    subsetter.subset(font)
    out = target / f"{name}.woff2"
    subset.save_font(font, str(out), options)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", type=Path, default=SOURCE)
    args = parser.parse_args()
    TARGET.mkdir(parents=True, exist_ok=True)
    for name, ranges in RANGES.items():
        out = build(name, ranges, args.source, TARGET)
        print(f"{out.relative_to(TARGET.parent.parent.parent.parent.parent)}: {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
