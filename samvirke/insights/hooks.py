"""Where insights listens to lower apps through core's extension points (they never import it)."""

from samvirke.core import extensions
from samvirke.insights import pageviews, services
from samvirke.insights.models import SearchMiss
from samvirke.insights.privacy import asker_of


def _handbook_search(*, request, municipality, query: str, found: int) -> None:
    services.record_search(
        municipality=municipality,
        language=getattr(request, "LANGUAGE_CODE", ""),
        query=query,
        found=found,
        source=SearchMiss.Source.HANDBOOK,
        **asker_of(request),
    )


def connect() -> None:
    extensions.add_entry_listener(pageviews.note_entry_shown)
    extensions.add_cached_page_listener(pageviews.note_cached_page)
    extensions.add_search_listener(_handbook_search)
