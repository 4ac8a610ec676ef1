"""Every GET route of the URL configuration, asked with hostile parameters, answers below 500 (issue 17).

The routes and their example objects are the authorisation matrix's (decision 0050). Each route is
requested by a signed-out visitor and by a site administrator (who may see the most) with hostile
query parameters (numbers past 2**63 and below zero, a NUL character, 10 KB strings, ids that are not
UUIDs), and each of its path parameters is replaced in turn by a hostile value of the same shape.
A 500 or an exception is reported with the request that caused it; anything below 500 is an answer.
"""

import re

from django.core.cache import cache

from tests.test_authorisation_matrix import ROUTES, concrete

HUGE = "9223372036854775808"  # 2**63: past every database integer
LONG = "å" * 5000  # 10 KB of UTF-8
BAD_UUID = "00000000-0000-0000-0000-00000000000g"
# The parameters the site's pages and APIs read, all at once, then a NUL and a negative page alone.
HOSTILE_QUERIES = [
    {
        **dict.fromkeys(("page", "page_size", "per_page", "number", "pk", "version", "year"), HUGE),
        **dict.fromkeys(("q", "search", "lang", "group", "status", "sort", "kind", "next", "quote"), LONG),
        **dict.fromkeys(
            ("municipality", "organisation", "org", "initiative", "policy", "organization_id"), BAD_UUID
        ),
        **dict.fromkeys(("taxonomy_term_id", "entry_id", "modified_after", "since", "date"), BAD_UUID),
    },
    {"page": "-1", "per_page": "-5", "page_size": "-1", "q": "a\x00b"},
]
# A path parameter's hostile value, by its converter: what the route still accepts.
HOSTILE_PATH = {"int": [HUGE], "slug": ["x" * 10_000], "uuid": [], "path": [LONG], "str": [LONG, BAD_UUID]}


def _converter(route: str, name: str) -> str:
    match = re.search(rf"<(?:(\w+):)?{name}>", route)
    if match:
        return match.group(1) or "str"
    return "str"  # a regular expression's group (allauth): any text


def _variants(route: str, world) -> list[str]:
    """The route with each of its parameters replaced, in turn, by each hostile value."""
    paths = []
    for name in re.findall(r"<(?:\w+:)?(\w+)>", route) + re.findall(r"\(\?P<(\w+)>", route):
        for value in HOSTILE_PATH.get(_converter(route, name), [LONG]):
            overrides = {name: lambda w, value=value: value}
            paths.append(concrete(route, world, world.users["admin"], overrides))
    return paths


def test_no_get_route_answers_a_hostile_request_with_a_500(client, world):
    client.raise_request_exception = True
    errors = []
    answered_anonymously = set()

    def get(path: str, query: dict | None, who: str) -> int:
        try:
            status = client.get(path, query or {}).status_code
        except Exception as error:  # the test client re-raises what would have been a 500
            errors.append(
                f"{who} GET {path[:120]} {list(query or {})[:3]}: {type(error).__name__}: {error}"[:400]
            )
            return 500
        if status >= 500:
            errors.append(f"{who} GET {path[:120]} {list(query or {})[:3]}: {status}")
        return status

    for who in ("anonymous", "admin"):
        client.logout()
        if who == "admin":
            client.force_login(world.users["admin"])
        for route in ROUTES:
            cache.clear()  # rate limits must not turn the walk into 429s
            path = concrete(route, world, world.users.get(who))
            # The administrator repeats only what a visitor was refused: the rest is the same view (and
            # keeps the walk within ~20 s).
            if who == "anonymous" or route not in answered_anonymously:
                statuses = [get(path, query, who) for query in HOSTILE_QUERIES]
                if who == "anonymous" and statuses[0] == 200:
                    answered_anonymously.add(route)
            if who == "admin":
                for hostile in _variants(route, world):
                    get(hostile, None, who)
    assert errors == [], "\n".join(errors)
