"""The sign-in gate: a practitioner signs in only once someone has approved them (decision 0040)."""

from allauth.account.stages import LoginStage
from allauth.core.internal.httpkit import headed_redirect_response

from samvirke.accounts.permissions import is_approved


class ApprovalStage(LoginStage):
    """After e-mail verification: users without a membership (or staff status) wait for approval.

    The login is stashed (as allauth does for e-mail verification and two-factor), so the waiting
    page knows who asks and can let them ask to join another organisation.
    """

    key = "samvirke_approval"
    urlname = "accounts:awaiting_approval"

    def handle(self):
        if is_approved(self.login.user):
            return None, True
        return headed_redirect_response(self.urlname), True
