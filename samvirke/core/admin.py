from django.contrib import admin

from samvirke.core.models import Municipality, Region


class MunicipalityInline(admin.TabularInline):
    model = Municipality
    fields = ["name", "slug", "country"]
    extra = 0
    show_change_link = True


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "country"]
    list_filter = ["country"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [MunicipalityInline]


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "country", "region"]
    list_filter = ["country", "region"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
