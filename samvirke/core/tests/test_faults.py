"""A database that cannot be reached or written answers 503 with a clear message, and nothing is corrupted.

(PostgreSQL restarted under load and a killed server worker are exercised by `make loadtest`.)
"""

import pytest
from django.db import OperationalError, connection

from samvirke.accounts.tests.factories import MembershipFactory
from samvirke.initiatives.models import Initiative
from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.interop.models import ApiToken

sqlite_only = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite storage faults")


@pytest.fixture
def editor_token(transactional_db):
    initiative = InitiativeFactory(title="Sprogcafé")
    editor = MembershipFactory(role="editor", municipality=initiative.municipality).user
    return initiative, ApiToken.issue(user=editor, name="faults")[1]


def _patch(client, initiative, token):
    return client.patch(
        f"/api/v1/initiatives/{initiative.uuid}",
        {"title": "Changed"},
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )


def _integrity() -> str:
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA integrity_check")
        return cursor.fetchone()[0]


@sqlite_only
def test_a_read_only_sqlite_database_refuses_writes_with_503_and_stays_intact(client, editor_token):
    initiative, token = editor_token
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA query_only = ON")
    try:
        response = _patch(client, initiative, token)
    finally:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA query_only = OFF")
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert "cannot save changes" in response.json()["detail"]
    assert Initiative.objects.get(pk=initiative.pk).title == "Sprogcafé"
    assert _integrity() == "ok"


@sqlite_only
def test_a_full_sqlite_database_answers_503_on_a_page_and_keeps_its_data(client, editor_token):
    initiative, token = editor_token
    with connection.cursor() as cursor:
        # Use up the free pages left by earlier tests, then forbid the file to grow: a full disk.
        cursor.execute("PRAGMA freelist_count")
        free = cursor.fetchone()[0]
        cursor.execute("CREATE TABLE fault_filler (b BLOB)")
        cursor.execute("PRAGMA page_size")
        cursor.execute("INSERT INTO fault_filler VALUES (zeroblob(%s))", [free * cursor.fetchone()[0]])
        cursor.execute("PRAGMA page_count")
        pages = cursor.fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")
    try:
        # Grow the table past the cap with a large write, as a full disk would stop it.
        response = client.patch(
            f"/api/v1/initiatives/{initiative.uuid}",
            {"description": "x" * 19_000},
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {token}",
        )
    finally:
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA max_page_count = 1073741823")
            cursor.execute("DROP TABLE fault_filler")
    assert response.status_code == 503
    assert Initiative.objects.get(pk=initiative.pk).description != "x" * 19_000
    assert _integrity() == "ok"


def test_an_unreachable_database_gives_a_503_page_not_a_500(client, db, monkeypatch):
    from samvirke.core import views

    def down(**kwargs):
        raise OperationalError('connection to server at "127.0.0.1", port 5432 failed: Connection refused')

    monkeypatch.setattr(views.selectors, "list_municipalities", down)
    response = client.get("/")
    assert response.status_code == 503
    assert response["Cache-Control"] == "no-store"
    assert "database" in response.content.decode()
    assert response.content.decode().startswith("<!DOCTYPE html>")


def test_a_programming_error_is_not_disguised_as_unavailable(client, db, monkeypatch):
    from django.db import IntegrityError

    from samvirke.core import views

    def bug(**kwargs):
        raise IntegrityError("duplicate key")

    monkeypatch.setattr(views.selectors, "list_municipalities", bug)
    client.raise_request_exception = False
    assert client.get("/").status_code == 500


@pytest.mark.django_db
def test_nul_characters_in_filters_are_refused_not_a_500_on_any_database(client):
    response = client.get("/api/v1/initiatives", {"municipality": "hol\x00stebro"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "municipality"]
    assert client.get("/holstebro/initiatives/", {"q": "a\x00b"}).status_code == 400
    spec = client.get("/api/v1/openapi.json").json()
    municipality = next(
        p for p in spec["paths"]["/api/v1/initiatives"]["get"]["parameters"] if p["name"] == "municipality"
    )
    assert "pattern" in str(municipality["schema"])  # the document states the rule it enforces
