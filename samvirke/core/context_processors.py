"""Template context every page gets: the registered links of the municipality the page belongs to."""

from samvirke.core import extensions


def municipality_extensions(request) -> dict:
    # The municipality slug comes from the URL, so no query is needed (and 404 pages show no links).
    match = getattr(request, "resolver_match", None)
    slug = match.kwargs.get("municipality") if match else None
    if not slug or not isinstance(slug, str):
        return {"municipality_links": [], "municipality_head_links": []}
    return {
        "municipality_links": extensions.municipality_links(slug, request),
        "municipality_head_links": extensions.head_links(slug),
    }
