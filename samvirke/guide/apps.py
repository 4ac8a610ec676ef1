from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuideConfig(AppConfig):
    name = "samvirke.guide"
    label = "guide"
    verbose_name = _("Guide for newcomers")

    def ready(self) -> None:
        from samvirke.core import extensions
        from samvirke.guide import checks, signals  # noqa: F401 - checks register themselves

        signals.connect()
        extensions.add_municipality_link(url_name="guide:home", label=_("Guide for newcomers"), order=70)
