"""manage.py remind_stakeholders (run daily from cron)."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from samvirke.policy.tests.factories import InvitationFactory

pytestmark = pytest.mark.django_db


def test_reminds_those_due_once(mailoutbox):
    due = InvitationFactory(sent_at=timezone.now() - dt.timedelta(days=8))
    InvitationFactory(sent_at=timezone.now() - dt.timedelta(days=1))
    out = io.StringIO()
    call_command("remind_stakeholders", stdout=out, verbosity=0)
    assert "Sent 1 reminder(s)." in out.getvalue()
    assert [mail.to for mail in mailoutbox] == [[due.email]]
    call_command("remind_stakeholders", stdout=io.StringIO(), verbosity=0)
    assert len(mailoutbox) == 1  # reminded today: not again


def test_dry_run_lists_and_sends_nothing(mailoutbox):
    due = InvitationFactory(sent_at=timezone.now() - dt.timedelta(days=8))
    out = io.StringIO()
    call_command("remind_stakeholders", "--dry-run", stdout=out)
    assert due.email in out.getvalue() and "1 would be reminded." in out.getvalue()
    assert mailoutbox == []
