"""CORS open for reads of the API: anyone may build on the open data from a browser; Last-Modified
from the newest entry an answer holds, so clients can revalidate with If-Modified-Since (Django's
ConditionalGetMiddleware, earlier in the chain, answers 304)."""

from django.utils.http import http_date


class OpenCorsForReads:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/api/") and request.method in ("GET", "HEAD", "OPTIONS"):
            response["Access-Control-Allow-Origin"] = "*"
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            last_modified = getattr(request, "samvirke_last_modified", None)
            if last_modified is not None and response.status_code == 200:
                response.headers.setdefault("Last-Modified", http_date(last_modified.timestamp()))
        return response
