import datetime as dt

import factory

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.initiatives.models import Initiative, InitiativeLanguage, Schedule, TargetGroup


class TargetGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TargetGroup
        django_get_or_create = ["slug"]

    slug = factory.Sequence(lambda n: f"group-{n}")
    name = factory.Sequence(lambda n: f"Group {n}")


class InitiativeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Initiative

    municipality = factory.SubFactory(MunicipalityFactory)
    title = factory.Sequence(lambda n: f"Aktivitet {n}")
    slug = factory.Sequence(lambda n: f"aktivitet-{n}")
    summary = "En aktivitet for nytilkomne."
    status = Initiative.Status.RUNNING


class InitiativeLanguageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InitiativeLanguage

    initiative = factory.SubFactory(InitiativeFactory)
    code = "da"


class ScheduleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Schedule

    initiative = factory.SubFactory(InitiativeFactory)
    freq = Schedule.Frequency.WEEKLY
    byday = "TU"
    opens_at = dt.time(17, 0)
    closes_at = dt.time(19, 0)
