"""E-mail in the recipient's language, with absolute links, for every app that writes to people.

Mail is plain text: it reads the same in every client and screen reader. Links are absolute, built
from SAMVIRKE_SITE_URL, because background tasks and scheduled commands have no request.
"""

from collections.abc import Iterable

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation


def absolute_url(path: str) -> str:
    return settings.SAMVIRKE_SITE_URL + path


def send_mail_from_templates(
    *,
    to: Iterable[str],
    template: str,
    context: dict,
    language: str = "da",
    headers: dict | None = None,
    attachments: list[tuple[str, bytes, str]] | None = None,
    reply_to: list[str] | None = None,
) -> int:
    """Render `<template>_subject.txt` and `<template>_body.txt` in `language` and send one message.

    Returns the number of messages sent (0 when there is no recipient).
    """
    recipients = [address for address in to if address]
    if not recipients:
        return 0
    with translation.override(language):
        context = {"site_url": settings.SAMVIRKE_SITE_URL, **context}
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}_body.txt", context)
    message = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=recipients,
        headers=headers or {},
        reply_to=reply_to,
    )
    for filename, content, mimetype in attachments or []:
        message.attach(filename, content, mimetype)
    return message.send()
