"""Two-factor authentication for editors and admins, behind SAMVIRKE_REQUIRE_2FA (decision 0041)."""

from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _

from samvirke.accounts.permissions import requires_two_factor

# Pages a user without TOTP may still reach: allauth's own (sign out, re-authenticate, set up 2FA),
# static files, language switching and the health check.
ALLOWED_PREFIXES = ("/static/", "/media/", "/i18n/", "/language/", "/healthz")


def _allowed(path: str) -> bool:
    if path.startswith(ALLOWED_PREFIXES):
        return True
    try:
        match = resolve(path)
    except Resolver404:
        return True  # a 404 leaks nothing
    return (match.url_name or "").startswith(("account_", "mfa_"))


class RequireTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SAMVIRKE_REQUIRE_2FA and not _allowed(request.path_info):
            user = getattr(request, "user", None)
            if (
                user is not None
                and user.is_authenticated
                and requires_two_factor(user)
                and not is_mfa_enabled(user, [Authenticator.Type.TOTP])
            ):
                messages.warning(
                    request,
                    _(
                        "Editors and administrators must use two-factor authentication. Set up an authenticator app to go on."
                    ),
                )
                return redirect("mfa_activate_totp")
        return self.get_response(request)
