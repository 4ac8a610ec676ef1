from django.core.management.base import BaseCommand

from samvirke.search.vocabulary import seed


class Command(BaseCommand):
    help = (
        "Add the newcomer vocabulary entries from the seed files that are missing (never overwrites edits)."
    )

    def handle(self, *args, **options):
        self.stdout.write(self.style.SUCCESS(f"Added {seed()} vocabulary entries."))
