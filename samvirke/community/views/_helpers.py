"""Small helpers shared by the community views."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import Http404

from samvirke.community import permissions


def require_forum(request):
    """The forum is for approved practitioners: sign in first, and the same 404 for anyone else."""
    if not request.user.is_authenticated:
        raise LoginRequired(request)
    if not permissions.can_use_forum(request.user):
        raise Http404("No such page")


class LoginRequired(Exception):
    def __init__(self, request):
        self.response = redirect_to_login(request.get_full_path())


def forum_view(view):
    """Decorator: only approved practitioners reach the view (others: sign in, or 404)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            require_forum(request)
        except LoginRequired as signal:
            return signal.response
        try:
            return view(request, *args, **kwargs)
        except PermissionError as error:
            raise Http404("No such page") from error

    return wrapper
