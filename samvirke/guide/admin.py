from django.contrib import admin

from samvirke.guide.models import (
    ContentTranslation,
    GuideText,
    HiddenFromGuide,
    InitiativeNeed,
    MachineTranslationBudget,
    MachineTranslationUsage,
)


@admin.register(ContentTranslation)
class ContentTranslationAdmin(admin.ModelAdmin):
    list_display = ["content_type", "object_id", "field", "language", "status", "municipality", "updated_at"]
    list_filter = ["status", "language", "municipality", "content_type"]
    search_fields = ["text", "source_text"]
    readonly_fields = ["source_hash", "updated_at", "updated_by", "reviewed_by", "reviewed_at"]


@admin.register(GuideText)
class GuideTextAdmin(admin.ModelAdmin):
    list_display = ["municipality", "kind", "need", "title", "updated_at"]
    list_filter = ["municipality", "kind"]


@admin.register(InitiativeNeed)
class InitiativeNeedAdmin(admin.ModelAdmin):
    list_display = ["initiative", "need", "assigned_by", "assigned_at"]
    list_filter = ["need", "initiative__municipality"]
    raw_id_fields = ["initiative"]
    readonly_fields = ["assigned_by"]

    def save_model(self, request, obj, form, change):
        obj.assigned_by = obj.assigned_by or request.user
        super().save_model(request, obj, form, change)


@admin.register(MachineTranslationBudget)
class MachineTranslationBudgetAdmin(admin.ModelAdmin):
    list_display = ["municipality", "monthly_characters"]


@admin.register(MachineTranslationUsage)
class MachineTranslationUsageAdmin(admin.ModelAdmin):
    list_display = ["municipality", "month", "characters"]
    list_filter = ["municipality"]


@admin.register(HiddenFromGuide)
class HiddenFromGuideAdmin(admin.ModelAdmin):
    list_display = ["initiative", "hidden_by", "hidden_at"]
    raw_id_fields = ["initiative"]
