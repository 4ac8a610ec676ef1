import pytest

from samvirke.community.emails import send_daily_digests, send_immediate
from samvirke.community.models import EmailMode, Notification
from samvirke.community.services import forum, notifications
from samvirke.community.tests.factories import ForumCategoryFactory
from samvirke.community.tokens import read_unsubscribe_token


@pytest.fixture
def thread(world):
    category = ForumCategoryFactory(municipality=world.holstebro, name="Sprog og lektiehjælp")
    return forum.start_thread(
        category=category, author=world.practitioner, title="Sprogcaféen", body="Hej @karim, kan du tirsdag?"
    )


def test_a_mention_is_emailed_at_once_with_a_one_click_unsubscribe(world, thread, mailoutbox):
    notification = Notification.objects.get(recipient=world.colleague)
    assert send_immediate(notification_ids=[notification.pk]) == 1
    message = mailoutbox[0]
    assert message.to == ["karim@example.org"]
    assert "Mette Holm" in message.subject and "Sprogcaféen" in message.subject
    assert "kan du tirsdag?" in message.body
    assert f"/forum/t/{thread.pk}/#post-" in message.body
    unsubscribe = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe in message.body
    token = unsubscribe.rstrip("/").rsplit("/", 1)[1]
    assert read_unsubscribe_token(token) == {"u": world.colleague.pk, "t": thread.pk}
    notification.refresh_from_db()
    assert notification.emailed_at is not None
    assert send_immediate(notification_ids=[notification.pk]) == 0  # never twice


def test_the_email_is_in_the_categorys_language(world, mailoutbox):
    category = ForumCategoryFactory(municipality=world.halmstad)
    forum.start_thread(category=category, author=world.practitioner, title="Språkcafé", body="Hej @karim")
    send_immediate(notification_ids=list(Notification.objects.values_list("pk", flat=True)))
    assert mailoutbox[0].subject == "Mette Holm nämnde dig i ”Språkcafé”"


def test_digest_readers_get_nothing_at_once_and_everything_in_one_digest(world, thread, mailoutbox):
    notifications.set_email_mode(user=world.colleague, mode=EmailMode.DAILY)
    forum.set_watch(user=world.colleague, thread=thread, level="watching")
    forum.reply(thread_id=thread.pk, author=world.owner, body="Jeg kan godt komme om tirsdagen.")
    ids = list(Notification.objects.filter(recipient=world.colleague).values_list("pk", flat=True))
    assert len(ids) == 2
    assert send_immediate(notification_ids=ids) == 0
    assert send_daily_digests() == 1
    digest = mailoutbox[0]
    assert digest.to == ["karim@example.org"]
    assert "2" in digest.subject
    assert "== Sprogcaféen (Sprog og lektiehjælp)" in digest.body
    assert "kan du tirsdag?" in digest.body and "Jeg kan godt komme om tirsdagen." in digest.body
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    token = digest.extra_headers["List-Unsubscribe"].strip("<>").rstrip("/").rsplit("/", 1)[1]
    assert read_unsubscribe_token(token) == {"u": world.colleague.pk, "t": None}
    assert send_daily_digests() == 0  # each notification once


def test_tracking_notifications_are_never_emailed(world, thread, mailoutbox):
    forum.set_watch(user=world.owner, thread=thread, level="tracking")
    notifications.set_email_mode(user=world.owner, mode=EmailMode.DAILY)
    forum.reply(thread_id=thread.pk, author=world.practitioner, body="Nyt")
    assert Notification.objects.get(recipient=world.owner).email_wanted is False
    send_daily_digests()
    assert not [m for m in mailoutbox if m.to == ["ejer@example.org"]]


@pytest.mark.django_db(transaction=True)
def test_the_mention_email_goes_out_through_the_background_worker(world, mailoutbox, run_tasks):
    category = ForumCategoryFactory(municipality=world.holstebro)
    forum.start_thread(category=category, author=world.practitioner, title="Møde", body="@karim kommer du?")
    assert mailoutbox == []  # not in the request
    run_tasks()
    assert [m.to for m in mailoutbox] == [["karim@example.org"]]
