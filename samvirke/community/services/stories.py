"""Writes for good stories: write, add images, submit for review, publish or return."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samvirke.accounts.permissions import is_editor_for, is_owner_of
from samvirke.community import images, permissions, tasks
from samvirke.community.markdown import render_markdown
from samvirke.community.models import Story, StoryImage
from samvirke.core.slugs import unique_slug

RESERVED_SLUGS = {"feed", "new", "review"}
FIELDS = ("title", "summary", "body", "language")


def _unique_slug(municipality, title: str, exclude_pk=None) -> str:
    stories = Story.objects.filter(municipality=municipality).exclude(pk=exclude_pk)
    return unique_slug(
        title,
        taken=lambda slug: slug in RESERVED_SLUGS or stories.filter(slug=slug).exists(),
        fallback="story",
    )


def _apply(story: Story, *, data: dict, initiatives=None, organisations=None) -> None:
    for name in FIELDS:
        if name in data:
            setattr(story, name, data[name].strip() if isinstance(data[name], str) else data[name])
    story.body_html = render_markdown(story.body, top_heading=2).html
    story.full_clean()
    story.save()
    if initiatives is not None:
        story.initiatives.set([i for i in initiatives if i.municipality_id == story.municipality_id])
    if organisations is not None:
        story.organisations.set([o for o in organisations if o.municipality_id == story.municipality_id])


@transaction.atomic
def create_story(
    *, user, municipality, data: dict, organisation=None, initiatives=(), organisations=()
) -> Story:
    """A new draft. Editors may publish it themselves; organisation owners write on behalf of an
    organisation they own and submit it for review. Raises PermissionError or ValidationError."""
    if not permissions.can_write_story(user, municipality):
        raise PermissionError("may not write stories here")
    editor = is_editor_for(user, municipality)
    if not editor and (organisation is None or not is_owner_of(user, organisation)):
        raise ValidationError({"organisation": _("Choose the organisation you write for.")})
    if organisation is not None and organisation.municipality_id != municipality.pk:
        raise ValidationError({"organisation": _("The organisation must belong to this municipality.")})
    story = Story(
        municipality=municipality,
        author=user,
        organisation=organisation,
        slug=_unique_slug(municipality, data.get("title", "")),
    )
    _apply(story, data=data, initiatives=initiatives, organisations=organisations)
    return story


def _lock(story_id: int) -> Story:
    return Story.objects.select_for_update().select_related("municipality").get(pk=story_id)


@transaction.atomic
def update_story(*, story_id: int, user, data: dict, initiatives=None, organisations=None) -> Story:
    story = _lock(story_id)
    if not permissions.can_edit_story(user, story):
        raise PermissionError("may not edit this story")
    if story.status != Story.Status.PUBLISHED and "title" in data and data["title"] != story.title:
        story.slug = _unique_slug(story.municipality, data["title"], exclude_pk=story.pk)
    _apply(story, data=data, initiatives=initiatives, organisations=organisations)
    return story


def _review_email(story: Story, event: str) -> None:
    pk = story.pk
    transaction.on_commit(lambda: tasks.send_story_review_email.enqueue(story_id=pk, event=event))


@transaction.atomic
def submit_story(*, story_id: int, user) -> Story:
    """Send a draft to the municipality's editors. Raises PermissionError or ValidationError."""
    story = _lock(story_id)
    if not permissions.can_edit_story(user, story):
        raise PermissionError("may not submit this story")
    if not permissions.can_submit_story(user, story):
        raise ValidationError(_("Only drafts can be sent for review."))
    story.status = Story.Status.IN_REVIEW
    story.save(update_fields=["status", "updated_at"])
    _review_email(story, "submitted")
    return story


@transaction.atomic
def publish_story(*, story_id: int, editor) -> Story:
    story = _lock(story_id)
    if not permissions.can_publish_story(editor, story.municipality):
        raise PermissionError("only editors publish")
    if story.status == Story.Status.PUBLISHED:
        raise ValidationError(_("The story is already published."))
    story.status = Story.Status.PUBLISHED
    story.published_at = story.published_at or timezone.now()
    story.reviewed_by = editor
    story.review_note = ""
    story.save(update_fields=["status", "published_at", "reviewed_by", "review_note", "updated_at"])
    if story.author_id and story.author_id != editor.pk:
        _review_email(story, "published")
    return story


@transaction.atomic
def return_story(*, story_id: int, editor, note: str) -> Story:
    """Send a story back to its author with a note (what to change)."""
    story = _lock(story_id)
    if not permissions.can_publish_story(editor, story.municipality):
        raise PermissionError("only editors review")
    if not note.strip():
        raise ValidationError({"note": _("Tell the author what to change.")})
    story.status = Story.Status.RETURNED
    story.reviewed_by = editor
    story.review_note = note.strip()[:500]
    story.save(update_fields=["status", "reviewed_by", "review_note", "updated_at"])
    _review_email(story, "returned")
    return story


@transaction.atomic
def unpublish_story(*, story_id: int, editor) -> Story:
    story = _lock(story_id)
    if not permissions.can_publish_story(editor, story.municipality):
        raise PermissionError("only editors unpublish")
    story.status = Story.Status.DRAFT
    story.save(update_fields=["status", "updated_at"])
    return story


@transaction.atomic
def add_story_image(*, story_id: int, user, upload, alt_text: str, caption: str = "") -> StoryImage:
    """Resize and attach an image. The alternative text is required. Raises PermissionError or ValidationError."""
    story = _lock(story_id)
    if not permissions.can_edit_story(user, story):
        raise PermissionError("may not edit this story")
    if not alt_text.strip():
        raise ValidationError({"alt_text": _("Describe the image for people who cannot see it.")})
    largest, renditions = images.process_upload(upload)
    image = StoryImage(
        story=story, alt_text=alt_text.strip(), caption=caption.strip(), order=story.images.count()
    )
    image.image.save(largest.name, largest, save=False)
    image.renditions = renditions
    try:
        image.full_clean()
        image.save()
    except ValidationError:
        images.delete_files(image_field=image.image, renditions=renditions)
        raise
    return image


@transaction.atomic
def remove_story_image(*, image_id: int, user) -> None:
    image = StoryImage.objects.select_related("story__municipality").get(pk=image_id)
    if not permissions.can_edit_story(user, image.story):
        raise PermissionError("may not edit this story")
    field, renditions = image.image, dict(image.renditions)
    image.delete()
    transaction.on_commit(lambda: images.delete_files(image_field=field, renditions=renditions))


# END
