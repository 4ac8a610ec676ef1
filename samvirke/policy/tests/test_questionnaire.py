"""The stakeholders' questionnaire: signed links (valid, expired, tampered, withdrawn), invitations,
answers attached to focus areas, and reminders."""

import datetime as dt

import pytest
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils import timezone

from samvirke.directory.tests.factories import OrganisationFactory
from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.policy import emails, tokens
from samvirke.policy.models import StakeholderAnswer, StakeholderInvitation
from samvirke.policy.selectors import evaluation as evaluation_selectors
from samvirke.policy.services import evaluation as evaluation_services
from samvirke.policy.tests.factories import (
    ActionFactory,
    FocusAreaFactory,
    FocusPointFactory,
    InvitationFactory,
    ReportFactory,
)

pytestmark = pytest.mark.django_db


# -- links ----------------------------------------------------------------------------------------


def test_a_valid_link_finds_its_invitation():
    invitation = InvitationFactory()
    assert evaluation_selectors.get_invitation_from_token(token=tokens.make_token(invitation)) == invitation


def test_an_expired_link_is_refused_as_expired(settings, monkeypatch):
    invitation = InvitationFactory()
    token = tokens.make_token(invitation)
    settings.POLICY_QUESTIONNAIRE_DAYS = 60
    later = timezone.now().timestamp() + 61 * 24 * 3600
    monkeypatch.setattr(signing.time, "time", lambda: later)
    with pytest.raises(tokens.LinkError) as error:
        evaluation_selectors.get_invitation_from_token(token=token)
    assert error.value.expired


def test_a_tampered_link_is_refused():
    invitation = InvitationFactory()
    other = InvitationFactory()
    token = tokens.make_token(invitation)
    payload, rest = token.split(":", 1)
    forged = signing.dumps({"i": other.pk, "n": other.nonce}, salt="wrong salt")
    for bad in (
        token[:-1] + ("A" if token[-1] != "A" else "B"),
        forged,
        "x" + token,
        payload + ":" + rest[::-1],
        "",
    ):
        with pytest.raises(tokens.LinkError) as error:
            evaluation_selectors.get_invitation_from_token(token=bad)
        assert not error.value.expired


def test_a_withdrawn_link_stops_working_but_a_new_one_works():
    invitation = InvitationFactory()
    token = tokens.make_token(invitation)
    evaluation_services.withdraw_invitation(invitation=invitation)
    with pytest.raises(tokens.LinkError, match="withdrawn"):
        evaluation_selectors.get_invitation_from_token(token=token)
    assert evaluation_selectors.get_invitation_from_token(token=tokens.make_token(invitation)) == invitation


def test_the_link_points_at_the_municipalitys_questionnaire():
    invitation = InvitationFactory(
        report__policy__municipality__slug="holstebro", site_url="https://samvirke.example.org"
    )
    link = tokens.link_for(invitation)
    assert link.startswith("https://samvirke.example.org/holstebro/evaluations/answer/")


# -- inviting ---------------------------------------------------------------------------------------


@pytest.fixture
def report():
    report = ReportFactory(period_start=dt.date(2014, 1, 1), period_end=dt.date(2017, 12, 31))
    place = report.municipality
    point = FocusPointFactory(focus_area__policy=report.policy)
    cafe = InitiativeFactory(municipality=place)
    cafe.initiativeorganiser_set.create(
        organisation=OrganisationFactory(municipality=place, name="Biblioteket", email="bib@example.org")
    )
    late = InitiativeFactory(municipality=place, start_date=dt.date(2020, 1, 1))
    late.initiativeorganiser_set.create(organisation=OrganisationFactory(municipality=place, name="Senere"))
    point.initiatives.set([cafe, late])
    ActionFactory(
        programme__policy=report.policy,
        responsible_organisation=OrganisationFactory(municipality=place, name="Jobcentret", email=""),
    )
    OrganisationFactory(municipality=place, name="Uden for politikken")
    return report


def test_the_organisations_involved_are_organisers_in_the_period_and_those_responsible_for_actions(report):
    names = [o.name for o in evaluation_selectors.list_involved_organisations(report=report)]
    assert names == ["Biblioteket", "Jobcentret"]


def test_organisations_without_an_e_mail_address_are_named(report):
    jobcentret = report.municipality and evaluation_selectors.list_involved_organisations(report=report).get(
        name="Jobcentret"
    )
    with pytest.raises(ValidationError, match="Jobcentret"):
        evaluation_services.invite_stakeholders(
            report=report, organisation_ids=[jobcentret.pk], site_url="http://x"
        )
    with pytest.raises(ValidationError, match="at least one"):
        evaluation_services.invite_stakeholders(report=report, organisation_ids=[], site_url="http://x")


@pytest.mark.django_db(transaction=True)
def test_invitations_are_e_mailed_after_commit_in_the_municipalitys_language(report, run_tasks, mailoutbox):
    library = evaluation_selectors.list_involved_organisations(report=report).get(name="Biblioteket")
    created = evaluation_services.invite_stakeholders(
        report=report, organisation_ids=[library.pk], site_url="https://samvirke.example.org"
    )
    assert mailoutbox == []  # sent by the worker
    assert run_tasks() == 1
    (mail,) = mailoutbox
    assert mail.to == ["bib@example.org"]
    assert "Evaluering af" in mail.subject  # Danish municipality: Danish e-mail
    token = mail.body.split("/answer/")[1].split("/")[0]
    assert evaluation_selectors.get_invitation_from_token(token=token) == created[0]
    assert StakeholderInvitation.objects.get().sent_at is not None
    # Inviting again adds nobody twice.
    assert (
        evaluation_services.invite_stakeholders(report=report, organisation_ids=[library.pk], site_url="x")
        == []
    )


# -- answering ------------------------------------------------------------------------------------


def test_answers_attach_to_the_focus_areas_filled_in_and_replace_earlier_ones():
    invitation = InvitationFactory()
    first, second, third = (FocusAreaFactory(policy=invitation.report.policy) for _ in range(3))
    evaluation_services.submit_answers(
        invitation=invitation,
        answers={
            first.pk: evaluation_services.AreaAnswer("Lektiecaféen", ""),
            second.pk: evaluation_services.AreaAnswer("", "Flere tolke"),
            third.pk: evaluation_services.AreaAnswer("  ", ""),
        },
        general_comment="Tak",
    )
    assert sorted(StakeholderAnswer.objects.values_list("focus_area_id", flat=True)) == sorted(
        [first.pk, second.pk]
    )
    invitation.refresh_from_db()
    assert invitation.answered_at is not None and invitation.general_comment == "Tak"
    evaluation_services.submit_answers(
        invitation=invitation, answers={second.pk: evaluation_services.AreaAnswer("Bedre", "")}
    )
    assert list(StakeholderAnswer.objects.values_list("focus_area_id", "worked")) == [(second.pk, "Bedre")]


def test_answers_about_another_policys_focus_areas_are_ignored_and_empty_answers_refused():
    invitation = InvitationFactory()
    foreign = FocusAreaFactory()
    with pytest.raises(ValidationError, match="at least one"):
        evaluation_services.submit_answers(
            invitation=invitation, answers={foreign.pk: evaluation_services.AreaAnswer("x", "")}
        )


# -- reminders ------------------------------------------------------------------------------------


def test_who_is_due_for_a_reminder():
    now = timezone.now()
    days = dt.timedelta(days=1)
    due = InvitationFactory(sent_at=now - 8 * days)
    InvitationFactory(sent_at=None)  # not sent yet
    InvitationFactory(sent_at=now - 3 * days)  # sent this week
    InvitationFactory(sent_at=now - 8 * days, answered_at=now)  # answered
    InvitationFactory(
        sent_at=now - 20 * days, last_reminded_at=now - 2 * days, reminder_count=1
    )  # reminded lately
    again = InvitationFactory(sent_at=now - 20 * days, last_reminded_at=now - 9 * days, reminder_count=1)
    InvitationFactory(sent_at=now - 40 * days, last_reminded_at=now - 9 * days, reminder_count=3)  # enough
    InvitationFactory(sent_at=now - 61 * days)  # the link has expired
    InvitationFactory(sent_at=now - 8 * days, report__status="published")  # the report is done
    assert set(evaluation_selectors.list_invitations_due_for_reminder(now=now)) == {due, again}


def test_a_reminder_is_sent_only_to_those_who_have_not_answered(mailoutbox):
    waiting = InvitationFactory(sent_at=timezone.now())
    answered = InvitationFactory(sent_at=timezone.now(), answered_at=timezone.now())
    assert emails.send_questionnaire_emails(invitation_ids=[waiting.pk, answered.pk], kind="reminder") == 1
    waiting.refresh_from_db()
    assert (waiting.reminder_count, mailoutbox[0].to) == (1, [waiting.email])
    assert "Reminder" in mailoutbox[0].subject or "Påmindelse" in mailoutbox[0].subject
