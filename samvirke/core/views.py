from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from samvirke.core import selectors


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


def home(request):
    """The front page: every municipality and region in this installation."""
    return render(
        request,
        "core/home.html",
        {"municipalities": selectors.list_municipalities(), "regions": selectors.list_regions()},
    )
