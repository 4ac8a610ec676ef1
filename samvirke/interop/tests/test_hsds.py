"""HSDS 3.0: every API answer validates against the official schemas; import is all-or-nothing and idempotent."""

import copy
import json
import re
import uuid
from pathlib import Path

import jsonschema
import pytest
from django.core.management import CommandError, call_command

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative, Schedule
from samvirke.interop.hsds.importer import SCHEMAS
from samvirke.search.models import SearchDocument
from samvirke.search.selectors import search_entries

EXAMPLES = Path(__file__).resolve().parents[4] / "shared" / "hsds-3.0" / "examples"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
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
    organiser = Organisation.objects.filter(initiativeorganiser__isnull=False).first()
    runs = client.get("/api/hsds/services", {"organization_id": str(organiser.uuid), "per_page": 200}).json()
    names = [item["name"] for item in runs["contents"]]
    assert sorted(names) == sorted(
        Initiative.objects.filter(organisers=organiser).values_list("title", flat=True)
    )
    assert runs["total_items"] == len(names) > 0
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


def _exported_with_fresh_ids(tmp_path) -> list[dict]:
    """Holstebro's services as HSDS JSON, every id but the shared taxonomy's renewed."""
    call_command("export_hsds", str(tmp_path), municipality="holstebro", verbosity=0)
    shared = set(UUID.findall((tmp_path / "taxonomy_terms.json").read_text()))
    shared |= set(UUID.findall((tmp_path / "taxonomies.json").read_text()))
    fresh: dict[str, str] = {}
    text = UUID.sub(
        lambda m: m.group(0) if m.group(0) in shared else fresh.setdefault(m.group(0), str(uuid.uuid4())),
        (tmp_path / "services.json").read_text(),
    )
    return json.loads(text)


def _import(path, municipality: str, capsys) -> str:
    capsys.readouterr()
    call_command("import_hsds", str(path), municipality=municipality, verbosity=1)
    return capsys.readouterr().out


def test_a_bulk_import_keeps_history_index_and_organisations_and_a_reimport_changes_only_edits(
    tmp_path, demo, capsys
):
    services = _exported_with_fresh_ids(tmp_path)
    target = MunicipalityFactory(slug="struer")
    path = tmp_path / "import.json"
    path.write_text(json.dumps(services))
    said = _import(path, "struer", capsys)
    imported = Initiative.objects.filter(municipality=target)
    assert imported.count() == len(services)
    assert "0 updated, 0 unchanged" in said
    # An organisation that runs several services is one row, not one a service.
    organisations = {s["organization"]["id"] for s in services if s.get("organization")}
    assert Organisation.objects.filter(municipality=target).count() == len(organisations)
    assert len(set(imported.values_list("slug", flat=True))) == len(services)
    # Bulk writes send no signals: the history and the search index are written all the same.
    for initiative in imported:
        assert [h.history_change_reason for h in initiative.history.all()] == ["HSDS import"]
    documents = SearchDocument.objects.filter(municipality=target)
    assert documents.filter(kind="initiative").count() == len(services)
    assert documents.filter(kind="organisation").count() == len(organisations)
    assert search_entries(query="sprogcafé", municipality=target).count > 0

    services[0]["name"] = "Sprogcafé om lørdagen"
    path.write_text(json.dumps(services))
    said = _import(path, "struer", capsys)
    assert "0 created, 1 updated" in said
    changed = Initiative.objects.get(uuid=services[0]["id"])
    assert changed.title == "Sprogcafé om lørdagen" and changed.history.count() == 2
    assert SearchDocument.objects.get(kind="initiative", object_id=changed.pk).title == changed.title


def test_an_id_another_municipality_owns_is_reported_and_nothing_is_written(tmp_path, demo, capsys):
    services = _exported_with_fresh_ids(tmp_path)
    theirs = Organisation.objects.filter(municipality__slug="halmstad").first()
    mine = next(s for s in services if s.get("organization"))
    mine["organization"]["id"] = str(theirs.uuid).upper()  # the same id, spelt otherwise
    MunicipalityFactory(slug="struer")
    path = tmp_path / "import.json"
    path.write_text(json.dumps(services))
    with pytest.raises(CommandError):
        call_command("import_hsds", str(path), municipality="struer", verbosity=0)
    assert "an organisation with this id belongs to another municipality" in capsys.readouterr().err
    assert not Initiative.objects.filter(municipality__slug="struer").exists()
    theirs.refresh_from_db()
    assert theirs.municipality.slug == "halmstad"
