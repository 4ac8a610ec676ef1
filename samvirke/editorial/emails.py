"""E-mails of the editorial workflow, written in the municipality's language."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

# Links in e-mails need the site's address. SAMVIRKE_BASE_URL (settings) names it in production;
# the commands also take --base-url.
DEFAULT_BASE_URL = "http://127.0.0.1:8000"


def base_url() -> str:
    return (getattr(settings, "SAMVIRKE_BASE_URL", "") or DEFAULT_BASE_URL).rstrip("/")


def send(*, template: str, to: str, context: dict, language: str) -> None:
    """Render `<template>_subject.txt` and `<template>.txt` in `language` and send them."""
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [to])
