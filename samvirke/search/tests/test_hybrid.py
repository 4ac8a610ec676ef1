"""Dense vectors (task on save, reindex, cache) and the hybrid search. One model per process:
samvirke.search.embeddings loads it once, and every test here shares it."""

import numpy as np
import pytest
from django.core.management import CommandError, call_command
from django_tasks_db.models import DBTaskResult

from samvirke.core.tests.factories import MunicipalityFactory, RegionFactory
from samvirke.directory.tests.factories import OrganisationFactory
from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.search import embeddings
from samvirke.search.hybrid import fuse, hybrid_search
from samvirke.search.models import SearchDocument


def test_reciprocal_rank_fusion():
    scores = fuse([[1, 2, 3], [3, 1], [4]], k=60)
    assert scores[1] == pytest.approx(1 / 61 + 1 / 62)
    assert scores[3] == pytest.approx(1 / 63 + 1 / 61)
    assert sorted(scores, key=lambda pk: -scores[pk]) == [1, 3, 4, 2]
    assert fuse([]) == {}


def test_vectors_pack_into_int8_without_changing_the_ranking():
    rng = np.random.default_rng(1)
    vectors = rng.normal(size=(50, embeddings.DIM)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    packed = np.vstack([embeddings.unpack(embeddings.pack(v)) for v in vectors])
    assert len(embeddings.pack(vectors[0])) == embeddings.DIM
    assert np.abs(packed @ vectors[0] - vectors @ vectors[0]).max() < 0.01


@pytest.fixture
def holstebro(db):
    return MunicipalityFactory(slug="holstebro")


def _document(initiative):
    return SearchDocument.objects.get(kind="initiative", object_id=initiative.pk)


def test_a_saved_entry_gets_its_vector_from_a_task(holstebro, run_tasks, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        cafe = InitiativeFactory(
            municipality=holstebro, title="Sprogcaféen", summary="Øv dansk med frivillige."
        )
    assert _document(cafe).embedding is None
    run_tasks()
    document = _document(cafe)
    assert len(document.embedding) == embeddings.DIM and document.embedding_hash

    # Saved with the same text: no task, the vector stays.
    queued = DBTaskResult.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        cafe.status = cafe.Status.PLANNED
        cafe.save()
    assert DBTaskResult.objects.count() == queued

    # A changed text: a new task and a new vector.
    with django_capture_on_commit_callbacks(execute=True):
        cafe.summary = "Fodbold for unge hver tirsdag."
        cafe.save()
    assert DBTaskResult.objects.count() == queued + 1
    run_tasks()
    changed = _document(cafe)
    assert changed.embedding_hash != document.embedding_hash
    assert bytes(changed.embedding) != bytes(document.embedding)


def test_reindex_command_computes_the_vectors_in_batches(holstebro, capsys):
    InitiativeFactory.create_batch(3, municipality=holstebro)
    OrganisationFactory(municipality=holstebro)
    InitiativeFactory(municipality=MunicipalityFactory(slug="silkeborg"))
    SearchDocument.objects.update(embedding=None, embedding_hash="")
    call_command("reindex_search", municipality="holstebro")
    assert "Indexed 4 entries." in capsys.readouterr().out
    assert not SearchDocument.objects.filter(municipality=holstebro, embedding__isnull=True).exists()
    assert SearchDocument.objects.filter(embedding__isnull=True).count() == 1  # Silkeborg's: not asked
    stamps = dict(SearchDocument.objects.values_list("pk", "embedded_at"))
    call_command("reindex_search", municipality="holstebro", verbosity=0)
    assert dict(SearchDocument.objects.values_list("pk", "embedded_at")) == stamps  # nothing changed
    call_command("reindex_search", municipality="holstebro", force_embeddings=True, verbosity=0)
    assert all(
        stamp != stamps[pk]
        for pk, stamp in SearchDocument.objects.filter(municipality=holstebro).values_list(
            "pk", "embedded_at"
        )
    )


def test_reindex_command_refuses_fewer_than_one_thread(holstebro):
    with pytest.raises(CommandError, match="--threads must be at least 1"):
        call_command("reindex_search", threads=0)


def test_the_matrix_cache_follows_changed_vectors(holstebro):
    first = InitiativeFactory(municipality=holstebro, title="Sprogcaféen", summary="Øv dansk.")
    call_command("reindex_search", verbosity=0)
    matrix = embeddings.municipality_matrix(holstebro.pk)
    assert embeddings.municipality_matrix(holstebro.pk) is matrix  # unchanged: the cached one
    second = InitiativeFactory(municipality=holstebro, title="Fodbold for alle", summary="Gratis fodbold.")
    embeddings.embed_documents([_document(second)])
    rebuilt = embeddings.municipality_matrix(holstebro.pk)
    assert rebuilt is not matrix and set(rebuilt.ids) == {_document(first).pk, _document(second).pk}


@pytest.fixture
def handbook(holstebro):
    entries = {
        "cafe": InitiativeFactory(
            municipality=holstebro,
            title="Sprogcaféen",
            summary="Sprogcafé hvor du øver dansk i hyggelige rammer med frivillige.",
        ),
        "football": InitiativeFactory(
            municipality=holstebro, title="Fodbold for alle unge", summary="Gratis fodboldtræning for unge."
        ),
        "homework": InitiativeFactory(
            municipality=holstebro,
            title="Lektiehjælp i biblioteket",
            summary="Gratis lektiehjælp til skolebørn efter skoletid.",
        ),
        "club": OrganisationFactory(
            municipality=holstebro, name="Holstebro Boldklub", description="Fodbold for børn og unge."
        ),
    }
    halmstad = MunicipalityFactory(slug="halmstad", country="SE", region=RegionFactory(slug="halland"))
    entries["sfi"] = InitiativeFactory(
        municipality=halmstad, title="SFI – svenska för invandrare", summary="Svenska för vuxna."
    )
    call_command("reindex_search", verbosity=0)
    return entries


def test_cross_lingual_queries_find_the_danish_entries(handbook, holstebro):
    results = hybrid_search(query="تعلم اللغة الدنماركية", municipality=holstebro)
    assert results.query_language == "ar"
    top = results.results[0]
    assert (top.kind, top.object_id, top.title) == ("initiative", handbook["cafe"].pk, "Sprogcaféen")
    assert top.uuid == str(handbook["cafe"].uuid) and top.url.endswith(
        "/initiatives/" + handbook["cafe"].slug + "/"
    )
    assert top.score > 0 and top.snippet and top.language == "da"
    assert "ar:danish-language" in results.expansion

    somali = hybrid_search(query="kubada cagta", municipality=holstebro)
    assert somali.query_language == "so"
    assert {hit.title for hit in somali.results[:2]} == {"Fodbold for alle unge", "Holstebro Boldklub"}
    tigrinya = hybrid_search(query="ሓገዝ ናይ ገዛ ዕዮ ንቆልዑ", municipality=holstebro)
    assert tigrinya.query_language == "ti" and tigrinya.results[0].title == "Lektiehjælp i biblioteket"


def test_scope_kinds_and_paging(handbook, holstebro):
    only_initiatives = hybrid_search(query="kubada cagta", municipality=holstebro, kinds=["initiative"])
    assert {hit.kind for hit in only_initiatives.results} == {"initiative"}
    region = hybrid_search(query="barasho luuqadda", region=handbook["sfi"].municipality.region)
    assert [hit.title for hit in region.results][:1] == ["SFI – svenska för invandrare"]
    assert all(hit.municipality_id == handbook["sfi"].municipality_id for hit in region.results)
    first, second = (
        hybrid_search(query="fodbold", municipality=holstebro, limit=1, offset=offset).results
        for offset in (0, 1)
    )
    assert len(first) == len(second) == 1 and first[0].pk != second[0].pk
    assert hybrid_search(query="  ", municipality=holstebro).count == 0


def test_each_step_can_run_alone(handbook, holstebro):
    lexical = hybrid_search(query="lektiehjælp", municipality=holstebro, steps=("lexical",))
    assert [hit.sources for hit in lexical.results] == [["lexical"]]
    dense = hybrid_search(query="homework", municipality=holstebro, steps=("dense",))
    assert dense.results[0].title == "Lektiehjælp i biblioteket" and dense.results[0].sources == ["dense"]


def test_a_bulk_write_indexes_each_entry_once_at_the_end(
    holstebro, run_tasks, django_capture_on_commit_callbacks, monkeypatch
):
    from samvirke.initiatives.models import InitiativeOrganiser
    from samvirke.search import services

    monkeypatch.setattr(services, "EMBEDDING_BATCH", 2)
    queued = DBTaskResult.objects.count()
    with django_capture_on_commit_callbacks(execute=True), services.indexing_batched():
        red_cross = OrganisationFactory(municipality=holstebro, name="Røde Kors")
        activities = InitiativeFactory.create_batch(3, municipality=holstebro)
        for activity in activities:
            InitiativeOrganiser.objects.create(initiative=activity, organisation=red_cross)
        assert not SearchDocument.objects.filter(municipality=holstebro).exists()  # postponed
    documents = SearchDocument.objects.filter(municipality=holstebro)
    assert documents.count() == 4
    assert all("Røde Kors" in _document(activity).body for activity in activities)  # the last state
    # Four new documents, two to a task.
    tasks = DBTaskResult.objects.order_by("pk")[queued:]
    assert [len(task.args_kwargs["kwargs"]["document_ids"]) for task in tasks] == [2, 2]
    run_tasks()
    assert not documents.filter(embedding__isnull=True).exists()


def test_a_failed_bulk_write_indexes_nothing(holstebro):
    from samvirke.search import services

    with pytest.raises(RuntimeError), services.indexing_batched():
        InitiativeFactory(municipality=holstebro)
        raise RuntimeError("the import found a problem")
    assert not SearchDocument.objects.filter(municipality=holstebro).exists()
    InitiativeFactory(municipality=holstebro)  # and the next save indexes at once again
    assert SearchDocument.objects.filter(municipality=holstebro).count() == 1
