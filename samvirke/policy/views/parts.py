"""The parts editors can edit in the site, one EditablePart each: its form, how to find the rows it
may edit within a policy, programme or report (so an id from another municipality is a 404), how to
start a new one, and which service saves it. The generic views in views/editing.py use these."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Model, Q, QuerySet
from django.forms import ModelForm
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from samvirke.core.models import Municipality
from samvirke.policy import forms, models
from samvirke.policy.selectors.programmes import list_statuses
from samvirke.policy.services import parts, programmes, structure


@dataclass
class Scope:
    """Where an edit happens: a policy, one of its programmes, or one of its evaluation reports."""

    place: Municipality
    policy: models.Policy
    programme: models.ActionProgramme | None = None
    report: models.EvaluationReport | None = None


def _save_part(form: ModelForm, scope: Scope) -> Model:
    return parts.save_policy_part(instance=form.save(commit=False))


def _no_form_kwargs(scope: Scope) -> dict:
    return {}


@dataclass(frozen=True, kw_only=True)
class EditablePart:
    """One kind of part: `slug` names it in the address (…/edit/goal/3/), `label` on the page."""

    slug: str
    label: Promise
    form: type[ModelForm]
    # The rows of this kind inside the scope: the only ones that can be opened, changed or deleted.
    queryset: Callable[[Scope], QuerySet]
    # A new, unsaved part, already placed in the scope where the scope decides it.
    new: Callable[[Scope], Model]
    # Extra keyword arguments for the form (the scope its choices come from).
    form_kwargs: Callable[[Scope], dict] = _no_form_kwargs
    # The service that saves the valid form; it may raise ValidationError.
    save: Callable[[ModelForm, Scope], Model] = _save_part
    # Whether editors move it up and down among its siblings.
    ordered: bool = False
    # Fields a "new" link may preset through the query string (?focus_area=3).
    presets: tuple[str, ...] = ()


def _in_policy(scope: Scope) -> dict:
    return {"policy": scope.policy}


def _save_focus_point(form: ModelForm, scope: Scope) -> models.FocusPoint:
    return structure.save_focus_point(
        point=form.save(commit=False), initiatives=list(form.cleaned_data["initiatives"])
    )


def _save_programme(form: ModelForm, scope: Scope) -> models.ActionProgramme:
    return programmes.save_programme(municipality=scope.place, programme=form.save(commit=False))


def _save_action(form: ModelForm, scope: Scope) -> models.Action:
    return programmes.save_action(
        action=form.save(commit=False),
        initiatives=list(form.cleaned_data["initiatives"]),
        focus_points=list(form.cleaned_data["focus_points"]),
    )


def _save_status(form: ModelForm, scope: Scope) -> models.ActionStatus:
    return programmes.save_status(
        programme=scope.programme,
        status=form.save(commit=False),
        for_municipality=form.cleaned_data["for_municipality"],
    )


def _by_slug(*editable: EditablePart) -> dict[str, EditablePart]:
    return {part.slug: part for part in editable}


def _of_the_policy(
    *, slug: str, label: Promise, model: type[Model], form: type[ModelForm], presets: tuple[str, ...] = ()
) -> EditablePart:
    """A part that belongs to the policy itself and has an order there (goal, challenge, focus area,
    success criterion)."""
    return EditablePart(
        slug=slug,
        label=label,
        form=form,
        queryset=lambda scope: model.objects.filter(policy=scope.policy),
        new=lambda scope: model(policy=scope.policy),
        form_kwargs=_in_policy,
        ordered=True,
        presets=presets,
    )


POLICY_KINDS = _by_slug(
    EditablePart(
        slug="policy",
        label=_("policy"),
        form=forms.PolicyForm,
        queryset=lambda scope: models.Policy.objects.filter(pk=scope.policy.pk),
        new=lambda scope: scope.policy,
    ),
    _of_the_policy(slug="goal", label=_("goal"), model=models.Goal, form=forms.GoalForm),
    _of_the_policy(
        slug="challenge",
        label=_("cross-cutting challenge"),
        model=models.CrossCuttingChallenge,
        form=forms.ChallengeForm,
    ),
    _of_the_policy(
        slug="focus-area", label=_("focus area"), model=models.FocusArea, form=forms.FocusAreaForm
    ),
    EditablePart(
        slug="theme",
        label=_("theme"),
        form=forms.ThemeForm,
        queryset=lambda scope: models.Theme.objects.filter(focus_area__policy=scope.policy),
        new=lambda scope: models.Theme(),
        form_kwargs=_in_policy,
        ordered=True,
        presets=("focus_area",),
    ),
    EditablePart(
        slug="focus-point",
        label=_("focus point"),
        form=forms.FocusPointForm,
        queryset=lambda scope: models.FocusPoint.objects.filter(
            focus_area__policy=scope.policy
        ).select_related("focus_area__policy"),
        new=lambda scope: models.FocusPoint(),
        form_kwargs=_in_policy,
        save=_save_focus_point,
        ordered=True,
        presets=("focus_area", "theme"),
    ),
    _of_the_policy(
        slug="criterion",
        label=_("success criterion"),
        model=models.SuccessCriterion,
        form=forms.CriterionForm,
        presets=("focus_area",),
    ),
    EditablePart(
        slug="indicator",
        label=_("indicator"),
        form=forms.IndicatorForm,
        queryset=lambda scope: models.Indicator.objects.filter(criterion__policy=scope.policy),
        new=lambda scope: models.Indicator(),
        form_kwargs=_in_policy,
        presets=("criterion",),
    ),
    EditablePart(
        slug="measurement",
        label=_("measurement"),
        form=forms.MeasurementForm,
        queryset=lambda scope: models.Measurement.objects.filter(indicator__criterion__policy=scope.policy),
        new=lambda scope: models.Measurement(),
        form_kwargs=_in_policy,
        presets=("indicator", "series"),
    ),
)

PROGRAMME_KINDS = _by_slug(
    EditablePart(
        slug="programme",
        label=_("action programme"),
        form=forms.ProgrammeForm,
        queryset=lambda scope: models.ActionProgramme.objects.filter(pk=scope.programme.pk),
        new=lambda scope: scope.programme,
        form_kwargs=lambda scope: {"municipality": scope.place},
        save=_save_programme,
    ),
    EditablePart(
        slug="action",
        label=pgettext_lazy("programme", "action"),
        form=forms.ActionForm,
        queryset=lambda scope: models.Action.objects.filter(programme=scope.programme),
        new=lambda scope: models.Action(programme=scope.programme),
        form_kwargs=lambda scope: {
            "policy": scope.policy,
            "statuses": list_statuses(programme=scope.programme),
        },
        save=_save_action,
        ordered=True,
    ),
    EditablePart(
        slug="milestone",
        label=_("milestone"),
        form=forms.MilestoneForm,
        queryset=lambda scope: models.Milestone.objects.filter(action__programme=scope.programme),
        new=lambda scope: models.Milestone(),
        form_kwargs=lambda scope: {"programme": scope.programme},
        presets=("action",),
    ),
    EditablePart(
        slug="status",
        label=_("action status"),
        form=forms.StatusForm,
        # The programme's own statuses, and the municipality's shared ones.
        queryset=lambda scope: models.ActionStatus.objects.filter(
            Q(programme=scope.programme) | Q(municipality=scope.place, programme__isnull=True)
        ),
        new=lambda scope: models.ActionStatus(municipality=scope.place, programme=scope.programme),
        save=_save_status,
    ),
)

REPORT_KINDS = _by_slug(
    EditablePart(
        slug="report",
        label=_("evaluation report"),
        form=forms.ReportForm,
        queryset=lambda scope: models.EvaluationReport.objects.filter(pk=scope.report.pk),
        new=lambda scope: scope.report,
        form_kwargs=lambda scope: {"municipality": scope.place},
    ),
    EditablePart(
        slug="section",
        label=_("narrative section"),
        form=forms.SectionForm,
        queryset=lambda scope: models.NarrativeSection.objects.filter(report=scope.report),
        new=lambda scope: models.NarrativeSection(report=scope.report),
        form_kwargs=_in_policy,
        ordered=True,
        presets=("focus_area",),
    ),
)
