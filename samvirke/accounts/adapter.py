"""allauth adapter: our sign-in gate after e-mail verification, and mail in the site's language."""

from allauth.account.adapter import DefaultAccountAdapter

from samvirke.core.clients import client_ip

EMAIL_VERIFICATION_STAGE = "allauth.account.stages.EmailVerificationStage"


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request) -> str:
        # Login throttles count per real client behind our trusted proxies, never per proxy (decision 0055).
        return client_ip(request)

    def get_login_stages(self) -> list[str]:
        stages = super().get_login_stages()
        # After the address is confirmed and before two-factor: unapproved users never get a session.
        stages.insert(stages.index(EMAIL_VERIFICATION_STAGE) + 1, "samvirke.accounts.stages.ApprovalStage")
        return stages
