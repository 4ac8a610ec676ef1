from django.core.management.base import BaseCommand

from samvirke.insights.services import delete_old_insights


class Command(BaseCommand):
    help = (
        "Delete counted searches and page views older than INSIGHTS_RETENTION_DAYS (default about 13 "
        "months). Run nightly from cron: `manage.py delete_old_insights` (docs/privacy.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, help="Keep this many days instead of the setting.")

    def handle(self, *args, **options):
        deleted = delete_old_insights(retention_days=options["days"])
        self.stdout.write(", ".join(f"{name}: {count} deleted" for name, count in deleted.items()))
