from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from config.api import api
from samvirke.core.views import healthz, private_file
from samvirke.interop.hsds.api import hsds

urlpatterns = [
    path("healthz", healthz, name="healthz"),
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
    # Municipality pages come last: /<municipality-slug>/ catches what is left.
    path("", include("samvirke.core.urls")),
]
if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
