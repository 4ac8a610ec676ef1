from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    name = "samvirke.community"
    label = "community"
    verbose_name = _("Working together")

    def ready(self) -> None:
        # Imported once the app registry is ready: these modules use models.
        from samvirke.community import panels
        from samvirke.core import extensions

        extensions.add_account_link(url_name="community:notifications", label=_("Notifications"))
        extensions.add_account_link(
            url_name="community:notification_settings", label=_("Notifications by e-mail"), settings=True
        )
        extensions.add_municipality_link(
            url_name="community:volunteer", label=_("Become a volunteer"), order=60
        )
        extensions.add_municipality_link(url_name="community:stories", label=_("Good stories"), order=61)
        # Only signed-in practitioners see the forum link (no query: sign-in already checked approval).
        extensions.add_municipality_link(
            url_name="community:forum", label=_("Forum"), order=62, visible=panels.sees_forum_link
        )
        extensions.add_region_link(
            url_name="community:region_forum", label=_("Forum"), order=62, visible=panels.sees_forum_link
        )
        extensions.add_head_link(
            url_name="community:story_feed",
            rel="alternate",
            type="application/atom+xml",
            title=_("Good stories (Atom feed)"),
        )
        extensions.add_home_panel(
            template="community/stories/partials/home_panel.html", context=panels.stories_panel, order=60
        )
        extensions.add_entry_panel(
            kind="initiative",
            template="community/volunteering/partials/initiative_panel.html",
            context=panels.volunteer_panel,
            order=60,
        )
