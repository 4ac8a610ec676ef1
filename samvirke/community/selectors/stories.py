"""Reads for good stories: only published stories are public; drafts only for who may edit them."""

from django.core.files.storage import default_storage
from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404

from samvirke.accounts.permissions import is_editor_for, owned_organisation_ids
from samvirke.community import permissions
from samvirke.community.models import Story, StoryImage
from samvirke.core.models import Municipality


def _with_parts(qs: QuerySet[Story]) -> QuerySet[Story]:
    return qs.select_related("municipality", "author", "organisation").prefetch_related(
        Prefetch("images", queryset=StoryImage.objects.order_by("order", "pk")),
        "initiatives__municipality",
        "organisations__municipality",
    )


def list_published_stories(*, municipality: Municipality) -> QuerySet[Story]:
    return _with_parts(
        Story.objects.filter(municipality=municipality, status=Story.Status.PUBLISHED)
    ).order_by("-published_at", "-pk")


def get_story_or_404(*, municipality: Municipality, slug: str, user) -> Story:
    story = _with_parts(Story.objects.filter(municipality=municipality, slug=slug)).first()
    if story is None or (
        story.status != Story.Status.PUBLISHED and not permissions.can_edit_story(user, story)
    ):
        raise Http404("No such story")
    return story


def list_editable_stories(*, municipality: Municipality, user) -> QuerySet[Story]:
    """Unpublished stories this user may work on (editors: all of them; owners: their own and their organisations')."""
    qs = Story.objects.filter(municipality=municipality).exclude(status=Story.Status.PUBLISHED)
    if not is_editor_for(user, municipality):
        qs = qs.filter(Q(author=user) | Q(organisation_id__in=owned_organisation_ids(user)))
    return qs.select_related("author", "organisation").order_by("-updated_at")


def list_review_queue(*, municipality: Municipality) -> QuerySet[Story]:
    return (
        Story.objects.filter(municipality=municipality, status=Story.Status.IN_REVIEW)
        .select_related("author", "organisation")
        .order_by("updated_at")
    )


def get_image_srcset(image: StoryImage) -> str:
    """`srcset` for an image: every stored width plus the largest version."""
    parts = [
        f"{default_storage.url(name)} {width}w"
        for width, name in sorted(image.renditions.items(), key=lambda i: int(i[0]))
    ]
    if image.image:
        parts.append(f"{image.image.url} {image.width}w")
    return ", ".join(parts)
