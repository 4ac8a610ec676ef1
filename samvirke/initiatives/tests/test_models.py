import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.directory.tests.factories import LocationFactory
from samvirke.initiatives.models import Initiative, InitiativeLanguage, Schedule
from samvirke.initiatives.schedules import to_rrule
from samvirke.initiatives.services import create_initiative, set_initiative_languages
from samvirke.initiatives.tests.factories import InitiativeFactory, ScheduleFactory


@pytest.fixture(autouse=True)
def english():
    # Messages are asserted in the English source text.
    with translation.override("en"):
        yield


@pytest.mark.django_db
def test_end_before_start_is_rejected_with_a_clear_message():
    municipality = MunicipalityFactory()
    with pytest.raises(ValidationError) as error:
        create_initiative(
            municipality=municipality,
            title="Sprogcafé",
            slug="sprogcafe",
            start_date=dt.date(2026, 5, 1),
            end_date=dt.date(2026, 4, 1),
        )
    assert error.value.message_dict["end_date"] == ["The end date cannot be before the start date."]
    assert not Initiative.objects.exists()


@pytest.mark.django_db
def test_database_also_refuses_end_before_start():
    initiative = InitiativeFactory(start_date=dt.date(2026, 5, 1))
    initiative.end_date = dt.date(2026, 4, 1)
    with pytest.raises(IntegrityError), transaction.atomic():
        initiative.save()


@pytest.mark.django_db
def test_unknown_language_code_is_rejected_and_nothing_is_saved():
    initiative = InitiativeFactory()
    with pytest.raises(ValidationError) as error:
        set_initiative_languages(initiative=initiative, codes=["da", "klingon", "ar"])
    assert (
        "“klingon” is not an ISO 639-1 or ISO 639-3 language code" in error.value.message_dict["languages"][0]
    )
    assert not InitiativeLanguage.objects.exists()


@pytest.mark.django_db
def test_language_codes_are_normalised_and_deduplicated():
    initiative = InitiativeFactory()
    set_initiative_languages(initiative=initiative, codes=[" DA", "ar", "da", "prs"])
    assert initiative.language_codes == ["ar", "da", "prs"]
    set_initiative_languages(initiative=initiative, codes=["ti"])
    assert initiative.language_codes == ["ti"]


@pytest.mark.django_db
def test_slug_is_unique_within_a_municipality_only():
    holstebro, silkeborg = MunicipalityFactory(), MunicipalityFactory()
    create_initiative(municipality=holstebro, title="Lektiehjælp", slug="lektiehjaelp")
    create_initiative(municipality=silkeborg, title="Lektiehjælp", slug="lektiehjaelp")
    with pytest.raises(ValidationError) as error:
        create_initiative(municipality=holstebro, title="Lektiehjælp igen", slug="lektiehjaelp")
    assert "slug" in error.value.message_dict or "__all__" in error.value.message_dict


@pytest.mark.django_db
def test_paid_initiative_needs_a_price():
    with pytest.raises(ValidationError) as error:
        create_initiative(municipality=MunicipalityFactory(), title="Kursus", slug="kursus", is_free=False)
    assert "price" in error.value.message_dict


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"opens_at": dt.time(19), "closes_at": dt.time(17)}, "closes_at", "The closing time must be after"),
        ({"byday": "TUESDAY"}, "byday", "Use iCalendar day codes"),
        ({"freq": "MONTHLY", "byday": ""}, "bymonthday", "A monthly schedule needs"),
        ({"bymonthday": "15"}, "bymonthday", "A weekly schedule takes days of the week"),
        (
            {"valid_from": dt.date(2026, 2, 1), "valid_to": dt.date(2026, 1, 1)},
            "valid_to",
            "cannot be before",
        ),
    ],
)
def test_schedule_validation(fields, field, message):
    schedule = ScheduleFactory.build(initiative=InitiativeFactory(), **fields)
    with pytest.raises(ValidationError) as error:
        schedule.full_clean()
    assert any(message in text for text in error.value.message_dict[field])


@pytest.mark.django_db
def test_schedule_location_must_be_in_the_same_municipality():
    schedule = ScheduleFactory.build(initiative=InitiativeFactory(), location=LocationFactory())
    with pytest.raises(ValidationError) as error:
        schedule.full_clean()
    assert "location" in error.value.message_dict


@pytest.mark.django_db
def test_valid_monthly_schedule_passes_and_reads_as_the_first_saturday():
    schedule = ScheduleFactory(
        freq=Schedule.Frequency.MONTHLY, byday="1SA", opens_at=dt.time(10), closes_at=None
    )
    schedule.full_clean()  # raises ValidationError if the rule refuses "1SA" in a monthly schedule
    assert to_rrule(schedule) == {"FREQ": "MONTHLY", "BYDAY": ["1SA"]}
    assert str(schedule) == "The first Saturday of the month from 10:00"
    # The same schedule without its day is the case clean() exists to refuse.
    schedule.byday = ""
    with pytest.raises(ValidationError) as error:
        schedule.full_clean()
    assert "bymonthday" in error.value.message_dict


@pytest.mark.django_db
def test_changes_are_recorded_in_history():
    initiative = InitiativeFactory(title="Sprogcafé")
    initiative.title = "Sprogcaféen"
    initiative.save()
    assert [record.title for record in initiative.history.all()] == ["Sprogcaféen", "Sprogcafé"]
