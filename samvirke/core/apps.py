from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "samvirke.core"
    label = "core"
    verbose_name = _("Municipalities and regions")

    def ready(self) -> None:
        # Imported once the app registry is ready: these modules use models.
        from samvirke.core import signals

        signals.connect()
