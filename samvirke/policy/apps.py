from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PolicyConfig(AppConfig):
    name = "samvirke.policy"
    label = "policy"
    verbose_name = _("Policy")

    def ready(self) -> None:
        # Modules that import models load only once the app registry is ready.
        from samvirke.core import extensions
        from samvirke.policy.panels import home_panel
        from samvirke.policy.selectors.evaluation import get_document_url

        extensions.add_municipality_link(url_name="policy:index", label=_("Policy"), order=40)
        extensions.add_region_link(url_name="policy:region_gaps", label=_("Gap analysis"), order=40)
        extensions.add_home_panel(template="policy/partials/home_panel.html", context=home_panel, order=40)
        extensions.add_private_files(prefix="policy/evaluations/", url_for=get_document_url)
