"""Synthetic municipalities for the benchmarks: N initiatives recombined from the demo texts.

Rows are bulk-inserted (no per-row history or signals, which would measure the generator, not
the site); the search index is then built in bulk the same way the index service writes it.

Vectors: normally none (`reindex_search --force-embeddings` computes them, timed by make bench).
Embedding 100k texts takes hours on two cores, so `borrow_vectors` gives each entry the demo vector
of the template its title comes from instead: the matrix has the size, memory and nearest-neighbour
cost of real vectors, but rankings over it say nothing about quality. The hash stays empty, so a
reindex computes the real ones.
"""

import datetime as dt
import random
import uuid

from django.db import transaction
from django.utils import timezone

from samvirke.core.models import Country, Municipality
from samvirke.directory.models import Location, Organisation
from samvirke.initiatives.models import (
    HandbookSection,
    Initiative,
    InitiativeLanguage,
    InitiativeOrganiser,
    Schedule,
    TargetGroup,
)
from samvirke.search.models import SearchDocument
from samvirke.search.services import add_terms, refresh_vectors, term_fields
from samvirke.search.text import scope_terms

LANGUAGES = ["da", "ar", "uk", "so", "ti", "fa", "en", "prs", "tr", "pl"]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@transaction.atomic
def build_bench_municipality(*, size: int, seed: int = 7, borrow_vectors: bool = False) -> Municipality:
    """Create (or recreate) municipality "bench-<size>" with `size` initiatives. Needs the demo loaded."""
    rng = random.Random(seed * 1_000_003 + size)  # noqa: S311 - reproducible test data, not secrets
    slug = f"bench-{size}"
    Municipality.objects.filter(slug=slug).delete()
    municipality = Municipality.objects.create(
        slug=slug, name=f"Benchkommune {size}", country=Country.DENMARK
    )
    templates = list(
        Initiative.objects.exclude(municipality__slug__startswith="bench-").values(
            "pk", "title", "summary", "description"
        )
    )
    if not templates:
        raise RuntimeError("Load the demo first (manage.py load_demo): the generator recombines its texts.")
    groups = list(TargetGroup.objects.all())
    sections = HandbookSection.objects.bulk_create(
        [
            HandbookSection(municipality=municipality, slug=f"afsnit-{i}", title=f"Afsnit {i}", order=i)
            for i in range(6)
        ]
    )
    organisations = Organisation.objects.bulk_create(
        [
            Organisation(
                municipality=municipality,
                name=f"Forening {i}",
                slug=f"forening-{i}",
                kind="association",
                description=rng.choice(templates)["description"],
            )
            for i in range(max(10, size // 20))
        ]
    )
    locations = Location.objects.bulk_create(
        [
            Location(
                municipality=municipality,
                name=f"Mødested {i}",
                address=f"Torvet {i}",
                postcode=str(7500 + i % 40),
                city="Benchby",
            )
            for i in range(max(5, size // 50))
        ]
    )
    now = timezone.now()
    initiatives, sources = [], []
    for i in range(size):
        a, b = rng.choice(templates), rng.choice(templates)
        sources.append(a["pk"])
        initiatives.append(
            Initiative(
                municipality=municipality,
                slug=f"aktivitet-{i}",
                title=f"{a['title']} {i}",
                summary=b["summary"],
                description=f"{a['description']} {b['description']}",
                status=rng.choice(["running"] * 6 + ["planned", "paused", "ended"]),
                start_date=dt.date(2024, 1, 1) + dt.timedelta(days=i % 700),
                section=rng.choice(sections),
                last_verified_at=now - dt.timedelta(days=rng.randrange(0, 600)),
                is_demo=True,
                uuid=uuid.UUID(int=rng.getrandbits(128)),
            )
        )
    initiatives = Initiative.objects.bulk_create(initiatives, batch_size=2000)
    through = Initiative.target_groups.through
    through.objects.bulk_create(
        [
            through(initiative_id=item.pk, targetgroup_id=g.pk)
            for item in initiatives
            for g in rng.sample(groups, 2)
        ],
        batch_size=5000,
    )
    places = Initiative.locations.through
    places.objects.bulk_create(
        [places(initiative_id=item.pk, location_id=rng.choice(locations).pk) for item in initiatives],
        batch_size=5000,
    )
    InitiativeLanguage.objects.bulk_create(
        [
            InitiativeLanguage(initiative=item, code=code)
            for item in initiatives
            for code in rng.sample(LANGUAGES, 2)
        ],
        batch_size=5000,
    )
    InitiativeOrganiser.objects.bulk_create(
        [
            InitiativeOrganiser(initiative=item, organisation=rng.choice(organisations))
            for item in initiatives
        ],
        batch_size=5000,
    )
    Schedule.objects.bulk_create(
        [
            Schedule(
                initiative=item,
                freq="WEEKLY",
                byday=rng.choice(DAYS),
                opens_at=dt.time(16 + i % 4),
                closes_at=dt.time(18 + i % 4),
            )
            for i, item in enumerate(initiatives)
        ],
        batch_size=5000,
    )
    names = {o.pk: o.name for o in organisations}
    links = dict(
        InitiativeOrganiser.objects.filter(initiative__municipality=municipality).values_list(
            "initiative_id", "organisation_id"
        )
    )
    borrowed = _template_vectors() if borrow_vectors else {}
    documents = []
    for item, source in zip(initiatives, sources, strict=True):
        body = f"{item.summary}\n{item.description}\n{names[links[item.pk]]}"
        documents.append(
            SearchDocument(
                municipality=municipality,
                kind="initiative",
                object_id=item.pk,
                uuid=item.uuid,
                title=item.title,
                body=body,
                **term_fields(title=item.title, body=body),
                scope_terms=scope_terms(municipality_id=municipality.pk, kind="initiative"),
                language="da",
                path=f"/{slug}/initiatives/{item.slug}/",
                freshness=item.last_verified_at,
                embedding=borrowed.get(source),
            )
        )
    SearchDocument.objects.bulk_create(documents, batch_size=2000)
    add_terms(text for document in documents for text in (document.title_terms, document.body_terms))
    refresh_vectors(SearchDocument.objects.filter(municipality=municipality))
    return municipality


def _template_vectors() -> dict[int, bytes]:
    """The demo initiatives' vectors by initiative id (load_demo computes them)."""
    vectors = dict(
        SearchDocument.objects.filter(kind="initiative", embedding__isnull=False)
        .exclude(municipality__slug__startswith="bench-")
        .values_list("object_id", "embedding")
    )
    if not vectors:
        raise RuntimeError("The demo has no vectors to borrow: load_demo computes them.")
    return vectors
