import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The daily salted hashes live in the cache: each test starts with none."""
    cache.clear()
    yield
    cache.clear()


class Answers(BaseHTTPRequestHandler):
    """200, 301, 404, 500, a timeout, and a server that refuses HEAD but answers GET."""

    seen: list = []

    def _answer(self, body: bool) -> None:
        Answers.seen.append((self.command, self.path, self.headers.get("User-Agent", "")))
        if self.path == "/ok":
            self._send(200, body)
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/gone":
            self._send(404, body)
        elif self.path == "/error":
            self._send(500, body)
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, body)
        elif self.path == "/no-head":
            self._send(405 if self.command == "HEAD" else 200, body)
        else:
            self._send(404, body)

    def _send(self, status: int, body: bool) -> None:
        payload = b"<html>hello</html>"
        self.send_response(status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if body:
            self.wfile.write(payload)

    def do_HEAD(self):
        self._answer(body=False)

    def do_GET(self):
        self._answer(body=True)

    def log_message(self, *args):
        pass


@pytest.fixture
def link_server(settings):
    """A local web server on 127.0.0.1 in a thread; yields its base address (http://127.0.0.1:port)."""
    settings.INSIGHTS_LINK_CHECK_PRIVATE_HOSTS = True
    server = ThreadingHTTPServer(("127.0.0.1", 0), Answers)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    Answers.seen = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
