import io
import json
import os
import subprocess
import sys
import uuid
import zipfile
from pathlib import Path

import pytest

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.interop.backup import BackupError, create_backup, read_verified, restore_backup

ROOT = Path(__file__).resolve().parents[3]
POSTGRES = "postgres://postgres@127.0.0.1:5432"


def _postgres_reachable() -> bool:
    try:
        import psycopg

        psycopg.connect(f"{POSTGRES}/postgres", connect_timeout=3).close()
    except Exception:
        return False
    return True


@pytest.mark.django_db
def test_backup_has_a_manifest_with_checksums_and_refuses_a_non_empty_database(tmp_path):
    InitiativeFactory(municipality=MunicipalityFactory(slug="holstebro"), title="Sprogcaféen")
    path = tmp_path / "backup.zip"
    manifest = create_backup(path=path)
    assert manifest["objects"] > 0 and "data.json" in manifest["files"]
    _manifest, members = read_verified(path)
    assert "Sprogcaféen" in members["data.json"].decode()
    with pytest.raises(BackupError, match="not empty"):
        restore_backup(path=path)


@pytest.mark.django_db
def test_a_tampered_backup_is_refused(tmp_path):
    MunicipalityFactory(slug="holstebro")
    path = tmp_path / "backup.zip"
    create_backup(path=path)
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(tampered, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(
                item, data.replace(b"holstebro", b"h0lstebro") if item.filename == "data.json" else data
            )
    with pytest.raises(BackupError, match="checksum"):
        read_verified(tampered)


def _manage(*args, database_url: str) -> str:
    env = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": "config.settings"}
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def _objects(path: Path) -> list[str]:
    """The backup's objects, comparable across databases (many-to-many lists have no order)."""
    with zipfile.ZipFile(path) as archive:
        objects = json.loads(archive.read("data.json"))
    for obj in objects:
        for name, value in obj["fields"].items():
            if isinstance(value, list):
                obj["fields"][name] = sorted(value, key=json.dumps)
    # Django's JSON keeps milliseconds: a time with under 1 ms of fraction dumps as ".000Z" and,
    # restored, as "Z". Both are the same instant at the backup's precision.
    return sorted(json.dumps(o, sort_keys=True).replace('.000Z"', 'Z"') for o in objects)


@pytest.mark.skipif(not _postgres_reachable(), reason="needs PostgreSQL on 127.0.0.1:5432")
@pytest.mark.skipif(
    os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="the source is the SQLite run's demo database; the PostgreSQL run has none to copy",
)
def test_sqlite_backup_restores_on_postgresql_with_the_same_content(tmp_path, demo_database):
    import psycopg

    # The migrated demo of this test run, written to a file as `migrate` and `load_demo` would leave it.
    demo_database.save_sqlite_copy(tmp_path / "source.sqlite3")
    sqlite_url = f"sqlite:///{tmp_path / 'source.sqlite3'}"
    _manage("backup", str(tmp_path / "a.zip"), database_url=sqlite_url)
    name = f"samvirke_restore_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        _manage("restore", str(tmp_path / "a.zip"), database_url=f"{POSTGRES}/{name}")
        _manage("backup", str(tmp_path / "b.zip"), database_url=f"{POSTGRES}/{name}")
    finally:
        with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    assert _objects(tmp_path / "a.zip") == _objects(tmp_path / "b.zip")


@pytest.mark.django_db
def test_a_restore_erases_again_whoever_was_erased_after_the_backup(tmp_path, settings):
    """Issue 17, finding 7: restoring a backup made before an erasure brought the person back."""
    from django.core.management import call_command

    from samvirke.accounts.tests.factories import MembershipFactory
    from samvirke.directory.models import ContactPerson
    from samvirke.directory.tests.factories import ContactPersonFactory
    from samvirke.editorial.models import Erasure
    from samvirke.editorial.services.gdpr import erase_contact, read_ledger

    settings.ERASURE_LEDGER = tmp_path / "erasures.jsonl"
    settings.MEDIA_ROOT = tmp_path / "media"
    place = MunicipalityFactory(slug="holstebro")
    person = ContactPersonFactory(municipality=place, name="Aisha Holm", email="aisha@example.org")
    kept = ContactPersonFactory(municipality=place, name="Jens Kold")
    editor = MembershipFactory(role="editor", municipality=place).user
    create_backup(path=tmp_path / "before.zip")
    erase_contact(user=editor, contact_id=person.pk, reason="asked to be forgotten")
    assert [entry["contact_uuid"] for entry in read_ledger()] == [str(person.uuid)]
    out = io.StringIO()
    call_command("restore", str(tmp_path / "before.zip"), force=True, stdout=out)
    assert "Re-applied 1 recorded erasure" in out.getvalue()
    assert not ContactPerson.objects.filter(uuid=person.uuid).exists()
    assert ContactPerson.objects.filter(uuid=kept.uuid).exists()
    history = ContactPerson.history.filter(uuid=person.uuid)
    assert [row.history_change_reason for row in history] == ["erased"]
    assert not ContactPerson.history.filter(name="Aisha Holm").exists()
    assert Erasure.objects.filter(contact_uuid=person.uuid).count() == 1
