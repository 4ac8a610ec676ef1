from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InsightsConfig(AppConfig):
    """Signals that keep the handbook true: searches that found nothing, dead links, what people read."""

    name = "samvirke.insights"
    label = "insights"
    verbose_name = _("Insights")

    def ready(self) -> None:
        # Imported once the app registry is ready: the hooks use models.
        from samvirke.insights import hooks

        hooks.connect()
