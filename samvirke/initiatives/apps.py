from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InitiativesConfig(AppConfig):
    name = "samvirke.initiatives"
    label = "initiatives"
    verbose_name = _("Initiatives")

    def ready(self) -> None:
        # Imported once the app registry is ready: panels query models.
        from samvirke.core import extensions
        from samvirke.initiatives import panels

        extensions.add_entry_panel(
            kind="organisation",
            template="initiatives/partials/organisation_activities.html",
            context=panels.organisation_activities,
            order=10,
        )
