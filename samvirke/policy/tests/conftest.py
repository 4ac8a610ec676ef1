"""A small municipality with one of everything the policy app edits, and the roles of the permission table."""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.utils import translation

from samvirke.accounts.models import Role
from samvirke.accounts.tests.factories import MembershipFactory, UserFactory
from samvirke.core.tests.factories import MunicipalityFactory, RegionFactory
from samvirke.directory.tests.factories import OrganisationFactory
from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.policy.tests.factories import (
    ActionFactory,
    ActionStatusFactory,
    ChallengeFactory,
    FocusAreaFactory,
    FocusPointFactory,
    GoalFactory,
    IndicatorFactory,
    InvitationFactory,
    MeasurementFactory,
    MilestoneFactory,
    NarrativeSectionFactory,
    PolicyFactory,
    ProgrammeFactory,
    ReportFactory,
    SuccessCriterionFactory,
    ThemeFactory,
)


@dataclass
class World:
    place: object
    policy: object
    area: object
    theme: object
    point: object
    goal: object
    challenge: object
    criterion: object
    indicator: object
    measurement: object
    programme: object
    status: object
    action: object
    milestone: object
    report: object
    section: object
    invitation: object
    initiative: object
    organisation: object


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    # The factories hash a password for every user; PBKDF2 would make the role fixtures take seconds.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def english():
    # Messages are asserted in the English source text (services that speak the municipality's
    # language switch to it themselves).
    with translation.override("en"):
        yield


@pytest.fixture
def en(client, settings):
    """A test client whose pages come in English (the language cookie), whatever the municipality."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


@pytest.fixture
def world(db) -> World:
    place = MunicipalityFactory(slug="holstebro", name="Holstebro Kommune", region=RegionFactory(slug="vest"))
    policy = PolicyFactory(municipality=place, slug="integrationspolitik", title="Integrationspolitik")
    area = FocusAreaFactory(policy=policy, number="1", title="Uddannelse og erhverv")
    theme = ThemeFactory(focus_area=area, title="Sproglig udvikling")
    point = FocusPointFactory(focus_area=area, theme=theme, number="1.2", title="Flere i job")
    organisation = OrganisationFactory(municipality=place, name="Frivilligcenter", email="fc@example.org")
    initiative = InitiativeFactory(municipality=place, title="Sprogcaféen", slug="sprogcafeen")
    initiative.initiativeorganiser_set.create(organisation=organisation)
    point.initiatives.set([initiative])
    criterion = SuccessCriterionFactory(policy=policy, focus_area=area)
    indicator = IndicatorFactory(criterion=criterion, name="Andel i job")
    measurement = MeasurementFactory(indicator=indicator, date=dt.date(2017, 12, 31), value=Decimal("24.8"))
    programme = ProgrammeFactory(policy=policy, slug="handlingsprogram", title="Handlingsprogram")
    status = ActionStatusFactory(municipality=place, key="started", name="Started", progress=30)
    action = ActionFactory(programme=programme, number="1", title="Velkomst", status=status)
    action.focus_points.set([point])
    report = ReportFactory(policy=policy, title="Evaluering 2014–2017")
    return World(
        place=place,
        policy=policy,
        area=area,
        theme=theme,
        point=point,
        goal=GoalFactory(policy=policy, text="Alle deltager"),
        challenge=ChallengeFactory(policy=policy, title="Koordination"),
        criterion=criterion,
        indicator=indicator,
        measurement=measurement,
        programme=programme,
        status=status,
        action=action,
        milestone=MilestoneFactory(action=action, title="Folder trykt"),
        report=report,
        section=NarrativeSectionFactory(report=report, title="Indledning"),
        invitation=InvitationFactory(report=report, organisation=organisation, email="fc@example.org"),
        initiative=initiative,
        organisation=organisation,
    )


@pytest.fixture
def roles(world) -> dict:
    """One user per role of docs/permissions.md (None: signed out)."""
    return {
        "anonymous": None,
        "practitioner": UserFactory(),
        "owner": MembershipFactory(
            role=Role.ORGANISATION_OWNER, organisation=world.organisation, municipality=world.place
        ).user,
        "other editor": MembershipFactory(municipality=MunicipalityFactory(slug="silkeborg")).user,
        "editor": MembershipFactory(municipality=world.place).user,
        "region editor": MembershipFactory(municipality=None, region=world.place.region).user,
        "admin": UserFactory(is_superuser=True, is_staff=True),
    }
