"""Markdown to safe HTML, once, when a post or story is saved (never at display time).

markdown-it-py (CommonMark, raw HTML off) renders; nh3 then keeps only an allow-list of tags and
attributes, so script tags, event handlers and javascript: links cannot survive even if the renderer
let something through. @mentions of known practitioners become a marked span and are collected,
so the service can notify them.
"""

import re
from dataclasses import dataclass, field
from html import escape
from urllib.parse import urlparse

import nh3
from django.conf import settings
from markdown_it import MarkdownIt
from markdown_it.token import Token

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "del", "a", "ul", "ol", "li", "blockquote", "code", "pre",
    "h2", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td", "span",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}, "th": {"align"}, "td": {"align"}}
ALLOWED_CLASSES = {"span": {"mention"}}
URL_SCHEMES = {"http", "https", "mailto"}

MENTION = re.compile(r"@([A-Za-z0-9_][A-Za-z0-9_.+-]{0,149})")
ENTRY_PATH = re.compile(r"^/(?P<municipality>[-\w]+)/(?P<kind>initiatives|organisations)/(?P<slug>[-\w]+)/?$")


def _mention_rule(state, silent: bool) -> bool:
    pos = state.pos
    if state.src[pos] != "@":
        return False
    # Not inside an e-mail address or a word ("anne@example.org").
    if pos > 0 and (state.src[pos - 1].isalnum() or state.src[pos - 1] in "_.+-"):
        return False
    match = MENTION.match(state.src, pos)
    if not match:
        return False
    name = match.group(1).rstrip(".-+")  # "@anne." at the end of a sentence
    username = state.env.get("known", {}).get(name.lower())
    if username is None:
        return False
    if not silent:
        token = state.push("mention", "", 0)
        token.meta = {"username": username}
        state.env.setdefault("mentioned", []).append(username)
    state.pos += 1 + len(name)
    return True


def _render_mention(self, tokens, idx, options, env) -> str:
    return f'<span class="mention">@{escape(tokens[idx].meta["username"])}</span>'


BARE_URL = re.compile(r"https?://[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"]")


def _link_bare_urls(state) -> None:
    """Bare https:// addresses in text become links (markdown-it's linkify needs another package)."""
    for block in state.tokens:
        if block.type != "inline" or not block.children:
            continue
        children, inside_link = [], False
        for token in block.children:
            inside_link = {"link_open": True, "link_close": False}.get(token.type, inside_link)
            if token.type != "text" or inside_link or not BARE_URL.search(token.content):
                children.append(token)
                continue
            position = 0
            for match in BARE_URL.finditer(token.content):
                if match.start() > position:
                    children.append(_text(token.content[position : match.start()]))
                opening = Token("link_open", "a", 1)
                opening.attrs = {"href": match.group(0)}
                children += [opening, _text(match.group(0)), Token("link_close", "a", -1)]
                position = match.end()
            if position < len(token.content):
                children.append(_text(token.content[position:]))
        block.children = children


def _text(content: str):
    token = Token("text", "", 0)
    token.content = content
    return token


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.disable("image")  # images in posts are not wanted (no alt-text control); stories have their own
    md.inline.ruler.before("emphasis", "mention", _mention_rule)
    md.add_render_rule("mention", _render_mention)
    md.core.ruler.push("bare_urls", _link_bare_urls)
    return md


_MD = _parser()


@dataclass
class Rendered:
    html: str
    mentioned: list[str] = field(default_factory=list)  # usernames, in order, without repeats
    entry_links: list[tuple[str, str, str]] = field(default_factory=list)  # (municipality, kind, slug)


def mention_candidates(text: str) -> set[str]:
    """Every @word in the text, lower-cased: the caller looks up which are practitioners."""
    return {match.group(1).rstrip(".-+").lower() for match in MENTION.finditer(text)}


def sanitise_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=URL_SCHEMES,
        link_rel="nofollow noopener noreferrer ugc",
        clean_content_tags={"script", "style"},
    )


def render_markdown(
    text: str, *, known_usernames: dict[str, str] | None = None, top_heading: int = 3
) -> Rendered:
    """Render Markdown to sanitised HTML. `known_usernames` maps lower-case names to usernames that
    may be mentioned; any other @word stays plain text. Headings start at `top_heading` (a post sits
    under the thread's h1 and the post's h2; a story's text under its h1)."""
    env = {"known": known_usernames or {}}
    tokens = _MD.parse(text, env)
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(max(int(token.tag[1]), top_heading), 6)}"
    html = sanitise_html(_MD.renderer.render(tokens, _MD.options, env))
    mentioned = list(dict.fromkeys(env.get("mentioned", [])))
    return Rendered(html=html, mentioned=mentioned, entry_links=_entry_links(html))


def _entry_links(html: str) -> list[tuple[str, str, str]]:
    """Links to our own initiative and organisation pages, in order, for the cards under a post."""
    own_hosts = {urlparse(settings.SAMVIRKE_SITE_URL).netloc, *settings.ALLOWED_HOSTS}
    found = []
    for href in re.findall(r'href="([^"]+)"', html):
        url = urlparse(href.replace("&amp;", "&"))
        if url.netloc and url.netloc not in own_hosts:
            continue
        match = ENTRY_PATH.match(url.path)
        if match:
            found.append((match["municipality"], match["kind"], match["slug"]))
    return list(dict.fromkeys(found))[:6]
