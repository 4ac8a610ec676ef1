"""Small constructors that keep the demo data modules short and uniform."""


def weekly(byday, opens, closes, location=None, **extra):
    return {
        "freq": "WEEKLY",
        "byday": byday,
        "opens_at": opens,
        "closes_at": closes,
        "location": location,
        **extra,
    }


def monthly(byday="", opens=None, closes=None, location=None, bymonthday="", **extra):
    return {
        "freq": "MONTHLY",
        "byday": byday,
        "bymonthday": bymonthday,
        "opens_at": opens,
        "closes_at": closes,
        "location": location,
        **extra,
    }


def contact(
    key, name, role, visibility="public", phone="", consent="2026-02-01", source="Samtykke pr. e-mail"
):
    email = name.lower().replace(" ", ".").replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    email = email.replace("ä", "a").replace("ö", "o").replace("é", "e")
    return {
        "key": key,
        "name": name,
        "role": role,
        "email": f"{email}@example.org",
        "phone": phone,
        "visibility": visibility,
        "consent_date": consent if visibility != "hidden" else None,
        "consent_source": source if visibility != "hidden" else "",
    }


def org(
    slug, name, kind, description, *, parent=None, contacts=(), phone="", address="", is_demo=False, days=40
):
    return {
        "slug": slug,
        "name": name,
        "kind": kind,
        "description": description,
        "website": f"https://{slug}.example.org",
        "email": f"kontakt@{slug}.example.org",
        "phone": phone,
        "address": address,
        "parent": parent,
        "is_demo": is_demo,
        "contacts": list(contacts),
        "verified_days_ago": days,
    }


def place(key, name, address, postcode, city, lat, lon, accessibility=""):
    return {
        "key": key,
        "name": name,
        "address": address,
        "postcode": postcode,
        "city": city,
        "latitude": lat,
        "longitude": lon,
        "accessibility": accessibility,
    }


def initiative(
    slug,
    title,
    summary,
    description,
    *,
    section,
    groups,
    languages,
    organisers,
    location,
    schedules=(),
    focus_points=(),
    contacts=(),
    status="running",
    start=None,
    end=None,
    price="",
    registration="",
    link="",
    days=30,
):
    return {
        "slug": slug,
        "title": title,
        "summary": summary,
        "description": description,
        "status": status,
        "start_date": start,
        "end_date": end,
        "section": section,
        "target_groups": list(groups),
        "languages": list(languages),
        "organisers": [list(o) if isinstance(o, (list, tuple)) else [o, "lead"] for o in organisers],
        "contacts": list(contacts),
        "locations": [location] if location else [],
        "is_free": not price,
        "price": price,
        "registration_required": bool(registration),
        "registration_info": registration,
        "link": link,
        "schedules": list(schedules),
        "focus_points": list(focus_points),
        "is_demo": True,
        "verified_days_ago": days,
    }
