import pytest
from django.core.exceptions import ValidationError

from samvirke.accounts import selectors, services
from samvirke.accounts.models import JoinRequest, Membership, Role
from samvirke.accounts.tests.factories import MembershipFactory, UserFactory
from samvirke.core.tests.factories import MunicipalityFactory, RegionFactory
from samvirke.directory.tests.factories import OrganisationFactory


@pytest.fixture
def organisation(db):
    return OrganisationFactory(municipality=MunicipalityFactory(slug="holstebro"))


def test_asking_twice_or_asking_to_join_your_own_organisation_is_refused(organisation):
    user = UserFactory()
    services.request_to_join(user=user, organisation=organisation)
    with pytest.raises(ValidationError):
        services.request_to_join(user=user, organisation=organisation)
    member = MembershipFactory(
        role=Role.PRACTITIONER, organisation=organisation, municipality=organisation.municipality
    ).user
    with pytest.raises(ValidationError):
        services.request_to_join(user=member, organisation=organisation)


def test_approvers_are_the_owners_and_the_editors_of_the_municipality_or_region(db):
    region = RegionFactory()
    place = MunicipalityFactory(region=region)
    organisation = OrganisationFactory(municipality=place)
    owner = MembershipFactory(
        role=Role.ORGANISATION_OWNER, organisation=organisation, municipality=place
    ).user
    editor = MembershipFactory(role=Role.EDITOR, municipality=place).user
    region_editor = MembershipFactory(role=Role.EDITOR, municipality=None, region=region).user
    MembershipFactory(role=Role.EDITOR)  # elsewhere
    assert set(selectors.list_join_request_approvers(organisation=organisation)) == {
        owner,
        editor,
        region_editor,
    }


def test_site_admins_approve_when_nobody_else_can(organisation):
    admin = UserFactory(is_superuser=True)
    assert selectors.list_join_request_approvers(organisation=organisation) == [admin]


def test_a_decided_request_cannot_be_decided_again(organisation):
    editor = MembershipFactory(role=Role.EDITOR, municipality=organisation.municipality).user
    join_request = services.request_to_join(user=UserFactory(), organisation=organisation)
    services.approve_join_request(
        join_request_id=join_request.pk, approver=editor, role=Role.ORGANISATION_OWNER
    )
    assert Membership.objects.get(user=join_request.user).role == Role.ORGANISATION_OWNER
    with pytest.raises(ValidationError):
        services.decline_join_request(join_request_id=join_request.pk, approver=editor)


def test_declining_keeps_a_note_and_grants_nothing(organisation):
    owner = MembershipFactory(
        role=Role.ORGANISATION_OWNER, organisation=organisation, municipality=organisation.municipality
    ).user
    join_request = services.request_to_join(user=UserFactory(), organisation=organisation)
    services.decline_join_request(join_request_id=join_request.pk, approver=owner, note="Kender dig ikke")
    join_request.refresh_from_db()
    assert (
        join_request.status == JoinRequest.Status.REJECTED and join_request.decision_note == "Kender dig ikke"
    )
    assert not Membership.objects.filter(user=join_request.user).exists()


def test_strangers_cannot_decide(organisation):
    join_request = services.request_to_join(user=UserFactory(), organisation=organisation)
    with pytest.raises(PermissionError):
        services.approve_join_request(join_request_id=join_request.pk, approver=UserFactory())
