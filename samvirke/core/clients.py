"""Who is asking: the client's address behind our own proxy, for rate limits per IP.

Production runs behind a TLS proxy (nginx, a load balancer), so REMOTE_ADDR is the proxy's. When the
request comes from a trusted proxy, the client is the rightmost X-Forwarded-For address that is not
itself a trusted proxy; anything further left was written by the client and cannot be believed.
"""

from django.conf import settings


def client_ip(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "") or "0.0.0.0"  # noqa: S104 - a key, not a bind address
    trusted = set(settings.TRUSTED_PROXIES)
    if remote not in trusted:
        return remote
    forwarded = [
        part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()
    ]
    for address in reversed(forwarded):
        if address not in trusted:
            return address
    return remote
