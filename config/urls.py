from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from config.api import api
from samvirke.core.views import favicon, healthz, private_file
from samvirke.interop.hsds.api import hsds

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("favicon.ico", favicon, name="favicon"),
    path("admin/", admin.site.urls),
    # Private files' addresses: redirect to the owning app's page, which checks permission (decision 0055).
    path("files/<path:name>", private_file, name="private_file"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("accounts/", include("samvirke.accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("api/v1/", api.urls),
    path("api/hsds/", hsds.urls),
    path("", include("samvirke.interop.urls")),
    path("", include("samvirke.initiatives.urls")),
    path("", include("samvirke.directory.urls")),
    path("", include("samvirke.policy.urls")),
    path("", include("samvirke.editorial.urls")),
    path("", include("samvirke.guide.urls")),
    path("", include("samvirke.community.urls")),
    path("", include("samvirke.search.urls")),
    path("", include("samvirke.core.urls")),
    # The handbook's home pages come last: /<municipality-slug>/ catches what is left.
    path("", include("samvirke.initiatives.home_urls")),
]
# Our own error pages, in the site's layout and the visitor's language (samvirke.core.errors).
handler400 = "samvirke.core.errors.bad_request"
handler403 = "samvirke.core.errors.permission_denied"
handler404 = "samvirke.core.errors.page_not_found"
handler500 = "samvirke.core.errors.server_error"

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
