from django.conf import settings
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from samvirke.core import extensions, selectors


@require_GET
@never_cache
def healthz(request):
    """Liveness and database check for load balancers: 200 when the database answers, else 503."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        first_line = str(error).strip().splitlines()[0] if str(error).strip() else error.__class__.__name__
        return JsonResponse({"status": "error", "database": "unavailable", "reason": first_line}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


FAVICON = settings.BASE_DIR / "static" / "favicon.ico"


@require_GET
def favicon(request):
    """/favicon.ico, which browsers and feed readers ask for whatever the page links."""
    response = HttpResponse(FAVICON.read_bytes(), content_type="image/x-icon")
    response["Cache-Control"] = "public, max-age=604800"
    return response


def home(request):
    """The front page: every municipality and region in this installation."""
    return render(
        request,
        "core/home.html",
        {"municipalities": selectors.list_municipalities(), "regions": selectors.list_regions()},
    )


def accessibility_statement(request):
    return render(request, "core/accessibility.html")


def municipality_accessibility_statement(request, municipality: str):
    """The municipality's own statement: compliance, when assessed, whom to write to, where to complain."""
    place = selectors.get_municipality_or_404(slug=municipality)
    return render(request, "core/accessibility.html", {"municipality": place})


@require_GET
def switch_language(request):
    """Remember the visitor's UI language. A GET (not a form), so public pages stay cacheable."""
    language = request.GET.get("lang", "")
    next_url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=False):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    if language in dict(settings.LANGUAGES):
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=365 * 24 * 3600,
            samesite="Lax",
            secure=request.is_secure(),
            httponly=True,
        )
    return response


@require_GET
def private_file(request, name: str):
    """A private file's address (its storage `url`): the owning app's page, which checks permission."""
    url = extensions.private_file_url(name)
    if url is None:
        raise Http404("No such file")
    return HttpResponseRedirect(url)


def rate_limited(request, exception=None):
    """Answer for django-ratelimit: 429 with a page that says what happened and when to try again."""
    return render(request, "core/rate_limited.html", status=429)
