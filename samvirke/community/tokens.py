"""Signed links in e-mails: unsubscribe from notifications, and a volunteer's own sign-up page.

Both use django.core.signing with their own salt and a maximum age; a tampered or expired token
raises signing.BadSignature (SignatureExpired is a subclass).
"""

from django.core import signing
from django.urls import reverse

UNSUBSCRIBE_SALT = "samvirke.community.unsubscribe"
UNSUBSCRIBE_MAX_AGE = 90 * 24 * 3600
SIGNUP_SALT = "samvirke.community.volunteer-signup"
# Longer than any retention period: the link works as long as the data exists.
SIGNUP_MAX_AGE = (5 * 366 + 31) * 24 * 3600


def make_unsubscribe_token(*, user_id: int, thread_id: int | None = None) -> str:
    """thread_id: mute that thread; None: stop all notification e-mail."""
    return signing.dumps({"u": user_id, "t": thread_id}, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token: str) -> dict:
    return signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=UNSUBSCRIBE_MAX_AGE)


def make_signup_token(*, signup) -> str:
    return signing.dumps({"s": signup.pk, "k": signup.key}, salt=SIGNUP_SALT, compress=True)


def read_signup_token(token: str) -> dict:
    return signing.loads(token, salt=SIGNUP_SALT, max_age=SIGNUP_MAX_AGE)


def signup_path(signup) -> str:
    """The volunteer's own page for their sign-up (no account: the token is the key)."""
    return reverse("community:volunteer_signup", args=[make_signup_token(signup=signup)])
