import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from samvirke.core.tests.factories import MunicipalityFactory, RegionFactory

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.django_db
def test_healthz_reports_database_ok(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_with_reason_when_database_is_unreachable():
    # A real unreachable database: PostgreSQL on a port where nothing listens.
    env = {**os.environ, "DATABASE_URL": "postgres://postgres@127.0.0.1:9/nowhere", "CONN_MAX_AGE": "0"}
    script = (
        "import django, json; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/healthz');"
        "print(json.dumps({'status_code': r.status_code, 'body': r.json()}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "config.settings"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["status_code"] == 503
    assert answer["body"]["status"] == "error"
    assert answer["body"]["database"] == "unavailable"
    assert answer["body"]["reason"]


@pytest.mark.django_db
def test_home_lists_municipalities_and_regions(client):
    region = RegionFactory(name="Region Halland", slug="halland")
    MunicipalityFactory(name="Halmstads kommun", slug="halmstad", country="SE", region=region)
    MunicipalityFactory(name="Holstebro Kommune", slug="holstebro")
    page = client.get("/").content.decode()
    assert 'href="/holstebro/"' in page
    assert 'href="/halmstad/"' in page
    assert 'href="/r/halland/"' in page


@pytest.mark.django_db
def test_home_has_empty_state(client):
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "No municipalities yet" in page


@pytest.mark.django_db
def test_the_favicon_is_served_at_the_root(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response["Content-Type"] == "image/x-icon"
    assert response.content[:4] == b"\x00\x00\x01\x00"  # an ICO file
