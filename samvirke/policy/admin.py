from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from samvirke.policy import models


class GoalInline(admin.TabularInline):
    model = models.Goal
    extra = 0


class ChallengeInline(admin.TabularInline):
    model = models.CrossCuttingChallenge
    extra = 0


class FocusAreaInline(admin.TabularInline):
    model = models.FocusArea
    fields = ["number", "title", "order"]
    extra = 0
    show_change_link = True


@admin.register(models.Policy)
class PolicyAdmin(SimpleHistoryAdmin):
    list_display = ["title", "municipality", "period_start", "period_end"]
    list_filter = ["municipality"]
    search_fields = ["title", "vision", "mission"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [GoalInline, ChallengeInline, FocusAreaInline]


class ThemeInline(admin.TabularInline):
    model = models.Theme
    extra = 0


@admin.register(models.FocusArea)
class FocusAreaAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "policy", "order"]
    list_filter = ["policy__municipality"]
    search_fields = ["title", "description"]
    inlines = [ThemeInline]


@admin.register(models.Theme)
class ThemeAdmin(SimpleHistoryAdmin):
    list_display = ["title", "focus_area", "order"]
    list_filter = ["focus_area__policy__municipality"]
    search_fields = ["title"]


@admin.register(models.FocusPoint)
class FocusPointAdmin(SimpleHistoryAdmin):
    list_display = ["number", "title", "focus_area", "theme", "order"]
    list_filter = ["focus_area__policy__municipality", "focus_area"]
    search_fields = ["number", "title", "text"]
    autocomplete_fields = ["initiatives"]


class IndicatorInline(admin.StackedInline):
    model = models.Indicator
    extra = 0


@admin.register(models.SuccessCriterion)
class SuccessCriterionAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "policy", "focus_area", "deadline"]
    list_filter = ["policy__municipality"]
    search_fields = ["text"]
    inlines = [IndicatorInline]


class MeasurementInline(admin.TabularInline):
    model = models.Measurement
    extra = 0


@admin.register(models.Indicator)
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


@admin.register(models.Measurement)
class MeasurementAdmin(admin.ModelAdmin):
    list_display = ["indicator", "series", "date", "value", "source"]
    list_filter = ["series", "indicator"]
    search_fields = ["indicator__name", "source"]
    date_hierarchy = "date"


# -- action programmes ---------------------------------------------------------------------------


class ActionInline(admin.TabularInline):
    model = models.Action
    fields = ["number", "title", "status", "weight", "order"]
    extra = 0
    show_change_link = True


@admin.register(models.ActionProgramme)
class ActionProgrammeAdmin(SimpleHistoryAdmin):
    list_display = ["title", "municipality", "policy", "period_start", "period_end"]
    list_filter = ["municipality"]
    search_fields = ["title"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [ActionInline]


@admin.register(models.ActionStatus)
class ActionStatusAdmin(admin.ModelAdmin):
    list_display = ["name", "key", "progress", "municipality", "programme", "order"]
    list_filter = ["municipality"]


class MilestoneInline(admin.TabularInline):
    model = models.Milestone
    extra = 0


@admin.register(models.Action)
class ActionAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "programme", "status", "weight"]
    list_filter = ["programme__municipality", "programme"]
    search_fields = ["number", "title"]
    autocomplete_fields = ["initiatives", "focus_points"]
    inlines = [MilestoneInline]


# -- evaluation ------------------------------------------------------------------------------------


class NarrativeSectionInline(admin.StackedInline):
    model = models.NarrativeSection
    extra = 0


class ReportDocumentInline(admin.TabularInline):
    model = models.ReportDocument
    fields = ["version", "status", "file", "size", "generated_at"]
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(models.EvaluationReport)
class EvaluationReportAdmin(SimpleHistoryAdmin):
    list_display = ["title", "municipality", "period_start", "period_end", "status"]
    list_filter = ["municipality", "status"]
    inlines = [NarrativeSectionInline, ReportDocumentInline]


class StakeholderAnswerInline(admin.StackedInline):
    model = models.StakeholderAnswer
    extra = 0


@admin.register(models.StakeholderInvitation)
class StakeholderInvitationAdmin(admin.ModelAdmin):
    list_display = ["organisation", "report", "sent_at", "reminder_count", "answered_at"]
    list_filter = ["report__municipality"]
    exclude = ["nonce"]
    inlines = [StakeholderAnswerInline]
