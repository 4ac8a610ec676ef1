from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from samvirke.core.models import Municipality
from samvirke.insights.runs import run_link_check
from samvirke.insights.tasks import schedule_link_checks


class Command(BaseCommand):
    help = (
        "Check the website link of every organisation and activity (HEAD, then GET), and record broken "
        "ones with the date first seen and the reason. --schedule instead queues the periodic check "
        "that the background worker (db_worker) runs and re-queues (decision 0078)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--municipality", help="Only this municipality (slug).")
        parser.add_argument("--timeout", type=float, help="Seconds to wait for one answer (default 10).")
        parser.add_argument("--workers", type=int, help="Hosts checked at once (default 4).")
        parser.add_argument("--pause", type=float, help="Seconds between two links of one host (default 1).")
        parser.add_argument("--schedule", action="store_true", help="Queue the periodic check and return.")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar.")

    def handle(self, *args, **options):
        if options["schedule"]:
            queued = schedule_link_checks()
            self.stdout.write(
                "Queued the periodic link check." if queued else "A link check is already queued."
            )
            return
        municipality = None
        if options["municipality"]:
            municipality = Municipality.objects.filter(slug=options["municipality"]).first()
            if municipality is None:
                raise CommandError(f"No municipality with the slug {options['municipality']!r}.")
        bar = None

        def start(total: int) -> None:
            nonlocal bar
            bar = tqdm(total=total, unit="link", disable=options["no_progress"] or None, file=self.stderr)

        counts = run_link_check(
            municipality=municipality,
            timeout=options["timeout"],
            workers=options["workers"],
            pause=options["pause"],
            on_start=start,
            progress=lambda _result: bar.update(1),
        )
        if bar is not None:
            bar.close()
        self.stdout.write(", ".join(f"{status}: {count}" for status, count in counts.items()))
