from django.core.management.base import BaseCommand

from samvirke.community.emails import send_daily_digests


class Command(BaseCommand):
    help = (
        "E-mail the daily forum digest to practitioners who chose it (run once a day from cron: "
        "`15 6 * * * cd /srv/samvirke && .venv/bin/python manage.py send_forum_digest`)."
    )

    def handle(self, *args, **options):
        sent = send_daily_digests()
        self.stdout.write(self.style.SUCCESS(f"Forum digest: {sent} e-mails sent."))
