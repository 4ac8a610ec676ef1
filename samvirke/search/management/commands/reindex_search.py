from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from samvirke.core.models import Municipality
from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative
from samvirke.search.services import reindex


class Command(BaseCommand):
    help = "Rebuild the search index (all municipalities, or one)."

    def add_arguments(self, parser):
        parser.add_argument("--municipality", metavar="SLUG", help="Only this municipality.")

    def handle(self, *args, **options):
        municipality = None
        if options["municipality"]:
            municipality = Municipality.objects.filter(slug=options["municipality"]).first()
            if municipality is None:
                raise CommandError(f"No municipality with the slug “{options['municipality']}”.")
        initiatives, organisations = Initiative.objects.all(), Organisation.objects.all()
        if municipality:
            initiatives = initiatives.for_municipality(municipality)
            organisations = organisations.for_municipality(municipality)
        with tqdm(
            total=initiatives.count() + organisations.count(),
            desc="Reindexing",
            unit="entry",
            disable=options["verbosity"] == 0,
        ) as bar:
            count = reindex(municipality=municipality, progress=lambda: bar.update(1))
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} entries."))
