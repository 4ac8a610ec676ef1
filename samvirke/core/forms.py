"""Form fields that speak people's words: languages picked by name, weekdays as tick boxes."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from samvirke.core.languages import (
    OFFERED_LANGUAGES,
    is_language_code,
    language_choices,
    validate_language_code,
    weekday_choices,
)

# iCalendar's ordinals for "the first … of the month"; empty: every week.
ORDINAL_CHOICES = [
    ("", _("every week")),
    ("1", _("the first of the month")),
    ("2", _("the second of the month")),
    ("3", _("the third of the month")),
    ("4", _("the fourth of the month")),
    ("-1", _("the last of the month")),
]


class LanguagesField(forms.MultipleChoiceField):
    """Languages ticked by name in the reader's language; the value is a sorted list of ISO 639 codes.

    The boxes are the offered languages and any already chosen; any other valid code (from the API
    or an import) is accepted too, so nothing a form did not list is lost."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        self.extra_codes: list[str] = []
        super().__init__(choices=self._choices, **kwargs)

    def _choices(self) -> list[tuple[str, str]]:
        return language_choices(dict.fromkeys([*OFFERED_LANGUAGES, *self.extra_codes]))

    def offer(self, codes) -> None:
        """Show these codes as boxes too (the entry's current languages)."""
        self.extra_codes = [code for code in codes or [] if code not in OFFERED_LANGUAGES]

    def to_python(self, value):
        # Lenient with what the API and old clients send: "da, ar" as one value, upper case.
        if isinstance(value, str):
            value = [value]
        parts = [part for item in super().to_python(value) for part in item.replace(";", ",").split(",")]
        return sorted(dict.fromkeys(part.strip().lower() for part in parts if part.strip()))

    def valid_value(self, value) -> bool:
        return is_language_code(value)

    def validate(self, value):
        if self.required and not value:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        for code in value:
            validate_language_code(code)


class WeekdaysField(forms.MultipleChoiceField):
    """Weekdays as tick boxes named in the reader's language; the value is a list of iCalendar codes."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        super().__init__(choices=weekday_choices, **kwargs)


def add_service_errors(form, error: ValidationError, *, elsewhere: tuple[str, ...] = ()) -> list[str]:
    """Put a service's ValidationError on the form: on the field it names where the form has one,
    else on the form as a whole. Messages for the names in `elsewhere` (a formset's, shown apart)
    are returned instead, so none is lost."""
    apart: list[str] = []
    if not hasattr(error, "error_dict"):
        form.add_error(None, error.messages)
        return apart
    for name, messages in error.message_dict.items():
        if name in elsewhere:
            apart.extend(messages)
        else:
            form.add_error(name if name in form.fields else None, messages)
    return apart
