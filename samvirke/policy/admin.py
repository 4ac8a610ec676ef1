from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from samvirke.policy.models import (
    Action,
    ActionProgramme,
    ActionStatus,
    CrossCuttingChallenge,
    EvaluationReport,
    FocusArea,
    FocusPoint,
    Goal,
    Indicator,
    Measurement,
    Milestone,
    NarrativeSection,
    Policy,
    ReportDocument,
    StakeholderAnswer,
    StakeholderInvitation,
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


# -- action programmes ---------------------------------------------------------------------------


class ActionInline(admin.TabularInline):
    model = Action
    fields = ["number", "title", "status", "weight", "order"]
    extra = 0
    show_change_link = True


@admin.register(ActionProgramme)
class ActionProgrammeAdmin(SimpleHistoryAdmin):
    list_display = ["title", "municipality", "policy", "period_start", "period_end"]
    list_filter = ["municipality"]
    search_fields = ["title"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [ActionInline]


@admin.register(ActionStatus)
class ActionStatusAdmin(admin.ModelAdmin):
    list_display = ["name", "key", "progress", "municipality", "programme", "order"]
    list_filter = ["municipality"]


class MilestoneInline(admin.TabularInline):
    model = Milestone
    extra = 0


@admin.register(Action)
class ActionAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "programme", "status", "weight"]
    list_filter = ["programme__municipality", "programme"]
    search_fields = ["number", "title"]
    autocomplete_fields = ["initiatives", "focus_points"]
    inlines = [MilestoneInline]


# -- evaluation ------------------------------------------------------------------------------------


class NarrativeSectionInline(admin.StackedInline):
    model = NarrativeSection
    extra = 0


class ReportDocumentInline(admin.TabularInline):
    model = ReportDocument
    fields = ["version", "status", "file", "size", "generated_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(EvaluationReport)
class EvaluationReportAdmin(SimpleHistoryAdmin):
    list_display = ["title", "municipality", "period_start", "period_end", "status"]
    list_filter = ["municipality", "status"]
    inlines = [NarrativeSectionInline, ReportDocumentInline]


class StakeholderAnswerInline(admin.StackedInline):
    model = StakeholderAnswer
    extra = 0


@admin.register(StakeholderInvitation)
class StakeholderInvitationAdmin(admin.ModelAdmin):
    list_display = ["organisation", "report", "sent_at", "reminder_count", "answered_at"]
    list_filter = ["report__municipality"]
    exclude = ["nonce"]
    inlines = [StakeholderAnswerInline]
