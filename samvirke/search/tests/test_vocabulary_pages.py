"""Who may keep the newcomer vocabulary: translators of the language, editors and admins."""

import pytest

from samvirke.accounts.tests.factories import MembershipFactory, UserFactory
from samvirke.core.tests.factories import MunicipalityFactory
from samvirke.search.models import VocabularyEntry
from samvirke.search.vocabulary import expand


@pytest.fixture
def people(db):
    holstebro = MunicipalityFactory(slug="holstebro")
    return {
        "practitioner": UserFactory(),
        "translator_so": MembershipFactory(role="translator", municipality=holstebro, language="so").user,
        "translator_ar": MembershipFactory(role="translator", municipality=holstebro, language="ar").user,
        "editor": MembershipFactory(role="editor", municipality=holstebro).user,
        "admin": UserFactory(is_superuser=True),
    }


def entry(language="so", key="football"):
    return VocabularyEntry.objects.get(language=language, key=key)


FORM = {
    "key": "football",
    "need": "leisure",
    "words": "kubadda cagta\nkubad",
    "danish": "fodbold",
    "swedish": "fotboll",
}


def test_signed_out_visitors_are_sent_to_sign_in(client, people):
    for url in ("/search/vocabulary/", "/search/vocabulary/so/", f"/search/vocabulary/so/{entry().pk}/"):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"]
    response = client.post(f"/search/vocabulary/so/{entry().pk}/", FORM)
    assert response.status_code == 302 and "login" in response["Location"]
    assert entry().danish != "fodbold"


@pytest.mark.parametrize("role", ["practitioner", "translator_ar"])
def test_others_get_a_404_and_change_nothing(client, people, role):
    client.force_login(people[role])
    target = entry()
    assert client.get("/search/vocabulary/so/").status_code == 404
    assert client.get(f"/search/vocabulary/so/{target.pk}/").status_code == 404
    assert client.post(f"/search/vocabulary/so/{target.pk}/", FORM).status_code == 404
    assert client.post("/search/vocabulary/so/new/", {**FORM, "key": "new"}).status_code == 404
    assert client.post(f"/search/vocabulary/so/{target.pk}/delete/").status_code == 404
    assert entry().words == target.words
    if role == "practitioner":
        assert client.get("/search/vocabulary/").status_code == 404


def test_a_translator_keeps_the_vocabulary_of_their_language(client, people):
    client.force_login(people["translator_so"])
    languages = client.get("/search/vocabulary/")
    assert languages.status_code == 200 and b"/search/vocabulary/so/" in languages.content
    assert b"/search/vocabulary/ar/" not in languages.content
    target = entry()
    response = client.post(f"/search/vocabulary/so/{target.pk}/", {**FORM, "words": "kubad\n<b>qolxaxa</b>"})
    assert response.status_code == 302
    target.refresh_from_db()
    assert target.words == "kubad\nqolxaxa" and target.updated_by == people["translator_so"]
    assert "football" in expand("qolxaxa", target="da").terms  # used by the search at once

    response = client.post("/search/vocabulary/so/new/", {**FORM, "key": "cooking", "words": "karis"})
    assert (
        response.status_code == 302 and VocabularyEntry.objects.filter(language="so", key="cooking").exists()
    )
    assert client.post(f"/search/vocabulary/so/{target.pk}/delete/").status_code == 302
    assert not VocabularyEntry.objects.filter(pk=target.pk).exists()


def test_errors_are_shown_per_field_and_nothing_typed_is_lost(client, people):
    client.force_login(people["translator_so"])
    response = client.post(
        "/search/vocabulary/so/new/", {**FORM, "key": "job", "words": "  ", "danish": "job x"}
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) == {"key", "words"}
    assert 'value="job x"' in response.content.decode()


@pytest.mark.parametrize("role", ["editor", "admin"])
def test_editors_and_admins_keep_every_language(client, people, role):
    client.force_login(people[role])
    for language in ("ar", "ti", "sv"):
        assert client.get(f"/search/vocabulary/{language}/").status_code == 200
    target = entry("ti", "football")
    assert client.post(f"/search/vocabulary/ti/{target.pk}/", {**FORM, "words": "ኩዕሶ"}).status_code == 302
    assert entry("ti", "football").words == "ኩዕሶ"
    assert client.get("/search/vocabulary/xx/").status_code == 404
