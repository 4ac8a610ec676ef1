"""Who may edit a municipality's policies and see its evaluation reports.

Built from the role facts in `samvirke.accounts.permissions` (decision 0067).
"""

from samvirke.accounts.permissions import is_editor_for
from samvirke.core.models import Municipality
from samvirke.policy.models import EvaluationReport


def can_edit_policy(user, municipality: Municipality) -> bool:
    """A municipality's policies, results, action programmes and evaluations: its editors (and its region's)."""
    return is_editor_for(user, municipality)


def can_view_evaluation(user, report) -> bool:
    """A published evaluation report is public; a draft only for those who may edit it."""
    return report.status == EvaluationReport.Status.PUBLISHED or can_edit_policy(user, report.municipality)


def can_revert_policy(user, municipality: Municipality) -> bool:
    """The history of a policy's texts and reverting them: editors of the municipality."""
    return is_editor_for(user, municipality)
