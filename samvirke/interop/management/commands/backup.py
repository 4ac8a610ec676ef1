from pathlib import Path

from django.core.management.base import BaseCommand

from samvirke.interop.backup import create_backup


class Command(BaseCommand):
    help = "Write everything (content, history, users, uploaded files) into one zip with a manifest and checksums."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options):
        manifest = create_backup(path=file)
        self.stdout.write(
            self.style.SUCCESS(
                f"Backed up {manifest['objects']} objects and {len(manifest['files']) - 1} files to {file}."
            )
        )
