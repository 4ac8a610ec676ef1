"""Publish the next edition of a municipality's handbook, as the editors' button does."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from samvirke.core.models import Municipality
from samvirke.editorial.edition_pdf import build_edition_pdf
from samvirke.editorial.services.editions import publish_edition


class Command(BaseCommand):
    help = (
        "Publish the next edition: what changed since the previous one (from the history) and a PDF "
        "of the whole handbook, built by the background worker (or here with --wait)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--municipality", required=True, metavar="SLUG")
        parser.add_argument("--note", default="", help="A note shown with the edition.")
        parser.add_argument("--wait", action="store_true", help="Build the PDF now, with a progress bar.")

    def handle(self, *args, municipality, note, wait, **options):
        place = Municipality.objects.filter(slug=municipality).first()
        if place is None:
            raise CommandError(f"No municipality with the slug “{municipality}”.")
        try:
            edition = publish_edition(municipality=place, note=note)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from error
        totals = edition.totals
        if edition.since is None:
            summary = f"the first edition: {totals['initiatives']} activities, {totals['organisations']} organisations"
        else:
            summary = (
                f"{totals['new']} new, {totals['changed']} changed, {totals['ended']} ended, "
                f"{totals['removed']} removed since edition {edition.number - 1}"
            )
        self.stdout.write(
            self.style.SUCCESS(f"Published edition {edition.number} of {place.name}: {summary}.")
        )
        if not wait:
            self.stdout.write(
                f"The PDF is built in the background by `manage.py db_worker` (started by make run); "
                f"its progress is shown at {edition.get_absolute_url()}"
            )
            return
        with tqdm(total=100, unit="%", desc="PDF", disable=options["verbosity"] == 0) as bar:

            def progress(percent: int, stage: str) -> None:
                bar.update(max(0, percent - bar.n))
                bar.set_postfix_str(stage)

            pages = build_edition_pdf(edition_id=edition.pk, progress=progress)
        edition.refresh_from_db()
        self.stdout.write(
            self.style.SUCCESS(f"PDF ready: {pages} pages in {edition.pdf_seconds} s, {edition.pdf.path}")
        )
