from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "samvirke.search"
    label = "search"
    verbose_name = _("Search")

    def ready(self) -> None:
        # Imported once the app registry is ready: both modules use models.
        from samvirke.core import extensions
        from samvirke.search import selectors, signals

        signals.connect()
        extensions.set_text_search(selectors.search_entries)
