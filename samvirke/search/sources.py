"""What other apps give search without search importing them: entries' texts in other languages
(for the index) and the reader's-language titles and snippets of hits (for the API). The guide
registers both in its AppConfig.ready() (decision 0054).
"""

from collections.abc import Callable
from typing import Any

# (kind, object ids) → {object id: {language: (title, text, reviewed)}}: entries' texts in other
# languages. The guide registers its translations here (decision 0054), so search need not import
# the guide. Asked for many entries at once, so a bulk index costs a query, not one an entry.
VariantSource = Callable[[str, list[int]], dict[int, dict[str, tuple[str, str, bool]]]]
_variant_sources: list[VariantSource] = []


def register_variant_source(source: VariantSource) -> None:
    if source not in _variant_sources:
        _variant_sources.append(source)


def variant_sources() -> list[VariantSource]:
    return list(_variant_sources)


# (entries of one kind, field names, language) → {pk: {field: localised text with .text and .language}}
Localiser = Callable[[Any, list[str], str], dict[int, dict[str, Any]]]
_localisers: list[Localiser] = []


def register_localiser(localiser: Localiser) -> None:
    _localisers[:] = [localiser]


def get_localised(entries, fields: list[str], language: str) -> dict[int, dict[str, Any]]:
    """The entries' fields in `language` where a localiser knows them; {} without one."""
    return _localisers[0](entries, fields, language) if _localisers else {}
