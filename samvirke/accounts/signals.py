"""Receivers of the accounts app, connected in AccountsConfig.ready()."""

from allauth.account.signals import email_confirmed

from samvirke.accounts.services import notify_approvers_of_confirmed_user


def _email_confirmed(sender, request, email_address, **kwargs) -> None:
    notify_approvers_of_confirmed_user(user=email_address.user)


def connect() -> None:
    email_confirmed.connect(_email_confirmed, dispatch_uid="samvirke-accounts-email-confirmed")
