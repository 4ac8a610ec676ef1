"""Sign-up (allauth's form plus who you are and where you work) and the forms of the approval screens."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from samvirke.accounts.models import Role
from samvirke.accounts.services import request_to_join
from samvirke.directory.models import Organisation


class OrganisationField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"{obj.name} – {obj.municipality.name}"


def organisation_field() -> OrganisationField:
    return OrganisationField(
        queryset=Organisation.objects.select_related("municipality").order_by("municipality__name", "name"),
        label=_("Organisation you work for"),
        help_text=_("Its owner or an editor of its municipality approves your account."),
    )


class JoinRequestForm(forms.Form):
    """Asking to join an organisation: on its own, and as part of signing up."""

    organisation = organisation_field()
    job_title = forms.CharField(label=_("Role or job title"), max_length=120, required=False)
    message = forms.CharField(
        label=_("Message to the approver (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class SignupForm(AllauthSignupForm, JoinRequestForm):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)

    field_order = ["first_name", "last_name", "email", "password1", "password2", "organisation", "job_title"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"
        self.fields["job_title"].widget.attrs["autocomplete"] = "organization-title"

    def custom_signup(self, request, user) -> None:
        request_to_join(
            user=user,
            organisation=self.cleaned_data["organisation"],
            job_title=self.cleaned_data.get("job_title", ""),
            message=self.cleaned_data.get("message", ""),
        )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("approve", _("Approve")), ("decline", _("Decline"))],
        widget=forms.RadioSelect,
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=[
            (Role.PRACTITIONER, _("Practitioner")),
            (Role.ORGANISATION_OWNER, _("Organisation owner (edits the organisation's handbook entries)")),
        ],
        initial=Role.PRACTITIONER,
        required=False,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label=_("Note to the applicant (optional)"), max_length=500, required=False)

    def __init__(self, *args, can_grant_owner: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_grant_owner:
            self.fields["role"].choices = self.fields["role"].choices[:1]

    def clean(self):
        data = super().clean()
        if data.get("decision") == "approve" and not data.get("role"):
            data["role"] = Role.PRACTITIONER
        if data.get("role") and data["role"] not in dict(self.fields["role"].choices):
            raise ValidationError({"role": _("You cannot grant this role.")})
        return data
