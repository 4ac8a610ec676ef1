"""The in-memory facet index agrees with the SQL filters, on the demo data, for many filter combinations."""

import itertools
import random

import pytest

from samvirke.core.models import Municipality, Region
from samvirke.initiatives import facets
from samvirke.initiatives.facet_index import get_facet_index
from samvirke.initiatives.selectors import list_initiatives
from samvirke.initiatives.tests.factories import InitiativeFactory


def _candidate_filters(index) -> list[tuple[str, str]]:
    return [(name, value) for name, column in index.columns.items() for value in column.values]


def test_index_filters_and_counts_match_sql(demo):
    for scope in ("holstebro", "silkeborg", "halland"):
        _check_scope(scope)


def _check_scope(scope):
    region = Region.objects.filter(slug=scope).first()
    municipality = None if region else Municipality.objects.get(slug=scope)
    index = get_facet_index(municipality=municipality, region=region)
    base = list_initiatives(municipality=municipality, region=region)
    assert index.size == base.count()
    rng = random.Random(scope)
    candidates = _candidate_filters(index)
    combos = [[pair] for pair in candidates] + [rng.sample(candidates, 2) for _ in range(40)]
    for combo in combos:
        filters: dict[str, list[str]] = {}
        for name, value in combo:
            filters.setdefault(name, []).append(value)
        expected = set(facets.apply_filters(base, filters).values_list("pk", flat=True))
        mask = index.mask(filters)
        assert set(index.pks[mask].tolist()) == expected, filters
        # Counts of one facet over the result equal a grouped SQL count.
        for name in ("group", "lang", "status"):
            counts = index.columns[name].counts(mask)
            for value, n in itertools.islice(counts.items(), 3):
                sql = facets.apply_filters(base.filter(pk__in=expected), {name: [value]}).count()
                assert n == sql, (filters, name, value)


def test_orders_and_rebuild_after_a_change(demo):
    holstebro = Municipality.objects.get(slug="holstebro")
    index = get_facet_index(municipality=holstebro)
    mask = index.mask({})
    titles = list(
        list_initiatives(municipality=holstebro).order_by("title", "pk").values_list("pk", flat=True)
    )
    assert index.pks[index.ordered(mask, sort="title")].tolist() == titles
    newest = list(
        list_initiatives(municipality=holstebro)
        .order_by("-created_at", "title", "pk")
        .values_list("pk", flat=True)
    )
    assert index.pks[index.ordered(mask, sort="newest")].tolist() == newest

    before = get_facet_index(municipality=holstebro)
    assert get_facet_index(municipality=holstebro) is before  # unchanged content: the same index
    InitiativeFactory(municipality=holstebro, title="Strikkecafé", status="planned")
    after = get_facet_index(municipality=holstebro)
    assert after is not before and after.size == before.size + 1
    assert after.columns["status"].counts(after.mask({}))["planned"] >= 1


@pytest.mark.django_db(transaction=True)
def test_a_large_scope_keeps_answering_from_the_old_index_while_one_thread_rebuilds(monkeypatch):
    import time

    from samvirke.initiatives import facet_index

    municipality = InitiativeFactory(title="Sprogcafé").municipality
    monkeypatch.setattr(facet_index, "_indexes", facet_index.OrderedDict())  # none left by other tests
    monkeypatch.setattr(facet_index, "BACKGROUND_REBUILD_ABOVE", 0)
    first = get_facet_index(municipality=municipality)
    InitiativeFactory(municipality=municipality, title="Strikkecafé")
    stale = get_facet_index(municipality=municipality)
    assert stale is first  # answered at once, from the previous index
    for _ in range(100):
        fresh = get_facet_index(municipality=municipality)
        if fresh is not first:
            break
        time.sleep(0.05)
    assert fresh.size == 2
