"""Editor forms. They check shape; business rules live in the models' clean() and the services."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative
from samvirke.policy import models


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class ScopedForm(forms.ModelForm):
    """A ModelForm whose choices are limited to one policy (and its municipality)."""

    def __init__(self, *args, policy: models.Policy, **kwargs):
        super().__init__(*args, **kwargs)
        self.policy = policy
        self.limit_choices()

    def limit_choices(self) -> None:
        areas = models.FocusArea.objects.filter(policy=self.policy).order_by("order", "pk")
        for name, field in self.fields.items():
            if name == "focus_area":
                field.queryset = areas
            elif name == "theme":
                field.queryset = models.Theme.objects.filter(focus_area__policy=self.policy).select_related(
                    "focus_area"
                )
                field.label_from_instance = lambda theme: f"{theme.focus_area} → {theme.title}"
            elif name == "criterion":
                field.queryset = models.SuccessCriterion.objects.filter(policy=self.policy)
            elif name == "indicator":
                field.queryset = models.Indicator.objects.filter(criterion__policy=self.policy)
            elif name == "initiatives":
                field.queryset = Initiative.objects.for_municipality(self.policy.municipality).order_by(
                    "title"
                )
            elif name == "focus_points":
                field.queryset = models.FocusPoint.objects.filter(focus_area__policy=self.policy).order_by(
                    "focus_area__order", "order", "pk"
                )


class PolicyForm(forms.ModelForm):
    class Meta:
        model = models.Policy
        fields = [
            "title",
            "slug",
            "period_start",
            "period_end",
            "adopted_by",
            "introduction",
            "mission",
            "vision",
            "values",
            "evaluation",
        ]
        widgets = {"period_start": DateInput(), "period_end": DateInput()}
        help_texts = {
            "slug": _("The policy's address: letters, digits and hyphens, e.g. “integrationspolitik-2026”.")
        }


class GoalForm(ScopedForm):
    class Meta:
        model = models.Goal
        fields = ["text"]


class ChallengeForm(ScopedForm):
    class Meta:
        model = models.CrossCuttingChallenge
        fields = ["title", "text"]


class FocusAreaForm(ScopedForm):
    class Meta:
        model = models.FocusArea
        fields = ["number", "title", "subtitle", "description"]


class ThemeForm(ScopedForm):
    class Meta:
        model = models.Theme
        fields = ["focus_area", "title", "description"]
        help_texts = {"focus_area": _("Moving a theme moves its focus points with it.")}


class FocusPointForm(ScopedForm):
    initiatives = forms.ModelMultipleChoiceField(
        label=_("Initiatives that serve this focus point"),
        queryset=Initiative.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = models.FocusPoint
        fields = ["focus_area", "theme", "number", "title", "text"]
        help_texts = {
            "theme": _("Optional. Choose another theme or focus area to move the focus point there."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["initiatives"].initial = list(self.instance.initiatives.values_list("pk", flat=True))


class CriterionForm(ScopedForm):
    class Meta:
        model = models.SuccessCriterion
        fields = ["text", "focus_area", "deadline"]
        widgets = {"deadline": DateInput()}


class IndicatorForm(ScopedForm):
    class Meta:
        model = models.Indicator
        fields = [
            "criterion",
            "name",
            "unit",
            "direction",
            "comparison",
            "baseline_value",
            "baseline_date",
            "target_value",
            "target_date",
            "comparator_name",
            "source",
        ]
        widgets = {"baseline_date": DateInput(), "target_date": DateInput()}


class MeasurementForm(ScopedForm):
    class Meta:
        model = models.Measurement
        fields = ["indicator", "series", "date", "value", "source"]
        widgets = {"date": DateInput()}


class UploadForm(forms.Form):
    MAX_BYTES = 2 * 1024 * 1024

    file = forms.FileField(label=_("CSV file (UTF-8, comma or semicolon separated)"))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > self.MAX_BYTES:
            raise ValidationError(_("The file is larger than 2 MB."))
        if not upload.name.lower().endswith((".csv", ".txt")):
            raise ValidationError(_("Upload a .csv file."))
        return upload


class RenumberForm(forms.Form):
    scheme = forms.ChoiceField(
        label=_("Numbering"),
        choices=[
            ("hierarchical", _("By focus area: 1.1, 1.2 … (with themes 1.1.1, 1.1.2 …)")),
            ("continuous", _("Straight through the policy: 1, 2, 3 …")),
        ],
        widget=forms.RadioSelect,
        initial="hierarchical",
    )


# -- programmes ---------------------------------------------------------------------------------


class ProgrammeForm(forms.ModelForm):
    class Meta:
        model = models.ActionProgramme
        fields = ["policy", "title", "slug", "period_start", "period_end", "description"]
        widgets = {"period_start": DateInput(), "period_end": DateInput()}

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["policy"].queryset = models.Policy.objects.for_municipality(municipality)


class ActionForm(ScopedForm):
    initiatives = forms.ModelMultipleChoiceField(
        label=_("Initiatives"),
        queryset=Initiative.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    focus_points = forms.ModelMultipleChoiceField(
        label=_("Focus points it serves"),
        queryset=models.FocusPoint.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = models.Action
        fields = [
            "number",
            "title",
            "description",
            "status",
            "weight",
            "responsible_organisation",
            "responsible_body",
            "start_date",
            "end_date",
        ]
        widgets = {"start_date": DateInput(), "end_date": DateInput()}

    def __init__(self, *args, statuses, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].queryset = statuses
        self.fields["responsible_organisation"].queryset = Organisation.objects.for_municipality(
            self.policy.municipality
        ).order_by("name")
        if self.instance.pk:
            self.fields["initiatives"].initial = list(self.instance.initiatives.values_list("pk", flat=True))
            self.fields["focus_points"].initial = list(
                self.instance.focus_points.values_list("pk", flat=True)
            )


class MilestoneForm(forms.ModelForm):
    class Meta:
        model = models.Milestone
        fields = ["action", "date", "title", "description"]
        widgets = {"date": DateInput()}

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["action"].queryset = models.Action.objects.filter(programme=programme)


class StatusForm(forms.ModelForm):
    for_municipality = forms.BooleanField(
        label=_("Offer this status to every programme of the municipality"), required=False
    )

    class Meta:
        model = models.ActionStatus
        fields = ["key", "name", "description", "progress", "order"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["for_municipality"].initial = self.instance.programme_id is None


# -- evaluation ----------------------------------------------------------------------------------


class ReportForm(forms.ModelForm):
    class Meta:
        model = models.EvaluationReport
        fields = ["policy", "title", "period_start", "period_end", "status", "questionnaire_intro"]
        widgets = {"period_start": DateInput(), "period_end": DateInput()}

    def __init__(self, *args, municipality, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["policy"].queryset = models.Policy.objects.for_municipality(municipality)


class SectionForm(ScopedForm):
    class Meta:
        model = models.NarrativeSection
        fields = ["focus_area", "title", "body"]
