"""docs/permissions.md is the one table of who may do what: every URL must be in it, and the roles
it marks as refused must be refused."""

import re
from pathlib import Path

import pytest
from django.urls import get_resolver
from django.urls.resolvers import URLResolver

from samvirke.accounts.tests.factories import MembershipFactory, UserFactory
from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.initiatives.tests.factories import InitiativeFactory
from samvirke.interop.models import ApiToken

TABLE = (Path(__file__).resolve().parents[1] / "docs" / "permissions.md").read_text()


def _patterns(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern)


def test_every_url_is_in_the_permissions_table():
    documented = set(re.findall(r"`([^`]*)`", TABLE))
    missing = []
    for route in sorted(set(_patterns(get_resolver().url_patterns))):
        if route.startswith(("admin/", "^media")):
            continue
        covered = route in documented or any(
            route.startswith(doc.rstrip("…")) and doc.endswith("…") for doc in documented
        )
        # "api/hsds/ and every api/hsds/… endpoint", "api/v1/ (and docs, openapi.json)" cover their children.
        covered = covered or (route.startswith("api/hsds/") and "api/hsds/…" in TABLE)
        covered = covered or route in {"api/v1/docs", "api/v1/openapi.json"}
        if not covered:
            missing.append(route)
    assert missing == [], f"Add these URLs to docs/permissions.md: {missing}"


@pytest.fixture
def world(db):
    holstebro = MunicipalityFactory(slug="holstebro")
    initiative = InitiativeFactory(municipality=holstebro)
    roles = {
        "practitioner": UserFactory(),
        "other editor": MembershipFactory(
            role="editor", municipality=MunicipalityFactory(slug="silkeborg")
        ).user,
        "editor": MembershipFactory(role="editor", municipality=holstebro).user,
    }
    return initiative, roles


@pytest.mark.parametrize("path", ["/holstebro/import/", "/holstebro/export.csv"])
def test_editor_only_pages_refuse_everyone_else(client, world, path):
    _initiative, roles = world
    assert client.get(path).status_code == 302  # signed out: to the login page
    for role in ("practitioner", "other editor"):
        client.force_login(roles[role])
        assert client.get(path).status_code == 404, role
    client.force_login(roles["editor"])
    assert client.get(path).status_code == 200


def test_api_writes_refuse_everyone_but_editors(client, world):
    initiative, roles = world
    url = f"/api/v1/initiatives/{initiative.uuid}"
    assert client.patch(url, {"title": "x"}, content_type="application/json").status_code == 401
    for role, expected in (("practitioner", 404), ("other editor", 404), ("editor", 200)):
        token = ApiToken.issue(user=roles[role], name=role)[1]
        response = client.patch(
            url,
            {"title": f"by {role}"},
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {token}",
        )
        assert response.status_code == expected, role
