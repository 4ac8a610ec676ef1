import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from samvirke.policy.tests.factories import (
    FocusAreaFactory,
    FocusPointFactory,
    IndicatorFactory,
    ThemeFactory,
)


@pytest.mark.django_db
def test_focus_point_theme_must_belong_to_its_focus_area():
    point = FocusPointFactory.build(focus_area=FocusAreaFactory(), theme=ThemeFactory())
    with pytest.raises(ValidationError) as error:
        point.full_clean()
    assert "theme" in error.value.message_dict


@pytest.mark.django_db
def test_indicator_target_must_come_after_baseline():
    indicator = IndicatorFactory.build(
        criterion=IndicatorFactory().criterion,
        baseline_date=dt.date(2018, 1, 1),
        target_date=dt.date(2017, 1, 1),
    )
    with pytest.raises(ValidationError) as error:
        indicator.full_clean()
    assert error.value.message_dict["target_date"] == ["The target date must be after the baseline date."]
