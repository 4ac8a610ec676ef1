"""Content changes invalidate the public page cache."""

from django.db.models.signals import m2m_changed, post_delete, post_save

from samvirke.core.pagecache import bump_generation

# Saves of these never change what an anonymous visitor sees.
IGNORED_APPS = {
    "sessions",
    "admin",
    "contenttypes",
    "django_tasks",
    "django_tasks_database",
    "axes",
    "mfa",
    "account",
    "socialaccount",
    "insights",  # counts of searches and page views: a count per view must not empty the cache
}


def _content_changed(sender, **kwargs) -> None:
    if sender._meta.app_label not in IGNORED_APPS and not sender.__name__.startswith("Historical"):
        bump_generation()


def connect() -> None:
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_content_changed, dispatch_uid=f"pagecache-{id(signal)}")
