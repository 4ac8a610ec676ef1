"""Background work of the policy app (django-tasks; `manage.py db_worker` runs it, decision 0008)."""

from django_tasks import task


@task()
def render_report_pdf_task(document_id: int) -> int:
    """Render one version of an evaluation report to PDF (WeasyPrint takes seconds, not a request)."""
    from samvirke.policy.evaluation import generate_report_pdf

    return generate_report_pdf(document_id=document_id).size


@task()
def send_questionnaire_emails_task(invitation_ids: list[int], kind: str) -> int:
    """Send questionnaire invitations or reminders; returns how many were sent."""
    from samvirke.policy.questionnaire import send_emails

    return send_emails(invitation_ids=invitation_ids, kind=kind)
