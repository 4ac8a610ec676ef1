"""Building an edition's PDF: the work the background task does, and `publish_edition --wait` does
at once. Its own module so that the task and the services both import it and not each other."""

import time

from django.core.files.base import ContentFile
from django.utils import translation

from samvirke.editorial.models import Edition
from samvirke.editorial.pdf import Throttled, render_handbook_pdf


def build_edition_pdf(*, edition_id: int, progress=None) -> int:
    """Lay out and store an edition's PDF, saving progress on the edition as it goes. Returns pages.

    `progress(percent, stage)` is called too (the command's progress bar).
    """
    edition = Edition.objects.select_related("municipality").get(pk=edition_id)

    def save(percent: int, stage: str) -> None:
        # update(), not save(): progress is not content, so it must not empty the page cache.
        Edition.objects.filter(pk=edition_id).update(pdf_progress=min(percent, 99), pdf_stage=stage[:100])

    throttled_save = Throttled(save)

    def report(percent: int, stage: str) -> None:
        throttled_save(percent, stage)
        if progress is not None:
            progress(percent, stage)

    Edition.objects.filter(pk=edition_id).update(
        pdf_status=Edition.PdfStatus.BUILDING, pdf_progress=1, pdf_error=""
    )
    started = time.monotonic()
    try:
        with translation.override(edition.municipality.language):
            data, pages = render_handbook_pdf(edition=edition, report=report)
    except Exception as error:
        Edition.objects.filter(pk=edition_id).update(
            pdf_status=Edition.PdfStatus.FAILED, pdf_error=str(error)[:2000]
        )
        raise
    if edition.pdf:
        edition.pdf.delete(save=False)
    edition.pdf.save(
        f"{edition.municipality.slug}-edition-{edition.number}.pdf", ContentFile(data), save=False
    )
    edition.pdf_status = Edition.PdfStatus.READY
    edition.pdf_progress = 100
    edition.pdf_stage = ""
    edition.pdf_pages = pages
    edition.pdf_seconds = round(time.monotonic() - started, 2)
    edition.save(update_fields=["pdf", "pdf_status", "pdf_progress", "pdf_stage", "pdf_pages", "pdf_seconds"])
    if progress is not None:
        progress(100, "")
    return pages
