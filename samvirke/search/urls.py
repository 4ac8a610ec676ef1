from django.urls import path

from samvirke.search import views

app_name = "search"
urlpatterns = [
    path("search/vocabulary/", views.languages, name="vocabulary_languages"),
    path("search/vocabulary/<str:lang>/", views.entries, name="vocabulary"),
    path("search/vocabulary/<str:lang>/new/", views.edit, name="vocabulary_new"),
    path("search/vocabulary/<str:lang>/<int:pk>/", views.edit, name="vocabulary_edit"),
    path("search/vocabulary/<str:lang>/<int:pk>/delete/", views.delete, name="vocabulary_delete"),
]
