"""The faceted initiative list of a municipality or a region: one read for the list page.

Filtering, counting and ordering run on the in-memory facet index (facet_index.py); only the page
shown is read from the database.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from django.core.paginator import Page, Paginator
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from samvirke.core.extensions import text_search
from samvirke.core.languages import language_name
from samvirke.initiatives import facets, selectors
from samvirke.initiatives.facet_index import FacetIndex, get_facet_index
from samvirke.initiatives.models import Initiative, TargetGroup
from samvirke.initiatives.schedules import DAY_NAMES_PLURAL

PAGE_SIZE = 20
# How many values a long facet shows (chosen values are always shown).
FACET_LIMITS = {"lang": 20, "org": 15, "area": 12, "postcode": 15}


class IndexedInitiatives(Sequence):
    """Positions of the facet index as a sliceable list of initiatives, for the Paginator."""

    def __init__(self, index: FacetIndex, positions: np.ndarray, queryset):
        self.index, self.positions, self.queryset = index, positions, queryset

    def __len__(self) -> int:
        return len(self.positions)

    def __getitem__(self, item):
        if not isinstance(item, slice):
            return self[item : item + 1][0]
        pks = [int(pk) for pk in self.index.pks[self.positions[item]]]
        # Unordered: the order is the index's. Ordered by title, SQLite would walk the municipality's
        # (municipality, title) index, all 100k rows of it, rather than look the 20 ids up.
        page = self.queryset.filter(pk__in=pks).order_by()
        by_pk = {initiative.pk: initiative for initiative in page}
        return [by_pk[pk] for pk in pks if pk in by_pk]


ORGANISATIONS_SHOWN = 5  # above the activities; the directory lists the rest


@dataclass
class InitiativeList:
    page: Page
    query: str
    sort: str
    facets: list[facets.Facet]
    filters: dict[str, list[str]]
    suggestions: list[dict] = field(default_factory=list)
    organisations: list = field(default_factory=list)  # organisations the query names (search hits)
    organisation_count: int = 0
    corrected: str | None = None  # the words searched for instead of misspelt ones


def _labels(name: str, column, group_labels: dict) -> dict:
    if name == "status":
        return dict(Initiative.Status.choices)
    if name == "group":
        return group_labels
    if name == "free":
        return {"yes": _("Free"), "no": _("Paid")}
    if name == "reg":
        return {"yes": _("Registration needed"), "no": _("Just turn up")}
    if name == "day":
        return {day: label() for day, label in DAY_NAMES_PLURAL.items()}
    return column.labels


def _facet_list(index: FacetIndex, mask: np.ndarray, filters: dict, *, region: bool) -> list[facets.Facet]:
    group_labels = {group.slug: group.label() for group in TargetGroup.objects.all()}
    shown = []
    for name in facets.FILTERS:
        if name == "municipality" and not region:
            continue
        column = index.columns[name]
        counts = column.counts(mask)
        chosen = [v[:2].upper() if name == "day" else str(v) for v in filters.get(name, [])]
        if name == "day":
            ordered = [day for day in DAY_NAMES_PLURAL if day in counts]
        else:
            ordered = sorted(counts, key=lambda value: (-counts[value], value))
            limit = FACET_LIMITS.get(name)
            if limit:
                ordered = ordered[:limit] + [v for v in ordered[limit:] if v in chosen]
        labels = _labels(name, column, group_labels)
        values = [
            facets.FacetValue(
                value,
                str(language_name(value) if name == "lang" else labels.get(value, value)),
                counts[value],
                value in chosen,
            )
            for value in ordered
        ]
        if values:
            shown.append(facets.Facet(name, facets.FILTERS[name][0], values))
    return shown


def list_initiative_page(*, params: QueryDict, municipality=None, region=None) -> InitiativeList:
    """The list page for these query parameters: the page of initiatives, facets and suggestions."""
    query = params.get("q", "").strip()[:200]
    filters = facets.active_filters(params)
    sort = params.get("sort") or ("relevance" if query else "title")
    if sort not in facets.SORTS or (sort == "relevance" and not query):
        sort = "title"
    index = get_facet_index(municipality=municipality, region=region)
    hits, ranked, organisations = {}, None, None
    if query:
        results = text_search(
            query=query, municipality=municipality, region=region, kinds=["initiative"], limit=500
        )
        hits = {hit.object_id: hit for hit in results.results}
        ranked = index.positions_of_pks(list(hits))
        organisations = text_search(
            query=query,
            municipality=municipality,
            region=region,
            kinds=["organisation"],
            limit=ORGANISATIONS_SHOWN,
        )
    mask = index.mask(filters, within=ranked)
    positions = index.ordered(mask, sort=sort, ranked=ranked)
    queryset = selectors.list_initiatives(municipality=municipality, region=region)
    page = Paginator(IndexedInitiatives(index, positions, queryset), PAGE_SIZE).get_page(params.get("page"))
    for initiative in page:
        initiative.hit = hits.get(initiative.pk)
    suggestions = []
    if not len(positions) and (filters or query):
        for name, values in filters.items():
            for value in values:
                rest = {k: [v for v in vs if not (k == name and v == value)] for k, vs in filters.items()}
                rest = {k: vs for k, vs in rest.items() if vs}
                suggestions.append(
                    {
                        "name": name,
                        "label": facets.FILTERS[name][0],
                        "value": facets.value_label(name, value),
                        "count": int(index.mask(rest, within=ranked).sum()),
                        "url": facets.url_without(params, name, value),
                    }
                )
    return InitiativeList(
        page=page,
        query=query,
        sort=sort,
        facets=_facet_list(index, mask, filters, region=region is not None),
        filters=filters,
        organisations=organisations.results if organisations else [],
        organisation_count=organisations.count if organisations else 0,
        corrected=results.corrected if query else None,
        suggestions=suggestions,
    )
