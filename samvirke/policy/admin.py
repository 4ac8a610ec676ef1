from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from samvirke.policy.models import (
    CrossCuttingChallenge,
    FocusArea,
    FocusPoint,
    Goal,
    Indicator,
    Measurement,
    Policy,
    SuccessCriterion,
    Theme,
)


class GoalInline(admin.TabularInline):
    model = Goal
    extra = 0


class ChallengeInline(admin.TabularInline):
    model = CrossCuttingChallenge
    extra = 0


class FocusAreaInline(admin.TabularInline):
    model = FocusArea
    fields = ["number", "title", "order"]
    extra = 0
    show_change_link = True


@admin.register(Policy)
class PolicyAdmin(SimpleHistoryAdmin):
    list_display = ["title", "municipality", "period_start", "period_end"]
    list_filter = ["municipality"]
    search_fields = ["title", "vision", "mission"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [GoalInline, ChallengeInline, FocusAreaInline]


class ThemeInline(admin.TabularInline):
    model = Theme
    extra = 0


@admin.register(FocusArea)
class FocusAreaAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "policy", "order"]
    list_filter = ["policy__municipality"]
    search_fields = ["title", "description"]
    inlines = [ThemeInline]


@admin.register(Theme)
class ThemeAdmin(SimpleHistoryAdmin):
    list_display = ["title", "focus_area", "order"]
    list_filter = ["focus_area__policy__municipality"]
    search_fields = ["title"]


@admin.register(FocusPoint)
class FocusPointAdmin(SimpleHistoryAdmin):
    list_display = ["number", "title", "focus_area", "theme", "order"]
    list_filter = ["focus_area__policy__municipality", "focus_area"]
    search_fields = ["number", "title", "text"]
    autocomplete_fields = ["initiatives"]


class IndicatorInline(admin.StackedInline):
    model = Indicator
    extra = 0


@admin.register(SuccessCriterion)
class SuccessCriterionAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "policy", "focus_area", "deadline"]
    list_filter = ["policy__municipality"]
    search_fields = ["text"]
    inlines = [IndicatorInline]


class MeasurementInline(admin.TabularInline):
    model = Measurement
    extra = 0


@admin.register(Indicator)
class IndicatorAdmin(SimpleHistoryAdmin):
    list_display = [
        "name",
        "unit",
        "direction",
        "baseline_value",
        "target_value",
        "target_date",
        "comparator_name",
    ]
    list_filter = ["direction", "criterion__policy__municipality"]
    search_fields = ["name"]
    inlines = [MeasurementInline]


@admin.register(Measurement)
class MeasurementAdmin(admin.ModelAdmin):
    list_display = ["indicator", "series", "date", "value", "source"]
    list_filter = ["series", "indicator"]
    search_fields = ["indicator__name", "source"]
    date_hierarchy = "date"
