from django.test import RequestFactory

from samvirke.core.clients import client_ip


def request(remote, forwarded=None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **headers)


def test_a_direct_client_is_its_own_address_whatever_it_claims(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    assert client_ip(request("203.0.113.9", "198.51.100.1")) == "203.0.113.9"


def test_behind_our_proxy_the_client_is_the_address_the_proxy_appended(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.2"]
    assert client_ip(request("127.0.0.1", "198.51.100.7")) == "198.51.100.7"
    # The client forged a left part; the load balancer (10.0.0.2) and nginx appended theirs.
    assert client_ip(request("127.0.0.1", "1.2.3.4, 198.51.100.7, 10.0.0.2")) == "198.51.100.7"
    assert client_ip(request("127.0.0.1")) == "127.0.0.1"
