"""Background work of search (run by `manage.py db_worker`)."""

from django_tasks import task

from samvirke.search.embeddings import embed_documents
from samvirke.search.models import SearchDocument, SearchVariant


@task()
def embed_search_documents(document_ids: list[int]) -> int:
    """Compute the dense vectors of these documents whose text changed since their last vector.

    A batch job: its batches run on SEARCH_EMBEDDING_BATCH_THREADS threads (one a core), and a text
    some document already has a vector for is copied, not encoded (decision 0052)."""
    return embed_documents(SearchDocument.objects.filter(pk__in=document_ids))


@task()
def embed_search_variants(variant_ids: list[int]) -> int:
    """Compute the dense vectors of these translated texts whose text changed since their last vector."""
    return embed_documents(SearchVariant.objects.filter(pk__in=variant_ids))
