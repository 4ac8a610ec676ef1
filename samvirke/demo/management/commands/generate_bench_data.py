from django.core.management.base import BaseCommand

from samvirke.demo.bench import build_bench_municipality


class Command(BaseCommand):
    help = "Build a synthetic municipality bench-<size> with <size> initiatives (for make bench)."

    def add_arguments(self, parser):
        parser.add_argument("--size", type=int, nargs="+", default=[1000])

    def handle(self, *args, size: list[int], **options):
        for n in size:
            municipality = build_bench_municipality(size=n)
            self.stdout.write(self.style.SUCCESS(f"{municipality.slug}: {n} initiatives."))
