"""Signed links to the stakeholders' evaluation questionnaire (decision 0022).

The link names the invitation and its current nonce, signed with the site's secret, and expires
after QUESTIONNAIRE_DAYS (POLICY_QUESTIONNAIRE_DAYS in settings). No account is needed.
"""

import datetime as dt

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils.translation import gettext as _

from samvirke.policy.models import StakeholderInvitation

# Links already sent carry this salt: changing it would break them.
SALT = "samvirke.policy.questionnaire"
QUESTIONNAIRE_DAYS = 60


def max_age() -> dt.timedelta:
    return dt.timedelta(days=getattr(settings, "POLICY_QUESTIONNAIRE_DAYS", QUESTIONNAIRE_DAYS))


class LinkError(Exception):
    """The link is not valid: altered, expired or withdrawn. `expired` tells which."""

    def __init__(self, message: str, *, expired: bool = False):
        super().__init__(message)
        self.expired = expired


def make_token(invitation: StakeholderInvitation) -> str:
    return signing.dumps({"i": invitation.pk, "n": invitation.nonce}, salt=SALT)


def read_token(token: str) -> dict:
    """The signed data ({"i": invitation id, "n": nonce}). Raises LinkError (tampered or expired)."""
    try:
        return signing.loads(token, salt=SALT, max_age=max_age())
    except signing.SignatureExpired as error:
        raise LinkError(_("This link has expired."), expired=True) from error
    except signing.BadSignature as error:
        raise LinkError(_("This link is not valid.")) from error


def link_for(invitation: StakeholderInvitation, *, site_url: str | None = None) -> str:
    base = (site_url or invitation.site_url or "").rstrip("/")
    return base + reverse(
        "policy:questionnaire", args=[invitation.report.municipality.slug, make_token(invitation)]
    )
