from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from samvirke.initiatives.models import (
    HandbookSection,
    Initiative,
    InitiativeLanguage,
    InitiativeOrganiser,
    Schedule,
    TargetGroup,
)


@admin.register(TargetGroup)
class TargetGroupAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(HandbookSection)
class HandbookSectionAdmin(admin.ModelAdmin):
    list_display = ["title", "municipality", "order"]
    list_filter = ["municipality"]
    search_fields = ["title"]
    prepopulated_fields = {"slug": ["title"]}


class OrganiserInline(admin.TabularInline):
    model = InitiativeOrganiser
    extra = 0
    autocomplete_fields = ["organisation"]


class LanguageInline(admin.TabularInline):
    model = InitiativeLanguage
    extra = 0


class ScheduleInline(admin.StackedInline):
    model = Schedule
    extra = 0
    autocomplete_fields = ["location"]


@admin.register(Initiative)
class InitiativeAdmin(SimpleHistoryAdmin):
    list_display = [
        "title",
        "municipality",
        "status",
        "section",
        "start_date",
        "end_date",
        "last_verified_at",
    ]
    list_filter = ["municipality", "status", "target_groups", "is_free", "registration_required", "is_demo"]
    search_fields = ["title", "summary", "description"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["contact_persons", "locations", "section"]
    filter_horizontal = ["target_groups"]
    readonly_fields = ["uuid", "created_at", "updated_at", "version"]
    date_hierarchy = "start_date"
    inlines = [OrganiserInline, LanguageInline, ScheduleInline]


@admin.register(Schedule)
class ScheduleAdmin(SimpleHistoryAdmin):
    list_display = [
        "__str__",
        "initiative",
        "freq",
        "byday",
        "opens_at",
        "closes_at",
        "valid_from",
        "valid_to",
    ]
    list_filter = ["freq", "initiative__municipality"]
    search_fields = ["initiative__title", "description"]
    autocomplete_fields = ["initiative", "location"]
