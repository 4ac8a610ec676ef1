"""One whole link check, shared by `manage.py check_links` and the periodic task."""

from collections.abc import Callable

from django.conf import settings

from samvirke.insights import links
from samvirke.insights.services import forget_links_not_in, record_link_results


def run_link_check(
    *,
    municipality=None,
    timeout: float | None = None,
    workers: int | None = None,
    pause: float | None = None,
    progress: Callable | None = None,
    on_start: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Check every website link (of one municipality or all) and record what was found.
    Returns how many links are ok, redirected and broken."""
    found = links.list_links(municipality=municipality)
    if on_start is not None:
        on_start(len(found))
    results = links.check_links(
        found,
        timeout=timeout if timeout is not None else settings.INSIGHTS_LINK_CHECK_TIMEOUT,
        workers=workers if workers is not None else settings.INSIGHTS_LINK_CHECK_WORKERS,
        pause=pause if pause is not None else settings.INSIGHTS_LINK_CHECK_PAUSE,
        progress=progress,
    )
    counts = record_link_results(results=results)
    forget_links_not_in(present={(link.kind, link.object_id) for link in found}, municipality=municipality)
    return counts
