from django.urls import path

from samvirke.initiatives import views

app_name = "initiatives"
urlpatterns = [
    path("<slug:municipality>/initiatives/", views.initiative_list, name="list"),
    path("<slug:municipality>/initiatives/<slug:slug>/", views.initiative_detail, name="detail"),
]
