"""Rate limits on writes from the web: counted per client address (decision 0008), which
django-ratelimit reads through RATELIMIT_IP_META_KEY (core.clients.client_ip)."""

from django_ratelimit.decorators import ratelimit


def limit_posts(rate: str):
    """django-ratelimit per client address on POST; over the limit, core's 429 page."""
    return ratelimit(key="ip", rate=rate, method="POST", block=True)
