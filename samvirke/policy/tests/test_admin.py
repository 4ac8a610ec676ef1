"""Site administrators can open the admin pages of the policy app's models."""

import pytest

MODELS = [
    "policy",
    "focusarea",
    "focuspoint",
    "indicator",
    "actionprogramme",
    "actionstatus",
    "action",
    "evaluationreport",
    "stakeholderinvitation",
]


@pytest.mark.django_db
def test_admin_lists_and_change_pages_open(client, world, roles):
    client.force_login(roles["admin"])
    for name in MODELS:
        assert client.get(f"/admin/policy/{name}/").status_code == 200, name
    assert client.get(f"/admin/policy/action/{world.action.pk}/change/").status_code == 200
    assert client.get(f"/admin/policy/evaluationreport/{world.report.pk}/change/").status_code == 200
    assert client.get(f"/admin/policy/stakeholderinvitation/{world.invitation.pk}/change/").status_code == 200
