"""E-mails of the editorial workflow, written in the municipality's language."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation


def base_url() -> str:
    """The site's address for links in e-mails (SAMVIRKE_SITE_URL); the commands also take --base-url."""
    return settings.SAMVIRKE_SITE_URL


def send(*, template: str, to: str, context: dict, language: str) -> None:
    """Render `<template>_subject.txt` and `<template>.txt` in `language` and send them."""
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [to])
