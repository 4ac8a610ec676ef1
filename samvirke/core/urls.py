from django.urls import path

from samvirke.core import views

app_name = "core"
urlpatterns = [
    path("", views.home, name="home"),
    path("accessibility/", views.accessibility_statement, name="accessibility"),
    path("language/", views.switch_language, name="language"),
    path(
        "<slug:municipality>/accessibility/",
        views.municipality_accessibility_statement,
        name="municipality_accessibility",
    ),
]
