"""Scheduled daily (cron, see the README): remind organisations of entries nobody confirmed lately."""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from samvirke.core.models import Municipality
from samvirke.directory.models import Organisation
from samvirke.editorial.services.freshness import send_verification_reminders


class Command(BaseCommand):
    help = (
        "E-mail each organisation a list of its entries not verified within the period, with signed "
        "one-click “still correct” links and correction links. Organisations reminded within the "
        "municipality's reminder interval are skipped (--force sends anyway)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--municipality", metavar="SLUG", help="Only this municipality (default: all).")
        parser.add_argument(
            "--older-than",
            type=int,
            metavar="DAYS",
            help="Entries not verified for this many days (default: each municipality's setting, 180).",
        )
        parser.add_argument(
            "--base-url", help="The site's address for the links (default: SAMVIRKE_SITE_URL)."
        )
        parser.add_argument(
            "--force", action="store_true", help="Also remind organisations reminded recently."
        )

    def handle(self, *args, municipality=None, older_than=None, base_url=None, force=False, **options):
        if older_than is not None and older_than < 0:
            raise CommandError("--older-than must be 0 or more days.")
        places = Municipality.objects.order_by("name")
        if municipality:
            places = places.filter(slug=municipality)
            if not places.exists():
                raise CommandError(f"No municipality with the slug “{municipality}”.")
        places = list(places)
        total = Organisation.objects.filter(municipality__in=places).count()
        with tqdm(
            total=total, unit="organisation", desc="Reminders", disable=options["verbosity"] == 0
        ) as bar:
            report = send_verification_reminders(
                municipalities=places,
                older_than_days=older_than,
                base_url=base_url,
                force=force,
                progress=lambda _organisation: bar.update(1),
            )
        self.stdout.write(
            self.style.SUCCESS(f"Reminders sent: {report.sent}, listing {report.entries} entries.")
        )
        self.stdout.write(f"Organisations up to date: {report.up_to_date}.")
        self.stdout.write(f"Reminded recently, skipped: {report.reminded_recently}.")
        if report.no_address:
            self.stdout.write(self.style.WARNING("No e-mail address: " + ", ".join(report.no_address)))
