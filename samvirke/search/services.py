"""Keeping the search index in step with the handbook."""

import threading
from collections.abc import Callable
from contextlib import contextmanager

from django.db import connection, transaction

from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative
from samvirke.search.embeddings import embed_documents, embedding_text, text_hash
from samvirke.search.engines import postgres_vector
from samvirke.search.models import SearchDocument, SearchTerm, SearchVariant
from samvirke.search.text import index_terms, scope_terms

_local = threading.local()
EMBEDDING_BATCH = 64  # documents per background embedding task after a bulk write

# (kind, object id) → {language: (title, text, reviewed)}: an entry's texts in other languages.
# The guide registers its translations here (decision 0054), so search need not import the guide.
VariantSource = Callable[[str, int], dict[str, tuple[str, str, bool]]]
_variant_sources: list[VariantSource] = []


def register_variant_source(source: VariantSource) -> None:
    if source not in _variant_sources:
        _variant_sources.append(source)


@contextmanager
def embeddings_deferred():
    """Within this block saved documents queue no embedding task: the caller embeds them in batches."""
    previous = getattr(_local, "deferred", False)
    _local.deferred = True
    try:
        yield
    finally:
        _local.deferred = previous


@contextmanager
def indexing_batched():
    """Within this block each entry is indexed once, at the end, however often it was saved.

    For bulk writes (imports): one service saves an initiative, its organiser, locations and target
    groups, and each save would otherwise rebuild its search text. The changed vectors are then
    computed by one background task per EMBEDDING_BATCH documents instead of one task each.
    Nested blocks leave the work to the outermost; an exception skips it (the transaction rolls back).
    """
    if getattr(_local, "pending", None) is not None:
        yield
        return
    _local.pending = set()
    try:
        yield
        pending = _local.pending
    finally:
        _local.pending = None
    stale, indexed = [], []
    with embeddings_deferred():
        for kind, pk in sorted(pending):
            if kind == "initiative":
                document = index_initiative(initiative_id=pk)
            else:
                document = index_organisation(organisation_id=pk)
            if document is not None:
                indexed.append(document.pk)
                if _needs_embedding(document):
                    stale.append(document.pk)
    variants = [v.pk for v in SearchVariant.objects.filter(document_id__in=indexed) if _needs_embedding(v)]
    for start in range(0, len(stale), EMBEDDING_BATCH):
        _enqueue_embedding(stale[start : start + EMBEDDING_BATCH])
    for start in range(0, len(variants), EMBEDDING_BATCH):
        _enqueue_variant_embedding(variants[start : start + EMBEDDING_BATCH])


def _postponed(kind: str, pk: int) -> bool:
    pending = getattr(_local, "pending", None)
    if pending is None:
        return False
    pending.add((kind, pk))
    return True


def _needs_embedding(document: SearchDocument | SearchVariant) -> bool:
    """False when the text the vector was computed from did not change."""
    return document.embedding is None or document.embedding_hash != text_hash(
        embedding_text(title=document.title, body=document.body)
    )


def _enqueue_embedding(document_ids: list[int]) -> None:
    from samvirke.search.tasks import embed_search_documents

    transaction.on_commit(lambda: embed_search_documents.enqueue(document_ids=document_ids))


def _enqueue_variant_embedding(variant_ids: list[int]) -> None:
    from samvirke.search.tasks import embed_search_variants

    transaction.on_commit(lambda: embed_search_variants.enqueue(variant_ids=variant_ids))


def _queue_embedding(document: SearchDocument) -> None:
    if not getattr(_local, "deferred", False) and _needs_embedding(document):
        _enqueue_embedding([document.pk])


def _initiative_body(initiative: Initiative) -> str:
    language = initiative.municipality.language
    parts = [initiative.summary, initiative.description]
    parts += [
        link.organisation.name for link in initiative.initiativeorganiser_set.select_related("organisation")
    ]
    for location in initiative.locations.all():
        parts.append(f"{location.name} {location.address} {location.postcode} {location.city}")
    parts += [group.label(language) for group in initiative.target_groups.all()]
    if initiative.section_id:
        parts.append(initiative.section.title)
    return "\n".join(part for part in parts if part)


def _organisation_body(organisation: Organisation) -> str:
    parts = [organisation.description, organisation.address, organisation.get_kind_display()]
    return "\n".join(str(part) for part in parts if part)


def term_fields(*, title: str, body: str) -> dict[str, str]:
    """The SearchDocument columns the lexical index reads (samvirke.search.text.index_terms)."""
    title_terms, body_terms, part_terms = index_terms(title=title, body=body)
    return {"title_terms": title_terms, "body_terms": body_terms, "part_terms": part_terms}


def add_terms(texts) -> None:
    """Put the words of these term texts into the spelling dictionary (those it lacks)."""
    known = {term for text in texts for term in text.split() if len(term) >= 3}
    SearchTerm.objects.bulk_create(
        [SearchTerm(term=term, head=term[:2]) for term in sorted(known)],
        batch_size=2000,
        ignore_conflicts=True,
    )


def refresh_vectors(documents) -> None:
    """PostgreSQL: recompute the weighted tsvector of these documents from their term columns."""
    if connection.vendor == "postgresql":
        documents.update(search_vector=postgres_vector())


def index_variants(*, document: SearchDocument) -> list[int]:
    """Bring a document's variants in line with its sources; returns those needing a vector."""
    wanted: dict[str, tuple[str, str, bool]] = {}
    for source in _variant_sources:
        wanted.update(source(document.kind, document.object_id))
    document.variants.exclude(language__in=wanted).delete()
    existing = {variant.language: variant for variant in document.variants.all()}
    stale = []
    for language, (title, body, reviewed) in wanted.items():
        variant = existing.get(language) or SearchVariant(document=document, language=language)
        if variant.pk is None or (variant.title, variant.body, variant.reviewed) != (title, body, reviewed):
            variant.title, variant.body, variant.reviewed = title[:300], body, reviewed
            variant.save()
        if _needs_embedding(variant):
            stale.append(variant.pk)
    return stale


def refresh_variants(*, kind: str, object_id: int) -> None:
    """After an entry's translations changed: its variants, and their vectors in the background."""
    document = SearchDocument.objects.filter(kind=kind, object_id=object_id).first()
    if document is None or _postponed(kind, object_id):
        return
    stale = index_variants(document=document)
    if stale and not getattr(_local, "deferred", False):
        _enqueue_variant_embedding(stale)


def _save_document(*, entry, kind: str, body: str) -> SearchDocument:
    municipality = entry.municipality
    title = entry.title if kind == SearchDocument.Kind.INITIATIVE else entry.name
    terms = term_fields(title=title, body=body)
    document, _created = SearchDocument.objects.update_or_create(
        kind=kind,
        object_id=entry.pk,
        defaults={
            "municipality": municipality,
            "uuid": entry.uuid,
            "title": title,
            "body": body,
            **terms,
            "scope_terms": scope_terms(municipality_id=municipality.pk, kind=kind),
            "language": municipality.language,
            "path": entry.get_absolute_url(),
            "freshness": entry.last_verified_at or entry.updated_at,
        },
    )
    add_terms([terms["title_terms"], terms["body_terms"]])
    refresh_vectors(SearchDocument.objects.filter(pk=document.pk))
    _queue_embedding(document)
    stale_variants = index_variants(document=document)
    if stale_variants and not getattr(_local, "deferred", False):
        _enqueue_variant_embedding(stale_variants)
    return document


def index_initiative(*, initiative_id: int) -> SearchDocument | None:
    """(Re)index one initiative; removes it from the index when it no longer exists."""
    if _postponed("initiative", initiative_id):
        return None
    initiative = Initiative.objects.select_related("municipality", "section").filter(pk=initiative_id).first()
    if initiative is None:
        SearchDocument.objects.filter(kind=SearchDocument.Kind.INITIATIVE, object_id=initiative_id).delete()
        return None
    return _save_document(
        entry=initiative, kind=SearchDocument.Kind.INITIATIVE, body=_initiative_body(initiative)
    )


def index_organisation(*, organisation_id: int) -> SearchDocument | None:
    if _postponed("organisation", organisation_id):
        return None
    organisation = Organisation.objects.select_related("municipality").filter(pk=organisation_id).first()
    if organisation is None:
        SearchDocument.objects.filter(
            kind=SearchDocument.Kind.ORGANISATION, object_id=organisation_id
        ).delete()
        return None
    return _save_document(
        entry=organisation, kind=SearchDocument.Kind.ORGANISATION, body=_organisation_body(organisation)
    )


def reindex(
    *,
    municipality=None,
    progress=None,
    embed_progress=None,
    variant_progress=None,
    force_embeddings=False,
    embed_threads=None,
) -> int:
    """Rebuild the index for one municipality or all, then compute the vectors whose text changed
    (in batches, not one task per entry), the entries' then their translations'. Returns the number
    of documents written."""
    initiatives = Initiative.objects.all()
    organisations = Organisation.objects.all()
    documents = SearchDocument.objects.all()
    if municipality is not None:
        initiatives = initiatives.for_municipality(municipality)
        organisations = organisations.for_municipality(municipality)
        documents = documents.for_municipality(municipality)
    # Documents are updated in place, so unchanged texts keep their vectors.
    stale = set(documents.values_list("pk", flat=True))
    if municipality is None:
        SearchTerm.objects.all().delete()  # rebuilt below: words of deleted entries go
    count = 0
    with embeddings_deferred():
        for pk in organisations.values_list("pk", flat=True):
            index_organisation(organisation_id=pk)
            count += 1
            if progress:
                progress()
        for pk in initiatives.values_list("pk", flat=True):
            index_initiative(initiative_id=pk)
            count += 1
            if progress:
                progress()
    kept = set(
        SearchDocument.objects.filter(
            kind=SearchDocument.Kind.ORGANISATION, object_id__in=organisations.values("pk")
        ).values_list("pk", flat=True)
    ) | set(
        SearchDocument.objects.filter(
            kind=SearchDocument.Kind.INITIATIVE, object_id__in=initiatives.values("pk")
        ).values_list("pk", flat=True)
    )
    SearchDocument.objects.filter(pk__in=stale - kept).delete()
    fields = ("pk", "title", "body", "embedding", "embedding_hash")
    embed_documents(
        documents.only(*fields), force=force_embeddings, progress=embed_progress, threads=embed_threads
    )
    variants = SearchVariant.objects.filter(document__in=documents).only(*fields)
    embed_documents(variants, force=force_embeddings, progress=variant_progress, threads=embed_threads)
    return count
