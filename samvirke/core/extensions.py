"""Extension points for later apps, so `core` never imports them (decision 0008).

An app registers, in its AppConfig.ready():
- a navigation link shown on every page of a municipality (`add_municipality_link`), or of a
  region (`add_region_link`),
- a `<link>` in the `<head>` of a municipality's pages, e.g. an Atom feed (`add_head_link`),
- a panel on the municipality's handbook home (`add_home_panel`): a template and a function that
  returns its context for the municipality,
- a panel on an entry's page (`add_entry_panel`, kind "initiative", "organisation" or "contacts"),
  e.g. "suggest a correction" or an initiative's volunteer needs,
- the page that serves its private files (`add_private_files`): `/files/<name>` redirects there,
  and that page checks who may see the file (decision 0055),
- the text search the handbook's lists use for `?q=` (`set_text_search`; the search app),
- a link in the signed-in person's menu and account page (`add_account_link`),
- its own error pages (`add_error_renderer`),
- listeners told when an entry page is shown (`add_entry_listener`), when the page cache answers
  a page from memory (`add_cached_page_listener`), and when a handbook search box was used
  (`add_search_listener`): the insights app counts them (decision 0077).

Links only need the municipality's slug, so they are built without a query.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.urls import reverse


@dataclass(frozen=True)
class MunicipalityLink:
    url_name: str
    label: Any  # a lazy translation
    order: int = 50
    visible: Callable[..., bool] | None = None  # (request) -> bool; None: always


@dataclass(frozen=True)
class HeadLink:
    url_name: str
    rel: str
    type: str
    title: Any
    order: int = 50


@dataclass(frozen=True)
class HomePanel:
    template: str
    context: Callable[..., dict | None]  # (municipality=..., request=...) -> context, or None to hide
    order: int = 50


_nav: dict[str, MunicipalityLink] = {}
_region_nav: dict[str, MunicipalityLink] = {}
_head: dict[str, HeadLink] = {}
_panels: dict[str, HomePanel] = {}
_entry_panels: dict[tuple[str, str], HomePanel] = {}
_private_files: dict[str, Callable[[str], str | None]] = {}
_account_nav: dict[str, MunicipalityLink] = {}
_account_settings: dict[str, MunicipalityLink] = {}


def add_municipality_link(
    *, url_name: str, label, order: int = 50, visible: Callable[..., bool] | None = None
) -> None:
    """A link in the municipality navigation; `url_name` takes the municipality slug as its one argument."""
    _nav[url_name] = MunicipalityLink(url_name=url_name, label=label, order=order, visible=visible)


def add_region_link(
    *, url_name: str, label, order: int = 50, visible: Callable[..., bool] | None = None
) -> None:
    """A link on a region's pages (e.g. its gap analysis); `url_name` takes the region slug."""
    _region_nav[url_name] = MunicipalityLink(url_name=url_name, label=label, order=order, visible=visible)


def add_head_link(*, url_name: str, rel: str, type: str, title, order: int = 50) -> None:
    _head[url_name] = HeadLink(url_name=url_name, rel=rel, type=type, title=title, order=order)


def add_home_panel(*, template: str, context: Callable[..., dict | None], order: int = 50) -> None:
    _panels[template] = HomePanel(template=template, context=context, order=order)


def add_entry_panel(
    *, kind: str, template: str, context: Callable[..., dict | None], order: int = 50
) -> None:
    """A panel on an entry's page. `context(entry=..., municipality=..., request=...)` returns its context."""
    _entry_panels[(kind, template)] = HomePanel(template=template, context=context, order=order)


def _links(registry: dict, slug: str, request) -> list[dict]:
    return [
        {"href": reverse(link.url_name, args=[slug]), "label": link.label, "url_name": link.url_name}
        for link in sorted(registry.values(), key=lambda link: link.order)
        if link.visible is None or (request is not None and link.visible(request))
    ]


def municipality_links(slug: str, request=None) -> list[dict]:
    return _links(_nav, slug, request)


def region_links(slug: str, request=None) -> list[dict]:
    return _links(_region_nav, slug, request)


def head_links(slug: str) -> list[dict]:
    return [
        {"href": reverse(link.url_name, args=[slug]), "rel": link.rel, "type": link.type, "title": link.title}
        for link in sorted(_head.values(), key=lambda link: link.order)
    ]


def _render(panels, **kwargs) -> list[dict]:
    shown = []
    for panel in sorted(panels, key=lambda panel: panel.order):
        context = panel.context(**kwargs)
        if context is not None:
            shown.append({"template": panel.template, "context": context})
    return shown


def home_panels(*, municipality, request) -> list[dict]:
    """The registered home panels that have something to show, each as {"template", "context"}."""
    return _render(_panels.values(), municipality=municipality, request=request)


def entry_panels(*, kind: str, entry, municipality, request) -> list[dict]:
    """The registered panels for an entry page of this kind, each as {"template", "context"}."""
    panels = [panel for (panel_kind, _template), panel in _entry_panels.items() if panel_kind == kind]
    return _render(panels, entry=entry, municipality=municipality, request=request)


def add_private_files(*, prefix: str, url_for: Callable[[str], str | None]) -> None:
    """Private files whose stored name starts with `prefix`; `url_for(name)` is the address of the
    page that serves the file after a permission check, or None when no such file is recorded."""
    _private_files[prefix] = url_for


def private_file_url(name: str) -> str | None:
    """Where the private file `name` is served, or None."""
    for prefix, url_for in _private_files.items():
        if name.startswith(prefix):
            return url_for(name)
    return None


# --- error pages -------------------------------------------------------------------------------
# An app whose pages have a layout of their own (the guide) renders its own error pages: the first
# renderer that claims the address answers, else core's page in the site's layout.
ErrorRenderer = Callable[..., Any]  # (request, *, status, title, message) -> HttpResponse | None
_error_renderers: list[ErrorRenderer] = []


def add_error_renderer(renderer: ErrorRenderer) -> None:
    if renderer not in _error_renderers:
        _error_renderers.append(renderer)


def render_error_elsewhere(request, *, status: int, title, message):
    """The response of the app that owns this address, or None."""
    for renderer in _error_renderers:
        response = renderer(request, status=status, title=title, message=message)
        if response is not None:
            return response
    return None


# --- text search -------------------------------------------------------------------------------
@dataclass(frozen=True)
class NoSearch:
    """The answer when no app provides text search: nothing found."""

    results: tuple = ()
    count: int = 0
    corrected: str | None = None


_text_search: list[Callable[..., Any]] = []


def set_text_search(search: Callable[..., Any]) -> None:
    """The function the handbook's lists call for `?q=`: search(query=, municipality=, region=,
    kinds=, limit=) returning an object with `results` (each with `object_id`), `count`, `corrected`."""
    _text_search[:] = [search]


def text_search(**options):
    return _text_search[0](**options) if _text_search else NoSearch()


# --- the signed-in person's links ---------------------------------------------------------------
def add_account_link(*, url_name: str, label, order: int = 50, settings: bool = False) -> None:
    """A link in the signed-in person's menu, or among the settings on their account page
    (`settings`); `url_name` takes no arguments."""
    registry = _account_settings if settings else _account_nav
    registry[url_name] = MunicipalityLink(url_name=url_name, label=label, order=order)


def account_links(*, settings: bool = False) -> list[dict]:
    registry = _account_settings if settings else _account_nav
    return [
        {"href": reverse(link.url_name), "label": link.label, "url_name": link.url_name}
        for link in sorted(registry.values(), key=lambda link: link.order)
    ]


# --- what readers do (counted by samvirke.insights, decision 0077) -------------------------------
_entry_listeners: list[Callable[..., None]] = []
_cached_page_listeners: list[Callable[..., None]] = []
_search_listeners: list[Callable[..., None]] = []


def add_entry_listener(listener: Callable[..., None]) -> None:
    """`listener(kind=..., entry=..., request=...)` after an entry's page is rendered."""
    if listener not in _entry_listeners:
        _entry_listeners.append(listener)


def add_cached_page_listener(listener: Callable[..., None]) -> None:
    """`listener(path=..., user_agent=...)` when the WSGI page cache answers from memory: keep it cheap."""
    if listener not in _cached_page_listeners:
        _cached_page_listeners.append(listener)


def add_search_listener(listener: Callable[..., None]) -> None:
    """`listener(request=..., municipality=..., query=..., found=...)` after a handbook list was searched."""
    if listener not in _search_listeners:
        _search_listeners.append(listener)


def entry_shown(*, kind: str, entry, request) -> None:
    for listener in _entry_listeners:
        listener(kind=kind, entry=entry, request=request)


def cached_page_served(*, path: str, user_agent: str) -> None:
    for listener in _cached_page_listeners:
        listener(path=path, user_agent=user_agent)


def searched(*, request, municipality, query: str, found: int) -> None:
    for listener in _search_listeners:
        listener(request=request, municipality=municipality, query=query, found=found)
