"""Background work of the community tools (run by `manage.py db_worker`); what each sends is in
community/emails.py, which the services do not import back through here."""

from django_tasks import task

from samvirke.community import emails


@task()
def send_notification_emails(notification_ids: list[int]) -> int:
    return emails.send_immediate(notification_ids=notification_ids)


@task()
def send_story_review_email(story_id: int, event: str) -> int:
    return emails.email_about_review(story_id=story_id, event=event)


@task()
def send_volunteer_email(signup_id: int, event: str, booking_ids: list[int] | None = None) -> int:
    return emails.email_volunteer(signup_id=signup_id, event=event, booking_ids=booking_ids or [])


@task()
def send_volunteer_message(message_id: int) -> int:
    return emails.deliver_message(message_id=message_id)
