"""The permission matrix of every editorial write (and the editors' pages), role by role, as
docs/permissions.md states it: refused means the login page for anonymous visitors and the same
404 as for a missing page for everyone else, and nothing is written."""

from dataclasses import dataclass
from typing import Any

import pytest
from django.conf import settings
from django.shortcuts import resolve_url

from samvirke.directory.models import ContactPerson
from samvirke.editorial.models import ChangeProposal, Edition, EditorialSettings
from samvirke.editorial.services.freshness import make_verification_token
from samvirke.editorial.services.proposals import submit_change_proposal
from samvirke.initiatives.models import Initiative

ROLES = ["anonymous", "practitioner", "other owner", "owner", "other editor", "editor", "admin"]
EVERYONE = set(ROLES)
EDITORS = {"editor", "admin"}
EDITORS_AND_OWNER = {"editor", "admin", "owner"}


@dataclass
class Case:
    name: str
    method: str
    path: Any  # str, or a function of the world
    allowed: set
    data: Any = None  # dict, or a function of (world, started)
    done: Any = None  # function of the world: did the write happen?


def _proposal(world):
    return submit_change_proposal(
        municipality=world.holstebro, kind="initiative", entry=world.initiative, values={"title": "Ny titel"}
    )


def _title(world) -> str:
    return Initiative.objects.get(pk=world.initiative.pk).title


CASES = [
    Case(
        "suggest a correction",
        "post",
        "/holstebro/suggest/activity/sprogcafe/",
        EVERYONE,
        lambda w, s: {"title": "Ny titel", "status": "running", "is_free": "on", "started": s},
        lambda w: ChangeProposal.objects.exists(),
    ),
    Case(
        "suggest a new activity",
        "post",
        "/holstebro/suggest/new-activity/",
        EVERYONE,
        lambda w, s: {"title": "Strik", "status": "running", "started": s},
        lambda w: ChangeProposal.objects.exists(),
    ),
    Case(
        "confirm with a signed link",
        "post",
        lambda w: f"/holstebro/verify/{make_verification_token(entries=[w.initiative])}/",
        EVERYONE,
        None,
        lambda w: Initiative.objects.get(pk=w.initiative.pk).last_verified_at is not None,
    ),
    Case(
        "accept a proposal",
        "post",
        lambda w: f"/holstebro/editorial/proposals/{_proposal(w).pk}/",
        EDITORS,
        {"action": "accept", "fields_to_accept": ["title"]},
        lambda w: _title(w) == "Ny titel",
    ),
    Case(
        "reject a proposal",
        "post",
        lambda w: f"/holstebro/editorial/proposals/{_proposal(w).pk}/",
        EDITORS,
        {"action": "reject", "reason": "Nej tak"},
        lambda w: ChangeProposal.objects.filter(status="rejected").exists(),
    ),
    Case(
        "publish an edition",
        "post",
        "/holstebro/editorial/publish/",
        EDITORS,
        {"note": ""},
        lambda w: Edition.objects.exists(),
    ),
    Case(
        "change the settings",
        "post",
        "/holstebro/editorial/settings/",
        EDITORS,
        {"owner_edits": "direct", "verification_period_days": 90, "reminder_interval_days": 30},
        lambda w: EditorialSettings.objects.exists(),
    ),
    Case(
        "edit an activity",
        "post",
        "/holstebro/editorial/edit/activity/sprogcafe/",
        EDITORS_AND_OWNER,  # the owner's edit becomes a proposal (review is the default)
        {
            "version": 1,
            "title": "Ny titel",
            "status": "running",
            "is_free": "on",
            "times-TOTAL_FORMS": "0",
            "times-INITIAL_FORMS": "0",
            "times-MIN_NUM_FORMS": "0",
            "times-MAX_NUM_FORMS": "30",
        },
        lambda w: _title(w) == "Ny titel" or ChangeProposal.objects.filter(source="owner").exists(),
    ),
    Case(
        "edit an organisation",
        "post",
        "/holstebro/editorial/edit/organisation/frivilligcenter/",
        EDITORS_AND_OWNER,
        {"version": 1, "name": "Nyt navn", "kind": "association"},
        lambda w: (
            w.organisation.__class__.objects.get(pk=w.organisation.pk).name == "Nyt navn"
            or ChangeProposal.objects.exists()
        ),
    ),
    Case(
        "edit a contact person",
        "post",
        lambda w: f"/holstebro/editorial/edit/contact/{w.contact.uuid}/",
        EDITORS_AND_OWNER,
        {
            "version": 1,
            "name": "Anne P.",
            "email": "anne@example.org",
            "visibility": "public",
            "consent_date": "2026-01-15",
        },
        lambda w: (
            ContactPerson.objects.get(pk=w.contact.pk).name == "Anne P." or ChangeProposal.objects.exists()
        ),
    ),
    Case(
        "mark as still correct",
        "post",
        lambda w: f"/holstebro/editorial/verify/initiative/{w.initiative.pk}/",
        EDITORS_AND_OWNER,
        None,
        lambda w: Initiative.objects.get(pk=w.initiative.pk).last_verified_at is not None,
    ),
    Case(
        "revert to a version",
        "post",
        lambda w: _revertible(w),
        EDITORS,
        lambda w, s: {"model": "initiatives.initiative", "history_id": w.first_version},
        lambda w: _title(w) == "Sprogcafé",
    ),
    Case(
        "erase a contact person",
        "post",
        lambda w: f"/holstebro/editorial/contacts/{w.contact.uuid}/erase/",
        EDITORS,
        {"confirm": "on"},
        lambda w: not ContactPerson.objects.filter(pk=w.contact.pk).exists(),
    ),
    # Every owner of an organisation in the municipality has an area (with their own entries).
    Case("editors' area", "get", "/holstebro/editorial/", EDITORS_AND_OWNER | {"other owner"}),
    Case("proposal queue", "get", "/holstebro/editorial/proposals/", EDITORS),
    Case("freshness dashboard", "get", "/holstebro/editorial/freshness/", EDITORS),
    Case("contact persons", "get", "/holstebro/editorial/contacts/", EDITORS),
    Case(
        "export a person",
        "get",
        lambda w: f"/holstebro/editorial/contacts/{w.contact.uuid}/export.json",
        EDITORS,
    ),
    Case(
        "history",
        "get",
        lambda w: f"/holstebro/editorial/history/initiative/{w.initiative.pk}/",
        EDITORS_AND_OWNER,
    ),
    Case("edit page", "get", "/holstebro/editorial/edit/activity/sprogcafe/", EDITORS_AND_OWNER),
]


def _revertible(world) -> str:
    world.first_version = world.initiative.history.first().history_id
    Initiative.objects.filter(pk=world.initiative.pk).update(title="Ændret")
    initiative = Initiative.objects.get(pk=world.initiative.pk)
    initiative.title = "Ændret igen"
    initiative.save()
    return f"/holstebro/editorial/history/initiative/{world.initiative.pk}/revert/"


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_permission_matrix(client, world, started, case, role):
    if role != "anonymous":
        client.force_login(world.users[role])
    path = case.path(world) if callable(case.path) else case.path
    data = case.data(world, started) if callable(case.data) else (case.data or {})
    response = getattr(client, case.method)(path, data)
    if role in case.allowed:
        assert response.status_code in (200, 302), (role, response.status_code)
        assert not response.get("Location", "").startswith(resolve_url(settings.LOGIN_URL))
        if case.done is not None:
            assert case.done(world), role
    else:
        if role == "anonymous":
            assert response.status_code == 302 and response["Location"].startswith(
                resolve_url(settings.LOGIN_URL)
            )
        else:
            assert response.status_code == 404, (role, response.status_code)
        if case.done is not None:
            assert not case.done(world), role
