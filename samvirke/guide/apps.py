from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuideConfig(AppConfig):
    name = "samvirke.guide"
    label = "guide"
    verbose_name = _("Guide for newcomers")

    def ready(self) -> None:
        # Imported once the app registry is ready: these modules use models.
        from samvirke.core import extensions
        from samvirke.guide import checks, signals  # noqa: F401 - checks register themselves
        from samvirke.guide.search_texts import translated_search_texts
        from samvirke.guide.selectors import get_localised_many
        from samvirke.guide.views.errors import guide_error_page
        from samvirke.search.sources import register_localiser, register_variant_source

        signals.connect()
        register_variant_source(translated_search_texts)
        register_localiser(get_localised_many)
        extensions.add_municipality_link(url_name="guide:home", label=_("Guide for newcomers"), order=70)
        extensions.add_error_renderer(guide_error_page)
