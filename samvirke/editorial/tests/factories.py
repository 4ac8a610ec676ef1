import factory
from django.utils import timezone

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.editorial.models import ChangeProposal, Edition, EditorialSettings


class EditorialSettingsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EditorialSettings
        django_get_or_create = ["municipality"]

    municipality = factory.SubFactory(MunicipalityFactory)


class ChangeProposalFactory(factory.django.DjangoModelFactory):
    """A correction of an initiative's summary (pass `initiative=`)."""

    class Meta:
        model = ChangeProposal

    municipality = factory.SelfAttribute("initiative.municipality")
    entry_kind = "initiative"
    initiative = factory.SubFactory("samvirke.initiatives.tests.factories.InitiativeFactory")
    entry_label = factory.SelfAttribute("initiative.title")
    original = factory.LazyAttribute(lambda p: {"summary": p.initiative.summary})
    proposed = {"summary": "Et bedre resumé."}
    comment = "Resuméet er forældet."


class EditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Edition

    municipality = factory.SubFactory(MunicipalityFactory)
    number = factory.Sequence(lambda n: n + 1)
    published_at = factory.LazyFunction(timezone.now)
