from django.urls import path

from samvirke.interop import views

app_name = "interop"
urlpatterns = [
    path("<slug:municipality>/import/", views.csv_import, name="csv_import"),
    path("<slug:municipality>/export.csv", views.csv_export, name="csv_export"),
]
