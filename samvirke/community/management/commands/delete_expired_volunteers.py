from django.core.management.base import BaseCommand

from samvirke.community.services.volunteering import delete_expired_signups


class Command(BaseCommand):
    help = (
        "Delete volunteers' sign-ups whose last shift ended longer ago than the municipality's retention "
        "period (default 12 months). Run nightly from cron: "
        "`30 3 * * * cd /srv/samvirke && .venv/bin/python manage.py delete_expired_volunteers`."
    )

    def handle(self, *args, **options):
        deleted = delete_expired_signups()
        self.stdout.write(self.style.SUCCESS(f"Volunteer retention: {deleted} sign-ups deleted."))
