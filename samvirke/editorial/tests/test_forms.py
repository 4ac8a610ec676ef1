import time

from django.core import signing

from samvirke.editorial import fields, forms


def proposal_form(world, data):
    form_class = forms.proposal_form_class(
        kind="initiative", municipality=world.holstebro, entry=world.initiative
    )
    return form_class(data=data)


def test_the_public_form_round_trips_current_values(world, started):
    initial = forms.form_initial(fields.snapshot(world.initiative), kind="initiative", audience=fields.PUBLIC)
    data = forms.form_data(fields.snapshot(world.initiative), kind="initiative", audience=fields.PUBLIC)
    form = proposal_form(world, {**data, "started": started})
    assert form.is_valid(), form.errors
    assert forms.form_values(form)["title"] == initial["title"] == "Sprogcafé"
    assert (
        fields.changed_values(
            "initiative", current=fields.snapshot(world.initiative), submitted=forms.form_values(form)
        )
        == {}
    )


def test_the_honeypot_marks_a_robot(world, started):
    form = proposal_form(world, {"title": "X", "status": "running", "nickname": "spam", "started": started})
    form.is_valid()
    assert form.is_bot


def test_too_fast_and_forged_start_tokens_are_errors(world):
    fast = proposal_form(
        world,
        {"title": "X", "status": "running", "started": signing.dumps(time.time(), salt=forms.STARTED_SALT)},
    )
    assert not fast.is_valid() and fast.has_error("__all__", "too_fast")
    forged = proposal_form(
        world, {"title": "X", "status": "running", "started": signing.dumps(0, salt="other")}
    )
    assert not forged.is_valid() and forged.has_error("__all__", "stale")


def test_size_limits_are_enforced_on_long_text(world, started):
    form = proposal_form(
        world,
        {
            "title": "X" * 201,
            "status": "running",
            "description": "y" * 10_001,
            "comment": "z" * 2001,
            "started": started,
        },
    )
    assert not form.is_valid()
    assert {"title", "description", "comment"} <= set(form.errors)


def test_blank_extra_times_are_ignored(world):
    formset = forms.ScheduleFormSet(
        {
            "times-TOTAL_FORMS": "1",
            "times-INITIAL_FORMS": "0",
            "times-0-freq": "WEEKLY",
            "times-0-interval": "1",
        },
        prefix="times",
        form_kwargs={"municipality": world.holstebro},
    )
    assert formset.is_valid() and forms.schedule_values(formset) == []
