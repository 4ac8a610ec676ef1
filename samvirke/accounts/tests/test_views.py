"""As a new practitioner would: sign up, confirm the address, wait, get approved, sign in, post in the
Holstebro forum and mention a colleague, who gets an e-mail."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core.cache import cache
from django.urls import reverse

from samvirke.accounts.models import JoinRequest, Membership, Role
from samvirke.accounts.tests.factories import MembershipFactory, UserFactory
from samvirke.community.models import Notification
from samvirke.community.tests.factories import ForumCategoryFactory
from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.directory.tests.factories import OrganisationFactory

PASSWORD = "a long enough sprogcafé password"


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@pytest.fixture
def holstebro(db):
    place = MunicipalityFactory(slug="holstebro", name="Holstebro Kommune")
    place.organisation = OrganisationFactory(municipality=place, name="Frivilligcenter Holstebro")
    place.owner = MembershipFactory(
        user=UserFactory(username="ejer", email="ejer@example.org"),
        role=Role.ORGANISATION_OWNER,
        municipality=place,
        organisation=place.organisation,
    ).user
    place.colleague = MembershipFactory(
        user=UserFactory(username="karim", email="karim@example.org"),
        role=Role.PRACTITIONER,
        organisation=place.organisation,
        municipality=place,
    ).user
    return place


def links(message) -> list[str]:
    return re.findall(r"https?://\S+", message.body)


def sign_in(client, login, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": login, "password": password})


@pytest.mark.django_db(transaction=True)
def test_a_new_practitioner_signs_up_is_approved_posts_and_mentions_a_colleague(
    client, holstebro, mailoutbox, run_tasks
):
    # 1. Sign up with the organisation they work for.
    response = client.post(
        reverse("account_signup"),
        {
            "first_name": "Louise",
            "last_name": "Kragh",
            "email": "louise@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "organisation": holstebro.organisation.pk,
            "job_title": "Sproglærer",
            "message": "Jeg underviser på modul 3.",
        },
    )
    assert response.status_code == 302 and response["Location"] == reverse("account_email_verification_sent")
    request = JoinRequest.objects.get(user__email="louise@example.org")
    assert request.status == JoinRequest.Status.PENDING and request.approvers_notified_at is None

    # 2. Confirm the address: the approvers hear of it only now.
    confirm = next(link for link in links(mailoutbox[-1]) if "/accounts/confirm-email/" in link)
    response = client.post(confirm.replace("http://testserver", ""))
    assert response.status_code == 302 and response["Location"] == reverse("accounts:awaiting_approval")
    assert "Louise" not in client.get("/accounts/").content.decode()  # not signed in: the gate holds
    run_tasks()
    to_owner = [m for m in mailoutbox if m.to == ["ejer@example.org"]]
    assert len(to_owner) == 1 and "Louise Kragh" in to_owner[0].subject

    # 3. Signing in before approval shows the waiting page, not a session.
    client.logout()
    response = sign_in(client, "louise@example.org")
    assert response["Location"] == reverse("accounts:awaiting_approval")
    assert "Frivilligcenter Holstebro" in client.get(response["Location"]).content.decode()
    assert client.get(reverse("community:forum", args=["holstebro"])).status_code == 302

    # 4. The owner approves through the link in the e-mail.
    approve_url = next(link for link in links(to_owner[0]) if "/accounts/requests/" in link).replace(
        "http://testserver", ""
    )
    client.force_login(holstebro.owner)
    assert (
        client.post(approve_url, {"decision": "approve", "role": "practitioner", "note": ""}).status_code
        == 302
    )
    assert Membership.objects.filter(
        user__email="louise@example.org", organisation=holstebro.organisation
    ).exists()
    run_tasks()
    assert any(
        m.to == ["louise@example.org"] and "Frivilligcenter Holstebro" in m.subject for m in mailoutbox
    )
    client.logout()

    # 5. Sign in, post in the Holstebro forum and mention a colleague.
    assert sign_in(client, "louise@example.org").status_code == 302
    category = ForumCategoryFactory(municipality=holstebro, approve_first_posts=True)
    response = client.post(
        reverse("community:thread_new", args=[category.pk]), {"title": "Hej", "body": "Hej @karim!"}
    )
    assert response.status_code == 302
    # A new member's first post waits for a moderator; the owner is not one, an editor is.
    editor = MembershipFactory(role=Role.EDITOR, municipality=holstebro).user
    post = category.threads.get().posts.get()
    client.force_login(editor)
    client.post(reverse("community:post_moderate", args=[post.pk]), {"action": "approve"})
    assert Notification.objects.get(recipient=holstebro.colleague).kind == Notification.Kind.MENTION
    run_tasks()
    mention = [m for m in mailoutbox if m.to == ["karim@example.org"]]
    assert len(mention) == 1 and "Louise Kragh" in mention[0].subject


def test_a_forgotten_password_is_reset_by_email(client, holstebro, mailoutbox):
    user = holstebro.colleague
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    client.post(reverse("account_reset_password"), {"email": user.email})
    link = next(link for link in links(mailoutbox[-1]) if "/accounts/password/reset/key/" in link).replace(
        "http://testserver", ""
    )
    form_page = client.get(link, follow=True)
    new = "a brand new sprogcafé password"
    response = client.post(form_page.redirect_chain[-1][0], {"password1": new, "password2": new})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(new)


def test_logins_are_throttled(client, holstebro):
    user = holstebro.colleague
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    for _ in range(5):
        sign_in(client, user.email, "wrong password")
    response = sign_in(client, user.email, "correct horse battery staple")
    assert (
        response.status_code == 200 and "_auth_user_id" not in client.session
    )  # even the right password waits
    cache.clear()  # the throttle's counts live in the cache: once they expire, the password works
    assert sign_in(client, user.email, "correct horse battery staple").status_code == 302
    assert "_auth_user_id" in client.session


def test_the_approval_screens_follow_the_permission_table(client, holstebro):
    applicant = UserFactory(username="ansoger", email="ansoger@example.org")
    join_request = JoinRequest.objects.create(
        user=applicant, organisation=holstebro.organisation, approvers_notified_at="2026-01-01T00:00Z"
    )
    other_owner = MembershipFactory(
        role=Role.ORGANISATION_OWNER,
        organisation=OrganisationFactory(municipality=holstebro),
        municipality=holstebro,
    ).user
    other_editor = MembershipFactory(role=Role.EDITOR).user
    editor = MembershipFactory(role=Role.EDITOR, municipality=holstebro).user
    url = reverse("accounts:join_request", args=[join_request.pk])
    assert client.get(url).status_code == 302
    for user, status in (
        (holstebro.colleague, 404),
        (other_owner, 404),
        (other_editor, 404),
        (holstebro.owner, 200),
        (editor, 200),
    ):
        client.force_login(user)
        assert client.get(url).status_code == status
    # Only editors make organisation owners.
    client.force_login(holstebro.owner)
    page = client.get(url).content.decode()
    assert "organisation_owner" not in page
    client.post(url, {"decision": "approve", "role": "organisation_owner"})
    assert not Membership.objects.filter(user=applicant).exists()


def test_the_admin_login_goes_through_allauth_and_still_works(client, db):
    admin = UserFactory(username="admin", email="admin@example.org", is_superuser=True, is_staff=True)
    EmailAddress.objects.create(user=admin, email=admin.email, verified=True, primary=True)
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    response = client.post(
        "/accounts/login/?next=/admin/", {"login": "admin", "password": "correct horse battery staple"}
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_my_account_page_lists_memberships_and_requests(client, holstebro):
    client.force_login(holstebro.colleague)
    page = client.get(reverse("accounts:home")).content.decode()
    assert "Frivilligcenter Holstebro" in page
    client.post(
        reverse("accounts:join"),
        {"organisation": OrganisationFactory(municipality=holstebro, name="Bibliotek").pk},
    )
    assert "Bibliotek" in client.get(reverse("accounts:home")).content.decode()


def test_the_header_offers_sign_in_and_then_sign_out(client, holstebro):
    assert reverse("account_login") in client.get("/holstebro/").content.decode()
    client.force_login(holstebro.colleague)
    page = client.get("/holstebro/").content.decode()
    assert reverse("account_logout") in page and reverse("community:notifications") in page


def _sign_in_from(client, address: str, login: str, password: str):
    # As nginx forwards it: the client's address appended to X-Forwarded-For, from the trusted proxy.
    return client.post(
        reverse("account_login"),
        {"login": login, "password": password},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR=address,
    )


def test_failed_logins_lock_out_their_address_behind_the_proxy_not_everyone(client, holstebro, settings):
    """Issue 17, finding 2: behind the proxy every visitor was 127.0.0.1 to allauth."""
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    user = holstebro.colleague
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    for attempt in range(11):
        _sign_in_from(client, "203.0.113.5", f"nobody-{attempt}@example.org", "wrong password")
    # The attacker's address is throttled, whatever it forges to the left of what nginx appended …
    response = _sign_in_from(client, "198.51.100.9, 203.0.113.5", user.email, "correct horse battery staple")
    assert response.status_code == 200 and "_auth_user_id" not in client.session
    # … while a real user at another address signs in.
    response = _sign_in_from(client, "198.51.100.201", user.email, "correct horse battery staple")
    assert response.status_code == 302 and "_auth_user_id" in client.session
