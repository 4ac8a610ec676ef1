"""Background work of the community tools (run by `manage.py db_worker`)."""

from django_tasks import task


@task()
def send_notification_emails(notification_ids: list[int]) -> int:
    from samvirke.community.emails import send_immediate

    return send_immediate(notification_ids=notification_ids)


@task()
def send_story_review_email(story_id: int, event: str) -> int:
    from samvirke.community.services.stories import email_about_review

    return email_about_review(story_id=story_id, event=event)


@task()
def send_volunteer_email(signup_id: int, event: str, booking_ids: list[int] | None = None) -> int:
    from samvirke.community.services.volunteering import email_volunteer

    return email_volunteer(signup_id=signup_id, event=event, booking_ids=booking_ids or [])


@task()
def send_volunteer_message(message_id: int) -> int:
    from samvirke.community.services.volunteering import deliver_message

    return deliver_message(message_id=message_id)
