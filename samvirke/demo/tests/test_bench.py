from samvirke.demo.bench import build_bench_municipality
from samvirke.initiatives.models import Initiative
from samvirke.search.models import SearchDocument


def test_a_bench_municipality_has_its_size_and_an_index_entry_each_without_vectors(demo):
    municipality = build_bench_municipality(size=40)
    documents = SearchDocument.objects.filter(municipality=municipality)
    assert Initiative.objects.filter(municipality=municipality).count() == 40
    assert documents.count() == 40
    assert not documents.filter(embedding__isnull=False).exists()


def test_borrowed_vectors_are_the_templates_and_left_for_a_reindex_to_replace(demo):
    municipality = build_bench_municipality(size=40, borrow_vectors=True)
    demo_vectors = set(
        SearchDocument.objects.filter(kind="initiative", embedding__isnull=False)
        .exclude(municipality=municipality)
        .values_list("embedding", flat=True)
    )
    documents = SearchDocument.objects.filter(municipality=municipality)
    borrowed = [bytes(vector) for vector in documents.values_list("embedding", flat=True)]
    assert len(borrowed) == 40
    assert all(vector in {bytes(v) for v in demo_vectors} for vector in borrowed)
    # No hash: the vector was not computed from this entry's text, so a reindex computes it.
    assert not documents.exclude(embedding_hash="").exists()
