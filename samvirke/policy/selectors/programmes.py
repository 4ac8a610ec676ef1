"""Reads for action programmes (decision 0066): programmes with their actions, an action, the
statuses actions may have, and a policy's progress rolled up from its actions (rollup.py)."""

from django.db.models import Prefetch, QuerySet
from django.http import Http404

from samvirke.core.models import Municipality
from samvirke.policy import rollup
from samvirke.policy.models import Action, ActionProgramme, ActionStatus, FocusPoint, Policy
from samvirke.policy.selectors.structure import list_initiative_summaries


def _actions() -> QuerySet[Action]:
    return Action.objects.select_related("status", "responsible_organisation").prefetch_related(
        Prefetch(
            "focus_points", queryset=FocusPoint.objects.only("id", "number", "theme_id", "focus_area_id")
        ),
        Prefetch("initiatives", queryset=list_initiative_summaries()),
        "milestones",
    )


def list_programmes(*, municipality: Municipality) -> QuerySet[ActionProgramme]:
    """Programmes with their actions (and statuses) loaded, so each can show its progress."""
    return (
        ActionProgramme.objects.for_municipality(municipality)
        .select_related("policy", "municipality")
        .prefetch_related(Prefetch("actions", queryset=Action.objects.select_related("status")))
        .order_by("-period_start", "title")
    )


def get_programme_or_404(*, municipality: Municipality, slug: str) -> ActionProgramme:
    programme = (
        ActionProgramme.objects.for_municipality(municipality)
        .filter(slug=slug)
        .select_related("policy", "municipality")
        .prefetch_related(Prefetch("actions", queryset=_actions()))
        .first()
    )
    if programme is None:
        raise Http404("No such programme")
    return programme


def get_programme_header_or_404(*, municipality: Municipality, slug: str) -> ActionProgramme:
    programme = (
        ActionProgramme.objects.for_municipality(municipality)
        .filter(slug=slug)
        .select_related("policy", "municipality")
        .first()
    )
    if programme is None:
        raise Http404("No such programme")
    return programme


def get_action_or_404(*, programme: ActionProgramme, pk: int) -> Action:
    action = _actions().filter(programme=programme, pk=pk).first()
    if action is None:
        raise Http404("No such action")
    return action


def list_statuses(*, programme: ActionProgramme) -> QuerySet[ActionStatus]:
    """The statuses a programme's actions may have: its own list, or else the municipality's."""
    own = ActionStatus.objects.filter(programme=programme)
    if own.exists():
        return own.order_by("order", "progress")
    return ActionStatus.objects.filter(
        municipality_id=programme.municipality_id, programme__isnull=True
    ).order_by("order", "progress")


def get_policy_progress(*, policy: Policy) -> rollup.Rollup:
    """Progress of every action of every programme of the policy, rolled up (decision 0021)."""
    actions = (
        Action.objects.filter(programme__policy=policy)
        .select_related("status")
        .prefetch_related(
            Prefetch("focus_points", queryset=FocusPoint.objects.only("id", "theme_id", "focus_area_id"))
        )
    )
    return rollup.roll_up(actions)
