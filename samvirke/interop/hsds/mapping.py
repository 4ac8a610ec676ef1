"""Samvirke ↔ Open Referral HSDS 3.0 (docs/hsds-mapping.md has the table).

Initiatives are services, organisations are organizations, locations and schedules map to
theirs; target groups are taxonomy terms (linked through attributes); languages offered are
languages. Ids are the entries' stable UUIDs.
"""

import uuid

from samvirke.core.languages import language_name

TAXONOMY_ID = uuid.UUID("8a1b2c3d-4e5f-5a6b-8c7d-9e0f1a2b3c4d")
TARGET_GROUP_NAMESPACE = uuid.UUID("c1d2e3f4-a5b6-5c7d-8e9f-0a1b2c3d4e5f")
LANGUAGE_NAMESPACE = uuid.UUID("d2e3f4a5-b6c7-5d8e-9f0a-1b2c3d4e5f6a")
ADDRESS_NAMESPACE = uuid.UUID("e3f4a5b6-c7d8-5e9f-8a1b-2c3d4e5f6a7b")
STATUS_TO_HSDS = {
    "planned": "inactive",
    "running": "active",
    "paused": "temporarily closed",
    "ended": "defunct",
}
STATUS_FROM_HSDS = {
    "active": "running",
    "inactive": "planned",
    "temporarily closed": "paused",
    "defunct": "ended",
}


def _clean(data: dict) -> dict:
    """HSDS leaves unknown values out rather than sending empty strings."""
    return {key: value for key, value in data.items() if value not in ("", None)}


def taxonomy() -> dict:
    return {
        "id": str(TAXONOMY_ID),
        "name": "Samvirke target groups",
        "description": "Who an activity is meant for (refugees, women, youth, …), shared by every municipality.",
        "version": "1",
    }


def taxonomy_term(group) -> dict:
    return _clean(
        {
            "id": str(uuid.uuid5(TARGET_GROUP_NAMESPACE, group.slug)),
            "code": group.slug,
            "name": group.name,
            "description": group.labels.get("da") or group.name,
            "taxonomy": "Samvirke target groups",
            "taxonomy_id": str(TAXONOMY_ID),
            "language": "en",
        }
    )


def language(initiative, code: str) -> dict:
    return {
        "id": str(uuid.uuid5(LANGUAGE_NAMESPACE, f"{initiative.uuid}/{code}")),
        "service_id": str(initiative.uuid),
        "name": language_name(code, language="en"),
        "code": code,
    }


def schedule(item, *, service_id=None, location_id=None) -> dict:
    return _clean(
        {
            "id": str(item.uuid),
            "service_id": service_id,
            "location_id": location_id,
            "valid_from": item.valid_from.isoformat() if item.valid_from else None,
            "valid_to": item.valid_to.isoformat() if item.valid_to else None,
            "freq": item.freq,
            "interval": item.interval,
            "byday": item.byday,
            "bymonthday": item.bymonthday,
            "opens_at": f"{item.opens_at:%H:%M:%S}" if item.opens_at else None,
            "closes_at": f"{item.closes_at:%H:%M:%S}" if item.closes_at else None,
            "description": item.description or str(item),
        }
    )


def location(item, *, organization_id=None) -> dict:
    return _clean(
        {
            "id": str(item.uuid),
            "location_type": "physical",
            "organization_id": organization_id,
            "name": item.name,
            "description": item.accessibility,
            "latitude": float(item.latitude) if item.latitude is not None else None,
            "longitude": float(item.longitude) if item.longitude is not None else None,
            "addresses": [
                _clean(
                    {
                        "id": str(uuid.uuid5(ADDRESS_NAMESPACE, str(item.uuid))),
                        "location_id": str(item.uuid),
                        "address_1": item.address or item.name,
                        "city": item.city or "-",
                        "state_province": "-",
                        "postal_code": item.postcode or "-",
                        "country": item.municipality.country,
                        "address_type": "physical",
                    }
                )
            ],
        }
    )


def organization(item, *, full: bool = True) -> dict:
    data = _clean(
        {
            "id": str(item.uuid),
            "name": item.name,
            "description": item.description or item.name,
            "email": item.email,
            "website": item.website,
            "parent_organization_id": str(item.parent.uuid) if item.parent_id else None,
        }
    )
    if full:
        data["phones"] = (
            [{"id": str(uuid.uuid5(ADDRESS_NAMESPACE, f"{item.uuid}/phone")), "number": item.phone}]
            if item.phone
            else []
        )
    return data


def service(item, *, contacts=(), full: bool = True) -> dict:
    """An initiative as an HSDS service; `full` adds the nested objects of the service_full shape."""
    links = getattr(item, "organiser_links", None) or list(item.initiativeorganiser_set.all())
    lead = next(
        (link.organisation for link in links if link.role == "lead"), links[0].organisation if links else None
    )
    data = _clean(
        {
            "id": str(item.uuid),
            "organization_id": str(lead.uuid) if lead else None,
            "name": item.title,
            "alternate_name": item.summary[:200] if item.summary else None,
            "description": item.description or item.summary,
            "url": item.link,
            "status": STATUS_TO_HSDS[item.status],
            "application_process": item.registration_info
            or ("Registration needed." if item.registration_required else None),
            "fees_description": "Free" if item.is_free else item.price,
            "assured_date": item.last_verified_at.date().isoformat() if item.last_verified_at else None,
            "last_modified": item.updated_at.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        }
    )
    if not full:
        return data
    service_id = str(item.uuid)
    data["organization"] = organization(lead, full=False) if lead else None
    if data["organization"] is None:
        del data["organization"]
    data["schedules"] = [
        schedule(s, service_id=service_id, location_id=str(s.location.uuid) if s.location_id else None)
        for s in item.schedules.all()
    ]
    data["languages"] = [language(item, code.code) for code in item.languages.all()]
    data["service_at_locations"] = [
        {"id": str(uuid.uuid5(place.uuid, service_id)), "service_id": service_id, "location": location(place)}
        for place in item.locations.all()
    ]
    data["attributes"] = [
        {
            "id": str(uuid.uuid5(TARGET_GROUP_NAMESPACE, f"{service_id}/{group.slug}")),
            "link_id": service_id,
            "link_type": "target_group",
            "link_entity": "service",
            "taxonomy_term_id": str(uuid.uuid5(TARGET_GROUP_NAMESPACE, group.slug)),
            "taxonomy_term": taxonomy_term(group),
        }
        for group in item.target_groups.all()
    ]
    data["contacts"] = [
        _clean(
            {"id": str(c.uuid), "service_id": service_id, "name": c.name, "title": c.role, "email": c.email}
        )
        for c in contacts
    ]
    return data
