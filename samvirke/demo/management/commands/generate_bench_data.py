from django.core.management.base import BaseCommand

from samvirke.demo.bench import build_bench_municipality


class Command(BaseCommand):
    help = "Build a synthetic municipality bench-<size> with <size> initiatives (for make bench)."

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, nargs="+", default=[1000])
        parser.add_argument(
            "--borrow-vectors",
            action="store_true",
            help="Give each entry its template's demo vector (size and cost of real vectors, "
            "not their quality) instead of none; for sizes too large to embed here.",
        )

    def handle(self, *args, size: list[int], borrow_vectors: bool, **options):
        for n in size:
            municipality = build_bench_municipality(size=n, borrow_vectors=borrow_vectors)
            self.stdout.write(self.style.SUCCESS(f"{municipality.slug}: {n} initiatives."))
