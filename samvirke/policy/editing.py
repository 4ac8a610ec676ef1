"""What editors can edit in the site, by kind: for each, its model, form, how to find the editable
rows within a policy, programme or report (so an id from another municipality is a 404), and which
service saves it. The generic views in views/editing.py use this table."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from samvirke.core.models import Municipality
from samvirke.policy import forms, services
from samvirke.policy.models import (
    Action,
    ActionProgramme,
    ActionStatus,
    CrossCuttingChallenge,
    EvaluationReport,
    FocusArea,
    FocusPoint,
    Goal,
    Indicator,
    Measurement,
    Milestone,
    NarrativeSection,
    Policy,
    SuccessCriterion,
    Theme,
)


@dataclass
class Scope:
    """Where an edit happens: a policy, one of its programmes, or one of its evaluation reports."""

    place: Municipality
    policy: Policy
    programme: ActionProgramme | None = None
    report: EvaluationReport | None = None


@dataclass(frozen=True)
class Kind:
    slug: str
    label: Any
    queryset: Callable[[Scope], QuerySet]
    new: Callable[[Scope], Any]
    form: type
    form_kwargs: Callable[[Scope], dict]
    save: Callable[..., Any]
    ordered: bool = False
    # Fields a "new" link may preset through the query string (?focus_area=3).
    presets: tuple[str, ...] = ()


def _save_part(form, scope):
    return services.save_policy_part(instance=form.save(commit=False))


def _save_point(form, scope):
    return services.save_focus_point(
        point=form.save(commit=False), initiatives=list(form.cleaned_data["initiatives"])
    )


def _save_action(form, scope):
    return services.save_action(
        action=form.save(commit=False),
        initiatives=list(form.cleaned_data["initiatives"]),
        focus_points=list(form.cleaned_data["focus_points"]),
    )


def _save_status(form, scope):
    return services.save_status(
        programme=scope.programme,
        status=form.save(commit=False),
        for_municipality=form.cleaned_data["for_municipality"],
    )


def _policy_kwargs(scope):
    return {"policy": scope.policy}


POLICY_KINDS = {
    kind.slug: kind
    for kind in [
        Kind(
            "policy",
            _("policy"),
            lambda s: Policy.objects.filter(pk=s.policy.pk),
            lambda s: s.policy,
            forms.PolicyForm,
            lambda s: {},
            _save_part,
        ),
        Kind(
            "goal",
            _("goal"),
            lambda s: Goal.objects.filter(policy=s.policy),
            lambda s: Goal(policy=s.policy),
            forms.GoalForm,
            _policy_kwargs,
            _save_part,
            ordered=True,
        ),
        Kind(
            "challenge",
            _("cross-cutting challenge"),
            lambda s: CrossCuttingChallenge.objects.filter(policy=s.policy),
            lambda s: CrossCuttingChallenge(policy=s.policy),
            forms.ChallengeForm,
            _policy_kwargs,
            _save_part,
            ordered=True,
        ),
        Kind(
            "focus-area",
            _("focus area"),
            lambda s: FocusArea.objects.filter(policy=s.policy),
            lambda s: FocusArea(policy=s.policy),
            forms.FocusAreaForm,
            _policy_kwargs,
            _save_part,
            ordered=True,
        ),
        Kind(
            "theme",
            _("theme"),
            lambda s: Theme.objects.filter(focus_area__policy=s.policy),
            lambda s: Theme(),
            forms.ThemeForm,
            _policy_kwargs,
            _save_part,
            ordered=True,
            presets=("focus_area",),
        ),
        Kind(
            "focus-point",
            _("focus point"),
            lambda s: FocusPoint.objects.filter(focus_area__policy=s.policy).select_related(
                "focus_area__policy"
            ),
            lambda s: FocusPoint(),
            forms.FocusPointForm,
            _policy_kwargs,
            _save_point,
            ordered=True,
            presets=("focus_area", "theme"),
        ),
        Kind(
            "criterion",
            _("success criterion"),
            lambda s: SuccessCriterion.objects.filter(policy=s.policy),
            lambda s: SuccessCriterion(policy=s.policy),
            forms.CriterionForm,
            _policy_kwargs,
            _save_part,
            ordered=True,
            presets=("focus_area",),
        ),
        Kind(
            "indicator",
            _("indicator"),
            lambda s: Indicator.objects.filter(criterion__policy=s.policy),
            lambda s: Indicator(),
            forms.IndicatorForm,
            _policy_kwargs,
            _save_part,
            presets=("criterion",),
        ),
        Kind(
            "measurement",
            _("measurement"),
            lambda s: Measurement.objects.filter(indicator__criterion__policy=s.policy),
            lambda s: Measurement(),
            forms.MeasurementForm,
            _policy_kwargs,
            _save_part,
            presets=("indicator", "series"),
        ),
    ]
}


def _statuses(scope: Scope) -> QuerySet:
    from samvirke.policy.selectors import statuses_for

    return statuses_for(programme=scope.programme)


PROGRAMME_KINDS = {
    kind.slug: kind
    for kind in [
        Kind(
            "programme",
            _("action programme"),
            lambda s: ActionProgramme.objects.filter(pk=s.programme.pk),
            lambda s: s.programme,
            forms.ProgrammeForm,
            lambda s: {"municipality": s.place},
            lambda form, s: services.save_programme(municipality=s.place, programme=form.save(commit=False)),
        ),
        Kind(
            "action",
            pgettext_lazy("programme", "action"),
            lambda s: Action.objects.filter(programme=s.programme),
            lambda s: Action(programme=s.programme),
            forms.ActionForm,
            lambda s: {"policy": s.policy, "statuses": _statuses(s)},
            _save_action,
            ordered=True,
        ),
        Kind(
            "milestone",
            _("milestone"),
            lambda s: Milestone.objects.filter(action__programme=s.programme),
            lambda s: Milestone(),
            forms.MilestoneForm,
            lambda s: {"programme": s.programme},
            _save_part,
            presets=("action",),
        ),
        Kind(
            "status",
            _("action status"),
            lambda s: ActionStatus.objects.filter(
                Q(programme=s.programme) | Q(municipality=s.place, programme__isnull=True)
            ),
            lambda s: ActionStatus(municipality=s.place, programme=s.programme),
            forms.StatusForm,
            lambda s: {},
            _save_status,
        ),
    ]
}

REPORT_KINDS = {
    kind.slug: kind
    for kind in [
        Kind(
            "report",
            _("evaluation report"),
            lambda s: EvaluationReport.objects.filter(pk=s.report.pk),
            lambda s: s.report,
            forms.ReportForm,
            lambda s: {"municipality": s.place},
            _save_part,
        ),
        Kind(
            "section",
            _("narrative section"),
            lambda s: NarrativeSection.objects.filter(report=s.report),
            lambda s: NarrativeSection(report=s.report),
            forms.SectionForm,
            _policy_kwargs,
            _save_part,
            ordered=True,
            presets=("focus_area",),
        ),
    ]
}
