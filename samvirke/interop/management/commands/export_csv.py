from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from samvirke.core.models import Municipality
from samvirke.interop.handbook_csv import export_csv


class Command(BaseCommand):
    help = "Export a municipality's activities in the spreadsheet import format (CSV, UTF-8)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--municipality", required=True, metavar="SLUG")

    def handle(self, *args, file: Path, municipality: str, **options):
        place = Municipality.objects.filter(slug=municipality).first()
        if place is None:
            raise CommandError(f"No municipality with the slug “{municipality}”.")
        file.write_text(export_csv(municipality=place), encoding="utf-8")
        self.stdout.write(self.style.SUCCESS(f"Exported to {file}."))
