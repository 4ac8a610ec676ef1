"""Template context every page gets: the registered links of the municipality the page belongs to."""

from django.conf import settings

from samvirke.core import extensions


def municipality_extensions(request) -> dict:
    # The municipality slug comes from the URL, so no query is needed (and 404 pages show no links).
    match = getattr(request, "resolver_match", None)
    kwargs = match.kwargs if match else {}
    slug = kwargs.get("municipality")
    region = kwargs.get("region")
    links = {
        "region_links": extensions.region_links(region, request)
        if isinstance(region, str) and region
        else [],
        "demo_banner": settings.SAMVIRKE_DEMO_BANNER,
        "account_links": extensions.account_links() if _signed_in(request) else [],
    }
    if not slug or not isinstance(slug, str):
        return {"municipality_links": [], "municipality_head_links": [], **links}
    return {
        **links,
        "municipality_links": extensions.municipality_links(slug, request),
        "municipality_head_links": extensions.head_links(slug),
    }


def _signed_in(request) -> bool:
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated
