"""The printable handbook of an edition, laid out by WeasyPrint (decision 0011).

Cover, table of contents, the sections in the handbook's order with their activities (schedules,
places, public contacts), the organisations with their activities, and an index of organisations,
with page numbers. Progress is read from WeasyPrint's own progress log ("Creating layout - Page n").
"""

import logging
import time
from collections.abc import Callable
from pathlib import Path

from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from samvirke.directory.models import ContactPerson, Organisation
from samvirke.directory.selectors import visible_contact_filter
from samvirke.initiatives.models import HandbookSection, Initiative
from samvirke.initiatives.selectors import list_card_prefetches

STYLESHEET = Path(__file__).parent / "static" / "editorial" / "handbook-print.css"


def handbook_context(*, edition) -> dict:
    """Everything the printed handbook shows, read in a fixed number of queries."""
    municipality = edition.municipality
    public_contacts = ContactPerson.objects.filter(visible_contact_filter(user=None)).order_by("name")
    initiatives = list(
        Initiative.objects.for_municipality(municipality)
        .exclude(status=Initiative.Status.ENDED)
        .select_related("section")
        .prefetch_related(
            *list_card_prefetches(),
            "locations",
            Prefetch("contact_persons", queryset=public_contacts.select_related("organisation")),
        )
        .order_by("title")
    )
    sections = list(HandbookSection.objects.for_municipality(municipality).order_by("order", "title"))
    by_section: dict[int | None, list] = {}
    for initiative in initiatives:
        by_section.setdefault(initiative.section_id, []).append(initiative)
    chapters = [
        {
            "anchor": f"section-{s.slug}",
            "title": s.title,
            "description": s.description,
            "initiatives": by_section.get(s.pk, []),
        }
        for s in sections
    ]
    if by_section.get(None):
        chapters.append(
            {
                "anchor": "section-other",
                "title": _("Other activities"),
                "description": "",
                "initiatives": by_section[None],
            }
        )
    organised: dict[int, list] = {}
    for initiative in initiatives:
        for link in initiative.organiser_links:
            organised.setdefault(link.organisation_id, []).append(initiative)
    organisations = list(
        Organisation.objects.for_municipality(municipality)
        .prefetch_related(Prefetch("contacts", queryset=public_contacts))
        .order_by("name")
    )
    for organisation in organisations:
        organisation.printed_initiatives = organised.get(organisation.pk, [])
    return {
        "edition": edition,
        "municipality": municipality,
        "chapters": [c for c in chapters if c["initiatives"]],
        "organisations": organisations,
        "initiative_count": len(initiatives),
        "generated_at": timezone.now(),
    }


class _ProgressHandler(logging.Handler):
    """Turns WeasyPrint's progress log into a percentage: layout is most of the work."""

    def __init__(self, *, expected_pages: int, report: Callable[[int, str], None]):
        super().__init__(level=logging.INFO)
        self.expected_pages = max(expected_pages, 1)
        self.report = report
        self.best = 0

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if "Creating layout - Page" in message:
            # Pages are laid out again when a page counter changes; the percentage only grows.
            page = int(record.args[0]) if record.args else 0
            self._report(
                35 + min(55, 55 * page // self.expected_pages), _("Laying out page %(page)s") % {"page": page}
            )
        elif message.startswith("Step 6"):
            self._report(92, _("Writing the PDF"))
        elif message.startswith("Step"):
            self._report(30, _("Preparing the layout"))

    def _report(self, percent: int, stage: str) -> None:
        if percent > self.best:
            self.best = percent
            self.report(percent, stage)


def expected_pages(context: dict) -> int:
    # Measured on the demo and the bench data: about three activities and eight organisations a page.
    return (
        3 + len(context["chapters"]) + context["initiative_count"] // 3 + len(context["organisations"]) // 8
    )


def render_handbook_pdf(
    *, edition, report: Callable[[int, str], None] = lambda p, s: None
) -> tuple[bytes, int]:
    """The edition's handbook as PDF bytes and its page count."""
    # WeasyPrint (and its fonts) is heavy: loaded by the worker that builds a PDF, not by every process.
    from weasyprint import CSS, HTML

    report(5, _("Reading the handbook"))
    context = handbook_context(edition=edition)
    report(15, _("Writing the pages"))
    html = render_to_string("editorial/pdf/handbook.html", context)
    report(25, _("Preparing the layout"))
    logger = logging.getLogger("weasyprint.progress")
    handler = _ProgressHandler(expected_pages=expected_pages(context), report=report)
    level, propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # the steps are for the progress bar, not the server log
    try:
        document = HTML(string=html, base_url=str(STYLESHEET.parent)).render(
            stylesheets=[CSS(filename=str(STYLESHEET))]
        )
        pages = len(document.pages)
        # PDF 1.4 keeps page objects outside compressed object streams, so simple tools (and the
        # contract check) can count pages; content streams stay compressed.
        data = document.write_pdf(pdf_version="1.4")
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate
    return data, pages


class Throttled:
    """Calls `save(progress, stage)` at most every `interval` seconds, and always for 100."""

    def __init__(self, save: Callable[[int, str], None], interval: float = 0.5):
        # `last` starts unset, not 0: monotonic() counts from boot, so a fresh machine is "recent".
        self.save, self.interval, self.last, self.progress = save, interval, None, -1

    def __call__(self, progress: int, stage: str) -> None:
        now = time.monotonic()
        due = self.last is None or now - self.last >= self.interval
        if progress >= 100 or (progress > self.progress and due):
            self.save(progress, stage)
            self.last, self.progress = now, progress
