"""Template helpers for story images (srcset), shift times in the municipality's zone, and the
community's rules (templates ask `samvirke.community.permissions`, never repeat them: decision 0067)."""

import html
from zoneinfo import ZoneInfo

from django import template
from django.core.files.storage import default_storage
from django.utils.html import strip_tags

from samvirke.community import permissions
from samvirke.community.selectors.stories import get_image_srcset

register = template.Library()


@register.simple_tag
def story_srcset(image) -> str:
    return get_image_srcset(image)


@register.simple_tag
def story_image_src(image, width: int) -> str:
    """The stored version closest to `width` (the largest when none is that small)."""
    sizes = sorted((int(w), name) for w, name in image.renditions.items())
    for size, name in sizes:
        if size >= int(width):
            return default_storage.url(name)
    return image.image.url


@register.filter
def in_zone(value, zone: str):
    return value.astimezone(ZoneInfo(zone)) if value else value


@register.filter
def plain_text(rendered_html: str) -> str:
    """A post's rendered (sanitised) HTML as plain text for a snippet: no Markdown marks, no tags."""
    return html.unescape(strip_tags(rendered_html or ""))


@register.filter
def may_edit_post(post, user) -> bool:
    """`{% if post|may_edit_post:request.user %}`: the answer of `can_edit_forum_post`."""
    return permissions.can_edit_forum_post(user, post)
