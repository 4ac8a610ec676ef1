"""Translation status transitions: saving, reviewing, outdating on every save path."""

import json
import urllib.error
import urllib.request

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from samvirke.guide import services
from samvirke.guide.models import ContentTranslation, TranslationStatus
from samvirke.guide.selectors import get_localised
from samvirke.guide.tests.factories import GuideTextFactory, translation_of

pytestmark = pytest.mark.django_db


def test_missing_to_draft_to_reviewed_to_outdated_to_reviewed(world):
    translator = world.users["translator"]
    assert get_localised(world.cafe, ["title"], "ar")["title"].is_fallback  # missing
    row = services.save_translation(
        user=translator, entry=world.cafe, field="title", language="ar", text="مقهى", status="human_draft"
    )
    assert row.status == TranslationStatus.HUMAN_DRAFT and row.reviewed_at is None
    row = services.save_translation(
        user=translator, entry=world.cafe, field="title", language="ar", text="مقهى اللغة", status="reviewed"
    )
    assert (row.status, row.reviewed_source_text) == ("reviewed", "Sprogcaféen")
    world.cafe.title = "Sprogcaféen på biblioteket"
    world.cafe.save()
    row.refresh_from_db()
    assert row.status == TranslationStatus.OUTDATED
    assert get_localised(world.cafe, ["title"], "ar")["title"].is_outdated
    row = services.save_translation(
        user=translator,
        entry=world.cafe,
        field="title",
        language="ar",
        text="مقهى اللغة في المكتبة",
        status="reviewed",
    )
    assert (row.status, row.reviewed_source_text) == ("reviewed", "Sprogcaféen på biblioteket")


def test_a_save_that_leaves_the_source_alone_keeps_the_status(world):
    row = translation_of(world.cafe, "title", "ar", "مقهى اللغة")
    world.cafe.link = "https://example.org"
    world.cafe.save()
    world.cafe.mark_verified()
    world.cafe.save(update_fields=["last_verified_at"])
    row.refresh_from_db()
    assert row.status == TranslationStatus.REVIEWED


def test_organisations_and_guide_texts_outdate_too(world):
    organisation_row = translation_of(world.organisation, "description", "en", "Volunteers")
    world.organisation.description = "Frivillige og foreninger"
    world.organisation.save()
    text = GuideTextFactory(municipality=world.holstebro)
    text_row = translation_of(text, "body", "uk", "Тут ви знайдете заходи.")
    text.body = "Her finder du aktiviteter for nye borgere."
    text.save()
    organisation_row.refresh_from_db()
    text_row.refresh_from_db()
    assert organisation_row.status == text_row.status == TranslationStatus.OUTDATED


def test_outdated_through_the_api_patch(transactional_db, live_server, world):
    from samvirke.interop.models import ApiToken

    row = translation_of(world.cafe, "summary", "ar", "تدرب على اللغة الدنماركية")
    token = ApiToken.issue(user=world.users["editor"], name="t")[1]
    request = urllib.request.Request(
        f"{live_server.url}/api/v1/initiatives/{world.cafe.uuid}",
        data=json.dumps({"summary": "Øv dansk hver tirsdag.", "version": world.cafe.version}).encode(),
        method="PATCH",
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    with urllib.request.urlopen(request) as response:
        assert response.status == 200
    row.refresh_from_db()
    assert row.status == TranslationStatus.OUTDATED


@pytest.mark.parametrize("who", ["practitioner", "owner", "other translator", "other editor"])
def test_only_translators_of_the_language_and_editors_may_save(world, who):
    with pytest.raises(PermissionDenied):
        services.save_translation(
            user=world.users[who], entry=world.cafe, field="title", language="ar", text="x", status="reviewed"
        )
    assert not ContentTranslation.objects.exists()


def test_the_editor_of_the_municipality_may_translate_any_language(world):
    editor = world.users["editor"]
    row = services.save_translation(
        user=editor, entry=world.cafe, field="title", language="so", text="Maqaaxi", status="reviewed"
    )
    stored = ContentTranslation.objects.get(pk=row.pk)
    assert (stored.language, stored.text, stored.status) == ("so", "Maqaaxi", TranslationStatus.REVIEWED)
    assert (stored.updated_by, stored.reviewed_by) == (editor, editor)
    assert stored.reviewed_source_text == world.cafe.title
    shown = get_localised(world.cafe, ["title"], "so")["title"]
    assert (shown.text, shown.language, shown.status) == ("Maqaaxi", "so", TranslationStatus.REVIEWED)


@pytest.mark.parametrize(
    ("field", "language", "status", "named"),
    [
        ("slug", "ar", "reviewed", "field"),
        ("title", "da", "reviewed", "language"),
        ("title", "xx", "reviewed", "language"),
        ("title", "ar", "machine_draft", "status"),
        ("title", "ar", "outdated", "status"),
    ],
)
def test_bad_targets_are_refused_by_field(world, field, language, status, named):
    with pytest.raises(ValidationError) as error:
        services.save_translation(
            user=world.users["editor"],
            entry=world.cafe,
            field=field,
            language=language,
            text="x",
            status=status,
        )
    assert named in error.value.message_dict


def test_machine_drafts_never_overwrite_a_persons_work(world):
    translation_of(world.cafe, "title", "ar", "مقهى اللغة")
    assert services.store_machine_draft(entry=world.cafe, field="title", language="ar", text="آلة") is None
    assert ContentTranslation.objects.get(field="title").text == "مقهى اللغة"
    row = services.store_machine_draft(entry=world.cafe, field="summary", language="ar", text="ملخص")
    assert row.status == TranslationStatus.MACHINE_DRAFT and row.source_text == world.cafe.summary


def test_needs_are_set_by_editors_only(world):
    with pytest.raises(PermissionDenied):
        services.set_initiative_needs(user=world.users["translator"], initiative=world.cafe, needs=["health"])
    with pytest.raises(ValidationError):
        services.set_initiative_needs(user=world.users["editor"], initiative=world.cafe, needs=["flying"])
    services.set_initiative_needs(user=world.users["editor"], initiative=world.cafe, needs=["health", "work"])
    services.set_initiative_needs(user=world.users["editor"], initiative=world.cafe, needs=["work"])
    assert list(world.cafe.needs.values_list("need", flat=True)) == ["work"]


def test_deleting_an_entry_deletes_its_translations(world):
    translation_of(world.cafe, "title", "ar", "مقهى اللغة")
    translation_of(world.organisation, "name", "en", "Volunteer centre")
    world.cafe.delete()
    assert list(ContentTranslation.objects.values_list("field", flat=True)) == ["name"]
