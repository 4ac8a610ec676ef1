from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from samvirke.interop.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = "Restore a backup into an empty database (SQLite or PostgreSQL), after verifying its checksums."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--force", action="store_true", help="Restore even into a database with content.")

    def handle(self, *args, file: Path, force: bool, **options):
        try:
            manifest = restore_backup(path=file, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {manifest['objects']} objects from {file} (made {manifest['created_at']})."
            )
        )
        erased = manifest["erasures_reapplied"]
        self.stdout.write(
            f"Re-applied {len(erased)} recorded erasure(s): the backup held {len(erased)} person(s) "
            f"erased since (ledger: {settings.ERASURE_LEDGER})."
        )
