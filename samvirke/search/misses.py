"""Searches that found nothing, as the translators' vocabulary page offers them (decision 0079):
each with a link to a new vocabulary entry that starts from the query, and one to propose an activity."""

import hashlib
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from samvirke.core.models import Municipality
from samvirke.insights.privacy import normalise_query


def misses_with_actions(rows: list[dict], *, lang: str) -> list[dict]:
    """Rows of insights.selectors.list_search_misses with the translator's two actions."""
    slugs = dict(
        Municipality.objects.filter(pk__in={r["municipality"] for r in rows}).values_list("pk", "slug")
    )
    for row in rows:
        row["actions"] = [
            {
                "label": _("Add to the vocabulary"),
                "url": reverse("search:vocabulary_new", args=[lang])
                + "?"
                + urlencode({"words": row["query"]}),
            },
            {
                "label": _("Propose a new activity"),
                "url": reverse("editorial:suggest_new_initiative", args=[slugs[row["municipality"]]]),
            },
        ]
    return rows


def initial_from_search(words: str) -> dict | None:
    """The new vocabulary entry's first values from a query (normalised again: the link is input)."""
    query = normalise_query(words)
    if query is None:
        return None
    # The key is an ASCII slug: a query in Arabic or Tigrinya script gets a stable hash instead.
    key = slugify(query)[:80] or "search-" + hashlib.sha256(query.encode()).hexdigest()[:10]
    return {"words": query, "key": key}
