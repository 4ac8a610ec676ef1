"""Writes through the API: token authentication, the site's permission checks, clear JSON errors."""

import json
import urllib.error
import urllib.request

import pytest

from samvirke.accounts.tests.factories import MembershipFactory, UserFactory
from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.interop.models import ApiToken


def patch(live_server, initiative, body, token=None):
    request = urllib.request.Request(
        f"{live_server.url}/api/v1/initiatives/{initiative.uuid}",
        data=json.dumps(body).encode(),
        method="PATCH",
        headers={
            "Content-Type": "application/json",
            **({"Authorization": f"Bearer {token}"} if token else {}),
        },
    )
    try:
        with urllib.request.urlopen(request) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


@pytest.fixture
def setting(transactional_db):
    holstebro = MunicipalityFactory(slug="holstebro")
    initiative = InitiativeFactory(municipality=holstebro, title="Sprogcafé")
    editor = MembershipFactory(role="editor", municipality=holstebro).user
    outsider = MembershipFactory(role="editor", municipality=MunicipalityFactory(slug="silkeborg")).user
    return initiative, ApiToken.issue(user=editor, name="t")[1], ApiToken.issue(user=outsider, name="t")[1]


def test_editor_updates_with_a_token_and_history_records_it(live_server, setting):
    initiative, editor_token, _outsider = setting
    status, body = patch(live_server, initiative, {"title": "Sprogcaféen", "version": 1}, editor_token)
    assert status == 200 and body["title"] == "Sprogcaféen"
    initiative.refresh_from_db()
    assert initiative.title == "Sprogcaféen" and initiative.version == 2
    assert initiative.history.first().history_change_reason == "API update"


def test_writes_are_refused_without_a_token_or_permission(live_server, setting):
    initiative, _editor, outsider_token = setting
    assert patch(live_server, initiative, {"title": "X"})[0] == 401
    assert patch(live_server, initiative, {"title": "X"}, "not-a-token")[0] == 401
    assert patch(live_server, initiative, {"title": "X"}, outsider_token)[0] == 404
    anonymous_user_token = ApiToken.issue(user=UserFactory(), name="t")[1]
    assert patch(live_server, initiative, {"title": "X"}, anonymous_user_token)[0] == 404
    initiative.refresh_from_db()
    assert initiative.title == "Sprogcafé"


def test_bad_input_and_stale_versions_get_json_errors_not_500(live_server, setting):
    initiative, editor_token, _outsider = setting
    status, body = patch(
        live_server, initiative, {"start_date": "2026-05-01", "end_date": "2026-04-01"}, editor_token
    )
    assert status == 422 and body["detail"][0]["field"] == "end_date"
    assert patch(live_server, initiative, {"status": "sometimes"}, editor_token)[0] == 422
    assert patch(live_server, initiative, {"title": "A", "version": 7}, editor_token)[0] == 409


def test_an_owners_api_edit_follows_the_municipalitys_review_rule(live_server, setting):
    from samvirke.directory.tests.factories import OrganisationFactory
    from samvirke.editorial.models import ChangeProposal, EditorialSettings
    from samvirke.initiatives.models import InitiativeOrganiser

    initiative, _editor, _outsider = setting
    organisation = OrganisationFactory(municipality=initiative.municipality)
    InitiativeOrganiser.objects.create(initiative=initiative, organisation=organisation)
    owner = MembershipFactory(role="organisation_owner", organisation=organisation).user
    token = ApiToken.issue(user=owner, name="owner")[1]

    # By default owners' edits go to the editors as a proposal: nothing is published yet.
    status, body = patch(live_server, initiative, {"summary": "Hver tirsdag"}, token)
    assert status == 202
    proposal = ChangeProposal.objects.get(pk=body["proposal"])
    assert proposal.source == ChangeProposal.Source.API and proposal.initiative_id == initiative.pk
    initiative.refresh_from_db()
    assert initiative.summary != "Hver tirsdag"

    EditorialSettings.objects.update_or_create(
        municipality=initiative.municipality, defaults={"owner_edits": EditorialSettings.OwnerEdits.DIRECT}
    )
    status, body = patch(live_server, initiative, {"summary": "Hver tirsdag", "version": 1}, token)
    assert status == 200 and body["summary"] == "Hver tirsdag"
    assert initiative.history.first().history_user_id == owner.pk
