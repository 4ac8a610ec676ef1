"""An evaluation report as HTML and PDF: the work the PDF task does, kept apart from the services so
that the task imports this module and the services import the task (decision 0066)."""

import hashlib

from django.core.files.base import ContentFile
from django.template.loader import render_to_string
from django.utils import timezone, translation

from samvirke.policy.models import EvaluationReport, ReportDocument
from samvirke.policy.selectors.evaluation import get_report_content


def render_report_html(*, report: EvaluationReport, for_pdf: bool = False) -> str:
    """The report as one HTML document, in the municipality's language."""
    with translation.override(report.municipality.language):
        return render_to_string(
            "policy/evaluation/report_document.html",
            {"content": get_report_content(report=report), "report": report, "for_pdf": for_pdf},
        )


def generate_report_pdf(*, document_id: int) -> ReportDocument:
    """Render one pending document version to PDF with WeasyPrint and store it. A failure is recorded."""
    # WeasyPrint is heavy (cairo, pango, fonts): only the worker that renders a PDF loads it.
    from weasyprint import HTML

    document = ReportDocument.objects.select_related("report__policy", "report__municipality").get(
        pk=document_id
    )
    if document.status == ReportDocument.Status.READY:
        return document
    try:
        html = render_report_html(report=document.report, for_pdf=True)
        pdf = HTML(string=html).write_pdf()
    except Exception as error:  # the editor sees the reason on the report page
        document.status = ReportDocument.Status.FAILED
        document.error = f"{error.__class__.__name__}: {error}"[:2000]
        document.save(update_fields=["status", "error"])
        raise
    document.file.save(f"report-{document.report_id}-v{document.version}.pdf", ContentFile(pdf), save=False)
    document.size = len(pdf)
    document.sha256 = hashlib.sha256(pdf).hexdigest()
    document.status = ReportDocument.Status.READY
    document.generated_at = timezone.now()
    document.error = ""
    document.save()
    return document
