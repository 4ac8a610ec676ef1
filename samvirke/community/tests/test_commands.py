import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone

from samvirke.community.models import EmailMode, VolunteerSignup
from samvirke.community.services import forum, notifications
from samvirke.community.tests.factories import (
    ForumCategoryFactory,
    VolunteerNeedFactory,
    VolunteerSignupFactory,
)


def test_send_forum_digest_emails_the_daily_readers(world, mailoutbox, capsys):
    notifications.set_email_mode(user=world.colleague, mode=EmailMode.DAILY)
    category = ForumCategoryFactory(municipality=world.holstebro)
    forum.start_thread(category=category, author=world.practitioner, title="Møde", body="@karim?")
    call_command("send_forum_digest")
    assert "1 e-mails sent" in capsys.readouterr().out
    assert mailoutbox[0].to == ["karim@example.org"]


def test_delete_expired_volunteers_removes_data_past_retention(world, capsys):
    need = VolunteerNeedFactory(initiative=world.initiative)
    VolunteerSignupFactory(need=need, last_shift_ends_at=timezone.now() - dt.timedelta(days=400))
    kept = VolunteerSignupFactory(need=need, last_shift_ends_at=timezone.now() - dt.timedelta(days=10))
    call_command("delete_expired_volunteers")
    assert "1 sign-ups deleted" in capsys.readouterr().out
    assert list(VolunteerSignup.objects.all()) == [kept]


@pytest.mark.parametrize("command", ["send_forum_digest", "delete_expired_volunteers"])
def test_the_scheduled_commands_are_harmless_with_nothing_to_do(db, command, capsys):
    call_command(command)
    assert " 0 " in capsys.readouterr().out
