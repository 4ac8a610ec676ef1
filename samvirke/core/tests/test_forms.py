"""Languages picked by name and weekdays as tick boxes, stored as codes."""

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.utils import translation

from samvirke.core.forms import LanguagesField, WeekdaysField, add_service_errors


class PickerForm(forms.Form):
    languages = LanguagesField(required=False)
    days = WeekdaysField(required=False)


def test_languages_are_read_leniently_and_checked():
    field = LanguagesField(required=False)
    assert field.clean([" DA; ar", "da"]) == ["ar", "da"]
    assert field.clean(["tam"]) == ["tam"]  # a valid code no box offers (from the API) is kept
    with pytest.raises(ValidationError, match="klingon"):
        field.clean(["da", "klingon"])


def test_the_picker_names_languages_and_weekdays_in_the_readers_language():
    form = PickerForm()
    form.fields["languages"].offer(["tam"])
    with translation.override("sv"):
        html = str(form)
    assert ">\n Dari</label>" in html or "Dari</label>" in html
    assert "Tigrinja" in html and "Tamil" in html  # the entry's own language gets a box too
    assert "Tisdag" in html and 'value="TU"' in html
    assert 'value="prs"' in html and ">prs<" not in html


def test_weekdays_must_be_icalendar_codes():
    form = PickerForm({"days": ["TU", "XX"]})
    assert not form.is_valid() and "days" in form.errors


def test_service_errors_land_on_their_field_or_on_top():
    class Form(forms.Form):
        name = forms.CharField()

    form = Form({"name": "x"})
    form.is_valid()
    add_service_errors(form, ValidationError({"name": "Taken.", "slug": "Reserved.", "__all__": "Whole."}))
    assert form.errors["name"] == ["Taken."]
    assert form.non_field_errors() == ["Reserved.", "Whole."]
    add_service_errors(form, ValidationError("Plain."))
    assert "Plain." in form.non_field_errors()
    apart = add_service_errors(form, ValidationError({"schedules": "Bad time."}), elsewhere=("schedules",))
    assert apart == ["Bad time."] and "Bad time." not in form.non_field_errors()
