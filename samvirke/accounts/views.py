"""Account pages of our own: my account, waiting for approval, asking to join, deciding requests."""

from allauth.account.stages import LoginStageController
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samvirke.accounts import permissions, selectors, services
from samvirke.accounts.forms import DecisionForm, JoinRequestForm
from samvirke.accounts.models import JoinRequest
from samvirke.accounts.stages import ApprovalStage
from samvirke.core import extensions
from samvirke.core.forms import add_service_errors


@login_required
def home(request):
    """My account: memberships, requests, and the settings allauth offers."""
    user = request.user
    return render(
        request,
        "accounts/home.html",
        {
            "memberships": selectors.list_memberships(user=user),
            "join_requests": user.join_requests.select_related("organisation__municipality")[:20],
            "decidable_count": selectors.list_decidable_join_requests(user=user).count()
            if permissions.may_approve_members(user)
            else 0,
            "needs_two_factor": permissions.requires_two_factor(user),
            "settings_links": extensions.account_links(settings=True),
        },
    )


def awaiting_approval(request):
    """Shown instead of signing in while nobody has approved the user yet (the ApprovalStage)."""
    stage = LoginStageController.enter(request, ApprovalStage.key)
    if stage is None:
        if request.user.is_authenticated:
            raise Http404("Nothing waits for approval")  # refused like any other page that is not theirs
        return redirect("account_login")
    user = stage.login.user
    form = JoinRequestForm(request.POST or None)
    pending = user.join_requests.filter(status=JoinRequest.Status.PENDING).exists()
    if request.method == "POST" and not pending and form.is_valid():
        try:
            services.request_to_join(user=user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Your request has been sent."))
            return redirect("accounts:awaiting_approval")
    return render(
        request,
        "accounts/awaiting_approval.html",
        {
            "applicant": user,
            "join_requests": user.join_requests.select_related("organisation__municipality"),
            "pending": pending,
            "form": form,
        },
    )


@login_required
def join(request):
    """An approved practitioner asks to join another organisation."""
    form = JoinRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.request_to_join(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, _("Your request has been sent to the organisation's approvers."))
            return redirect("accounts:home")
    return render(request, "accounts/join.html", {"form": form})


@login_required
@require_POST
def withdraw(request, pk: int):
    try:
        services.withdraw_join_request(join_request_id=pk, user=request.user)
    except JoinRequest.DoesNotExist as error:
        raise Http404("No such request") from error
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Your request has been withdrawn."))
    return redirect("accounts:home")


@login_required
def join_requests(request):
    """The approver's queue: requests to join the organisations they own or the municipalities they edit."""
    if not permissions.may_approve_members(request.user):
        raise Http404("No such page")
    return render(
        request,
        "accounts/join_requests.html",
        {"join_requests": selectors.list_decidable_join_requests(user=request.user)},
    )


@login_required
def join_request(request, pk: int):
    item = selectors.get_decidable_join_request_or_404(user=request.user, pk=pk)
    can_grant_owner = permissions.can_grant_organisation_owner(request.user, item.organisation)
    form = DecisionForm(request.POST or None, can_grant_owner=can_grant_owner)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data["decision"] == "approve":
                services.approve_join_request(
                    join_request_id=item.pk, approver=request.user, role=data["role"], note=data["note"]
                )
                messages.success(
                    request, _("Approved. %(name)s has been told by e-mail.") % {"name": item.user.email}
                )
            else:
                services.decline_join_request(
                    join_request_id=item.pk, approver=request.user, note=data["note"]
                )
                messages.success(
                    request, _("Declined. %(name)s has been told by e-mail.") % {"name": item.user.email}
                )
        except ValidationError as error:
            add_service_errors(form, error)
        except PermissionError as error:
            raise Http404("No such request") from error
        else:
            return redirect("accounts:join_requests")
    return render(request, "accounts/join_request.html", {"item": item, "form": form})
