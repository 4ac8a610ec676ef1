"""Who may open editor pages and see draft evaluations (policy.permissions decides)."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404
from django.test import RequestFactory

from samvirke.policy.permissions import can_edit_policy, can_view_evaluation
from samvirke.policy.views.access import editor_place, safe_next


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("anonymous", False),
        ("practitioner", False),
        ("owner", False),
        ("other editor", False),
        ("editor", True),
        ("region editor", True),
        ("admin", True),
    ],
)
def test_the_permission_table(world, roles, role, allowed):
    user = roles[role] or AnonymousUser()
    assert can_edit_policy(user, world.place) is allowed
    assert can_view_evaluation(user, world.report) is allowed
    world.report.status = "published"
    assert can_view_evaluation(user, world.report) is True
    request = RequestFactory().get("/")
    request.user = user
    if allowed:
        assert editor_place(request, "holstebro") == world.place
    else:
        with pytest.raises(Http404):
            editor_place(request, "holstebro")


def test_next_addresses_stay_on_the_site():
    factory = RequestFactory()
    assert safe_next(factory.get("/", {"next": "/holstebro/policy/"}), "/default/") == "/holstebro/policy/"
    assert safe_next(factory.get("/", {"next": "https://evil.example.com/"}), "/default/") == "/default/"
    assert safe_next(factory.post("/", {"next": "//evil.example.com"}), "/default/") == "/default/"
