"""An in-memory facet index per municipality or region, so filtering, counting and sorting the
initiative list do not grow with the number of initiatives (decision 0009).

Each initiative gets a position in title order. For every facet the index keeps (position, value)
pairs; a filter is a boolean mask over positions, a facet count is one `bincount` over the pairs
whose position is in the mask, and a page is a slice of the ordered positions, fetched from the
database by primary key. The index is rebuilt when content changes (the page cache's generation
number, decision 0004): seven queries over the scope's rows.

Semantics match `facets.apply_filters` (the SQL form the calendar feed uses): values chosen within a
facet are OR-ed, facets are AND-ed; counts are taken over the current result.
"""

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np
from django.core.cache import cache
from django.db import connection
from django.db.models import F

from samvirke.core.pagecache import GENERATION_KEY, bump_generation
from samvirke.initiatives.models import Initiative, InitiativeLanguage, InitiativeOrganiser, Schedule

MAX_SCOPES = 64  # indexes kept per process (least recently used dropped)
# A backstop for writes that bypass save() signals (queryset.update): they should call
# bump_generation(), as for the page cache; an index is at most this old in any case.
MAX_AGE_SECONDS = 300.0
# Above this size a rebuild takes seconds: visitors keep the previous index while one thread
# rebuilds (stale for that long after a change); smaller scopes rebuild before answering.
BACKGROUND_REBUILD_ABOVE = 20_000


@dataclass
class FacetColumn:
    """The (position, value) pairs of one facet, and its values' labels where they are data."""

    values: list[str]
    labels: dict[str, str]
    positions: np.ndarray  # int32, one per pair
    value_ids: np.ndarray  # int32, index into `values`
    _postings: dict[str, np.ndarray] = field(default_factory=dict)

    @classmethod
    def from_pairs(cls, pairs, positions_of, labels=None) -> "FacetColumn":
        """Pairs of (initiative pk, value); `positions_of` maps an array of pks to positions (-1: unknown)."""
        pks, raw = [], []
        for pk, value in pairs:
            if value is not None and value != "":
                pks.append(pk)
                raw.append(str(value))
        values: dict[str, int] = {}
        value_ids = np.fromiter(
            (values.setdefault(v, len(values)) for v in raw), dtype=np.int64, count=len(raw)
        )
        positions = positions_of(np.asarray(pks, dtype=np.int64))
        known = positions >= 0
        # One pair per (initiative, value): two schedules on Tuesdays count the initiative once.
        width = max(len(values), 1)
        combined = np.sort(positions[known] * width + value_ids[known])
        if combined.size:
            combined = combined[np.concatenate(([True], combined[1:] != combined[:-1]))]
        return cls(
            values=list(values),
            labels=labels or {},
            positions=(combined // width).astype(np.int32),
            value_ids=(combined % width).astype(np.int32),
        )

    @classmethod
    def one_per_initiative(cls, raw_values: list, labels=None) -> "FacetColumn":
        """A column with one value per position (status, price, section): no pairs to sort out."""
        values: dict[str, int] = {}
        ids = np.fromiter(
            (values.setdefault(str(v), len(values)) if v not in (None, "") else -1 for v in raw_values),
            dtype=np.int32,
            count=len(raw_values),
        )
        positions = np.flatnonzero(ids >= 0).astype(np.int32)
        return cls(values=list(values), labels=labels or {}, positions=positions, value_ids=ids[positions])

    def counts(self, mask: np.ndarray) -> dict[str, int]:
        inside = mask[self.positions]
        totals = np.bincount(self.value_ids[inside], minlength=len(self.values))
        return {value: int(n) for value, n in zip(self.values, totals, strict=True) if n}

    def positions_of(self, values: list[str]) -> np.ndarray:
        chosen = [self.values.index(v) for v in values if v in self.values]
        return self.positions[np.isin(self.value_ids, chosen)]


class FacetIndex:
    def __init__(
        self, *, pks: np.ndarray, orders: dict[str, np.ndarray], columns: dict[str, FacetColumn], generation
    ):
        self.generation = generation
        self.built_at = time.monotonic()
        self.size = len(pks)
        self.pks = pks  # in title order: a position is an index into this array
        self.orders = orders
        self.columns = columns
        self._sorted_pks = np.argsort(pks)

    def positions(self, pks: np.ndarray) -> np.ndarray:
        """Positions of these primary keys, -1 where a key is not in the index."""
        if not self.size or not len(pks):
            return np.full(len(pks), -1, dtype=np.int64)
        found = np.clip(np.searchsorted(self.pks, pks, sorter=self._sorted_pks), 0, self.size - 1)
        positions = self._sorted_pks[found]
        return np.where(self.pks[positions] == pks, positions, -1)

    def positions_of_pks(self, pks: list[int]) -> np.ndarray:
        """Positions of these primary keys, in the order given (unknown keys dropped)."""
        positions = self.positions(np.asarray(pks, dtype=np.int64))
        return positions[positions >= 0]

    def mask(self, filters: dict[str, list[str]], *, within: np.ndarray | None = None) -> np.ndarray:
        """The positions that pass every filter (and lie within `within`, if given)."""
        result = np.ones(self.size, dtype=bool)
        if within is not None:
            result[:] = False
            result[within] = True
        for name, values in filters.items():
            column = self.columns.get(name)
            if column is None:
                continue
            chosen = np.zeros(self.size, dtype=bool)
            chosen[column.positions_of(_normalised(name, values))] = True
            result &= chosen
        return result

    def ordered(self, mask: np.ndarray, *, sort: str, ranked: np.ndarray | None = None) -> np.ndarray:
        """Positions in the mask, in the order of `sort` (or of `ranked` positions, for relevance)."""
        if sort == "relevance" and ranked is not None:
            return ranked[mask[ranked]]
        order = self.orders.get(sort, self.orders["title"])
        return order[mask[order]]


def _normalised(name: str, values: list[str]) -> list[str]:
    if name == "day":
        return [value[:2].upper() for value in values]
    if name in ("free", "reg"):
        return [values[0]] if values else []
    return values


def _build(scope_filter: dict, generation) -> FacetIndex:
    scoped = Initiative.objects.filter(**scope_filter)
    rows = list(
        scoped.order_by("title", "pk").values_list(
            "pk",
            "status",
            "is_free",
            "registration_required",
            "section__slug",
            "section__title",
            "municipality__slug",
            "municipality__name",
        )
    )
    pks = np.asarray([row[0] for row in rows], dtype=np.int64)
    index = FacetIndex(pks=pks, orders={}, columns={}, generation=generation)

    def ranks(*ordering: str) -> np.ndarray:
        # The database sorts (same collation as the SQL list); only primary keys travel.
        return index.positions(np.fromiter(scoped.order_by(*ordering).values_list("pk", flat=True), np.int64))

    index.orders = {
        "title": np.arange(len(rows)),
        "newest": ranks("-created_at", "title", "pk"),
        "verified": ranks(F("last_verified_at").desc(nulls_last=True), "title", "pk"),
    }
    through_scope = {f"initiative__{key}": value for key, value in scope_filter.items()}

    def column(pairs, labels=None):
        return FacetColumn.from_pairs(pairs, index.positions, labels)

    single = FacetColumn.one_per_initiative
    yes_no = lambda flag: "yes" if flag else "no"  # noqa: E731
    organisers = list(
        InitiativeOrganiser.objects.filter(**through_scope).values_list(
            "initiative_id", "organisation__slug", "organisation__name"
        )
    )
    # The focus-point link is declared by the policy app (decision 0001): reach it through the relation.
    focus_links = list(
        Initiative.focus_points.through.objects.filter(**through_scope).values_list(
            "initiative_id", F("focuspoint__focus_area_id"), F("focuspoint__focus_area__title")
        )
    )
    days = [
        (pk, code[-2:])
        for pk, byday in Schedule.objects.filter(**through_scope).values_list("initiative_id", "byday")
        for code in byday.split(",")
        if code
    ]
    index.columns = {
        "status": single([row[1] for row in rows]),
        "free": single([yes_no(row[2]) for row in rows]),
        "reg": single([yes_no(row[3]) for row in rows]),
        "section": single([row[4] for row in rows], {row[4]: row[5] for row in rows if row[4]}),
        "municipality": single([row[6] for row in rows], {row[6]: row[7] for row in rows}),
        "group": column(
            Initiative.target_groups.through.objects.filter(**through_scope).values_list(
                "initiative_id", "targetgroup__slug"
            )
        ),
        "lang": column(
            InitiativeLanguage.objects.filter(**through_scope).values_list("initiative_id", "code")
        ),
        "org": column(((pk, slug) for pk, slug, _name in organisers), {s: n for _pk, s, n in organisers}),
        "area": column(
            ((pk, area) for pk, area, _title in focus_links), {str(a): t for _pk, a, t in focus_links if a}
        ),
        "day": column(days),
        "postcode": column(
            Initiative.locations.through.objects.filter(**through_scope).values_list(
                "initiative_id", "location__postcode"
            )
        ),
    }
    return index


_indexes: OrderedDict = OrderedDict()
_locks: dict = {}
_rebuilding: set = set()
_registry_lock = threading.Lock()


def _store(key, index: FacetIndex) -> None:
    with _registry_lock:
        _indexes[key] = index
        _indexes.move_to_end(key)
        while len(_indexes) > MAX_SCOPES:
            _indexes.popitem(last=False)


def _rebuild_in_background(key, scope_filter: dict, generation) -> None:
    def run():
        try:
            _store(key, _build(scope_filter, generation))
        finally:
            with _registry_lock:
                _rebuilding.discard(key)
            connection.close()  # this thread's own connection

    with _registry_lock:
        if key in _rebuilding:
            return
        _rebuilding.add(key)
    threading.Thread(target=run, name=f"facet-index-{key}", daemon=True).start()


def _is_current(index: FacetIndex | None, generation) -> bool:
    return (
        index is not None
        and index.generation == generation
        and time.monotonic() - index.built_at <= MAX_AGE_SECONDS
    )


def get_facet_index(*, municipality=None, region=None) -> FacetIndex:
    """The current index for a municipality or a region, rebuilt when content has changed."""
    if region is not None:
        key, scope_filter = ("r", region.pk), {"municipality__region_id": region.pk}
    else:
        key, scope_filter = ("m", municipality.pk), {"municipality_id": municipality.pk}
    generation = cache.get(GENERATION_KEY)
    if generation is None:  # a fresh cache: start counting, as the page cache does
        bump_generation()
        generation = cache.get(GENERATION_KEY)
    index = _indexes.get(key)
    if _is_current(index, generation):
        return index
    if index is not None and index.size > BACKGROUND_REBUILD_ABOVE:
        _rebuild_in_background(key, scope_filter, generation)
        return index
    with _registry_lock:
        lock = _locks.setdefault(key, threading.Lock())
    with lock:  # one rebuild per scope at a time; the others wait for it and use it
        index = _indexes.get(key)
        if not _is_current(index, generation):
            index = _build(scope_filter, generation)
            _store(key, index)
    return index
