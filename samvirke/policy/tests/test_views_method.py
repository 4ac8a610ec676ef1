"""The published method: weighted progress and indicator status say how they are computed (issue 21)."""

from decimal import Decimal

import pytest

from samvirke.policy.tests.factories import ActionFactory, ActionStatusFactory

pytestmark = pytest.mark.django_db


def test_weighted_progress_shows_its_rule_and_weights_beside_the_figure(en, world):
    done = ActionStatusFactory(municipality=world.place, key="done", name="Done", progress=100)
    ActionFactory(programme=world.programme, number="2", title="Folder", status=done, weight=Decimal(3))
    page = en.get("/holstebro/programmes/handlingsprogram/").content.decode()
    method = page[page.index("How this figure is computed") :]
    assert "Σ weights" in method and "without a weight counts as 1" in method
    assert "Here: 2 actions, total weight 4." in method
    assert "How this figure is computed" in en.get("/holstebro/policy/integrationspolitik/").content.decode()


def test_an_indicators_status_shows_the_rule_that_decided_it(en, world):
    page = en.get("/holstebro/policy/integrationspolitik/results/").content.decode()
    assert "How the status is computed" in page
    assert "straight line from the baseline" in page and "10 %" in page
