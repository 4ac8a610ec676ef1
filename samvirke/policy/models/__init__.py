"""The policy app's models, split by subdomain: the policy's structure and results, action
programmes, and evaluation. Import them from here."""

from samvirke.policy.models.evaluation import (
    EvaluationReport,
    NarrativeSection,
    ReportDocument,
    StakeholderAnswer,
    StakeholderInvitation,
)
from samvirke.policy.models.programmes import Action, ActionProgramme, ActionStatus, Milestone
from samvirke.policy.models.structure import (
    CrossCuttingChallenge,
    FocusArea,
    FocusPoint,
    Goal,
    Indicator,
    Measurement,
    Policy,
    PolicyPart,
    SuccessCriterion,
    Theme,
)

__all__ = [
    "Action",
    "ActionProgramme",
    "ActionStatus",
    "CrossCuttingChallenge",
    "EvaluationReport",
    "FocusArea",
    "FocusPoint",
    "Goal",
    "Indicator",
    "Measurement",
    "Milestone",
    "NarrativeSection",
    "Policy",
    "PolicyPart",
    "ReportDocument",
    "StakeholderAnswer",
    "StakeholderInvitation",
    "SuccessCriterion",
    "Theme",
]
