import datetime as dt
from decimal import Decimal

import factory

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.policy.models import (
    FocusArea,
    FocusPoint,
    Indicator,
    Measurement,
    Policy,
    SuccessCriterion,
    Theme,
)


class PolicyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Policy

    municipality = factory.SubFactory(MunicipalityFactory)
    title = factory.Sequence(lambda n: f"Integrationspolitik {n}")
    slug = factory.Sequence(lambda n: f"integrationspolitik-{n}")
    period_start = dt.date(2016, 1, 1)
    period_end = dt.date(2018, 12, 31)


class FocusAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FocusArea

    policy = factory.SubFactory(PolicyFactory)
    number = factory.Sequence(lambda n: str(n + 1))
    title = factory.Sequence(lambda n: f"Kerneområde {n}")


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    focus_area = factory.SubFactory(FocusAreaFactory)
    title = factory.Sequence(lambda n: f"Tema {n}")


class FocusPointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FocusPoint

    focus_area = factory.SubFactory(FocusAreaFactory)
    number = factory.Sequence(lambda n: f"1.{n + 1}")
    title = factory.Sequence(lambda n: f"Fokuspunkt {n}")
    text = "Kommunen vil arbejde for at flere kommer i job."


class SuccessCriterionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SuccessCriterion

    policy = factory.SubFactory(PolicyFactory)
    text = "Bedre end landsgennemsnittet til at hjælpe nytilkomne i job inden for et år."
    deadline = dt.date(2018, 12, 31)


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Indicator

    criterion = factory.SubFactory(SuccessCriterionFactory)
    name = factory.Sequence(lambda n: f"Andel i job {n}")
    unit = "%"
    direction = Indicator.Direction.HIGHER_IS_BETTER
    baseline_value = Decimal("14")
    baseline_date = dt.date(2015, 12, 31)
    target_value = Decimal("30")
    target_date = dt.date(2018, 12, 31)
    comparator_name = "Landsgennemsnit"


class MeasurementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Measurement

    indicator = factory.SubFactory(IndicatorFactory)
    series = Measurement.Series.OWN
    date = factory.Sequence(lambda n: dt.date(2016, 1, 1) + dt.timedelta(days=90 * n))
    value = Decimal("20")
