"""The link checker: every website link of organisations and activities (decision 0078).

HEAD first, GET when HEAD is refused or fails (many servers answer HEAD badly); redirects are
followed by hand, at most MAX_REDIRECTS, so every hop is recorded and checked against private
addresses (a handbook link must not make the server probe its own network). Hosts are checked a few
at a time, and one host's links one after another with a pause between them.
"""

import ipaddress
import socket
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import requests
from django.conf import settings

from samvirke.directory.models import Organisation
from samvirke.initiatives.models import Initiative
from samvirke.insights.models import EntryKind, LinkCheck

MAX_REDIRECTS = 5
USER_AGENT = "SamvirkeLinkChecker/1.0 (+{site}; checks the links of an integration handbook)"
# HEAD answers that do not mean the page is gone: try GET before calling the link broken.
RETRY_WITH_GET = {400, 403, 404, 405, 406, 429, 500, 501, 502, 503}


@dataclass
class Link:
    kind: str
    object_id: int
    municipality_id: int
    url: str


@dataclass
class LinkResult:
    kind: str
    object_id: int
    municipality_id: int
    url: str
    status: str
    http_status: int | None = None
    reason: str = ""
    final_url: str = ""
    redirects: list = field(default_factory=list)


def list_links(*, municipality=None) -> list[Link]:
    """Every non-empty website link of organisations and activities (of one municipality or all)."""
    links = []
    for kind, model, name in (
        (EntryKind.ORGANISATION, Organisation, "website"),
        (EntryKind.INITIATIVE, Initiative, "link"),
    ):
        rows = model.objects.exclude(**{name: ""})
        if municipality is not None:
            rows = rows.filter(municipality=municipality)
        links += [
            Link(kind, pk, place, url) for pk, place, url in rows.values_list("pk", "municipality_id", name)
        ]
    return links


def _private(host: str) -> bool:
    """Whether the host resolves to an address of this machine or its private network."""
    if getattr(settings, "INSIGHTS_LINK_CHECK_PRIVATE_HOSTS", False):
        return False
    try:
        infos = socket.getaddrinfo(host, None)
    except (socket.gaierror, UnicodeError):
        return False  # left to the request, which reports the name as unknown
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if address.is_private or address.is_loopback or address.is_link_local or address.is_reserved:
            return True
    return False


def check_url(url: str, *, session: requests.Session, timeout: float) -> tuple:
    """(status, http_status, reason, final_url, redirects) for one link."""
    redirects = []
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        parts = urlsplit(current)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return LinkCheck.Status.BROKEN, None, "not a web address", current, redirects
        if _private(parts.hostname):
            return LinkCheck.Status.BROKEN, None, "private address, not checked", current, redirects
        try:
            response = _ask(session, current, timeout)
        except requests.exceptions.SSLError:
            return LinkCheck.Status.BROKEN, None, "TLS error", current, redirects
        except requests.exceptions.Timeout:
            return LinkCheck.Status.BROKEN, None, "timeout", current, redirects
        except requests.exceptions.ConnectionError:
            return LinkCheck.Status.BROKEN, None, "no connection", current, redirects
        except requests.exceptions.RequestException as error:
            return LinkCheck.Status.BROKEN, None, type(error).__name__[:200], current, redirects
        if response.is_redirect or response.is_permanent_redirect:
            target = urljoin(current, response.headers.get("Location", ""))
            redirects.append({"status": response.status_code, "to": target[:500]})
            current = target
            continue
        if response.status_code >= 400:
            return (
                LinkCheck.Status.BROKEN,
                response.status_code,
                f"HTTP {response.status_code}",
                current,
                redirects,
            )
        status = LinkCheck.Status.REDIRECTED if redirects else LinkCheck.Status.OK
        return status, response.status_code, "", current, redirects
    return LinkCheck.Status.BROKEN, None, "too many redirects", current, redirects


def _ask(session: requests.Session, url: str, timeout: float) -> requests.Response:
    try:
        response = session.head(url, timeout=timeout, allow_redirects=False)
        if response.status_code not in RETRY_WITH_GET:
            return response
    except (requests.exceptions.Timeout, requests.exceptions.SSLError):
        raise  # GET would wait as long, or fail the same handshake
    except requests.exceptions.ConnectionError:
        pass  # some servers drop HEAD requests; GET decides
    # stream: the status and headers are enough, the body is not read.
    response = session.get(url, timeout=timeout, allow_redirects=False, stream=True)
    response.close()
    return response


def check_links(
    links: Iterable[Link],
    *,
    timeout: float = 10.0,
    workers: int = 4,
    pause: float = 1.0,
    progress: Callable[[LinkResult], None] | None = None,
) -> list[LinkResult]:
    """Check the links: `workers` hosts at a time, one host's links one by one `pause` seconds apart."""
    by_host: dict[str, list[Link]] = defaultdict(list)
    for link in links:
        by_host[(urlsplit(link.url).hostname or "").lower()].append(link)
    agent = USER_AGENT.format(site=settings.SAMVIRKE_SITE_URL)

    def check_host(host_links: list[Link]) -> list[LinkResult]:
        results = []
        with requests.Session() as session:
            session.headers["User-Agent"] = agent
            for number, link in enumerate(host_links):
                if number:
                    time.sleep(pause)
                status, http_status, reason, final_url, redirects = check_url(
                    link.url, session=session, timeout=timeout
                )
                result = LinkResult(
                    link.kind,
                    link.object_id,
                    link.municipality_id,
                    link.url,
                    status,
                    http_status,
                    reason,
                    final_url,
                    redirects,
                )
                if progress is not None:
                    progress(result)
                results.append(result)
        return results

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return [result for batch in pool.map(check_host, by_host.values()) for result in batch]
