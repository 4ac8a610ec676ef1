import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from samvirke.core import spreadsheets
from samvirke.core.models import Municipality
from samvirke.directory.models import ContactPerson, Organisation
from samvirke.directory.selectors import visible_contact_filter
from samvirke.initiatives.models import TargetGroup
from samvirke.initiatives.selectors import list_initiatives
from samvirke.interop.hsds import mapping

TABLES = {
    "services": [
        "id",
        "organization_id",
        "name",
        "alternate_name",
        "description",
        "url",
        "status",
        "application_process",
        "fees_description",
        "assured_date",
        "last_modified",
    ],
    "organizations": ["id", "name", "description", "email", "website", "parent_organization_id"],
    "locations": ["id", "location_type", "name", "description", "latitude", "longitude"],
    "addresses": [
        "id",
        "location_id",
        "address_1",
        "city",
        "state_province",
        "postal_code",
        "country",
        "address_type",
    ],
    "service_at_location": ["id", "service_id", "location_id"],
    "schedules": [
        "id",
        "service_id",
        "location_id",
        "valid_from",
        "valid_to",
        "freq",
        "interval",
        "byday",
        "bymonthday",
        "opens_at",
        "closes_at",
        "description",
    ],
    "languages": ["id", "service_id", "name", "code"],
    "taxonomies": ["id", "name", "description", "version"],
    "taxonomy_terms": ["id", "code", "name", "description", "taxonomy", "taxonomy_id", "language"],
    "attributes": ["id", "link_id", "taxonomy_term_id", "link_type", "link_entity"],
}


class Command(BaseCommand):
    help = "Export HSDS 3.0: JSON files of the *_full shapes, or a tabular data package (CSV + datapackage.json)."

    def add_arguments(self, parser):
        parser.add_argument("out", type=Path, help="A directory (created if missing).")
        parser.add_argument("--municipality", metavar="SLUG")
        parser.add_argument("--format", choices=["json", "csv"], default="json")

    def handle(self, *args, out: Path, municipality: str | None, format: str, verbosity: int, **options):
        place = None
        if municipality:
            place = Municipality.objects.filter(slug=municipality).first()
            if place is None:
                raise CommandError(f"No municipality with the slug “{municipality}”.")
        public = ContactPerson.objects.filter(visible_contact_filter(user=None))
        initiatives = list_initiatives(municipality=place).prefetch_related("locations__municipality")
        organisations = Organisation.objects.select_related("parent").order_by("name", "pk")
        if place:
            organisations = organisations.for_municipality(place)
        services = [
            mapping.service(item, contacts=[c for c in item.contact_persons.all() if c in set(public)])
            for item in tqdm(initiatives.order_by("title", "pk"), desc="Services", disable=verbosity == 0)
        ]
        documents = {
            "services": services,
            "organizations": [mapping.organization(o) for o in organisations],
            "taxonomies": [mapping.taxonomy()],
            "taxonomy_terms": [mapping.taxonomy_term(g) for g in TargetGroup.objects.all()],
        }
        out.mkdir(parents=True, exist_ok=True)
        if format == "json":
            for name, items in documents.items():
                (out / f"{name}.json").write_text(
                    json.dumps(items, ensure_ascii=False, indent=2, sort_keys=True)
                )
        else:
            self.write_tabular(out, documents)
        self.stdout.write(self.style.SUCCESS(f"Exported {len(services)} services to {out} ({format})."))

    def write_tabular(self, out: Path, documents: dict) -> None:
        rows = {name: [] for name in TABLES}
        rows["organizations"] = documents["organizations"]
        rows["taxonomies"] = documents["taxonomies"]
        rows["taxonomy_terms"] = documents["taxonomy_terms"]
        locations = {}
        for service in documents["services"]:
            rows["services"].append(service)
            rows["schedules"] += service.get("schedules", [])
            rows["languages"] += service.get("languages", [])
            rows["attributes"] += service.get("attributes", [])
            for link in service.get("service_at_locations", []):
                place = link["location"]
                rows["service_at_location"].append(
                    {"id": link["id"], "service_id": service["id"], "location_id": place["id"]}
                )
                locations[place["id"]] = place
        rows["locations"] = list(locations.values())
        rows["addresses"] = [
            address for place in locations.values() for address in place.get("addresses", [])
        ]
        resources = []
        for name, columns in TABLES.items():
            with (out / f"{name}.csv").open("w", newline="", encoding="utf-8") as handle:
                writer = spreadsheets.dict_writer(handle, fieldnames=columns, extrasaction="ignore")
                writer.writeheader()
                writer.writerows(rows[name])
            resources.append(
                {
                    "name": name,
                    "path": f"{name}.csv",
                    "profile": "tabular-data-resource",
                    "schema": {"fields": [{"name": c, "type": "string"} for c in columns]},
                }
            )
        datapackage = {"name": "samvirke-hsds", "profile": "tabular-data-package", "resources": resources}
        (out / "datapackage.json").write_text(json.dumps(datapackage, indent=2))
