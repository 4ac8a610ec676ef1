from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from samvirke.core.models import Municipality
from samvirke.interop.hsds.importer import import_services, read_source


class Command(BaseCommand):
    help = (
        "Import HSDS 3.0 services into a municipality: a JSON file of service_full objects, a directory of JSON "
        "files, or a tabular data package (CSV files). All or nothing; ids are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", type=Path)
        parser.add_argument("--municipality", required=True, metavar="SLUG")
        parser.add_argument("--dry-run", action="store_true", help="Validate and report, write nothing.")

    def handle(self, *args, path: Path, municipality: str, dry_run: bool, verbosity: int, **options):
        if not path.exists():
            raise CommandError(f"{path} does not exist.")
        place = Municipality.objects.filter(slug=municipality).first()
        if place is None:
            raise CommandError(f"No municipality with the slug “{municipality}”.")
        try:
            total = len(read_source(path))
        except (ValueError, UnicodeDecodeError) as error:
            raise CommandError(f"{path} is not valid JSON or CSV: {error}") from error
        with tqdm(total=total, desc="Importing", unit="service", disable=verbosity == 0) as bar:
            report = import_services(path=path, municipality=place, dry_run=dry_run, progress=bar.update)
        for warning in report.warnings:
            self.stderr.write(f"warning: {warning}")
        if report.errors:
            for problem in report.errors:
                self.stderr.write(f"error: {problem}")
            raise CommandError(
                f"{len(report.errors)} problem(s) in {report.services} service(s); nothing was imported."
            )
        verb = "would be imported (dry run)" if dry_run else "imported"
        self.stdout.write(
            self.style.SUCCESS(
                f"{report.services} service(s) {verb}: {report.created} created, {report.updated} updated, "
                f"{report.unchanged} unchanged."
            )
        )
