"""Batch embedding (decision 0052): length-sorted batches in threads, vectors reused by text hash,
bulk writes, progress. A stand-in model (a vector from the text's hash) makes each vector checkable
and counts what was encoded; test_hybrid.py runs the real one."""

import hashlib
import threading

import numpy as np
import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.directory.tests.factories import OrganisationFactory
from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.search import embeddings
from samvirke.search.models import SearchDocument


def vector_of(text: str) -> np.ndarray:
    seed = int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "little")
    vector = np.random.default_rng(seed).normal(size=embeddings.DIM).astype(np.float32)
    return vector / np.linalg.norm(vector)


class FakeModel:
    def __init__(self):
        self.batches: list[list[str]] = []
        self.lock = threading.Lock()

    def passage(self, texts):
        with self.lock:
            self.batches.append(list(texts))
        return np.vstack([vector_of(text) for text in texts])

    @property
    def encoded(self) -> list[str]:
        return [text for batch in self.batches for text in batch]


@pytest.fixture
def model(monkeypatch):
    fake = FakeModel()
    monkeypatch.setattr(embeddings, "_model", fake)
    monkeypatch.setattr(embeddings, "BATCH", 2)
    return fake


def _text(document: SearchDocument) -> str:
    return embeddings.embedding_text(title=document.title, body=document.body)


def test_sorted_batches_come_back_in_the_order_given(model):
    texts = ["a" * n for n in (50, 3, 40, 1, 20, 9, 30)]
    vectors = embeddings.embed_passages(texts, threads=3)
    assert np.array_equal(vectors, np.vstack([vector_of(text) for text in texts]))
    assert all(len(batch) <= 2 for batch in model.batches)
    assert sorted(model.encoded, key=len) == sorted(texts, key=len)
    assert [len(text) for text in sorted(model.batches, key=lambda b: len(b[0]))[0]] == [1, 3]


@pytest.fixture
def holstebro(db):
    return MunicipalityFactory(slug="holstebro")


def test_each_document_gets_the_vector_of_its_own_text(model, holstebro):
    for n in range(5):
        InitiativeFactory(municipality=holstebro, title=f"Aktivitet {n}", summary="Tekst " * (20 - 4 * n))
    OrganisationFactory(municipality=holstebro, name="Røde Kors")
    SearchDocument.objects.update(embedding=None, embedding_hash="")
    documents = list(SearchDocument.objects.all())
    with CaptureQueriesContext(connection) as queries:
        assert embeddings.embed_documents(documents, threads=2) == 6
    for document in SearchDocument.objects.all():
        assert bytes(document.embedding) == embeddings.pack(vector_of(_text(document)))
        assert document.embedding_hash == embeddings.text_hash(_text(document))
    # One UPDATE a batch of two texts, not one a document.
    assert sum(query["sql"].startswith("UPDATE") for query in queries.captured_queries) == 3


def test_a_text_is_encoded_once_and_an_unchanged_one_not_at_all(model, holstebro):
    cafe = InitiativeFactory(municipality=holstebro, title="Sprogcaféen", summary="Øv dansk.")
    SearchDocument.objects.update(embedding=None, embedding_hash="")
    embeddings.embed_documents(list(SearchDocument.objects.all()))
    assert model.encoded == ["Sprogcaféen. Øv dansk."]

    # Unchanged: nothing encoded, nothing written.
    assert embeddings.embed_documents(list(SearchDocument.objects.all())) == 0
    assert len(model.encoded) == 1

    # The same text in another municipality and twice more in this one: copied, not encoded.
    silkeborg = MunicipalityFactory(slug="silkeborg")
    InitiativeFactory(municipality=silkeborg, title="Sprogcaféen", summary="Øv dansk.")
    twins = InitiativeFactory.create_batch(2, municipality=holstebro, title="Lektiehjælp", summary="")
    SearchDocument.objects.exclude(object_id=cafe.pk).update(embedding=None, embedding_hash="")
    assert embeddings.embed_documents(list(SearchDocument.objects.all())) == 3
    assert model.encoded == ["Sprogcaféen. Øv dansk.", "Lektiehjælp"]  # the twins' text once
    vectors = {bytes(data) for data in SearchDocument.objects.values_list("embedding", flat=True)}
    assert vectors == {embeddings.pack(vector_of(text)) for text in model.encoded}
    assert SearchDocument.objects.filter(object_id__in=[t.pk for t in twins]).count() == 2

    # Forced: every distinct text again (the model may have changed), still once each.
    assert embeddings.embed_documents(list(SearchDocument.objects.all()), force=True) == 4
    assert sorted(model.encoded[2:]) == ["Lektiehjælp", "Sprogcaféen. Øv dansk."]


def test_progress_counts_every_document_once(model, holstebro):
    InitiativeFactory.create_batch(4, municipality=holstebro)
    SearchDocument.objects.filter(pk__in=SearchDocument.objects.values("pk")[:2]).update(embedding=None)
    seen = []
    embeddings.embed_documents(list(SearchDocument.objects.all()), progress=seen.append)
    assert seen[0] == 2 and sum(seen) == 4  # the current ones first, then as batches are stored


def test_reindex_command_shows_both_progress_bars(model, holstebro, capsys):
    InitiativeFactory.create_batch(3, municipality=holstebro)
    OrganisationFactory(municipality=holstebro)
    call_command("reindex_search", municipality="holstebro", force_embeddings=True, threads=2)
    captured = capsys.readouterr()
    assert "Indexed 4 entries." in captured.out
    assert "Reindexing: 100%" in captured.err and "Embedding: 100%" in captured.err
    assert "4/4" in captured.err and len(model.encoded) == 4


def test_cosines_over_int8_blocks_equal_the_float_product(monkeypatch):
    monkeypatch.setattr(embeddings, "SCORE_BLOCK", 7)  # blocks that do not divide the rows
    rng = np.random.default_rng(3)
    stored = rng.integers(-127, 128, size=(50, embeddings.DIM), dtype=np.int8)
    query = rng.standard_normal(embeddings.DIM).astype(np.float32)
    expected = (stored.astype(np.float32) / 127.0) @ query
    assert np.allclose(embeddings._cosines(stored, query / 127.0), expected, atol=1e-5)
