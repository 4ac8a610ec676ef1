"""Guide translations as extra vectors of their entries (decision 0054): a Somali query meets the
Somali translation of a Danish entry; drafts count a little less; outdated translations leave."""

import numpy as np
import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.guide.models import ContentTranslation, TranslationStatus, source_hash
from samvirke.initiatives.models import Initiative
from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.search import embeddings
from samvirke.search.models import SearchDocument

SOMALI_QUERY = "kooxda tolidda dumarka"


def _translate(entry, field: str, language: str, text: str, status: str) -> None:
    ContentTranslation.objects.create(
        municipality=entry.municipality,
        content_type=ContentType.objects.get_for_model(Initiative),
        object_id=entry.pk,
        field=field,
        language=language,
        text=text,
        status=status,
        source_text=getattr(entry, field),
        source_hash=source_hash(getattr(entry, field)),
    )


@pytest.fixture
def knitting(db):
    holstebro = MunicipalityFactory(slug="holstebro")
    InitiativeFactory(municipality=holstebro, title="Fodbold for unge", summary="Fodbold hver tirsdag.")
    return InitiativeFactory(
        municipality=holstebro, title="Strikkeklub for kvinder", summary="Vi strikker sammen hver torsdag."
    )


def _score(document) -> float:
    found = dict(embeddings.nearest(embeddings.embed_query(SOMALI_QUERY), [document.municipality_id]))
    return found[document.pk]


def test_a_reviewed_translation_is_a_vector_a_query_in_its_language_meets(knitting):
    call_command("reindex_search", municipality="holstebro", verbosity=0)
    document = SearchDocument.objects.get(kind="initiative", object_id=knitting.pk)
    alone = _score(document)
    _translate(knitting, "title", "so", "Kooxda tolidda ee dumarka", TranslationStatus.REVIEWED)
    _translate(knitting, "summary", "so", "Waxaan wada tolnaa Khamiis kasta.", TranslationStatus.REVIEWED)
    call_command("reindex_search", municipality="holstebro", verbosity=0)
    variant = document.variants.get()
    assert (variant.language, variant.reviewed, variant.title) == ("so", True, "Kooxda tolidda ee dumarka")
    # The document scores as its closest text: the Somali one, for a Somali query.
    somali = float(embeddings.unpack(variant.embedding) @ embeddings.embed_query(SOMALI_QUERY))
    assert _score(document) == pytest.approx(somali, abs=1e-5)
    assert somali > alone


def test_a_machine_draft_counts_a_little_less_and_an_outdated_one_leaves(knitting):
    _translate(knitting, "title", "so", "Kooxda tolidda ee dumarka", TranslationStatus.MACHINE_DRAFT)
    call_command("reindex_search", municipality="holstebro", verbosity=0)
    document = SearchDocument.objects.get(kind="initiative", object_id=knitting.pk)
    variant = document.variants.get()
    assert variant.reviewed is False
    draft = float(embeddings.unpack(variant.embedding) @ embeddings.embed_query(SOMALI_QUERY))
    own = float(embeddings.unpack(document.embedding) @ embeddings.embed_query(SOMALI_QUERY))
    expected = max(own, draft - embeddings.VARIANT_DRAFT_PENALTY)
    assert _score(document) == pytest.approx(expected, abs=1e-5)
    assert np.isfinite(expected)

    knitting.title = "Strikkecafé"  # the source changed: the translation is outdated
    knitting.save()
    assert not document.variants.exists()
