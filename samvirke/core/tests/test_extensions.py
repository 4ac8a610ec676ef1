"""Later apps add links and home panels through samvirke.core.extensions; core renders them."""

import pytest
from django.utils.translation import gettext_lazy as _

from samvirke.core import extensions
from samvirke.core.tests.factories import MunicipalityFactory


@pytest.fixture
def registered(monkeypatch):
    monkeypatch.setattr(extensions, "_nav", {})
    monkeypatch.setattr(extensions, "_head", {})
    monkeypatch.setattr(extensions, "_panels", {})
    extensions.add_municipality_link(url_name="initiatives:list", label=_("Everything"), order=1)
    extensions.add_head_link(
        url_name="initiatives:calendar", rel="alternate", type="text/calendar", title="Calendar"
    )
    extensions.add_home_panel(
        template="core/tests/panel.html",
        context=lambda municipality, request: {"greeting": f"Hello {municipality.name}"},
    )
    extensions.add_home_panel(template="core/tests/hidden.html", context=lambda **kwargs: None)


@pytest.mark.django_db
def test_registered_links_and_panels_appear_on_the_municipality_home(client, registered, settings, tmp_path):
    (tmp_path / "core" / "tests").mkdir(parents=True)
    (tmp_path / "core" / "tests" / "panel.html").write_text("<p class=panel>{{ panel.greeting }}</p>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    MunicipalityFactory(slug="lemvig", name="Lemvig")
    html = client.get("/lemvig/").content.decode()
    assert '<a href="/lemvig/initiatives/">Everything</a>' in html
    assert '<link rel="alternate" type="text/calendar" href="/lemvig/calendar.ics" title="Calendar">' in html
    assert "<p class=panel>Hello Lemvig</p>" in html


def test_pages_outside_a_municipality_get_no_links(client, registered, db):
    html = client.get("/accessibility/").content.decode()
    assert "Everything" not in html


@pytest.mark.django_db
def test_entry_panels_and_conditional_links(client, registered, settings, tmp_path, monkeypatch):
    from samvirke.initiatives.tests.factories import InitiativeFactory

    (tmp_path / "core" / "tests").mkdir(parents=True)
    (tmp_path / "core" / "tests" / "entry.html").write_text("<p class=entry>About {{ panel.title }}</p>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]]}]
    monkeypatch.setattr(extensions, "_entry_panels", {})
    extensions.add_entry_panel(
        kind="initiative",
        template="core/tests/entry.html",
        context=lambda entry, **kwargs: {"title": entry.title},
    )
    extensions.add_municipality_link(
        url_name="directory:contacts", label="Staff only", visible=lambda request: request.user.is_staff
    )
    initiative = InitiativeFactory(title="Strikkecafé")
    html = client.get(initiative.get_absolute_url()).content.decode()
    assert "<p class=entry>About Strikkecafé</p>" in html
    assert "Staff only" not in html
