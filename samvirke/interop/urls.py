from django.urls import path

from samvirke.interop import views

app_name = "interop"
urlpatterns = [
    path("<slug:municipality>/calendar.ics", views.municipality_calendar, name="calendar"),
    path(
        "<slug:municipality>/calendar/<slug:slug>.ics", views.initiative_calendar, name="initiative_calendar"
    ),
    path("<slug:municipality>/import/", views.csv_import, name="csv_import"),
    path("<slug:municipality>/export.csv", views.csv_export, name="csv_export"),
]
