from html.parser import HTMLParser

import pytest

from samvirke.community.markdown import mention_candidates, render_markdown, sanitise_html

ATTACKS = [
    "<script>alert('x')</script>",
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">klik</a>',
    "[klik](javascript:alert(1))",
    '<iframe src="https://evil.example"></iframe>',
    '<p onclick="alert(1)" style="color:red">tekst</p>',
    "<svg onload=alert(1)>",
    '<a href="https://example.org" onmouseover="alert(1)">link</a>',
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
]


class Elements(HTMLParser):
    """Every element and attribute a browser would build from the HTML (text is only text)."""

    def __init__(self, html: str):
        super().__init__()
        self.tags, self.attributes = [], []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(attrs)


def assert_harmless(html: str) -> None:
    found = Elements(html)
    assert not {"script", "iframe", "svg", "img", "object", "embed", "style"} & set(found.tags), html
    for name, value in found.attributes:
        assert not name.startswith("on"), html
        assert name != "style", html
        if name == "href":
            assert value.startswith(("https:", "http:", "mailto:", "/")), html


@pytest.mark.parametrize("payload", ATTACKS)
def test_script_and_event_handler_payloads_never_survive(payload):
    assert_harmless(render_markdown(payload).html)


@pytest.mark.parametrize("payload", ATTACKS)
def test_the_allow_list_also_cleans_html_that_did_not_come_from_markdown(payload):
    assert_harmless(sanitise_html(payload))


def test_raw_html_in_markdown_is_shown_as_text():
    assert "&lt;script&gt;" in render_markdown("<script>alert(1)</script>").html


def test_markdown_renders_the_usual_formatting():
    html = render_markdown("**fed** og *kursiv*\n\n> citat\n\n- punkt\n\n[link](https://example.org)").html
    assert "<strong>fed</strong>" in html
    assert "<em>kursiv</em>" in html
    assert "<blockquote>" in html
    assert "<li>punkt</li>" in html
    assert 'href="https://example.org"' in html and 'rel="nofollow noopener noreferrer ugc"' in html


def test_headings_start_below_the_page_headings():
    assert "<h3>Overskrift</h3>" in render_markdown("# Overskrift").html
    assert "<h2>Overskrift</h2>" in render_markdown("## Overskrift", top_heading=2).html


def test_known_practitioners_are_mentioned_and_others_stay_plain_text():
    rendered = render_markdown(
        "Hej @Mette og @ukendt, skriv til mette@example.org. `@karim` i kode tæller ikke.",
        known_usernames={"mette": "mette", "karim": "karim"},
    )
    assert '<span class="mention">@mette</span>' in rendered.html
    assert "@ukendt" in rendered.html and 'mention">@ukendt' not in rendered.html
    assert "mette@example.org" in rendered.html
    assert rendered.mentioned == ["mette"]


def test_a_mention_at_the_end_of_a_sentence_keeps_its_full_stop():
    rendered = render_markdown("Tak til @mette.", known_usernames={"mette": "mette"})
    assert '<span class="mention">@mette</span>.' in rendered.html


def test_mention_candidates_skip_nothing_the_renderer_might_use():
    assert mention_candidates("@Anne.Pedersen og @karim!") == {"anne.pedersen", "karim"}


def test_links_to_own_initiative_and_organisation_pages_are_collected_for_cards():
    rendered = render_markdown(
        "Se [Sprogcaféen](/holstebro/initiatives/sprogcafeen/), "
        "[centret](http://127.0.0.1:8000/holstebro/organisations/frivilligcenter/) og "
        "[noget andet](https://other.example/holstebro/initiatives/x/)."
    )
    assert rendered.entry_links == [
        ("holstebro", "initiatives", "sprogcafeen"),
        ("holstebro", "organisations", "frivilligcenter"),
    ]


def test_bare_addresses_become_links_but_not_inside_code_or_links():
    html = render_markdown(
        "Se https://example.org/a?b=1, `https://code.example` og [her](https://x.example)."
    ).html
    assert (
        '<a href="https://example.org/a?b=1" rel="nofollow noopener noreferrer ugc">https://example.org/a?b=1</a>,'
        in html
    )
    assert "<code>https://code.example</code>" in html
    assert html.count("<a ") == 2
