"""The Django admin for the editorial models: for site administrators; editors use the editors' area."""

from django.contrib import admin

from samvirke.editorial.models import (
    ChangeProposal,
    Edition,
    EditorialSettings,
    Erasure,
    VerificationReminder,
)


@admin.register(EditorialSettings)
class EditorialSettingsAdmin(admin.ModelAdmin):
    list_display = ["municipality", "owner_edits", "verification_period_days", "reminder_interval_days"]


@admin.register(ChangeProposal)
class ChangeProposalAdmin(admin.ModelAdmin):
    list_display = [
        "pk",
        "municipality",
        "entry_kind",
        "entry_label",
        "status",
        "source",
        "created_at",
        "decided_at",
    ]
    list_filter = ["status", "entry_kind", "source", "municipality"]
    search_fields = ["entry_label", "comment"]
    # Decisions go through the review page (services), so that e-mails and history follow.
    readonly_fields = [f.name for f in ChangeProposal._meta.fields]

    def has_add_permission(self, request):
        return False


@admin.register(Edition)
class EditionAdmin(admin.ModelAdmin):
    list_display = ["municipality", "number", "published_at", "pdf_status", "pdf_pages", "pdf_seconds"]
    list_filter = ["municipality", "pdf_status"]
    readonly_fields = [f.name for f in Edition._meta.fields]

    def has_add_permission(self, request):
        return False


@admin.register(VerificationReminder)
class VerificationReminderAdmin(admin.ModelAdmin):
    list_display = ["organisation", "recipient", "entry_count", "sent_at"]
    list_filter = ["municipality"]


@admin.register(Erasure)
class ErasureAdmin(admin.ModelAdmin):
    list_display = ["contact_pk", "organisation", "erased_by", "erased_at"]
    readonly_fields = [f.name for f in Erasure._meta.fields]
