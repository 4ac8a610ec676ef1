"""Editor forms offer only this policy's parts and this municipality's entries."""

import pytest

from samvirke.directory.tests.factories import OrganisationFactory
from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.policy.forms import ActionForm, FocusPointForm, ProgrammeForm
from samvirke.policy.models import Action
from samvirke.policy.tests.factories import FocusAreaFactory, PolicyFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def test_choices_are_limited_to_the_policy_and_its_municipality(world):
    foreign_area = FocusAreaFactory()
    ThemeFactory(focus_area=foreign_area)
    foreign_initiative = InitiativeFactory()
    form = FocusPointForm(policy=world.policy)
    assert list(form.fields["focus_area"].queryset) == [world.area]
    assert list(form.fields["theme"].queryset) == [world.theme]
    assert world.initiative in form.fields["initiatives"].queryset
    assert foreign_initiative not in form.fields["initiatives"].queryset
    form = FocusPointForm({"focus_area": foreign_area.pk, "text": "x"}, policy=world.policy)
    assert not form.is_valid() and "focus_area" in form.errors


def test_an_existing_focus_point_shows_its_linked_initiatives(world):
    assert FocusPointForm(instance=world.point, policy=world.policy).fields["initiatives"].initial == [
        world.initiative.pk
    ]


def test_the_action_form_offers_the_programmes_statuses_and_the_municipalitys_organisations(world):
    foreign = OrganisationFactory()
    form = ActionForm(
        instance=Action(programme=world.programme),
        policy=world.policy,
        statuses=world.programme.statuses.all(),
    )
    assert list(form.fields["status"].queryset) == []
    assert world.organisation in form.fields["responsible_organisation"].queryset
    assert foreign not in form.fields["responsible_organisation"].queryset


def test_a_programme_belongs_to_a_policy_of_its_municipality(world):
    assert list(ProgrammeForm(municipality=world.place).fields["policy"].queryset) == [world.policy]
    assert PolicyFactory().pk not in ProgrammeForm(municipality=world.place).fields[
        "policy"
    ].queryset.values_list("pk", flat=True)
