"""The authorisation matrix, generated from the URL configuration and checked against docs/permissions.md.

For every URL pattern (except the Django admin and media) and each of the six roles, every cell of
the table is requested with the documented methods: "—" must be refused (a signed-out visitor is
sent to the login page, or gets 401/403/404 from the API; a signed-in user gets 403 or 404), "read"
and "write" must not be (a 400/422 for an empty POST is an answer, not a refusal). A cell's first
word decides; the parenthesis says what changes for other objects (e.g. "— (own organisation's:
write)": the owner of another organisation is refused). Each cell runs in its own rolled-back
savepoint, so an empty POST that publishes or deletes something does not leak into the next cell.

A new URL pattern needs a row in docs/permissions.md and, when it has parameters, one entry in
EXAMPLES below; the test says which are missing.
"""

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.shortcuts import resolve_url
from django.urls import get_resolver
from django.urls.resolvers import URLResolver

from samvirke.guide.share import short_code
from tests.authz_world import ROLES

TABLE = Path(__file__).resolve().parents[1] / "docs" / "permissions.md"
SKIPPED = ("admin/", "^media")


def _same_arguments(prefix: str, arguments: dict, tails: tuple[str, ...]) -> dict:
    """Examples for routes under one prefix whose parameters are all the prefix's."""
    return {f"{prefix}{tail}": arguments for tail in tails}


def _structure_editor(prefix: str, arguments: dict, kind: str, part) -> dict:
    """Examples for the add/edit/delete/move routes of a document's structure editor (policy, programme, report)."""
    editor = f"{prefix}edit/<slug:kind>/"
    one = {**arguments, "kind": lambda w: kind, "part": part}
    return {
        f"{editor}add/": {**arguments, "kind": lambda w: kind},
        **_same_arguments(f"{editor}<int:part>/", one, ("", "delete/", "move/")),
    }


METHODS = ("GET", "POST", "PATCH", "PUT", "DELETE")

# One example per URL pattern with parameters: parameter -> function of the world (and the role's
# user, for the few "own" things). Add the new pattern's row here when you add a URL.
EXAMPLES = {
    "r/<slug:region>/": {"region": lambda w: w.region.slug},
    "r/<slug:region>/gaps/": {"region": lambda w: w.region.slug},
    "r/<slug:region>/forum/": {"region": lambda w: w.region.slug},
    "r/<slug:region>/forum/categories/new/": {"region": lambda w: w.region.slug},
    "<slug:municipality>/initiatives/<slug:slug>/": {"slug": lambda w: w.initiative.slug},
    "<slug:municipality>/organisations/<slug:slug>/": {"slug": lambda w: w.organisation.slug},
    "<slug:municipality>/calendar/<slug:slug>.ics": {"slug": lambda w: w.initiative.slug},
    # a private file's address redirects to its own page (the edition's PDF), whose row decides
    "files/<path:name>": {"name": lambda w: w.edition.pdf.name},
    # accounts
    "accounts/requests/<int:pk>/": {"pk": lambda w: w.join_request.pk},
    # The role's own request (anonymous visitors try the newcomer's).
    "accounts/requests/<int:pk>/withdraw/": {"pk": lambda w, user: _own_join_request(w, user).pk},
    r"accounts/^confirm-email/(?P<key>[-:\w]+)/$": {"key": lambda w: w.email_confirmation_key},
    r"accounts/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": {
        "uidb36": lambda w: "1",
        "key": lambda w: "not-a-key",
    },
    # API
    "api/v1/initiatives/<initiative_id>": {"initiative_id": lambda w: w.initiative.uuid},
    "api/v1/organisations/<organisation_id>": {"organisation_id": lambda w: w.organisation.uuid},
    "api/v1/editions/<edition_id>": {"edition_id": lambda w: w.edition.uuid},
    "api/hsds/services/<service_id>": {"service_id": lambda w: w.initiative.uuid},
    "api/hsds/organizations/<organization_id>": {"organization_id": lambda w: w.organisation.uuid},
    "api/hsds/service_at_locations/<sal_id>": {
        "sal_id": lambda w: __import__("uuid").uuid5(w.location.uuid, str(w.initiative.uuid))
    },
    "api/hsds/taxonomies/<taxonomy_id>": {
        "taxonomy_id": lambda w: __import__("samvirke.interop.hsds.mapping").interop.hsds.mapping.TAXONOMY_ID
    },
    "api/hsds/taxonomy_terms/<term_id>": {
        "term_id": lambda w: __import__("samvirke.interop.hsds.mapping").interop.hsds.mapping.taxonomy_term(
            w.target_group
        )["id"]
    },
    # guide (the reader's language: Arabic, right to left)
    "<slug:municipality>/guide/<guidelang:lang>/": {"lang": lambda w: "ar"},
    "<slug:municipality>/guide/<guidelang:lang>/search/": {"lang": lambda w: "ar"},
    **{
        f"<slug:municipality>/guide/<guidelang:lang>/{tail}": {"lang": lambda w: "ar"}
        for tail in ("sw.js", "offline.json", "offline/", "manifest.webmanifest")
    },
    **{
        f"<slug:municipality>/guide/<guidelang:lang>/need/<slug:need>/{tail}": {
            "lang": lambda w: "ar",
            "need": lambda w: "learn-language",
        }
        for tail in ("leaflet/", "leaflet.pdf")
    },
    "g/<slug:code>": {"code": lambda w: short_code(w.initiative.pk)},
    "<slug:municipality>/guide/<guidelang:lang>/need/<slug:need>/": {
        "lang": lambda w: "ar",
        "need": lambda w: "learn-language",
    },
    **{
        f"<slug:municipality>/guide/<guidelang:lang>/a/<slug:slug>/{tail}": {
            "lang": lambda w: "ar",
            "slug": lambda w: w.initiative.slug,
        }
        for tail in ("", "print/", "calendar.ics", "qr.svg")
    },
    **{
        f"<slug:municipality>/guide/translate/<guidelang:lang>/{tail}": {"lang": lambda w: "ar"}
        for tail in ("", "export.po", "import/", "machine/")
    },
    "<slug:municipality>/guide/translate/<guidelang:lang>/<slug:kind>/<int:pk>/": {
        "lang": lambda w: "ar",
        "kind": lambda w: "initiative",
        "pk": lambda w: w.initiative.pk,
    },
    # search vocabulary (seeded by its migration)
    "search/vocabulary/<str:lang>/": {"lang": lambda w: "ar"},
    "search/vocabulary/<str:lang>/new/": {"lang": lambda w: "ar"},
    **{
        f"search/vocabulary/<str:lang>/<int:pk>/{tail}": {
            "lang": lambda w: "ar",
            "pk": lambda w: _vocabulary_entry("ar").pk,
        }
        for tail in ("", "delete/")
    },
    # policy
    # policy, action programmes and evaluation reports: each has a structure editor with the same routes
    **_same_arguments(
        "<slug:municipality>/policy/<slug:slug>/",
        {"slug": lambda w: w.policy.slug},
        ("", "results/", "measurements.csv", "measurements/import/", "edit/", "edit/renumber/", "history/"),
    ),
    "<slug:municipality>/policy/<slug:slug>/focus-points/<int:pk>/": {
        "slug": lambda w: w.policy.slug,
        "pk": lambda w: w.focus_point.pk,
    },
    "<slug:municipality>/policy/<slug:slug>/indicators/<int:pk>/": {
        "slug": lambda w: w.policy.slug,
        "pk": lambda w: w.indicator.pk,
    },
    **_structure_editor(
        "<slug:municipality>/policy/<slug:slug>/",
        {"slug": lambda w: w.policy.slug},
        "goal",
        lambda w: w.goal.pk,
    ),
    **_same_arguments(
        "<slug:municipality>/programmes/<slug:slug>/",
        {"slug": lambda w: w.programme.slug},
        ("", "actions.csv", "import/", "edit/"),
    ),
    "<slug:municipality>/programmes/<slug:slug>/actions/<int:pk>/": {
        "slug": lambda w: w.programme.slug,
        "pk": lambda w: w.action.pk,
    },
    **_structure_editor(
        "<slug:municipality>/programmes/<slug:slug>/",
        {"slug": lambda w: w.programme.slug},
        "action",
        lambda w: w.action.pk,
    ),
    "<slug:municipality>/evaluations/answer/<str:token>/": {"token": lambda w: w.questionnaire_token},
    **_same_arguments(
        "<slug:municipality>/evaluations/<int:pk>/",
        {"pk": lambda w: w.report.pk},
        ("", "edit/", "generate/", "stakeholders/"),
    ),
    "<slug:municipality>/evaluations/<int:pk>/v<int:version>.pdf": {
        "pk": lambda w: w.report.pk,
        "version": lambda w: 1,
    },
    "<slug:municipality>/evaluations/<int:pk>/stakeholders/<int:invitation>/withdraw/": {
        "pk": lambda w: w.report.pk,
        "invitation": lambda w: w.invitation.pk,
    },
    **_structure_editor(
        "<slug:municipality>/evaluations/<int:pk>/",
        {"pk": lambda w: w.report.pk},
        "section",
        lambda w: w.section.pk,
    ),
    # editorial
    "<slug:municipality>/suggest/activity/<slug:slug>/": {"slug": lambda w: w.initiative.slug},
    "<slug:municipality>/suggest/organisation/<slug:slug>/": {"slug": lambda w: w.organisation.slug},
    "<slug:municipality>/suggest/contact/<uuid:contact>/": {"contact": lambda w: w.contact.uuid},
    "<slug:municipality>/editions/<int:number>/": {"number": lambda w: w.edition.number},
    "<slug:municipality>/editions/<int:number>/handbook.pdf": {"number": lambda w: w.edition.number},
    "<slug:municipality>/editions/<int:number>/status.json": {"number": lambda w: w.edition.number},
    "<slug:municipality>/verify/<str:token>/": {"token": lambda w: w.verification_token},
    "<slug:municipality>/editorial/proposals/<int:pk>/": {"pk": lambda w: w.proposal.pk},
    "<slug:municipality>/editorial/edit/activity/<slug:slug>/": {"slug": lambda w: w.initiative.slug},
    "<slug:municipality>/editorial/edit/organisation/<slug:slug>/": {"slug": lambda w: w.organisation.slug},
    "<slug:municipality>/editorial/edit/contact/<uuid:contact>/": {"contact": lambda w: w.contact.uuid},
    "<slug:municipality>/editorial/verify/<str:kind>/<int:pk>/": {
        "kind": lambda w: "initiative",
        "pk": lambda w: w.initiative.pk,
    },
    "<slug:municipality>/editorial/history/<str:kind>/<int:pk>/": {
        "kind": lambda w: "initiative",
        "pk": lambda w: w.initiative.pk,
    },
    "<slug:municipality>/editorial/history/<str:kind>/<int:pk>/revert/": {
        "kind": lambda w: "initiative",
        "pk": lambda w: w.initiative.pk,
    },
    "<slug:municipality>/editorial/contacts/<uuid:contact>/": {"contact": lambda w: w.contact.uuid},
    "<slug:municipality>/editorial/contacts/<uuid:contact>/export.json": {
        "contact": lambda w: w.contact.uuid
    },
    "<slug:municipality>/editorial/contacts/<uuid:contact>/erase/": {"contact": lambda w: w.contact.uuid},
    # community
    "forum/c/<int:pk>/": {"pk": lambda w: w.category.pk},
    "forum/c/<int:pk>/new/": {"pk": lambda w: w.category.pk},
    "forum/c/<int:pk>/watch/": {"pk": lambda w: w.category.pk},
    "forum/t/<int:pk>/": {"pk": lambda w: w.thread.pk},
    "forum/t/<int:pk>/moderate/": {"pk": lambda w: w.thread.pk},
    "forum/t/<int:pk>/watch/": {"pk": lambda w: w.thread.pk},
    # A post by the practitioner: others' posts are what the owner and other editor are refused.
    "forum/p/<int:pk>/edit/": {"pk": lambda w: w.post.pk},
    "forum/p/<int:pk>/flag/": {"pk": lambda w: w.post.pk},
    "forum/p/<int:pk>/moderate/": {"pk": lambda w: w.post.pk},
    "notifications/unsubscribe/<str:token>/": {"token": lambda w: w.unsubscribe_token},
    "<slug:municipality>/stories/<slug:slug>/": {"slug": lambda w: w.story.slug},
    "<slug:municipality>/stories/<slug:slug>/edit/": {"slug": lambda w: w.story.slug},
    "<slug:municipality>/stories/<slug:slug>/submit/": {"slug": lambda w: w.story.slug},
    "<slug:municipality>/stories/<slug:slug>/review/": {"slug": lambda w: w.story.slug},
    "<slug:municipality>/stories/<slug:slug>/images/<int:image_id>/delete/": {
        "slug": lambda w: w.story.slug,
        "image_id": lambda w: w.story_image.pk,
    },
    "<slug:municipality>/volunteer/<int:pk>/": {"pk": lambda w: w.need.pk},
    "volunteer/signup/<str:token>/": {"token": lambda w: w.signup_token},
    "volunteer/signup/<str:token>/<uuid:booking>.ics": {
        "token": lambda w: w.signup_token,
        "booking": lambda w: w.booking.uuid,
    },
    "<slug:municipality>/volunteer/manage/<int:pk>/": {"pk": lambda w: w.need.pk},
    "<slug:municipality>/volunteer/manage/<int:pk>/shifts/": {"pk": lambda w: w.need.pk},
    "<slug:municipality>/volunteer/manage/<int:pk>/shifts/<int:shift_id>/": {
        "pk": lambda w: w.need.pk,
        "shift_id": lambda w: w.shift.pk,
    },
    "<slug:municipality>/volunteer/manage/<int:pk>/signups/": {"pk": lambda w: w.need.pk},
    "<slug:municipality>/volunteer/manage/<int:pk>/signups.csv": {"pk": lambda w: w.need.pk},
    "<slug:municipality>/volunteer/manage/<int:pk>/message/": {"pk": lambda w: w.need.pk},
}
# Minimal data for writes that an empty POST would not reach (the form's "what to do" field).
DATA = {
    "<slug:municipality>/editorial/history/<str:kind>/<int:pk>/revert/": lambda w: {
        "model": "initiatives.initiative",
        "history_id": w.initiative.history.first().history_id,
    },
    "forum/t/<int:pk>/moderate/": lambda w: {"action": "pin"},
    "forum/p/<int:pk>/moderate/": lambda w: {"action": "dismiss"},
}
# Routes whose success answer is the sign-in page ("address confirmed, now sign in").
SIGN_IN_AFTERWARDS = {r"accounts/^confirm-email/(?P<key>[-:\w]+)/$"}
# Every <slug:municipality> is Holstebro.
DEFAULTS = {"municipality": lambda w: w.holstebro.slug}


def _own_join_request(world, user):
    from samvirke.accounts.models import JoinRequest

    if user is None:
        return world.join_request
    return JoinRequest.objects.create(user=user, organisation=world.organisation)


# --- the table ---


@dataclass(frozen=True)
class Row:
    line: int
    methods: tuple[str, ...]
    cells: dict  # role -> cell text


def _vocabulary_entry(language: str):
    from samvirke.search.models import VocabularyEntry

    return VocabularyEntry.objects.filter(language=language).earliest("pk")  # seeded by migration 0005


def parse_table(text: str) -> dict[str, list[Row]]:
    """Every documented route (and "prefix…" wildcards) with its rows, from every table.

    Columns are found by their header, so a table may add a role the matrix does not play (the
    guide's "translator" column; its own tests check that role) but none may leave one out.
    """
    rows: dict[str, list[Row]] = {}
    columns: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.startswith("| URL |"):
            columns = [cell.strip().split(" (")[0] for cell in line.strip().strip("|").split(" | ")]
            missing = set(ROLES) - set(columns)
            assert not missing, f"docs/permissions.md line {number}: no column for {sorted(missing)}"
            continue
        if not line.startswith("| `"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
        assert len(cells) == len(columns), f"docs/permissions.md line {number}: {len(cells)} cells"
        methods = tuple(m for m in METHODS if re.search(rf"\b{m}\b", cells[1]))
        assert methods, f"docs/permissions.md line {number}: no method in {cells[1]!r}"
        by_column = dict(zip(columns, cells, strict=True))
        row = Row(number, methods, {role: by_column[role] for role in ROLES})
        for route in re.findall(r"`([^`]*)`", cells[0]):
            rows.setdefault(route, []).append(row)
    return rows


def rows_for(route: str, table: dict[str, list[Row]]) -> list[Row]:
    if route in table:
        return table[route]
    # "accounts/…" covers allauth's pages; the longest documented prefix wins.
    prefixes = [doc for doc in table if doc.endswith("…") and route.startswith(doc[:-1])]
    return table[max(prefixes, key=len)] if prefixes else []


def routes() -> list[str]:
    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            else:
                yield prefix + str(pattern.pattern)

    return sorted({r for r in walk(get_resolver().url_patterns) if not r.startswith(SKIPPED)})


def parameters(route: str) -> list[str]:
    return re.findall(r"(?<!\?P)<(?:\w+:)?(\w+)>", route) + re.findall(r"\(\?P<(\w+)>", route)


def concrete(route: str, world, user, overrides: dict | None = None) -> str:
    """The route with its example objects' values; `overrides` replaces some (the hostile-routes walk)."""
    example = {**DEFAULTS, **EXAMPLES.get(route, {}), **(overrides or {})}

    def value(name):
        make = example[name]
        return str(make(world, user) if make.__code__.co_argcount == 2 else make(world))

    path = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: value(m.group(1)), route)
    path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: value(m.group(1)), path)
    return "/" + path.replace("^", "").replace("$", "")


TABLE_ROWS = parse_table(TABLE.read_text())
ROUTES = routes()


def test_every_url_has_a_row_and_an_example():
    no_row = [route for route in ROUTES if not rows_for(route, TABLE_ROWS)]
    no_example = [
        (route, name)
        for route in ROUTES
        for name in parameters(route)
        if name not in {**DEFAULTS, **EXAMPLES.get(route, {})}
    ]
    stale = sorted(set(EXAMPLES) - set(ROUTES))
    assert no_row == [], f"Add a row to docs/permissions.md for: {no_row}"
    assert no_example == [], f"Add an example to EXAMPLES in {__file__} for: {no_example}"
    assert stale == [], f"EXAMPLES has routes that no longer exist: {stale}"


def test_the_table_has_no_ambiguous_cell():
    for rows in TABLE_ROWS.values():
        for row in rows:
            for role, cell in row.cells.items():
                assert cell.split(" ")[0] in {"—", "read", "write"}, (row.line, role, cell)


# --- the matrix ---


def _send(client, method: str, path: str, token: str | None, data: dict):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token and path.startswith("/api/") else {}
    if method == "GET":
        return client.get(path, **headers)
    if path.startswith("/api/"):
        return getattr(client, method.lower())(path, data, content_type="application/json", **headers)
    return getattr(client, method.lower())(path, data, **headers)


def _refused(response, *, anonymous: bool, api: bool) -> bool:
    if anonymous and not api:
        login = resolve_url(settings.LOGIN_URL)
        return response.status_code == 302 and response["Location"].startswith(login)
    return response.status_code in ((401, 403, 404) if api else (403, 404))


def _allowed(response, *, sign_in_afterwards: bool = False) -> bool:
    login = resolve_url(settings.LOGIN_URL)
    to_login = response.status_code in (301, 302, 303) and response.get("Location", "").startswith(login)
    to_login = to_login and not sign_in_afterwards
    return response.status_code not in (401, 403, 404, 405) and response.status_code < 500 and not to_login


@pytest.mark.parametrize("route", [r for r in ROUTES if rows_for(r, TABLE_ROWS)])
def test_matrix(client, world, route):
    wrong = []
    for row in rows_for(route, TABLE_ROWS):
        for role in ROLES:
            cell = row.cells[role]
            refused = cell.startswith("—")
            methods = [m for m in row.methods if refused or cell.startswith("write") or m == "GET"]
            for method in methods:
                user = world.users.get(role)
                with transaction.atomic():
                    cache.clear()  # rate limits and cached pages start fresh in every cell
                    client.logout()
                    if user is not None:
                        client.force_login(user)
                    path = concrete(route, world, user)
                    data = DATA[route](world) if route in DATA else {}
                    try:
                        response = _send(client, method, path, world.tokens.get(role), data)
                    except Exception as error:  # a crash is a wrong cell, reported with the others
                        wrong.append(f"{role} {method} {path}: {type(error).__name__}: {error}")
                        transaction.set_rollback(True)
                        continue
                    transaction.set_rollback(True)
                ok = (
                    _refused(response, anonymous=user is None, api=path.startswith("/api/"))
                    if refused
                    else _allowed(response, sign_in_afterwards=route in SIGN_IN_AFTERWARDS)
                )
                if not ok:
                    where = response.get("Location", "")
                    wrong.append(
                        f"{role} {method} {path}: documented {cell!r} (line {row.line}), got "
                        f"{response.status_code} {where}".rstrip()
                    )
    assert wrong == [], "\n".join(wrong)
