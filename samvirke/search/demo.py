"""Demo: the dense vectors of the demo entries, computed now rather than by the worker, so the
guide's cross-lingual search works right after `manage.py load_demo` (idempotent: only vectors
that are missing or whose text changed are computed)."""

from samvirke.search.embeddings import embed_documents
from samvirke.search.models import SearchDocument
from samvirke.search.vocabulary import seed


def load(loader) -> None:
    loader.report.created += seed()
    documents = SearchDocument.objects.only("pk", "title", "body", "embedding", "embedding_hash")
    loader.report.updated += embed_documents(list(documents))
