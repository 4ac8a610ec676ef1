import os

from django.conf import settings
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_wsgi_application()

if settings.PAGE_CACHE:
    from samvirke.core.pagecache import PageCache

    application = PageCache(
        application,
        ttl=settings.PAGE_CACHE_TTL,
        max_bytes=settings.PAGE_CACHE_MAX_BYTES,
        max_entry_bytes=settings.PAGE_CACHE_MAX_ENTRY_BYTES,
    )
