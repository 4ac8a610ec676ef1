from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuideConfig(AppConfig):
    name = "samvirke.guide"
    label = "guide"
    verbose_name = _("Guide for newcomers")

    def ready(self) -> None:
        from samvirke.core import extensions
        from samvirke.guide import checks, signals  # noqa: F401 - checks register themselves
        from samvirke.guide.search_texts import translated_search_texts
        from samvirke.guide.views.errors import guide_error_page
        from samvirke.search.services import register_variant_source

        signals.connect()
        register_variant_source(translated_search_texts)
        extensions.add_municipality_link(url_name="guide:home", label=_("Guide for newcomers"), order=70)
        extensions.add_error_renderer(guide_error_page)
