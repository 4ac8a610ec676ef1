"""The editorial API over real HTTP: editions to read, proposals to write (anonymous, rate-limited, 422 by field)."""

import json
import urllib.error
import urllib.request

import pytest

from samvirke.editorial.edition_pdf import build_edition_pdf
from samvirke.editorial.models import ChangeProposal
from samvirke.editorial.services.editions import publish_edition
from samvirke.editorial.services.entries import update_entry


def call(live_server, path, body=None):
    request = urllib.request.Request(
        live_server.url + path,
        data=json.dumps(body).encode() if body is not None else None,
        method="POST" if body is not None else "GET",
        headers={"Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


@pytest.fixture
def api_world(world, transactional_db):
    return world


def test_editions_are_listed_and_shown_with_what_changed(live_server, api_world):
    world = api_world
    publish_edition(municipality=world.holstebro)
    update_entry(
        user=world.users["editor"],
        kind="initiative",
        entry_id=world.initiative.pk,
        values={"title": "Sprogcaféen"},
        base_version=1,
    )
    edition = publish_edition(municipality=world.holstebro)
    build_edition_pdf(edition_id=edition.pk)
    publish_edition(municipality=world.silkeborg)
    status, body = call(live_server, "/api/v1/editions?municipality=holstebro")
    assert status == 200 and body["count"] == 2
    newest = body["results"][0]
    assert newest["number"] == 2 and newest["pdf_status"] == "ready"
    assert newest["pdf_url"].endswith("/holstebro/editions/2/handbook.pdf")
    status, detail = call(live_server, f"/api/v1/editions/{newest['id']}")
    assert status == 200
    change = detail["changes"][0]
    assert change["label"] == "Sprogcaféen" and change["change"] == "changed"
    assert change["fields"][0]["old"] == "Sprogcafé" and change["fields"][0]["new"] == "Sprogcaféen"
    assert call(live_server, "/api/v1/editions?municipality=nowhere")[1]["count"] == 0
    assert call(live_server, "/api/v1/editions/00000000-0000-0000-0000-000000000000")[0] == 404


def test_anyone_proposes_a_correction(live_server, api_world):
    world = api_world
    status, body = call(
        live_server,
        "/api/v1/proposals",
        {
            "municipality": "holstebro",
            "entry_type": "initiative",
            "entry_id": str(world.initiative.uuid),
            "fields": {"summary": "Dansk og kaffe.", "languages": ["da", "ar"]},
            "comment": "Se <b>her</b>",
        },
    )
    assert status == 201 and body["fields"] == ["summary", "languages"]
    proposal = ChangeProposal.objects.get(pk=body["id"])
    assert proposal.source == "api" and proposal.comment == "Se her"
    assert proposal.proposed["languages"] == ["ar", "da"]


def test_a_new_organisation_is_proposed(live_server, api_world):
    status, body = call(
        live_server,
        "/api/v1/proposals",
        {"municipality": "holstebro", "entry_type": "organisation", "fields": {"name": "Ny forening"}},
    )
    assert status == 201 and ChangeProposal.objects.get(pk=body["id"]).is_new


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"title": ""}, "fields.title"),
        ({"status": "sometimes"}, "fields.status"),
        ({"languages": ["xx-nope"]}, "fields.languages"),
        ({"version": 3}, "fields.version"),
        ({"title": {"nested": True}}, "fields.title"),
        ({"target_groups": "women"}, "fields.target_groups"),
        ({"link": "not a url"}, "fields.link"),
    ],
)
def test_invalid_fields_are_named_in_a_422(live_server, api_world, fields, named):
    body = {
        "municipality": "holstebro",
        "entry_type": "initiative",
        "entry_id": str(api_world.initiative.uuid),
        "fields": fields,
    }
    status, answer = call(live_server, "/api/v1/proposals", body)
    assert status == 422 and answer["detail"][0]["field"] == named
    assert not ChangeProposal.objects.exists()


def test_other_mistakes_are_422_or_404_never_500(live_server, api_world):
    base = {
        "municipality": "holstebro",
        "entry_type": "initiative",
        "entry_id": str(api_world.initiative.uuid),
    }
    assert (
        call(live_server, "/api/v1/proposals", {**base, "fields": {"title": "X"}, "email": "a@example.org"})[
            1
        ]["detail"][0]["field"]
        == "email_consent"
    )
    assert call(live_server, "/api/v1/proposals", {**base, "fields": {}})[0] == 422  # no change, no comment
    assert call(live_server, "/api/v1/proposals", {**base, "municipality": "nowhere"})[0] == 404
    assert (
        call(live_server, "/api/v1/proposals", {**base, "entry_id": "00000000-0000-0000-0000-000000000000"})[
            0
        ]
        == 404
    )
    assert (
        call(live_server, "/api/v1/proposals", {"municipality": "holstebro", "entry_type": "contact"})[0]
        == 422
    )
    assert call(live_server, "/api/v1/proposals", {"municipality": "holstebro"})[0] == 422


def test_proposals_are_rate_limited_per_address(live_server, api_world):
    body = {"municipality": "holstebro", "entry_type": "organisation", "fields": {"name": "Forening"}}
    statuses = [call(live_server, "/api/v1/proposals", body)[0] for _ in range(11)]
    assert statuses[:10] == [201] * 10 and statuses[10] == 429
