from django.urls import path

from samvirke.directory import views

app_name = "directory"
urlpatterns = [
    path("<slug:municipality>/organisations/", views.organisation_list, name="organisations"),
    path("<slug:municipality>/organisations/<slug:slug>/", views.organisation_detail, name="organisation"),
    path("<slug:municipality>/contacts/", views.contact_directory, name="contacts"),
]
