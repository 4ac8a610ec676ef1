import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from samvirke.core.languages import is_language_code, language_name, validate_language_code


@pytest.fixture(autouse=True)
def english():
    # Messages are asserted in the English source text.
    with translation.override("en"):
        yield


@pytest.mark.parametrize("code", ["da", "sv", "ar", "uk", "so", "ti", "fa", "prs", "en"])
def test_known_iso_639_codes_are_accepted(code):
    validate_language_code(code)
    assert is_language_code(code)


@pytest.mark.parametrize("code", ["xx", "danish", "DA", "", "zzz"])
def test_unknown_codes_are_rejected_with_the_code_in_the_message(code):
    with pytest.raises(ValidationError) as error:
        validate_language_code(code)
    assert f"“{code}”" in error.value.messages[0]


def test_language_name_is_english_name():
    assert language_name("da") == "Danish"
    assert language_name("prs") == "Dari"
