"""The in-site notification list, e-mail preferences, and the one-click unsubscribe link."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from samvirke.accounts.models import User
from samvirke.community.forms import EmailModeForm
from samvirke.community.selectors import notifications as selectors
from samvirke.community.services import notifications as services
from samvirke.community.tokens import read_unsubscribe_token


@login_required
def notification_list(request):
    page = Paginator(selectors.list_notifications(user=request.user), 30).get_page(request.GET.get("page"))
    unread_ids = [n.pk for n in page if n.read_at is None]
    response = render(
        request, "community/notifications/list.html", {"page": page, "unread_ids": set(unread_ids)}
    )
    services.mark_read(user=request.user, notification_ids=unread_ids)  # seen now; shown as new this once
    return response


@login_required
@require_POST
def mark_all_read(request):
    services.mark_read(user=request.user)
    messages.success(request, _("All notifications are marked as read."))
    return redirect("community:notifications")


@login_required
def notification_settings(request):
    form = EmailModeForm(
        request.POST or None, initial={"email_mode": services.get_email_mode(user=request.user)}
    )
    if request.method == "POST" and form.is_valid():
        services.set_email_mode(user=request.user, mode=form.cleaned_data["email_mode"])
        messages.success(request, _("Your e-mail settings are saved."))
        return redirect("community:notification_settings")
    return render(request, "community/notifications/settings.html", {"form": form})


# The token is the credential (signed, with a maximum age): mail clients POST here without a CSRF
# token when the reader presses "unsubscribe" (RFC 8058 one-click), and GET shows a confirm button
# so link scanners that follow links do not unsubscribe anyone.
@csrf_exempt
def unsubscribe(request, token: str):
    if request.method == "POST":
        try:
            result = services.unsubscribe(token=token)
        except (signing.BadSignature, User.DoesNotExist):
            return render(request, "community/notifications/unsubscribe.html", {"invalid": True}, status=400)
        return render(request, "community/notifications/unsubscribe.html", {"done": True, **result})
    try:
        read_unsubscribe_token(token)
    except signing.BadSignature:
        return render(request, "community/notifications/unsubscribe.html", {"invalid": True}, status=400)
    return render(request, "community/notifications/unsubscribe.html", {"token": token})
