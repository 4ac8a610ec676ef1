import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from samvirke.editorial.services.entries import update_entry
from samvirke.guide.models import ContentTranslation, TranslationStatus
from samvirke.guide.tests.factories import translation_of

pytestmark = pytest.mark.django_db
REFUSED = ["practitioner", "owner", "other translator", "other editor"]


def _edit_url(world, lang="ar"):
    return reverse(
        "guide:translate_edit",
        kwargs={"municipality": "holstebro", "lang": lang, "kind": "initiative", "pk": world.cafe.pk},
    )


def _queue_url(lang="ar"):
    return reverse("guide:translate_queue", kwargs={"municipality": "holstebro", "lang": lang})


def test_the_queue_lists_outdated_then_machine_drafts_then_missing(client, world):
    translation_of(world.cafe, "title", "ar", "مقهى اللغة")
    translation_of(world.cafe, "summary", "ar", "تدرب", status=TranslationStatus.MACHINE_DRAFT)
    world.cafe.title = "Sprogcaféen i biblioteket"
    world.cafe.save()
    client.force_login(world.users["translator"])
    page = client.get(_queue_url())
    assert page.status_code == 200
    statuses = [(item.field, item.status) for item in page.context["items"] if item.kind == "initiative"]
    assert statuses[:3] == [("title", "outdated"), ("summary", "machine_draft"), ("description", "missing")]
    assert page.context["counts"]["outdated"] == 1


def test_the_editor_shows_source_changes_since_the_review_escaped(client, world):
    translation_of(world.cafe, "title", "ar", "مقهى اللغة")
    world.cafe.title = "Sprogcaféen <b>nu</b> i biblioteket"
    world.cafe.save()
    client.force_login(world.users["translator"])
    html = client.get(_edit_url(world)).content.decode()
    assert 'class="diff" lang="da">Sprogcaféen<ins> &lt;b&gt;nu&lt;/b&gt; i biblioteket</ins></p>' in html
    assert "<b>nu</b>" not in html


def test_the_diff_marks_removed_and_added_words():
    from samvirke.guide.queue import diff_html

    assert diff_html("Tirsdag kl. 17", "Onsdag kl. 17 & 18") == (
        "<del>Tirsdag</del><ins>Onsdag</ins> kl. 17<ins> &amp; 18</ins>"
    )


def test_saving_as_draft_and_as_reviewed(client, world):
    client.force_login(world.users["translator"])
    answer = client.post(_edit_url(world), {"text-title": "مقهى اللغة", "text-summary": "", "draft": "1"})
    assert answer.status_code == 302
    row = ContentTranslation.objects.get(object_id=world.cafe.pk, field="title", language="ar")
    assert (row.status, row.updated_by, row.source_text) == (
        "human_draft",
        world.users["translator"],
        "Sprogcaféen",
    )
    assert not ContentTranslation.objects.filter(field="summary").exists()  # nothing typed, nothing stored
    client.post(_edit_url(world), {"text-title": "مقهى اللغة", "reviewed": "1"})
    row.refresh_from_db()
    assert row.status == "reviewed" and row.reviewed_by == world.users["translator"]
    assert row.reviewed_source_text == "Sprogcaféen"


def test_reviewing_an_empty_text_is_refused_and_what_was_typed_stays(client, world):
    client.force_login(world.users["translator"])
    answer = client.post(_edit_url(world), {"text-title": "  ", "text-summary": "ملخص", "reviewed": "1"})
    # The empty title is skipped (nothing typed); the summary is saved.
    assert answer.status_code == 302
    long_text = "x" * 20_001
    answer = client.post(_edit_url(world), {"text-title": long_text, "reviewed": "1"})
    assert answer.status_code == 400
    assert long_text in answer.content.decode()


@pytest.mark.parametrize("who", REFUSED)
def test_other_roles_are_refused_every_translator_page(client, world, who):
    client.force_login(world.users[who])
    assert client.get(_queue_url()).status_code == 404
    assert client.get(_edit_url(world)).status_code == 404
    assert client.post(_edit_url(world), {"text-title": "x", "reviewed": "1"}).status_code == 404
    assert client.get(reverse("guide:translate_export", args=["holstebro", "ar"])).status_code == 404
    upload = SimpleUploadedFile("ar.po", b'msgid ""\nmsgstr ""\n')
    assert (
        client.post(reverse("guide:translate_import", args=["holstebro", "ar"]), {"file": upload}).status_code
        == 404
    )
    assert client.post(reverse("guide:translate_machine", args=["holstebro", "ar"])).status_code == 404
    assert not ContentTranslation.objects.exists()


def test_anonymous_visitors_are_asked_to_sign_in(client, world):
    answer = client.get(_queue_url())
    assert answer.status_code == 302 and "/accounts/login/" in answer["Location"]
    assert client.post(_edit_url(world), {"text-title": "x", "reviewed": "1"}).status_code == 302
    assert not ContentTranslation.objects.exists()


def test_a_translator_sees_only_their_language_and_editors_see_all(client, world):
    client.force_login(world.users["translator"])
    rows = client.get(reverse("guide:translate", args=["holstebro"])).context["rows"]
    assert [row["code"] for row in rows] == ["ar"]
    assert client.get(_queue_url("so")).status_code == 404
    assert client.get(_queue_url("da")).status_code == 404  # the source language is not translated
    client.force_login(world.users["editor"])
    rows = client.get(reverse("guide:translate", args=["holstebro"])).context["rows"]
    assert "da" not in [row["code"] for row in rows] and "ar" in [row["code"] for row in rows]


def test_editing_through_the_editorial_service_outdates_the_translation(world):
    row = translation_of(world.cafe, "summary", "ar", "تدرب على اللغة الدنماركية")
    translation_of(world.cafe, "title", "ar", "مقهى اللغة")
    update_entry(
        user=world.users["editor"],
        kind="initiative",
        entry_id=world.cafe.pk,
        values={"summary": "Øv dansk over kaffe og kage."},
        base_version=world.cafe.version,
    )
    row.refresh_from_db()
    assert row.status == TranslationStatus.OUTDATED
    assert ContentTranslation.objects.get(field="title").status == TranslationStatus.REVIEWED
