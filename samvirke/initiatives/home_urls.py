"""The handbook's home pages, included last in config/urls.py: /<slug>/ would otherwise catch
single-segment addresses of other apps (/accessibility/, /language/)."""

from django.urls import path

from samvirke.initiatives import views

app_name = "handbook"
urlpatterns = [
    path("r/<slug:region>/", views.region_home, name="region"),
    path("<slug:municipality>/", views.municipality_home, name="municipality"),
]
