"""Backup and restore of a whole installation: content, history, users, translations and uploaded files.

A backup is one zip: `data.json` (Django's serialised objects with natural keys, so it loads
into SQLite or PostgreSQL alike; times at millisecond precision, as Django's JSON keeps them),
`media/…` (uploaded files), `private/…` (files served only with a permission check), and
`manifest.json` with a SHA-256 checksum of every other member, the migration state and the time it
was made. A restore re-applies every erasure the erasure ledger records (decision 0055).
"""

import hashlib
import io
import json
import zipfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

from samvirke.editorial.services.gdpr import reapply_erasures
from samvirke.search.services import reindex

# Rebuilt by `migrate` itself or derived from the content (the search index is rebuilt on restore).
EXCLUDED = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "admin.logentry",
    "search.searchdocument",
    "search.searchterm",  # the search index, its dictionary and the translations' vectors
    "search.searchvariant",  # are rebuilt after a restore
]


class BackupError(Exception):
    pass


def _file_roots() -> dict[str, Path]:
    """The uploaded and generated files, by the folder they have in the zip: public and private (decision 0055)."""
    return {"media": Path(settings.MEDIA_ROOT), "private": Path(settings.PRIVATE_MEDIA_ROOT)}


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _without_index_upkeep(dump: str) -> str:
    """Queued search-index tasks point at search documents, which are not backed up but rebuilt on
    restore (with their vectors): they are derived data like the documents, so they stay out."""
    objects = json.loads(dump)
    kept = [
        item
        for item in objects
        if not (
            item["model"] == "django_tasks_database.dbtaskresult"
            and item["fields"].get("task_path", "").startswith("samvirke.search.")
        )
    ]
    return dump if len(kept) == len(objects) else json.dumps(kept, ensure_ascii=False)


def create_backup(*, path: Path) -> dict:
    """Write the backup zip to `path`; returns its manifest."""
    buffer = io.StringIO()
    call_command(
        "dumpdata", natural_foreign=True, natural_primary=True, exclude=EXCLUDED, stdout=buffer, verbosity=0
    )
    data = _without_index_upkeep(buffer.getvalue()).encode()
    members = {"data.json": data}
    for folder, root in _file_roots().items():
        if root.exists():
            for file in sorted(p for p in root.rglob("*") if p.is_file()):
                members[f"{folder}/{file.relative_to(root).as_posix()}"] = file.read_bytes()
    manifest = {
        "format": "samvirke-backup/1",
        "created_at": timezone.now().isoformat(),
        "database": connection.vendor,
        "migrations": sorted(
            f"{app}.{name}" for app, name in MigrationRecorder(connection).applied_migrations()
        ),
        "objects": len(json.loads(data)),
        "files": {name: _sha256(content) for name, content in members.items()},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
        archive.writestr("manifest.json", json.dumps(manifest, indent=2))
    return manifest


def read_verified(path: Path) -> tuple[dict, dict[str, bytes]]:
    """The manifest and members of a backup, after checking every checksum. Raises BackupError."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, FileNotFoundError) as error:
        raise BackupError(f"{path} is not a Samvirke backup: {error}") from error
    with archive:
        if "manifest.json" not in archive.namelist():
            raise BackupError(f"{path} has no manifest.json.")
        manifest = json.loads(archive.read("manifest.json"))
        members = {}
        for name, expected in manifest["files"].items():
            if name not in archive.namelist():
                raise BackupError(f"{name} is listed in the manifest but missing from the archive.")
            content = archive.read(name)
            if _sha256(content) != expected:
                raise BackupError(
                    f"{name} does not match its checksum: the backup is damaged or was altered."
                )
            members[name] = content
    return manifest, members


def database_has_content() -> bool:
    Municipality = apps.get_model("core", "Municipality")
    User = apps.get_model("accounts", "User")
    return Municipality.objects.exists() or User.objects.exists()


def restore_backup(*, path: Path, force: bool = False) -> dict:
    """Restore a verified backup into this (empty) database, then erase again everyone the erasure
    ledger records (their ids are in the returned manifest's "erasures_reapplied"). Raises BackupError."""
    manifest, members = read_verified(path)
    call_command("migrate", interactive=False, verbosity=0)
    if database_has_content() and not force:
        raise BackupError("The database is not empty. Restore into an empty database, or pass --force.")
    fixture = Path(settings.BASE_DIR) / "var" / "restore-data.json"
    fixture.parent.mkdir(parents=True, exist_ok=True)
    fixture.write_bytes(members["data.json"])
    try:
        call_command("loaddata", str(fixture), verbosity=0)
    finally:
        fixture.unlink(missing_ok=True)
    # A backup made before an erasure still holds the person: erase them again, before the index
    # is rebuilt, so that nothing of them comes back (decision 0055).
    manifest["erasures_reapplied"] = reapply_erasures()
    # loaddata saves raw rows, which the index signals skip: rebuild it for this database engine.

    reindex()
    for folder, root in _file_roots().items():
        for name, content in members.items():
            if name.startswith(f"{folder}/"):
                target = (root / name.removeprefix(f"{folder}/")).resolve()
                if root.resolve() not in target.parents:
                    raise BackupError(f"{name} points outside the {folder} folder.")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
    return manifest
