from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "samvirke.editorial"
    label = "editorial"
    verbose_name = _("Keeping the handbook true")

    def ready(self) -> None:
        # Imported once the app registry is ready: these modules use models.
        from samvirke.core import extensions
        from samvirke.editorial import panels
        from samvirke.editorial.selectors.editions import get_edition_pdf_url

        extensions.add_municipality_link(
            url_name="editorial:area", label=_("Editors"), order=90, visible=panels.shows_editors_link
        )
        extensions.add_home_panel(
            template="editorial/partials/home_panel.html", context=panels.home_panel, order=80
        )
        extensions.add_private_files(prefix="editions/", url_for=get_edition_pdf_url)
        extensions.add_entry_panel(
            kind="initiative", template="editorial/partials/entry_panel.html", context=panels.initiative_panel
        )
        extensions.add_entry_panel(
            kind="organisation",
            template="editorial/partials/entry_panel.html",
            context=panels.organisation_panel,
        )
        extensions.add_entry_panel(
            kind="contacts", template="editorial/partials/contacts_panel.html", context=panels.contacts_panel
        )
