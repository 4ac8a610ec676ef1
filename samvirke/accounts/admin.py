from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from samvirke.accounts.models import Membership, User


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["municipality", "region", "organisation"]


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    inlines = [MembershipInline]
    list_display = ["username", "email", "first_name", "last_name", "is_staff", "is_superuser", "is_active"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "municipality", "region", "organisation", "created_at"]
    list_filter = ["role", "municipality", "region"]
    search_fields = ["user__username", "user__email", "organisation__name"]
    autocomplete_fields = ["user", "municipality", "region", "organisation"]
