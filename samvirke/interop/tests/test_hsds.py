"""HSDS 3.0: every API answer validates against the official schemas; import is all-or-nothing and idempotent."""

import copy
import json
import uuid
from pathlib import Path

import jsonschema
import pytest
from django.core.management import CommandError, call_command

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.initiatives.models import Initiative, Schedule
from samvirke.interop.hsds.importer import SCHEMAS

EXAMPLES = Path(__file__).resolve().parents[4] / "shared" / "hsds-3.0" / "examples"
needs_examples = pytest.mark.skipif(not EXAMPLES.exists(), reason="the HSDS examples live in shared/")


def errors(document, schema_name: str) -> list[str]:
    schema = json.loads((SCHEMAS / f"{schema_name}.json").read_text())
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    return [error.message for error in validator.iter_errors(document)]


def test_hsds_api_answers_validate_against_the_official_schemas(client, demo):
    assert client.get("/api/hsds/").json()["version"] == "3.0"
    page = client.get("/api/hsds/services", {"per_page": 200}).json()
    assert page["total_items"] == Initiative.objects.count() and page["first_page"] and not page["empty"]
    assert all(errors(item, "service_list") == [] for item in page["contents"])
    for item in page["contents"][:10]:
        full = client.get(f"/api/hsds/services/{item['id']}").json()
        assert errors(full, "service") == [], item["name"]
    organizations = client.get("/api/hsds/organizations", {"per_page": 200}).json()["contents"]
    assert all(errors(item, "organization_list") == [] for item in organizations)
    one = client.get(f"/api/hsds/organizations/{organizations[0]['id']}").json()
    assert errors(one, "organization") == []
    links = client.get("/api/hsds/service_at_locations").json()["contents"]
    assert all(errors(item, "service_at_location_list") == [] for item in links)


@needs_examples
def test_list_pages_have_the_official_page_envelope(client, demo):
    # HSDS's OpenAPI answers /services with its Page object whose `contents` holds service_list items;
    # service_list.json describes one item, not the page (the official example page would fail it too).
    official = json.loads((EXAMPLES / "service_list.json").read_text())
    page = client.get("/api/hsds/services").json()
    assert set(page) == set(official)
    assert all(errors(item, "service_list") == [] for item in page["contents"])


def test_hsds_filters_and_paging(client, demo):
    women = next(t for t in client.get("/api/hsds/taxonomy_terms").json()["contents"] if t["code"] == "women")
    page = client.get("/api/hsds/services", {"taxonomy_term_id": women["id"]}).json()
    assert page["total_items"] == Initiative.objects.filter(target_groups__slug="women").count() > 0
    page = client.get("/api/hsds/services", {"search": "Sprogcaféen", "per_page": 1}).json()
    assert page["contents"][0]["name"] == "Sprogcaféen"
    two = client.get("/api/hsds/services", {"per_page": 5, "page": 2}).json()
    assert two["page_number"] == 2 and two["size"] == 5 and not two["first_page"]
    assert client.get("/api/hsds/services/not-a-uuid").status_code == 404


@needs_examples
def test_import_with_two_bad_records_names_both_and_writes_nothing(tmp_path, db):
    MunicipalityFactory(slug="bad-input")
    one = json.loads((EXAMPLES / "service_full.json").read_text())
    services = [copy.deepcopy(one) | {"id": str(uuid.uuid4())} for _ in range(5)]
    del services[1]["name"]
    services[3]["id"] = "not-a-uuid"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(services))
    with pytest.raises(CommandError):
        call_command("import_hsds", str(path), municipality="bad-input", verbosity=0)
    assert not Initiative.objects.exists()


@needs_examples
def test_official_examples_import_once_and_again_changes_nothing(db, capsys):
    municipality = MunicipalityFactory(slug="hsds-example")
    call_command("import_hsds", str(EXAMPLES / "csv"), municipality="hsds-example", verbosity=0)
    initiative = Initiative.objects.get(uuid="ac148810-d857-441c-9679-408f346de14b")
    assert initiative.municipality == municipality and initiative.title == "Community Counselling"
    assert initiative.language_codes == ["ur"]
    assert Schedule.objects.filter(initiative=initiative, byday="TH,FR").exists()
    capsys.readouterr()
    call_command("import_hsds", str(EXAMPLES / "service_full.json"), municipality="hsds-example", verbosity=0)
    assert "0 created, 0 updated" in capsys.readouterr().out


def test_export_then_import_into_another_installation_keeps_ids(tmp_path, demo):
    call_command("export_hsds", str(tmp_path / "json"), municipality="holstebro", verbosity=0)
    services = json.loads((tmp_path / "json" / "services.json").read_text())
    assert len(services) == Initiative.objects.filter(municipality__slug="holstebro").count()
    assert all(errors(service, "service") == [] for service in services)
    call_command("export_hsds", str(tmp_path / "csv"), municipality="holstebro", format="csv", verbosity=0)
    assert (tmp_path / "csv" / "datapackage.json").exists()
    ids = {s["id"] for s in services}
    Initiative.objects.filter(municipality__slug="holstebro").delete()
    call_command("import_hsds", str(tmp_path / "csv"), municipality="holstebro", verbosity=0)
    assert {
        str(u)
        for u in Initiative.objects.filter(municipality__slug="holstebro").values_list("uuid", flat=True)
    } == ids
