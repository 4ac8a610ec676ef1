"""The policy panel on the municipality's home page."""

import pytest

from samvirke.policy.panels import home_panel


@pytest.mark.django_db
def test_the_panel_lists_the_policies_in_one_query(world, django_assert_num_queries):
    with django_assert_num_queries(1):
        context = home_panel(municipality=world.place, request=None)
    assert [p.title for p in context["policies"]] == ["Integrationspolitik"]
