import pytest
from django.urls import reverse

from samvirke.community.models import EmailMode, Notification, NotificationPreference, Watch
from samvirke.community.services import forum
from samvirke.community.tests.factories import ForumCategoryFactory
from samvirke.community.tokens import make_unsubscribe_token


@pytest.fixture
def mentioned(world):
    category = ForumCategoryFactory(municipality=world.holstebro)
    return forum.start_thread(
        category=category, author=world.practitioner, title="Møde om sprogcaféen", body="@karim?"
    )


def test_the_notification_list_shows_and_then_marks_read(client, world, mentioned):
    client.force_login(world.colleague)
    page = client.get(reverse("community:notifications")).content.decode()
    assert "Møde om sprogcaféen" in page
    assert not Notification.objects.filter(recipient=world.colleague, read_at__isnull=True).exists()
    assert client.get(reverse("community:notifications")).status_code == 200


def test_the_notification_pages_need_a_login(client, db):
    for name in ("notifications", "notification_settings"):
        assert client.get(reverse(f"community:{name}")).status_code == 302


def test_one_click_unsubscribe_mutes_the_thread_without_a_login_or_csrf(world, mentioned):
    from django.test import Client

    csrf_client = Client(enforce_csrf_checks=True)
    url = reverse(
        "community:unsubscribe",
        args=[make_unsubscribe_token(user_id=world.colleague.pk, thread_id=mentioned.pk)],
    )
    assert csrf_client.get(url).status_code == 200
    assert not Watch.objects.filter(user=world.colleague, thread=mentioned).exists()  # a GET changes nothing
    response = csrf_client.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert Watch.objects.get(user=world.colleague, thread=mentioned).level == "muted"


def test_the_digest_link_stops_all_notification_email(client, world):
    url = reverse("community:unsubscribe", args=[make_unsubscribe_token(user_id=world.colleague.pk)])
    client.post(url)
    assert NotificationPreference.objects.get(user=world.colleague).email_mode == EmailMode.NEVER


def test_a_tampered_unsubscribe_link_changes_nothing(client, world):
    token = make_unsubscribe_token(user_id=world.colleague.pk)
    response = client.post(reverse("community:unsubscribe", args=[token[:-4] + "abcd"]))
    assert response.status_code == 400
    assert not NotificationPreference.objects.exists()


def test_email_settings_are_saved(client, world):
    client.force_login(world.colleague)
    client.post(reverse("community:notification_settings"), {"email_mode": "daily"})
    assert NotificationPreference.objects.get(user=world.colleague).email_mode == "daily"
