from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "samvirke.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from allauth.account.signals import email_confirmed

        email_confirmed.connect(_email_confirmed, dispatch_uid="samvirke-accounts-email-confirmed")


def _email_confirmed(sender, request, email_address, **kwargs) -> None:
    from samvirke.accounts.services import notify_approvers_of_confirmed_user

    notify_approvers_of_confirmed_user(user=email_address.user)
