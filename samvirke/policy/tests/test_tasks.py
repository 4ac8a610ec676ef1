"""The policy app's background tasks run in the worker."""

import pytest
from django.utils import timezone

from samvirke.policy.models import ReportDocument
from samvirke.policy.tasks import render_report_pdf_task, send_questionnaire_emails_task
from samvirke.policy.tests.factories import InvitationFactory, ReportFactory


@pytest.mark.django_db(transaction=True)  # the worker closes its connection (PostgreSQL)
def test_the_pdf_task_renders_a_pending_version(run_tasks, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    document = ReportDocument.objects.create(report=ReportFactory(), version=1)
    render_report_pdf_task.enqueue(document.pk)
    assert run_tasks() == 1
    document.refresh_from_db()
    assert document.status == ReportDocument.Status.READY and document.size > 1000


@pytest.mark.django_db(transaction=True)  # the worker closes its connection (PostgreSQL)
def test_the_e_mail_task_sends_reminders(run_tasks, mailoutbox):
    invitation = InvitationFactory(sent_at=timezone.now())
    send_questionnaire_emails_task.enqueue([invitation.pk], "reminder")
    run_tasks()
    assert [mail.to for mail in mailoutbox] == [[invitation.email]]
