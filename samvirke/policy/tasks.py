"""Background work of the policy app (django-tasks; `manage.py db_worker` runs it, decision 0008).

Tasks import the modules that do the work (pdf.py, emails.py); the services import the tasks to
queue them, never the reverse (decision 0066)."""

from django_tasks import task

from samvirke.policy.emails import send_questionnaire_emails
from samvirke.policy.pdf import generate_report_pdf


@task()
def render_report_pdf_task(document_id: int) -> int:
    """Render one version of an evaluation report to PDF (WeasyPrint takes seconds, not a request)."""
    return generate_report_pdf(document_id=document_id).size


@task()
def send_questionnaire_emails_task(invitation_ids: list[int], kind: str) -> int:
    """Send questionnaire invitations or reminders; returns how many were sent."""
    return send_questionnaire_emails(invitation_ids=invitation_ids, kind=kind)
