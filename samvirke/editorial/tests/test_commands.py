import datetime as dt
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from samvirke.editorial.models import Edition
from samvirke.initiatives.models import Initiative


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_reminders_report_what_they_did(world, mailoutbox):
    world.organisation.__class__.objects.filter(pk=world.organisation.pk).update(email="info@example.org")
    Initiative.objects.update(last_verified_at=timezone.now() - dt.timedelta(days=300))
    output = run("send_verification_reminders", "--municipality", "holstebro", "--older-than", "200")
    assert "Reminders sent: 1, listing 3 entries." in output and len(mailoutbox) == 1
    assert "No e-mail address: Boldklubben" in output
    again = run("send_verification_reminders", "--municipality", "holstebro")
    assert "Reminders sent: 0" in again and "Reminded recently, skipped: 1." in again


def test_reminder_options_are_checked(world):
    with pytest.raises(CommandError):
        run("send_verification_reminders", "--municipality", "nowhere")
    with pytest.raises(CommandError):
        run("send_verification_reminders", "--older-than", "-1")


def test_publish_edition_queues_the_pdf_or_builds_it_with_wait(world):
    output = run("publish_edition", "--municipality", "holstebro", "--note", "Forår")
    assert "Published edition 1 of Holstebro Kommune: the first edition" in output and "db_worker" in output
    output = run("publish_edition", "--municipality", "holstebro", "--wait")
    assert "Published edition 2" in output and "PDF ready" in output
    assert Edition.objects.get(number=2).pdf_ready
    with pytest.raises(CommandError):
        run("publish_edition", "--municipality", "nowhere")
