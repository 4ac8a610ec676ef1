import datetime as dt
from decimal import Decimal

import factory

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.policy.models import (
    Action,
    ActionProgramme,
    ActionStatus,
    CrossCuttingChallenge,
    EvaluationReport,
    FocusArea,
    FocusPoint,
    Goal,
    Indicator,
    Measurement,
    Milestone,
    NarrativeSection,
    Policy,
    StakeholderAnswer,
    StakeholderInvitation,
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


class GoalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Goal

    policy = factory.SubFactory(PolicyFactory)
    text = factory.Sequence(lambda n: f"Mål {n}")
    order = factory.Sequence(lambda n: n)


class ChallengeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CrossCuttingChallenge

    policy = factory.SubFactory(PolicyFactory)
    title = factory.Sequence(lambda n: f"Udfordring {n}")


class ProgrammeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionProgramme

    policy = factory.SubFactory(PolicyFactory)
    municipality = factory.SelfAttribute("policy.municipality")
    title = factory.Sequence(lambda n: f"Handlingsprogram {n}")
    slug = factory.Sequence(lambda n: f"handlingsprogram-{n}")
    period_start = dt.date(2012, 1, 1)
    period_end = dt.date(2014, 12, 31)


class ActionStatusFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActionStatus

    municipality = factory.SubFactory(MunicipalityFactory)
    programme = None
    key = factory.Sequence(lambda n: f"status-{n}")
    name = factory.Sequence(lambda n: f"Status {n}")
    progress = 50


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Action

    programme = factory.SubFactory(ProgrammeFactory)
    number = factory.Sequence(lambda n: str(n + 1))
    title = factory.Sequence(lambda n: f"Indsats {n}")
    order = factory.Sequence(lambda n: n)


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone

    action = factory.SubFactory(ActionFactory)
    date = dt.date(2013, 1, 1)
    title = factory.Sequence(lambda n: f"Milepæl {n}")


class ReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = EvaluationReport

    policy = factory.SubFactory(PolicyFactory)
    municipality = factory.SelfAttribute("policy.municipality")
    title = factory.Sequence(lambda n: f"Evaluering {n}")
    period_start = dt.date(2014, 1, 1)
    period_end = dt.date(2017, 12, 31)


class NarrativeSectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NarrativeSection

    report = factory.SubFactory(ReportFactory)
    title = factory.Sequence(lambda n: f"Afsnit {n}")
    body = "Det gik godt."


class InvitationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StakeholderInvitation

    report = factory.SubFactory(ReportFactory)
    organisation = factory.SubFactory(
        "samvirke.directory.tests.factories.OrganisationFactory",
        municipality=factory.SelfAttribute("..report.municipality"),
    )
    email = factory.Sequence(lambda n: f"forening{n}@example.org")
    site_url = "http://testserver"


class AnswerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StakeholderAnswer

    invitation = factory.SubFactory(InvitationFactory)
    focus_area = factory.SubFactory(
        FocusAreaFactory, policy=factory.SelfAttribute("..invitation.report.policy")
    )
    worked = "Lektiecaféen."
    improve = "Flere frivillige."
