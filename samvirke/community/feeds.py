"""Atom feed of a municipality's good stories (Django's syndication framework)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from samvirke.community.selectors.stories import list_published_stories
from samvirke.core.selectors import get_municipality_or_404


class StoriesFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, municipality: str):
        return get_municipality_or_404(slug=municipality)

    def title(self, obj) -> str:
        return _("Good stories – %(name)s") % {"name": obj.name}

    def subtitle(self, obj) -> str:
        return _("Stories about integration in %(name)s: people, activities and cooperation.") % {
            "name": obj.name
        }

    def link(self, obj) -> str:
        return reverse("community:stories", args=[obj.slug])

    def feed_url(self, obj) -> str:
        return reverse("community:story_feed", args=[obj.slug])

    def items(self, obj):
        return list_published_stories(municipality=obj)[:20]

    def item_title(self, item) -> str:
        return item.title

    def item_description(self, item) -> str:
        return item.summary

    def item_link(self, item) -> str:
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item) -> str:
        # Not a person's name: the organisation the story came from, or the municipality.
        return item.organisation.name if item.organisation else item.municipality.name

    def item_guid(self, item) -> str:
        # An IRI that never changes (RFC 4287 §4.2.6, RFC 4151 tag URI): not the link, whose slug may.
        host = urlsplit(settings.SAMVIRKE_SITE_URL).hostname or "localhost"
        return f"tag:{host},{item.published_at:%Y-%m-%d}:story-{item.pk}"
