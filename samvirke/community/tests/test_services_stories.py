import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from samvirke.community.models import Story
from samvirke.community.services import stories


def data(**changes):
    return {
        "title": "Fra sprogcafé til venskab",
        "summary": "Om venskab.",
        "body": "# Hej\n\n<script>x</script>tekst",
        "language": "da",
    } | changes


def test_editors_write_and_publish(world):
    story = stories.create_story(
        user=world.editor, municipality=world.holstebro, data=data(), initiatives=[world.initiative]
    )
    assert story.status == Story.Status.DRAFT and story.slug == "fra-sprogcafe-til-venskab"
    assert "<script" not in story.body_html and "<h2>Hej</h2>" in story.body_html
    stories.publish_story(story_id=story.pk, editor=world.editor)
    story.refresh_from_db()
    assert story.status == Story.Status.PUBLISHED and story.published_at
    assert list(story.initiatives.all()) == [world.initiative]


def test_organisation_owners_write_for_review_and_editors_decide(world, django_capture_on_commit_callbacks):
    with pytest.raises(ValidationError):
        stories.create_story(
            user=world.owner, municipality=world.holstebro, data=data()
        )  # which organisation?
    story = stories.create_story(
        user=world.owner, municipality=world.holstebro, data=data(), organisation=world.organisation
    )
    with pytest.raises(PermissionError):
        stories.publish_story(story_id=story.pk, editor=world.owner)
    with django_capture_on_commit_callbacks() as callbacks:
        stories.submit_story(story_id=story.pk, user=world.owner)
    assert len(callbacks) == 1  # the editors are e-mailed
    with pytest.raises(ValidationError):
        stories.return_story(story_id=story.pk, editor=world.editor, note=" ")
    stories.return_story(story_id=story.pk, editor=world.editor, note="Spørg familien om lov til billedet.")
    stories.update_story(story_id=story.pk, user=world.owner, data={"summary": "Nu med lov."})
    stories.submit_story(story_id=story.pk, user=world.owner)
    stories.publish_story(story_id=story.pk, editor=world.editor)
    story.refresh_from_db()
    assert story.status == Story.Status.PUBLISHED and story.reviewed_by == world.editor
    with pytest.raises(PermissionError):
        stories.update_story(story_id=story.pk, user=world.owner, data={"summary": "Ændret efter udgivelse"})


def test_owners_of_other_organisations_and_practitioners_cannot_touch_a_draft(world):
    story = stories.create_story(
        user=world.owner, municipality=world.holstebro, data=data(), organisation=world.organisation
    )
    for user in (world.practitioner, world.other_owner, world.other_editor):
        with pytest.raises(PermissionError):
            stories.update_story(story_id=story.pk, user=user, data={"title": "Min"})
    with pytest.raises(PermissionError):
        stories.create_story(user=world.practitioner, municipality=world.holstebro, data=data())


def test_reserved_and_taken_slugs_get_a_number(world):
    first = stories.create_story(user=world.editor, municipality=world.holstebro, data=data(title="Feed"))
    second = stories.create_story(user=world.editor, municipality=world.holstebro, data=data(title="Feed"))
    assert (first.slug, second.slug) == ("feed-2", "feed-3")


def test_images_need_alternative_text(world, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    story = stories.create_story(user=world.editor, municipality=world.holstebro, data=data())
    buffer = io.BytesIO()
    Image.new("RGB", (900, 600), "white").save(buffer, "PNG")

    def upload():
        return SimpleUploadedFile("x.png", buffer.getvalue(), content_type="image/png")

    with pytest.raises(ValidationError):
        stories.add_story_image(story_id=story.pk, user=world.editor, upload=upload(), alt_text="  ")
    image = stories.add_story_image(
        story_id=story.pk, user=world.editor, upload=upload(), alt_text="To kopper kaffe"
    )
    assert image.width == 900 and set(image.renditions) == {"480", "800"}
