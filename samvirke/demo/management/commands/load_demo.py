from django.core.management.base import BaseCommand
from tqdm import tqdm

from samvirke.core.models import Municipality
from samvirke.demo.loader import MUNICIPALITIES, load_demo


class Command(BaseCommand):
    help = "Load the demo municipalities, handbooks and policies (idempotent: a second run changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Only load when the database has no municipality yet."
        )

    def handle(self, *args, **options):
        if options["if_empty"] and Municipality.objects.exists():
            self.stdout.write("The database already has content; demo data not loaded.")
            return
        bar = tqdm(
            total=len(MUNICIPALITIES),
            desc="Demo data",
            unit="municipality",
            disable=options["verbosity"] == 0,
        )
        report = load_demo(progress=lambda name: (bar.set_postfix_str(name), bar.update(1)))
        bar.close()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data: {report.created} created, {report.updated} updated, {report.unchanged} unchanged."
            )
        )
        self.stdout.write("Demo logins (password for all of them):")
        for username, password, what in report.logins:
            self.stdout.write(f"  {username:<24} {password:<16} {what}")
