"""The demo database built once per test process, and the empty one kept beside it (decision 0051).

Loading the demo (seeds, policies, translations, search vectors) takes about a minute; putting a
copy of it in place of the test database takes milliseconds on SQLite and a fraction of a second
on PostgreSQL. So each xdist worker loads the demo once, keeps it as a snapshot, and:

- a test that asks for `demo` runs on the demo: inside a transaction rolled back at the end, or
  (browser and live-server tests) on a copy that is thrown away afterwards;
- every transactional test (browser, live server) leaves the empty database exactly as migrations
  made it, data migrations' rows included, instead of the flushed one Django leaves.

SQLite's test database lives in memory and is shared with the live server's threads by one
connection object, so the snapshots are copied into it with SQLite's backup API and the
connection never changes. PostgreSQL switches the connection to another database: the demo is a
template database, and a test gets a database copied from it.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connections
from django.test import override_settings
from pytest_django.plugin import validate_django_db

from samvirke.core.pagecache import bump_generation
from samvirke.demo.loader import LoadReport, load_demo


@dataclass(frozen=True)
class Demo:
    """What a test that reads the demo gets: the report of the load that built it."""

    report: LoadReport


def _forget_process_state() -> None:
    # Content stays cached per process (pages, facet indexes, content types); a new database
    # under the same connection must not be answered from the old one's.
    bump_generation()
    ContentType.objects.clear_cache()


class SqliteSnapshots:
    """The in-memory test database's two states, each a private in-memory SQLite database."""

    def __init__(self, connection):
        if not connection.is_in_memory_db():
            raise RuntimeError("The demo snapshots expect SQLite's in-memory test database.")
        self.connection = connection
        self.empty = self._copy()
        self.demo: sqlite3.Connection | None = None

    def _raw(self) -> sqlite3.Connection:
        self.connection.ensure_connection()
        return self.connection.connection

    def _copy(self) -> sqlite3.Connection:
        target = sqlite3.connect(":memory:", check_same_thread=False)
        self._raw().backup(target)
        return target

    def _restore(self, snapshot: sqlite3.Connection) -> None:
        snapshot.backup(self._raw())
        _forget_process_state()

    def build_demo(self) -> LoadReport:
        report = load_demo()
        self.demo = self._copy()
        self._restore(self.empty)
        return report

    def enter(self, *, demo: bool, transactional: bool) -> None:
        if demo:
            self._restore(self.demo)

    def leave(self, *, demo: bool, transactional: bool) -> None:
        # A rolled-back test on the empty database left it as it was: nothing to copy.
        if demo or transactional:
            self._restore(self.empty)


class PostgresSnapshots:
    """The migrated state and the demo as template databases; a test that needs either gets a copy,
    made anew only after a test that could write to it."""

    def __init__(self, connection):
        self.connection = connection
        self.main_name = connection.settings_dict["NAME"]
        self.migrated_name = f"{self.main_name}_migrated"
        self.demo_name = f"{self.main_name}_demo"
        self.work_name = f"{self.main_name}_work"
        self.work_holds: str | None = None  # "demo" or "empty" while the copy is untouched
        self._copy(source=self.main_name, target=self.migrated_name)

    def _admin(self, *statements: str) -> None:
        # Database names are ours (the test database's name and fixed suffixes) and cannot be
        # parameters in these statements.
        with self.connection._nodb_cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)

    def _end_sessions(self, name: str) -> None:
        with self.connection._nodb_cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                [name],
            )

    def _use(self, name: str) -> None:
        self.connection.close()
        self.connection.settings_dict["NAME"] = name
        _forget_process_state()

    def _copy(self, *, source: str, target: str) -> None:
        # A template must have no connections while it is copied. Threads that touched it (the demo's
        # embedding pool, a live server's requests) may keep theirs open: end them.
        self.connection.close()
        self._end_sessions(source)
        self._admin(
            f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)',
            f'CREATE DATABASE "{target}" TEMPLATE "{source}"',
        )

    def build_demo(self) -> LoadReport:
        self._copy(source=self.migrated_name, target=self.demo_name)
        self._use(self.demo_name)
        try:
            report = load_demo()
        finally:
            self._use(self.main_name)
        return report

    def enter(self, *, demo: bool, transactional: bool) -> None:
        if not (demo or transactional):
            return  # the main database, inside a transaction that is rolled back
        wanted = "demo" if demo else "empty"
        if self.work_holds != wanted:
            self._copy(source=self.demo_name if demo else self.migrated_name, target=self.work_name)
        self._use(self.work_name)
        # A rolled-back test leaves the copy as it found it; a transactional one may have changed it.
        self.work_holds = None if transactional else wanted

    def leave(self, *, demo: bool, transactional: bool) -> None:
        if demo or transactional:
            self._use(self.main_name)

    def drop(self) -> None:
        self._use(self.main_name)
        self._admin(
            *(
                f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
                for name in (self.work_name, self.demo_name, self.migrated_name)
            )
        )


class DemoDatabase:
    """The demo, loaded on first use in this process, and the switch between it and the empty database."""

    def __init__(self, django_db_blocker, media_root: Path):
        self.blocker = django_db_blocker
        self.media_root = media_root  # the demo's uploaded files (story images), copied per test
        connection = connections["default"]
        with self.blocker.unblock():
            self.snapshots = (
                SqliteSnapshots(connection)
                if connection.vendor == "sqlite"
                else PostgresSnapshots(connection)
            )
        self._demo: Demo | None = None

    def demo(self) -> Demo:
        if self._demo is None:
            with self.blocker.unblock(), override_settings(MEDIA_ROOT=self.media_root):
                self._demo = Demo(report=self.snapshots.build_demo())
        return self._demo

    def enter(self, *, demo: bool, transactional: bool) -> None:
        if demo:
            self.demo()
        with self.blocker.unblock():
            self.snapshots.enter(demo=demo, transactional=transactional)

    def leave(self, *, demo: bool, transactional: bool) -> None:
        with self.blocker.unblock():
            self.snapshots.leave(demo=demo, transactional=transactional)

    def save_sqlite_copy(self, path: Path) -> None:
        """Write the demo to an SQLite file (the SQLite run only)."""
        if not isinstance(self.snapshots, SqliteSnapshots):
            raise RuntimeError("Only the SQLite run keeps the demo as an SQLite database.")
        self.demo()
        with sqlite3.connect(path) as target:
            self.snapshots.demo.backup(target)
        target.close()

    def close(self) -> None:
        if isinstance(self.snapshots, PostgresSnapshots):
            with self.blocker.unblock():
                self.snapshots.drop()


@pytest.fixture(scope="session")
def demo_database(django_db_setup, django_db_blocker, tmp_path_factory):
    database = DemoDatabase(django_db_blocker, media_root=tmp_path_factory.mktemp("demo-media"))
    yield database
    database.close()


def _is_transactional(request) -> bool:
    """The same answer pytest-django's database fixture gives."""
    marker = request.node.get_closest_marker("django_db")
    transactional, reset_sequences = validate_django_db(marker)[:2] if marker else (False, False)
    names = request.fixturenames
    return transactional or reset_sequences or "transactional_db" in names or "live_server" in names


@pytest.fixture
def _database_state(request, demo_database):
    """Puts the demo in place before the test's transaction opens, and the empty database back after
    the transaction is rolled back (or the flush of a transactional test)."""
    uses_demo = "demo" in request.fixturenames
    transactional = _is_transactional(request)
    demo_database.enter(demo=uses_demo, transactional=transactional)
    yield
    demo_database.leave(demo=uses_demo, transactional=transactional)


@pytest.fixture
def _django_db_helper(_database_state, _django_db_helper):
    """pytest-django's database access for one test, inside the demo or empty state chosen above.

    Overriding it (and requesting the original) orders the set-up: the state first, then the
    transaction; and the tear-down: the rollback or flush first, then the state."""
    yield


@pytest.fixture
def demo(db, demo_database, settings, tmp_path) -> Demo:
    """The demo data of `manage.py load_demo`, for this test only (its files in the test's own folder)."""
    loaded = demo_database.demo()
    settings.MEDIA_ROOT = tmp_path / "demo-media"
    shutil.copytree(demo_database.media_root, settings.MEDIA_ROOT)
    return loaded
