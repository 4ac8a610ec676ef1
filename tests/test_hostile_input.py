"""Issue 17 (hold against a hostile visitor): formulas in CSV exports, and bad input that ended in a 500.

Each test names the finding it covers. Uploads and bodies go through real HTTP (Django's test client)
on the real database, and every refusal is checked to have written nothing.
"""

import csv
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from samvirke.accounts.models import User
from samvirke.directory.models import ContactPerson
from samvirke.initiatives.models import Initiative
from samvirke.policy.models import Action, ActionProgramme, Measurement, Policy
from samvirke.policy.selectors import measurements_csv
from samvirke.policy.services import results as result_services

FORMULA = "=cmd|' /C calc'!A0"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cells(content: bytes) -> list[str]:
    text = content.decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def _editor(client):
    client.force_login(User.objects.get(username="editor-holstebro"))


def test_csv_exports_neutralise_formulas_and_import_them_back_unchanged(client, demo):
    """Finding 5: a measurement source, an action title and an activity title of =cmd|… went out as is."""
    measurement = Measurement.objects.filter(
        indicator__criterion__policy__municipality__slug="holstebro"
    ).first()
    policy = measurement.indicator.criterion.policy
    measurement.source = FORMULA
    measurement.save()
    programme = ActionProgramme.objects.select_related("municipality").first()  # Hillerød's
    Action.objects.filter(pk=programme.actions.first().pk).update(title="@SUM(1+1)*cmd|' /C calc'!A0")
    Initiative.objects.filter(pk=Initiative.objects.filter(municipality__slug="holstebro").first().pk).update(
        title="+cmd|' /C calc'!A0"
    )
    _editor(client)
    exports = {
        "measurements": client.get(f"/holstebro/policy/{policy.slug}/measurements.csv"),
        "actions": client.get(f"/{programme.municipality.slug}/programmes/{programme.slug}/actions.csv"),
        "handbook": client.get("/holstebro/export.csv"),
    }
    for name, response in exports.items():
        assert response.status_code == 200, name
        cells = _cells(b"".join(response.streaming_content) if response.streaming else response.content)
        with_payload = [cell for cell in cells if "cmd|" in cell]
        assert with_payload, f"{name}: the payload is not in the export"
        dangerous = [
            c for c in cells if c[:1] in FORMULA_STARTS and not c.lstrip("-").replace(".", "").isdigit()
        ]
        assert dangerous == [], f"{name} exports formulas: {dangerous}"
        assert all(cell.startswith("'") for cell in with_payload), name
    # The apostrophe is read back off: an export imports unchanged.
    parsed = measurements_csv.get_measurements_import_preview(
        policy=policy, content=exports["measurements"].content
    )
    assert FORMULA in [row.source for row in parsed.rows]
    assert result_services.import_measurements(parsed=parsed)["changed"] == 0


def _upload(client, name: str, content: bytes):
    return client.post("/holstebro/import/", {"file": SimpleUploadedFile(name, content)})


def _csv(**cells) -> bytes:
    row = {"title": "Sprogcafé til prøve", "organisation": "Biblioteket", **cells}
    return (",".join(row) + "\n" + ",".join(row.values()) + "\n").encode()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("header.csv", b"title\nSprogcafe\n", "organisation"),  # a header line without a delimiter
        ("long.csv", _csv(summary="x" * 140_000), "for lang"),  # over csv's 131,072-character field limit
        ("empty.xlsx", b"", "XLSX"),
        ("notzip.xlsx", b"title,organisation\nA,B\n", "XLSX"),
        ("link.csv", _csv(link="notaurl"), "URL"),  # passed the preview, then failed the import
        ("title.csv", _csv(title="T" * 400), "200"),  # longer than the field
    ],
)
def test_a_bad_handbook_import_is_named_at_preview_and_nothing_is_written(
    client, demo, name, content, message
):
    """Finding 6: a 500 for each of these at /holstebro/import/."""
    _editor(client)
    before = Initiative.objects.count()
    response = _upload(client, name, content)
    assert response.status_code == 200
    page = response.content.decode()
    assert message in page and 'name="payload"' not in page  # nothing offered for import
    assert Initiative.objects.count() == before


def test_a_measurements_import_with_an_over_long_cell_is_refused_with_a_message(client, demo):
    """Finding 6: the measurements import with a field over csv's limit."""
    _editor(client)
    policy = Policy.objects.filter(municipality__slug="holstebro").first()
    content = b"indicator,date,value,source\n1,2020-01-01,5," + b"x" * 140_000 + b"\n"
    before = Measurement.objects.count()
    response = client.post(
        f"/holstebro/policy/{policy.slug}/measurements/import/",
        {"file": SimpleUploadedFile("m.csv", content)},
    )
    assert response.status_code < 500 and "for lang" in response.content.decode()
    assert Measurement.objects.count() == before


def test_huge_page_numbers_are_a_4xx(client, demo):
    """Finding 6: page=2**63 overflowed the database's integers."""
    huge = "9223372036854775808"
    for path in ("/api/hsds/services", "/api/hsds/organizations"):
        response = client.get(path, {"page": huge})
        assert response.status_code == 422, path
    _editor(client)
    policy = Policy.objects.filter(municipality__slug="holstebro").first()
    assert client.get(f"/holstebro/policy/{policy.slug}/history/", {"page": huge}).status_code == 200


def test_a_json_body_over_the_limit_is_413_and_nul_characters_are_422(client, db):
    """Finding 6: a 3 MB proposal body was a 500, and a NUL in `municipality` a 500 on PostgreSQL."""
    body = json.dumps({"municipality": "holstebro", "comment": "x" * 3_000_000})
    response = client.post(
        "/api/v1/proposals", body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="da"
    )
    assert response.status_code == 413
    assert "for stor" in response.json()["detail"]  # in the visitor's language
    body = {"municipality": "hol\x00stebro", "entry_type": "initiative", "fields": {"title": "x"}}
    response = client.post("/api/v1/proposals", body, content_type="application/json")
    assert response.status_code == 422 and "municipality" in response.json()["detail"][0]["loc"]
    assert not ContactPerson.objects.exists()
