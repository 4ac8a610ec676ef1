"""Forms check the shape of input; the services decide (STYLE.md). Entry forms are built from the
field registry (fields.py), so the public form, the edit form and the API validate alike."""

import time

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from samvirke.core.forms import ORDINAL_CHOICES, LanguagesField, WeekdaysField
from samvirke.directory.models import Location, Organisation
from samvirke.editorial import fields
from samvirke.editorial.models import EditorialSettings
from samvirke.initiatives.models import HandbookSection, Schedule, TargetGroup
from samvirke.initiatives.schedules import SCHEDULE_FIELDS, split_byday

# Anti-spam (decision 0010): a person needs a few seconds to read and change a form; a form older
# than a day is refused as stale, so a token cannot be farmed and reused forever.
MIN_FILL_SECONDS = 3
MAX_FORM_AGE = 24 * 3600
STARTED_SALT = "samvirke.editorial.form-started"


def started_token() -> str:
    return signing.dumps(time.time(), salt=STARTED_SALT)


class SpamGuardForm(forms.Form):
    """A honeypot field people never see, and the signed time the form was first shown."""

    nickname = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    is_bot = False

    def clean(self):
        data = super().clean()
        if data.get("nickname"):
            # Only robots fill invisible fields: the view pretends success and stores nothing.
            self.is_bot = True
            return data
        try:
            started = signing.loads(data.get("started") or "", salt=STARTED_SALT, max_age=MAX_FORM_AGE)
        except signing.BadSignature:
            raise ValidationError(
                _("This form had expired. Check your suggestion and send it again."), code="stale"
            ) from None
        if time.time() - float(started) < MIN_FILL_SECONDS:
            raise ValidationError(
                _("That was very quick. Please check your suggestion and send it again."), code="too_fast"
            )
        return data


def _form_field(
    kind: str, spec: fields.FieldSpec, *, municipality, entry, audience: str
) -> forms.Field | None:
    label = fields.label(kind, spec.name)
    label = label[:1].upper() + label[1:]
    if spec.type == fields.SCALAR:
        model_field = fields.model_for(kind)._meta.get_field(spec.name)
        if isinstance(model_field, models.DateField):
            return forms.DateField(
                label=label,
                required=False,
                widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                help_text=model_field.help_text,
            )
        if isinstance(model_field, models.BooleanField):
            return forms.BooleanField(label=label, required=False)
        options = {"assume_scheme": "https"} if isinstance(model_field, models.URLField) else {}
        form_field = model_field.formfield(**options)
        form_field.label = label
        if isinstance(model_field, models.TextField):
            form_field.max_length = 10_000
            form_field.widget = forms.Textarea(attrs={"rows": 6, "maxlength": 10_000})
            form_field.validators.append(_max_length(10_000))
        return form_field
    if spec.type == fields.FK:
        if spec.name == "section":
            queryset = HandbookSection.objects.for_municipality(municipality).order_by("order", "title")
        else:
            queryset = Organisation.objects.for_municipality(municipality).order_by("name")
            if entry is not None and entry.pk:
                queryset = queryset.exclude(pk=entry.pk)
        return forms.ModelChoiceField(queryset=queryset, label=label, required=False)
    if spec.type == fields.TAGS:
        return forms.ModelMultipleChoiceField(
            queryset=TargetGroup.objects.order_by("order", "name"),
            to_field_name="slug",
            widget=forms.CheckboxSelectMultiple,
            label=label,
            required=False,
        )
    if spec.type == fields.CODES:
        field = LanguagesField(label=label, required=False)
        field.offer(entry.language_codes if entry is not None and entry.pk else [])
        return field
    if spec.type == fields.PLACES:
        return forms.ModelMultipleChoiceField(
            queryset=Location.objects.for_municipality(municipality).order_by("name"),
            widget=forms.CheckboxSelectMultiple,
            label=label,
            required=False,
        )
    if spec.type == fields.ORGANISERS:
        queryset = Organisation.objects.for_municipality(municipality).order_by("name")
        if audience == fields.NEW:
            return forms.ModelChoiceField(queryset=queryset, label=_("Who arranges it?"), required=False)
        return forms.ModelMultipleChoiceField(queryset=queryset, label=label, required=False)
    return None  # schedules have their own formset


def _max_length(limit: int):
    return MaxLengthValidator(limit)


def entry_form_class(
    *, kind: str, audience: str, municipality, entry=None, base=forms.Form
) -> type[forms.Form]:
    """A form with the registered fields of this kind that this audience may change."""
    attrs = {}
    for spec in fields.specs_for(kind, audience):
        form_field = _form_field(kind, spec, municipality=municipality, entry=entry, audience=audience)
        if form_field is not None:
            attrs[spec.name] = form_field
    attrs["registry"] = (kind, audience)
    attrs["entry_fields"] = _entry_fields
    return type(f"{kind.title()}{audience.title()}Form", (base,), attrs)


def _entry_fields(form) -> list:
    """The bound fields of the entry itself, in registry order (for templates)."""
    kind, audience = form.registry
    return [form[spec.name] for spec in fields.specs_for(kind, audience) if spec.name in form.fields]


def form_values(form: forms.Form) -> dict:
    """A valid entry form's values as registry JSON."""
    kind, audience = form.registry
    values = {}
    for spec in fields.specs_for(kind, audience):
        if spec.name not in form.cleaned_data:
            continue
        value = form.cleaned_data[spec.name]
        if spec.type == fields.SCALAR:
            values[spec.name] = (
                fields.scalar_json(value)
                if value is not None
                else (None if _is_date(kind, spec.name) else "")
            )
        elif spec.type == fields.FK:
            values[spec.name] = value.pk if value is not None else None
        elif spec.type == fields.TAGS:
            values[spec.name] = sorted(group.slug for group in value)
        elif spec.type == fields.CODES:
            values[spec.name] = list(value)
        elif spec.type in (fields.PLACES, fields.ORGANISERS):
            objects = [value] if isinstance(value, models.Model) else list(value or [])
            values[spec.name] = sorted(obj.pk for obj in objects)
    return values


def _is_date(kind: str, name: str) -> bool:
    return isinstance(fields.model_for(kind)._meta.get_field(name), models.DateField)


def form_initial(values: dict, *, kind: str, audience: str) -> dict:
    """Registry JSON as initial data for an entry form."""
    initial = {}
    for spec in fields.specs_for(kind, audience):
        if spec.name in values:
            value = values[spec.name]
            if spec.type == fields.ORGANISERS and audience == fields.NEW:
                value = value[0] if value else None
            initial[spec.name] = value
    return initial


def form_data(values: dict, *, kind: str, audience: str) -> dict:
    """Registry JSON (from the API) as form data, so API input is validated by the same form."""
    data = {}
    for spec in fields.specs_for(kind, audience):
        if spec.name not in values:
            continue
        value = values[spec.name]
        if spec.type == fields.SCALAR and isinstance(value, bool):
            if value:
                data[spec.name] = "on"
        elif spec.type in (fields.CODES, fields.TAGS, fields.PLACES) or (
            spec.type == fields.ORGANISERS and audience != fields.NEW
        ):
            data[spec.name] = [str(v) for v in value] if isinstance(value, list) else value
        elif spec.type == fields.ORGANISERS:
            data[spec.name] = str(value[0]) if isinstance(value, list) and value else value
        else:
            data[spec.name] = "" if value is None else value
    return data


class ProposalExtrasForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 2000}),
        help_text=_("What is wrong, or anything the form has no field for (e.g. times and places)."),
    )
    # Named apart from the entries' own "email" fields (organisations and contact persons have one).
    proposer_email = forms.EmailField(
        label=_("Your e-mail (optional)"),
        required=False,
        max_length=254,
        help_text=_("Only if you want to hear what we decide."),
    )
    proposer_consent = forms.BooleanField(
        label=_(
            "You may keep my e-mail address until my suggestion has been decided, to tell me the outcome. "
            "It is deleted then."
        ),
        required=False,
    )


def proposal_form_class(*, kind: str, municipality, entry=None) -> type[forms.Form]:
    """The public form: the entry's fields, a comment, an optional e-mail with consent, and the spam guard."""
    audience = fields.PUBLIC if entry is not None else fields.NEW
    entry_form = entry_form_class(kind=kind, audience=audience, municipality=municipality, entry=entry)
    return type("ProposalForm", (entry_form, ProposalExtrasForm, SpamGuardForm), {})


class VersionForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


def edit_form_class(*, kind: str, audience: str, municipality, entry) -> type[forms.Form]:
    return entry_form_class(
        kind=kind, audience=audience, municipality=municipality, entry=entry, base=VersionForm
    )


class ScheduleForm(forms.ModelForm):
    """One time an initiative takes place: the fields, labels and validators of initiatives.Schedule."""

    uuid = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Schedule
        fields = SCHEDULE_FIELDS
        widgets = {
            "opens_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "closes_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "valid_from": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "valid_to": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    # Days as tick boxes and "the first/last … of the month" as a choice, stored as iCalendar BYDAY
    # ("TU,TH", "1SA"). A rule they cannot show ("1SA,-1SU") travels in a hidden field and is kept
    # while its days stay ticked and no week is chosen.
    byday = WeekdaysField(label=_("On these days"), required=False)
    ordinal = forms.ChoiceField(label=_("Which weeks"), choices=ORDINAL_CHOICES, required=False)
    rule = forms.CharField(widget=forms.HiddenInput, required=False, max_length=100)
    field_order = ["freq", "interval", "byday", "ordinal"]

    def __init__(self, *args, municipality=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["location"].queryset = Location.objects.for_municipality(municipality).order_by("name")
        rule = self.initial.get("byday") or ""
        if isinstance(rule, str):
            days = split_byday(rule.upper().replace(" ", ""))
            ordinals = {ordinal for ordinal, _day in days}
            self.initial.update(
                byday=[day for _ordinal, day in days],
                ordinal=next(iter(ordinals)) if len(ordinals) == 1 else "",
                rule=rule if len(ordinals) > 1 else "",
            )

    def clean(self):
        data = super().clean()
        days, ordinal, kept = data.get("byday") or [], data.get("ordinal") or "", data.get("rule") or ""
        if kept and not ordinal and sorted(days) == sorted(day for _o, day in split_byday(kept.upper())):
            data["byday"] = kept.upper()
        else:
            data["byday"] = ",".join(f"{ordinal}{day}" for day in days)
        return data

    def clean_bymonthday(self) -> str:
        return self.cleaned_data["bymonthday"].replace(" ", "")

    def value(self) -> dict:
        """The validated time as registry JSON (the form's instance holds the cleaned values)."""
        return {**fields.schedule_json(self.instance), "uuid": self.cleaned_data.get("uuid") or None}


ScheduleFormSet = forms.formset_factory(ScheduleForm, extra=1, can_delete=True, max_num=30, validate_max=True)


def times_formset(*, municipality, data=None, initial=None):
    """The times of an activity, as the edit, create and suggest forms show them."""
    return ScheduleFormSet(data, initial=initial, prefix="times", form_kwargs={"municipality": municipality})


def entry_values(form, formset) -> dict | None:
    """A valid entry form's values with its times as registry JSON; None when either is invalid."""
    if not form.is_valid() or (formset is not None and not formset.is_valid()):
        return None
    values = form_values(form)
    if formset is not None:
        values["schedules"] = schedule_values(formset)
    return values


def schedule_values(formset) -> list[dict]:
    return [
        form.value()
        for form in formset.forms
        if form.has_changed() and not form.cleaned_data.get("DELETE") and form.cleaned_data
    ]


class ReviewForm(VersionForm):
    fields_to_accept = forms.MultipleChoiceField(
        label=_("Accept these fields"), required=False, widget=forms.CheckboxSelectMultiple
    )
    note = forms.CharField(
        label=_("Note to the proposer (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["fields_to_accept"].choices = choices
        self.fields["version"].required = False


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (sent to the proposer)"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )


class PublishForm(forms.Form):
    note = forms.CharField(
        label=_("Note for this edition (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class SettingsForm(forms.ModelForm):
    class Meta:
        model = EditorialSettings
        fields = ["owner_edits", "verification_period_days", "reminder_interval_days"]
        widgets = {"owner_edits": forms.RadioSelect}


class EraseForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I understand that the person, their history and proposals about them are deleted for good."),
        required=True,
    )
    reason = forms.CharField(label=_("Reason (optional, no personal data)"), required=False, max_length=300)


class RevertForm(forms.Form):
    model = forms.CharField(widget=forms.HiddenInput, max_length=100)
    history_id = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
