import factory
from django.contrib.contenttypes.models import ContentType

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.guide.models import ContentTranslation, GuideText, TranslationStatus, source_hash
from samvirke.initiatives.tests.factories import InitiativeFactory, ScheduleFactory  # noqa: F401


class GuideTextFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GuideText

    municipality = factory.SubFactory(MunicipalityFactory)
    kind = GuideText.Kind.INTRO
    title = "Velkommen"
    body = "Her finder du aktiviteter."


def translation_of(entry, field: str, language: str, text: str, status=TranslationStatus.REVIEWED, **extra):
    """A translation row made against the entry's current source text."""
    source = getattr(entry, field)
    return ContentTranslation.objects.create(
        municipality_id=entry.municipality_id,
        content_type=ContentType.objects.get_for_model(entry),
        object_id=entry.pk,
        field=field,
        language=language,
        text=text,
        status=status,
        source_text=source,
        source_hash=source_hash(source),
        reviewed_source_text=source if status == TranslationStatus.REVIEWED else "",
        **extra,
    )
