from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from samvirke.directory.models import ContactPerson, Location, Organisation


class ContactPersonInline(admin.TabularInline):
    model = ContactPerson
    fields = ["name", "role", "email", "phone", "visibility", "consent_date"]
    extra = 0
    show_change_link = True


@admin.register(Organisation)
class OrganisationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "municipality", "parent", "last_verified_at", "is_demo"]
    list_filter = ["municipality", "kind", "is_demo"]
    search_fields = ["name", "description", "email"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    readonly_fields = ["uuid", "created_at", "updated_at", "version"]
    inlines = [ContactPersonInline]


@admin.register(ContactPerson)
class ContactPersonAdmin(SimpleHistoryAdmin):
    list_display = ["name", "role", "organisation", "visibility", "consent_date", "municipality"]
    list_filter = ["municipality", "visibility"]
    search_fields = ["name", "role", "email", "organisation__name"]
    autocomplete_fields = ["organisation"]
    readonly_fields = ["uuid", "created_at", "updated_at", "version"]


@admin.register(Location)
class LocationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "address", "postcode", "city", "municipality"]
    list_filter = ["municipality", "city"]
    search_fields = ["name", "address", "postcode", "city"]
    readonly_fields = ["uuid", "created_at", "updated_at", "version"]
