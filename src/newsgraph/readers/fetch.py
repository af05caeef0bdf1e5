"""Polite HTTP fetching for URL lists and feeds: robots.txt, a per-host rate limit, timeouts, a size cap.

Every request names newsgraph in its User-Agent, waits ``min_interval`` seconds since the
last request to the same host, obeys that host's robots.txt (and its Crawl-delay when longer),
and stops reading a body past ``max_bytes``. A failure becomes a :class:`Rejected` with the
reason, never an exception.
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from newsgraph.model import Rejected

USER_AGENT = "newsgraph/0.1 (+https://github.com/newsgraph/newsgraph; news-article extraction)"
DEFAULTS = {"min_interval": 1.0, "timeout": 20.0, "max_bytes": 5_000_000, "respect_robots": True}


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched page."""

    url: str
    content_type: str
    text: str


class Fetcher:
    """Fetches URLs politely; one instance keeps the per-host state of a run.

    Args:
        min_interval: seconds between two requests to one host.
        timeout: seconds for connecting and for each read.
        max_bytes: larger bodies are refused.
        respect_robots: obey robots.txt (default true).
        client: an ``httpx.Client`` to use (tests); one is created otherwise.
    """

    def __init__(
        self,
        min_interval: float = 1.0,
        timeout: float = 20.0,
        max_bytes: int = 5_000_000,
        respect_robots: bool = True,
        client: Any = None,
    ) -> None:
        import httpx

        self.min_interval = min_interval
        self.max_bytes = max_bytes
        self.respect_robots = respect_robots
        self.client = client or httpx.Client(
            headers={"User-Agent": USER_AGENT}, timeout=httpx.Timeout(timeout), follow_redirects=True, max_redirects=5
        )
        self._last: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._lock = threading.Lock()

    @classmethod
    def from_settings(cls, settings: Any = None) -> Fetcher:
        """A fetcher configured by the ``[fetch]`` table of the settings (when present)."""
        raw = dict(DEFAULTS)
        if settings is not None:
            raw.update(getattr(settings, "raw", {}).get("fetch", {}))
        return cls(float(raw["min_interval"]), float(raw["timeout"]), int(raw["max_bytes"]), bool(raw["respect_robots"]))

    def close(self) -> None:
        self.client.close()

    def fetch(self, url: str) -> Page | Rejected:
        """GET ``url``; the page, or why it could not be had."""
        import httpx

        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return Rejected(url, "bad_url", "only http:// and https:// URLs can be fetched")
        if self.respect_robots and not self._allowed(url):
            return Rejected(url, "robots_disallowed", "the site's robots.txt disallows fetching this URL for newsgraph")
        self._wait(parts.netloc)
        try:
            with self.client.stream("GET", url) as response:
                if response.status_code != 200:
                    return Rejected(url, "http_error", f"HTTP {response.status_code} {response.reason_phrase}")
                declared = int(response.headers.get("content-length") or 0)
                if declared > self.max_bytes:
                    return Rejected(url, "too_large", f"{declared} bytes is over the {self.max_bytes}-byte fetch limit")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        return Rejected(url, "too_large", f"the body is over the {self.max_bytes}-byte fetch limit")
                    chunks.append(chunk)
                data = b"".join(chunks)
                content_type = response.headers.get("content-type", "").lower()
                encoding = response.charset_encoding
                final = str(response.url)
        except httpx.TimeoutException as err:
            return Rejected(url, "fetch_timeout", f"no answer in time: {type(err).__name__}")
        except httpx.HTTPError as err:
            return Rejected(url, "fetch_error", f"{type(err).__name__}: {err}")
        return Page(final, content_type, _decode(data, encoding))

    def _wait(self, host: str) -> None:
        with self._lock:
            delay = self.min_interval
            robots = self._robots.get(host)
            if robots is not None:
                crawl_delay = robots.crawl_delay(USER_AGENT)
                if crawl_delay:
                    delay = max(delay, float(crawl_delay))
            now = time.monotonic()
            ready = self._last.get(host, 0.0) + delay
            self._last[host] = max(now, ready)
        if ready > now:
            time.sleep(ready - now)

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        host = parts.netloc
        if host not in self._robots:
            self._robots[host] = self._load_robots(f"{parts.scheme}://{host}/robots.txt")
        robots = self._robots[host]
        return robots is None or robots.can_fetch(USER_AGENT, url)

    def _load_robots(self, robots_url: str) -> urllib.robotparser.RobotFileParser | None:
        import httpx

        parser = urllib.robotparser.RobotFileParser(robots_url)
        try:
            response = self.client.get(robots_url)
        except httpx.HTTPError:
            return None  # unreachable robots.txt: treated as no rules, like most crawlers
        self._last[urlsplit(robots_url).netloc] = time.monotonic()
        if response.status_code >= 500:
            parser.disallow_all = True  # the site is failing: stay away (RFC 9309 §2.3.1.4)
        elif response.status_code >= 400:
            parser.allow_all = True
        else:
            parser.parse(response.text[:500_000].splitlines())
        return parser


def _decode(data: bytes, encoding: str | None) -> str:
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    from newsgraph.readers.decoding import decode_bytes

    decoded = decode_bytes(data)
    return decoded.text or ""
