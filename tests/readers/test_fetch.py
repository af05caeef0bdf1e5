"""Polite fetching against a local HTTP server (127.0.0.1 only): robots, rate limit, caps, URL lists, feeds."""

from __future__ import annotations

import itertools
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from newsgraph.model import RawDocument, Rejected
from newsgraph.readers import read_inputs
from newsgraph.readers.fetch import USER_AGENT, Fetcher, Page

ARTICLE = "<html><body><article><h1>Deal</h1>" + "".join(
    f"<p>Ministers from France and Germany agreed part {i} of a budget deal in Brussels, officials said.</p>" for i in range(6)
) + "</article></body></html>"


class _Handler(BaseHTTPRequestHandler):
    log: ClassVar[list[tuple[float, str, str]]] = []

    def log_message(self, *args: object) -> None:  # keep test output clean
        return

    def do_GET(self) -> None:
        self.log.append((time.monotonic(), self.path, self.headers.get("User-Agent", "")))
        routes = {
            "/robots.txt": ("text/plain", b"User-agent: *\nDisallow: /private/\n"),
            "/a": ("text/html; charset=utf-8", ARTICLE.encode()),
            "/b": ("text/html; charset=utf-8", ARTICLE.replace("Deal", "Other").encode()),
            "/big": ("text/html", b"x" * 200_000),
            "/private/x": ("text/html", ARTICLE.encode()),
            "/feed": ("application/rss+xml", self._feed()),
        }
        if self.path == "/slow":
            time.sleep(3)
        if self.path not in routes:
            self.send_response(404)
            self.end_headers()
            return
        ctype, body = routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _feed(self) -> bytes:
        host = f"http://127.0.0.1:{self.server.server_address[1]}"
        return (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>'
            f"<item><title>Deal</title><link>{host}/a</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>"
            f"<description>Teaser.</description></item></channel></rss>"
        ).encode()


@pytest.fixture
def server():
    _Handler.log = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_fetch_page_with_user_agent(server):
    page = Fetcher(min_interval=0).fetch(f"{server}/a")
    assert isinstance(page, Page) and "Ministers" in page.text
    assert all(ua == USER_AGENT for _, _, ua in _Handler.log) and "newsgraph" in USER_AGENT


def test_fetch_obeys_robots_txt(server):
    result = Fetcher(min_interval=0).fetch(f"{server}/private/x")
    assert isinstance(result, Rejected) and result.reason == "robots_disallowed"
    assert "/private/x" not in [path for _, path, _ in _Handler.log]


def test_fetch_rate_limits_per_host(server):
    fetcher = Fetcher(min_interval=0.5)
    for path in ("/a", "/b", "/a"):
        assert isinstance(fetcher.fetch(f"{server}{path}"), Page)
    times = [t for t, path, _ in _Handler.log if path != "/robots.txt"]
    assert all(later - earlier >= 0.45 for earlier, later in itertools.pairwise(times))


def test_fetch_size_cap_timeout_and_errors(server):
    fetcher = Fetcher(min_interval=0, max_bytes=100_000, timeout=1)
    assert fetcher.fetch(f"{server}/big").reason == "too_large"
    assert fetcher.fetch(f"{server}/slow").reason == "fetch_timeout"
    assert fetcher.fetch(f"{server}/missing").reason == "http_error"
    assert fetcher.fetch("ftp://127.0.0.1/x").reason == "bad_url"
    assert Fetcher(min_interval=0, timeout=1).fetch("http://127.0.0.1:9/x").reason in {"fetch_error", "fetch_timeout"}


def test_fetch_url_list_file(server, tmp_path):
    urls = tmp_path / "list.urls"
    urls.write_text(f"# comment\n{server}/a\nnot a url\n{server}/private/x\n", encoding="utf-8")
    results = list(read_inputs([urls], settings=None))
    assert isinstance(results[0], RawDocument) and results[0].url == f"{server}/a"
    assert [r.reason for r in results[1:]] == ["bad_url", "robots_disallowed"]


def test_fetch_feed_url_fetches_entry_links(server):
    (doc,) = read_inputs([f"{server}/feed"])
    assert isinstance(doc, RawDocument) and doc.url == f"{server}/a" and doc.published == "2024-03-05T10:00:00Z"
    assert "Ministers" in (doc.html or "")
