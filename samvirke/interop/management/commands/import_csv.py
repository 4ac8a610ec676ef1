from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from samvirke.core.models import Municipality
from samvirke.interop.handbook_csv import parse, read_table, write


class Command(BaseCommand):
    help = "Import a handbook spreadsheet (CSV or XLSX, Danish or English headers; docs in README). All or nothing."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--municipality", required=True, metavar="SLUG")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the file and report; write nothing."
        )

    def handle(self, *args, file: Path, municipality: str, dry_run: bool, **options):
        place = Municipality.objects.filter(slug=municipality).first()
        if place is None:
            raise CommandError(f"No municipality with the slug “{municipality}”.")
        if not file.exists():
            raise CommandError(f"{file} does not exist.")
        try:
            parsed = parse(table=read_table(content=file.read_bytes(), filename=file.name))
        except (UnicodeDecodeError, ValueError) as error:
            raise CommandError(f"{file} could not be read as CSV or XLSX: {error}") from error
        for problem in parsed.problems:
            self.stderr.write(f"row {problem.row}, column “{problem.column}”: {problem.message}")
        if not parsed.ok:
            raise CommandError(f"{len(parsed.problems)} problem(s); nothing was imported.")
        if dry_run:
            self.stdout.write(
                self.style.SUCCESS(f"{len(parsed.rows)} rows are fine (dry run: nothing written).")
            )
            return
        result = write(parsed=parsed, municipality=place)
        self.stdout.write(
            self.style.SUCCESS(f"Imported {result.created} new and {result.updated} updated activities.")
        )
