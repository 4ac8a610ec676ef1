"""Keeping the search index in step with the handbook."""

import threading
from collections.abc import Callable
from contextlib import contextmanager

from django.db import connection, transaction
from django.db.models import Prefetch

from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative, InitiativeOrganiser
from samvirke.search.embeddings import embed_documents, embedding_text, text_hash
from samvirke.search.engines import postgres_vector
from samvirke.search.models import SearchDocument, SearchTerm, SearchVariant
from samvirke.search.sources import variant_sources
from samvirke.search.tasks import embed_search_documents, embed_search_variants
from samvirke.search.text import index_terms, scope_terms

_local = threading.local()
EMBEDDING_BATCH = 64  # documents per background embedding task after a bulk write
INDEX_CHUNK = 500  # entries loaded, indexed and written together


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
    index_entries(
        initiative_ids=sorted(pk for kind, pk in pending if kind == SearchDocument.Kind.INITIATIVE),
        organisation_ids=sorted(pk for kind, pk in pending if kind == SearchDocument.Kind.ORGANISATION),
    )


def index_later(*, initiative_ids=(), organisation_ids=()) -> None:
    """Entries written without signals (bulk_create): indexed at the end of the enclosing
    indexing_batched block, or now outside one."""
    pending = getattr(_local, "pending", None)
    if pending is None:
        index_entries(initiative_ids=initiative_ids, organisation_ids=organisation_ids)
        return
    pending.update((SearchDocument.Kind.INITIATIVE, pk) for pk in initiative_ids)
    pending.update((SearchDocument.Kind.ORGANISATION, pk) for pk in organisation_ids)


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
    transaction.on_commit(lambda: embed_search_documents.enqueue(document_ids=document_ids))


def _enqueue_variant_embedding(variant_ids: list[int]) -> None:
    transaction.on_commit(lambda: embed_search_variants.enqueue(variant_ids=variant_ids))


def _queue_embeddings(document_ids: list[int], variant_ids: list[int]) -> None:
    """Vectors for these in the background, a task per EMBEDDING_BATCH, unless the caller embeds."""
    if getattr(_local, "deferred", False):
        return
    for start in range(0, len(document_ids), EMBEDDING_BATCH):
        _enqueue_embedding(document_ids[start : start + EMBEDDING_BATCH])
    for start in range(0, len(variant_ids), EMBEDDING_BATCH):
        _enqueue_variant_embedding(variant_ids[start : start + EMBEDDING_BATCH])


def _initiative_body(initiative: Initiative) -> str:
    language = initiative.municipality.language
    parts = [initiative.summary, initiative.description]
    parts += [link.organisation.name for link in initiative.initiativeorganiser_set.all()]
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


def index_variants(*, documents: list[SearchDocument]) -> list[int]:
    """Bring these documents' variants in line with their sources; returns those needing a vector."""
    wanted: dict[int, dict[str, tuple[str, str, bool]]] = {document.pk: {} for document in documents}
    for kind in {document.kind for document in documents}:
        of_kind = {document.object_id: document.pk for document in documents if document.kind == kind}
        for source in variant_sources():
            for object_id, texts in source(kind, list(of_kind)).items():
                wanted[of_kind[object_id]].update(texts)
    existing = {
        (variant.document_id, variant.language): variant
        for variant in SearchVariant.objects.filter(document__in=documents)
    }
    gone = [v.pk for (document, language), v in existing.items() if language not in wanted[document]]
    SearchVariant.objects.filter(pk__in=gone).delete()
    stale = []
    for document, texts in wanted.items():
        for language, (title, body, reviewed) in texts.items():
            variant = existing.get((document, language)) or SearchVariant(
                document_id=document, language=language
            )
            if variant.pk is None or (variant.title, variant.body, variant.reviewed) != (
                title[:300],
                body,
                reviewed,
            ):
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
    _queue_embeddings([], index_variants(documents=[document]))


def _entries(kind: str, ids: list[int]) -> list:
    """The entries with what their documents are made of, in a fixed number of queries."""
    if kind == SearchDocument.Kind.ORGANISATION:
        return list(Organisation.objects.select_related("municipality").filter(pk__in=ids))
    return list(
        Initiative.objects.select_related("municipality", "section")
        .prefetch_related(
            Prefetch(
                "initiativeorganiser_set",
                queryset=InitiativeOrganiser.objects.select_related("organisation"),
            ),
            "locations",
            "target_groups",
        )
        .filter(pk__in=ids)
    )


def _document_values(*, entry, kind: str) -> dict:
    municipality = entry.municipality
    if kind == SearchDocument.Kind.INITIATIVE:
        title, body = entry.title, _initiative_body(entry)
    else:
        title, body = entry.name, _organisation_body(entry)
    return {
        "municipality": municipality,
        "uuid": entry.uuid,
        "title": title,
        "body": body,
        **term_fields(title=title, body=body),
        "scope_terms": scope_terms(municipality_id=municipality.pk, kind=kind),
        "language": municipality.language,
        "path": entry.get_absolute_url(),
        "freshness": entry.last_verified_at or entry.updated_at,
    }


def _index_chunk(kind: str, ids: list[int]) -> tuple[list[SearchDocument], list[int]]:
    """The chunk's documents, and its variants that need a vector."""
    entries = _entries(kind, ids)
    found = {entry.pk for entry in entries}
    SearchDocument.objects.filter(kind=kind, object_id__in=set(ids) - found).delete()
    existing = {d.object_id: d for d in SearchDocument.objects.filter(kind=kind, object_id__in=found)}
    new, changed, documents = [], [], []
    for entry in entries:
        values = _document_values(entry=entry, kind=kind)
        document = existing.get(entry.pk)
        if document is None:
            document = SearchDocument(kind=kind, object_id=entry.pk, **values)
            new.append(document)
        elif any(getattr(document, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(document, name, value)
            changed.append(document)
            fields = list(values)  # the same names for every entry of a kind
        documents.append(document)
    SearchDocument.objects.bulk_create(new)
    if changed:
        SearchDocument.objects.bulk_update(changed, fields)
    # All of the chunk's, not only the changed: a reindex also repairs the dictionary and tsvectors.
    add_terms(text for d in documents for text in (d.title_terms, d.body_terms))
    refresh_vectors(SearchDocument.objects.filter(pk__in=[d.pk for d in documents]))
    return documents, index_variants(documents=documents)


def index_entries(
    *, initiative_ids=(), organisation_ids=(), progress: Callable[[int], None] | None = None
) -> list[SearchDocument]:
    """(Re)index these entries in chunks, a few queries each; entries that no longer exist leave
    the index. Unchanged documents are not rewritten; changed texts get new vectors in the
    background (unless within embeddings_deferred, whose caller embeds)."""
    documents, stale_variants = [], []
    for kind, ids in (
        (SearchDocument.Kind.ORGANISATION, list(organisation_ids)),
        (SearchDocument.Kind.INITIATIVE, list(initiative_ids)),
    ):
        for start in range(0, len(ids), INDEX_CHUNK):
            chunk = ids[start : start + INDEX_CHUNK]
            indexed, stale = _index_chunk(kind, chunk)
            documents += indexed
            stale_variants += stale
            if progress:
                progress(len(chunk))
    _queue_embeddings([d.pk for d in documents if _needs_embedding(d)], stale_variants)
    return documents


def index_initiative(*, initiative_id: int) -> SearchDocument | None:
    """(Re)index one initiative; removes it from the index when it no longer exists."""
    if _postponed(SearchDocument.Kind.INITIATIVE, initiative_id):
        return None
    documents = index_entries(initiative_ids=[initiative_id])
    return documents[0] if documents else None


def index_organisation(*, organisation_id: int) -> SearchDocument | None:
    if _postponed(SearchDocument.Kind.ORGANISATION, organisation_id):
        return None
    documents = index_entries(organisation_ids=[organisation_id])
    return documents[0] if documents else None


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
    with embeddings_deferred():
        count = len(
            index_entries(
                initiative_ids=initiatives.values_list("pk", flat=True),
                organisation_ids=organisations.values_list("pk", flat=True),
                progress=progress,
            )
        )
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
