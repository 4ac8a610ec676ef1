"""Demo: the dense vectors of the demo entries and of their translations (decision 0054), computed
now rather than by the worker, so the guide's cross-lingual search works right after
`manage.py load_demo` (idempotent: only vectors that are missing or whose text changed are computed)."""

from samvirke.search.embeddings import embed_documents
from samvirke.search.models import SearchDocument, SearchVariant
from samvirke.search.vocabulary import seed

FIELDS = ("pk", "title", "body", "embedding", "embedding_hash")


def load(loader) -> None:
    loader.report.created += seed()
    loader.report.updated += embed_documents(SearchDocument.objects.only(*FIELDS))
    loader.report.updated += embed_documents(SearchVariant.objects.only(*FIELDS))
