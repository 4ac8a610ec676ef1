"""A view limited with django-ratelimit's block=True answers 429 with core's page, counted per client."""

import pytest
from django.http import HttpResponse
from django.test import override_settings
from django.urls import path
from django_ratelimit.decorators import ratelimit

from config.urls import urlpatterns as site_patterns


@ratelimit(key="ip", rate="2/m", block=True)
def limited(request):
    return HttpResponse("ok")


urlpatterns = [path("limited-for-test/", limited), *site_patterns]


@pytest.mark.django_db
@override_settings(ROOT_URLCONF=__name__)
def test_the_third_request_in_a_minute_is_refused_with_429_and_others_are_not(client, steady_rate_limits):
    assert client.get("/limited-for-test/", REMOTE_ADDR="203.0.113.5").status_code == 200
    assert client.get("/limited-for-test/", REMOTE_ADDR="203.0.113.5").status_code == 200
    refused = client.get("/limited-for-test/", REMOTE_ADDR="203.0.113.5")
    assert refused.status_code == 429
    assert "Too many requests" in refused.content.decode() or "For mange" in refused.content.decode()
    assert client.get("/limited-for-test/", REMOTE_ADDR="203.0.113.6").status_code == 200
