from django.urls import path

from samvirke.core import views

app_name = "core"
urlpatterns = [
    path("", views.home, name="home"),
    path("accessibility/", views.accessibility_statement, name="accessibility"),
    path("language/", views.switch_language, name="language"),
    path("r/<slug:region>/", views.region_home, name="region"),
    path(
        "<slug:municipality>/accessibility/",
        views.municipality_accessibility_statement,
        name="municipality_accessibility",
    ),
    # Last: a municipality's handbook home at /<slug>/.
    path("<slug:municipality>/", views.municipality_home, name="municipality"),
]
