from django.urls import path

from samvirke.accounts import views

app_name = "accounts"
urlpatterns = [
    path("", views.home, name="home"),
    path("pending/", views.awaiting_approval, name="awaiting_approval"),
    path("join/", views.join, name="join"),
    path("requests/", views.join_requests, name="join_requests"),
    path("requests/<int:pk>/", views.join_request, name="join_request"),
    path("requests/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
]
