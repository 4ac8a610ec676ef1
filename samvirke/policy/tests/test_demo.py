"""The policy demo content: what the issue's "done when" walks through."""

import datetime as dt
from decimal import Decimal

from samvirke.policy import rollup
from samvirke.policy.models import ActionProgramme, EvaluationReport, FocusPoint, Indicator
from samvirke.policy.selectors import evaluation as evaluation_selectors
from samvirke.policy.status import Status, assess_indicator


def test_hillerod_has_its_programme_of_twenty_numbered_actions(demo):
    programme = ActionProgramme.objects.get(municipality__slug="hillerod")
    actions = list(programme.actions.select_related("status").prefetch_related("focus_points", "initiatives"))
    assert [a.number for a in actions] == [str(n) for n in range(1, 21)]
    assert all(a.focus_points.all() and a.initiatives.all() for a in actions)
    assert sum(1 for a in actions if a.weight is not None) >= 5
    # (Σ progress × weight = 1570) / (Σ weight = 28)
    assert rollup.weighted_progress(actions).percent == Decimal("56.1")
    assert programme.actions.filter(milestones__isnull=False).distinct().count() >= 10


def test_silkeborgs_job_criterion_is_judged_against_the_national_average(demo):
    indicator = (
        Indicator.objects.prefetch_related("measurements")
        .select_related("criterion")
        .get(
            criterion__policy__municipality__slug="silkeborg",
            name__startswith="Andel nytilkomne flygtninge i job",
        )
    )
    assert indicator.comparison == "comparator"
    assert assess_indicator(indicator, as_of=dt.date(2019, 1, 1)).status == Status.ACHIEVED
    assert assess_indicator(indicator, as_of=dt.date(2018, 1, 1)).status == Status.ON_TRACK
    point = FocusPoint.objects.get(focus_area__policy__municipality__slug="silkeborg", number="1.2")
    assert point.initiatives.exists()


def test_holstebro_has_a_draft_evaluation_with_stakeholder_answers(demo):
    report = EvaluationReport.objects.get(municipality__slug="holstebro")
    content = evaluation_selectors.get_report_content(report=report)
    assert report.status == "draft"
    assert (content.invited, content.answered) == (4, 3)
    assert sum(len(area.answers) for area in content.areas) == 5
    assert any(area.initiatives for area in content.areas)
