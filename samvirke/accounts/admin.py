from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from samvirke.accounts.models import JoinRequest, Membership, User

# The admin signs in through allauth, so the same throttling and two-factor apply (decision 0041).
admin.site.login = secure_admin_login(admin.site.login)


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


@admin.register(JoinRequest)
class JoinRequestAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation", "status", "created_at", "decided_by", "decided_at"]
    list_filter = ["status"]
    search_fields = ["user__email", "organisation__name"]
    raw_id_fields = ["user", "organisation", "decided_by"]
    readonly_fields = ["created_at", "approvers_notified_at"]
