"""The Django admin for the editorial models: for site administrators; editors use the editors' area."""

from django.contrib import admin, messages
from django.utils.translation import gettext as _

from samvirke.directory.admin import ContactPersonAdmin, OrganisationAdmin
from samvirke.directory.models import ContactPerson, Organisation
from samvirke.editorial import fields
from samvirke.editorial.models import (
    ChangeProposal,
    Edition,
    EditorialSettings,
    Erasure,
    VerificationReminder,
)
from samvirke.editorial.services.changes import submit_entry_change
from samvirke.initiatives.admin import InitiativeAdmin
from samvirke.initiatives.models import Initiative


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


class ChangesThroughTheWorkflow:
    """An entry changed in the admin goes through submit_entry_change (decision 0064), as on the
    editors' pages and in the API: the same validation, version, history reason and rules. Columns
    the workflow does not know (slug, demo flag) and new entries are saved as the admin does."""

    kind = ""

    def save_model(self, request, obj, form, change):
        if not change:
            return super().save_model(request, obj, form, change)
        known = {spec.name for spec in fields.specs_for(self.kind) if spec.type in (fields.SCALAR, fields.FK)}
        columns = {field.name for field in obj._meta.concrete_fields}
        through_workflow = [name for name in form.changed_data if name in known]
        directly = [name for name in form.changed_data if name in columns and name not in known]
        model = type(obj)
        if through_workflow:
            outcome = submit_entry_change(
                user=request.user,
                municipality=obj.municipality,
                kind=self.kind,
                entry=model.objects.get(pk=obj.pk),
                values=fields.snapshot(obj, through_workflow),
                reason="admin",
            )
            if not outcome.applied:
                self.message_user(request, _("Sent to the editors as a change proposal."), messages.WARNING)
        if directly:
            saved = model.objects.get(pk=obj.pk)
            for name in directly:
                setattr(saved, name, getattr(obj, name))
            saved._change_reason, saved._history_user = "admin", request.user
            saved.full_clean()
            saved.save()
        obj.refresh_from_db()


for kind, model, base in [
    ("initiative", Initiative, InitiativeAdmin),
    ("organisation", Organisation, OrganisationAdmin),
    ("contact", ContactPerson, ContactPersonAdmin),
]:
    admin.site.unregister(model)
    admin.site.register(
        model, type(base.__name__, (ChangesThroughTheWorkflow, base), {"kind": kind, "__module__": __name__})
    )
