from django.urls import path

from samvirke.initiatives import views

app_name = "initiatives"
urlpatterns = [
    path("<slug:municipality>/initiatives/", views.initiative_list, name="list"),
    path("<slug:municipality>/initiatives/<slug:slug>/", views.initiative_detail, name="detail"),
    path("<slug:municipality>/calendar.ics", views.municipality_calendar, name="calendar"),
    path(
        "<slug:municipality>/calendar/<slug:slug>.ics", views.initiative_calendar, name="initiative_calendar"
    ),
]
