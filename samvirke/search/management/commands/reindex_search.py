from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from samvirke.core.models import Municipality
from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative
from samvirke.search.embeddings import batch_threads
from samvirke.search.services import reindex


class Command(BaseCommand):
    help = "Rebuild the search index and the dense vectors whose text changed (all municipalities, or one)."

    def add_arguments(self, parser):
        parser.add_argument("--municipality", metavar="SLUG", help="Only this municipality.")
        parser.add_argument(
            "--force-embeddings", action="store_true", help="Recompute every vector, changed or not."
        )
        parser.add_argument(
            "--threads",
            type=int,
            default=None,
            help="Batches embedded at once (default: SEARCH_EMBEDDING_BATCH_THREADS, one a core).",
        )

    def handle(self, *args, **options):
        if options["threads"] is not None and options["threads"] < 1:
            raise CommandError("--threads must be at least 1.")
        threads = options["threads"] or batch_threads()
        municipality = None
        if options["municipality"]:
            municipality = Municipality.objects.filter(slug=options["municipality"]).first()
            if municipality is None:
                raise CommandError(f"No municipality with the slug “{options['municipality']}”.")
        initiatives, organisations = Initiative.objects.all(), Organisation.objects.all()
        if municipality:
            initiatives = initiatives.for_municipality(municipality)
            organisations = organisations.for_municipality(municipality)
        total = initiatives.count() + organisations.count()
        quiet = options["verbosity"] == 0
        with (
            tqdm(total=total, desc="Reindexing", unit="entry", disable=quiet) as bar,
            tqdm(total=total, desc="Embedding", unit="entry", disable=quiet) as embed_bar,
            # Translations become variants as their entries are indexed: their number is known only then.
            tqdm(desc="Embedding translations", unit="text", disable=quiet) as variant_bar,
        ):

            def embedded(n: int) -> None:
                if embed_bar.n == 0:  # its rate and time left count from the first vector, not the start
                    embed_bar.reset(total=total)
                embed_bar.update(n)

            count = reindex(
                municipality=municipality,
                progress=bar.update,
                embed_progress=embedded,
                variant_progress=variant_bar.update,
                force_embeddings=options["force_embeddings"],
                embed_threads=threads,
            )
        self.stdout.write(self.style.SUCCESS(f"Indexed {count} entries."))
