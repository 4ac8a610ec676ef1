"""Write the HSDS 3.0 folders fjordby/ and sjostad/ from data_fjordby.py and data_sjostad.py.

Usage (from the repository root): python samvirke/search/evaluation/heldout/build.py
Pure standard library; ids are UUID 5 of fixed names, so a rebuild gives the same files. The
layout is that of `manage.py export_hsds` (services.json with the service_full shape, plus
organizations.json, taxonomies.json and taxonomy_terms.json); import_hsds reads services.json.
The target-group term ids and taxonomy id are those of samvirke/interop/hsds/mapping.py.
"""

import json
import sys
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import data_fjordby  # noqa: E402
import data_sjostad  # noqa: E402

NAMESPACE = uuid.UUID("5f1c0d2e-7a3b-5c4d-9e8f-a0b1c2d3e4f5")
# From samvirke/interop/hsds/mapping.py, so the terms match the ones the project exports.
TAXONOMY_ID = "8a1b2c3d-4e5f-5a6b-8c7d-9e0f1a2b3c4d"
TARGET_GROUP_NAMESPACE = uuid.UUID("c1d2e3f4-a5b6-5c7d-8e9f-0a1b2c3d4e5f")
LAST_MODIFIED = "2026-12-03T09:00:00.000Z"
ASSURED_DATE = "2026-12-01"

TARGET_GROUPS = {
    "newcomers": ("Newcomers", "Nytilkomne"),
    "refugees": ("Refugees", "Flygtninge"),
    "family-reunified": ("Family-reunified", "Familiesammenførte"),
    "labour-migrants": ("Labour migrants", "Arbejdstagere fra udlandet"),
    "women": ("Women", "Kvinder"),
    "children": ("Children", "Børn"),
    "youth": ("Youth", "Unge"),
    "parents": ("Parents and families", "Forældre og familier"),
    "seniors": ("Older people", "Ældre"),
    "job-seekers": ("Job-seekers", "Jobsøgende"),
    "employers": ("Employers", "Arbejdsgivere"),
    "volunteers": ("Volunteers", "Frivillige"),
    "associations": ("Associations", "Foreninger"),
    "professionals": ("Professionals", "Fagpersoner"),
    "everyone": ("Everyone", "Alle"),
}
LANGUAGE_NAMES = {
    "da": "Danish",
    "sv": "Swedish",
    "en": "English",
    "ar": "Arabic",
    "uk": "Ukrainian",
    "so": "Somali",
    "ti": "Tigrinya",
    "fa": "Persian",
    "prs": "Dari",
    "ur": "Urdu",
    "bs": "Bosnian",
    "pl": "Polish",
    "ro": "Romanian",
}


def _id(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(parts)))


def taxonomy_term(slug: str) -> dict:
    name, danish = TARGET_GROUPS[slug]
    return {
        "id": str(uuid.uuid5(TARGET_GROUP_NAMESPACE, slug)),
        "code": slug,
        "name": name,
        "description": danish,
        "taxonomy": "Samvirke target groups",
        "taxonomy_id": TAXONOMY_ID,
        "language": "en",
    }


def organization(module, key: str) -> dict:
    data = module.ORGANISATIONS[key]
    return {
        "id": _id(module.MUNICIPALITY["slug"], "organization", key),
        "name": data["name"],
        "description": data["description"],
        "email": data["email"],
        "website": data["website"],
    }


def location(module, key: str) -> dict:
    slug = module.MUNICIPALITY["slug"]
    name, address, postcode, city, latitude, longitude = module.LOCATIONS[key]
    location_id = _id(slug, "location", key)
    return {
        "id": location_id,
        "location_type": "physical",
        "name": name,
        "latitude": latitude,
        "longitude": longitude,
        "addresses": [
            {
                "id": _id(slug, "address", key),
                "location_id": location_id,
                "address_1": address,
                "city": city,
                "state_province": module.MUNICIPALITY["state_province"],
                "postal_code": postcode,
                "country": module.MUNICIPALITY["country"],
                "address_type": "physical",
            }
        ],
    }


def service(module, item: dict) -> dict:
    slug = module.MUNICIPALITY["slug"]
    service_id = _id(slug, "service", item["key"])
    org = organization(module, item["org"])
    data = {
        "id": service_id,
        "organization_id": org["id"],
        "name": item["name"],
        "alternate_name": item["summary"],
        "description": item["description"],
        "url": f"{module.MUNICIPALITY['website']}/aktiviteter/{item['key'].replace('_', '-')}",
        "email": item["contact"][2],
        "status": "active",
        "fees_description": item.get("fee") or "Free",
        "assured_date": ASSURED_DATE,
        "last_modified": LAST_MODIFIED,
    }
    if item.get("apply"):
        data["application_process"] = item["apply"]
    for field in ("min_age", "max_age"):
        if item.get(field) is not None:
            data[field.replace("min", "minimum").replace("max", "maximum")] = item[field]
    data["organization"] = org
    data["schedules"] = []
    for index, entry in enumerate(item.get("schedules", []), start=1):
        freq, byday, opens, closes, description, *valid = entry
        schedule = {
            "id": _id(slug, "schedule", item["key"], str(index)),
            "service_id": service_id,
            "freq": freq,
            "interval": 1,
            "byday": byday,
            "opens_at": f"{opens}:00",
            "closes_at": f"{closes}:00",
            "description": description,
        }
        if valid:
            schedule["valid_from"], schedule["valid_to"] = valid
        data["schedules"].append(schedule)
    data["languages"] = [
        {
            "id": _id(slug, "language", item["key"], code),
            "service_id": service_id,
            "name": LANGUAGE_NAMES[code],
            "code": code,
        }
        for code in item["languages"]
    ]
    place = location(module, item["location"])
    data["service_at_locations"] = [
        {"id": _id(slug, "service_at_location", item["key"]), "service_id": service_id, "location": place}
    ]
    data["attributes"] = [
        {
            "id": _id(slug, "attribute", item["key"], group),
            "link_id": service_id,
            "link_type": "target_group",
            "link_entity": "service",
            "taxonomy_term_id": taxonomy_term(group)["id"],
            "taxonomy_term": taxonomy_term(group),
        }
        for group in item["groups"]
    ]
    name, title, email = item["contact"]
    data["contacts"] = [
        {
            "id": _id(slug, "contact", item["key"]),
            "service_id": service_id,
            "name": name,
            "title": title,
            "email": email,
        }
    ]
    return data


def build(module) -> Path:
    out = HERE / module.MUNICIPALITY["slug"]
    out.mkdir(exist_ok=True)
    keys = [item["key"] for item in module.SERVICES]
    assert len(keys) == len(set(keys)), "service keys must be unique"
    names = [item["name"] for item in module.SERVICES]
    assert len(names) == len(set(names)), "service names must be unique (import_hsds slugs them)"
    used = {item["org"] for item in module.SERVICES}
    assert used == set(module.ORGANISATIONS), (
        f"organisations without a service: {set(module.ORGANISATIONS) - used}"
    )
    documents = {
        "services": sorted((service(module, item) for item in module.SERVICES), key=lambda s: s["name"]),
        "organizations": sorted(
            (organization(module, key) for key in module.ORGANISATIONS), key=lambda o: o["name"]
        ),
        "taxonomies": [
            {
                "id": TAXONOMY_ID,
                "name": "Samvirke target groups",
                "description": "Who an activity is meant for (refugees, women, youth, …), shared by every municipality.",
                "version": "1",
            }
        ],
        "taxonomy_terms": [taxonomy_term(slug) for slug in TARGET_GROUPS],
    }
    for name, items in documents.items():
        (out / f"{name}.json").write_text(
            json.dumps(items, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        )
    return out


if __name__ == "__main__":
    for module in (data_fjordby, data_sjostad):
        folder = build(module)
        print(f"{folder}: {len(module.SERVICES)} services, {len(module.ORGANISATIONS)} organisations")
