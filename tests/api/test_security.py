"""Hardening: injection strings, XSS, headers, token, methods, body size, static traversal, loopback."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
import typer
from fastapi.testclient import TestClient

from newsgraph.api.app import create_app
from newsgraph.cli.serve import check_exposure, is_loopback
from tests.api.conftest import xss_article_id

INJECTIONS = [
    "' OR '1'='1",
    "1; DROP TABLE events; --",
    "\" OR 1=1 --",
    "%' UNION SELECT * FROM articles --",
    "'); DELETE FROM articles; --",
    "\\'; SELECT 1; --",
    "%_%",
    "\x00",
    "ﾟ∀ﾟ 🙂 \u202e",
]
FILTERS = {
    "/api/articles": ["q", "since", "until", "site"],
    "/api/actors": ["q", "country", "sector"],
    "/api/events": ["actor", "country", "plover", "cameo", "quad_class", "since", "until", "place", "article"],
    "/api/quotes": ["q", "speaker", "kind", "article"],
    "/api/claims": ["q", "category", "place", "object", "article"],
    "/api/claims/series": ["category", "place", "object", "by"],
    "/api/network": ["actor", "country", "since"],
    "/api/search": ["q"],
    "/events": ["actor", "cameo", "place"],
    "/articles": ["q", "since"],
}


@pytest.mark.parametrize("path", sorted(FILTERS))
def test_security_injection_strings_never_500(client: TestClient, path: str) -> None:
    before = client.get("/api/stats").json()["counts"]
    for name in FILTERS[path]:
        for value in INJECTIONS:
            r = client.get(path, params={name: value})
            assert r.status_code < 500, (path, name, value, r.text[:200])
            if r.status_code == 200 and path.startswith("/api/") and "items" in r.json():
                assert r.json()["items"] == [], (path, name, value)
    for bad_id in INJECTIONS:
        for base in ("/api/articles/", "/api/actors/", "/articles/", "/actors/"):
            assert client.get(base + quote(bad_id, safe="")).status_code in {404, 422}
    assert client.get("/api/stats").json()["counts"] == before


@pytest.mark.parametrize("limit", ["501", "-1", "0", "1e9", "abc", "99999999999999999999"])
def test_security_bad_limits_are_refused(client: TestClient, limit: str) -> None:
    r = client.get("/api/events", params={"limit": limit})
    assert r.status_code == 422


def test_security_xss_article_is_shown_as_text(client: TestClient) -> None:
    article_id = xss_article_id(client)
    page = client.get(f"/articles/{article_id}").text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=" in page
    assert page.count("<script") == 1  # only our own static script tag
    listing = client.get("/articles", params={"q": "Markup test"}).text
    assert "<script>alert" not in listing


def test_security_headers_on_pages_and_api(client: TestClient) -> None:
    for path in ("/", "/api/stats", "/api/articles/nope", "/static/app.css"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "unsafe-inline" not in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


def test_security_pages_have_no_inline_script_or_external_asset(client: TestClient) -> None:
    for path in ("/", "/articles", "/events", "/network", "/claims", "/actors", "/quotes", "/search?q=x", "/docs"):
        html = client.get(path).text
        assert "<script>" not in html and " onclick=" not in html and " style=" not in html, path
        assert "src=\"http" not in html and "href=\"http" not in html.replace('href="https://example.org/fixture"', ""), path


def test_security_api_is_read_only(client: TestClient) -> None:
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        r = client.request(method, "/api/articles")
        assert r.status_code == 405


def test_security_request_body_is_bounded(client: TestClient) -> None:
    r = client.request("GET", "/api/stats", content=b"x" * (70 * 1024))
    assert r.status_code == 413


def test_security_static_has_no_traversal(client: TestClient) -> None:
    assert client.get("/static/app.css").status_code == 200
    for path in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2f%2e%2e%2fpyproject.toml", "/static//etc/passwd"):
        r = client.get(path)
        assert r.status_code == 404, path
        assert "create_app" not in r.text and "root:" not in r.text


def test_security_token_is_required_when_configured(fixture_db: Path) -> None:
    token = "s3cret-token-for-tests-0123456789"  # noqa: S105 - a test token
    app = create_app(fixture_db, token=token)
    with TestClient(app, base_url="http://127.0.0.1") as c:
        assert c.get("/api/stats").status_code == 401
        assert c.get("/").status_code == 401
        assert c.get("/api/stats", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.get("/api/stats", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        login = c.get("/events", params={"token": token, "plover": "CONSULT"}, follow_redirects=False)
        assert login.status_code == 303 and login.headers["location"] == "/events?plover=CONSULT"
        assert "httponly" in login.headers["set-cookie"].lower()
        assert c.get("/api/stats").status_code == 200  # the cookie now carries the token


def test_security_writes_need_a_token(fixture_db: Path) -> None:
    with pytest.raises(ValueError, match="token"):
        create_app(fixture_db, allow_writes=True)


def test_security_non_loopback_host_needs_token() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5") and not is_loopback("example.org")
    check_exposure("127.0.0.1", None)
    check_exposure("0.0.0.0", "a-token-of-enough-length")
    with pytest.raises(typer.BadParameter):
        check_exposure("0.0.0.0", None)


def test_security_only_web_urls_become_links() -> None:
    from newsgraph.api.render import web_url

    assert web_url("https://example.org/a") == "https://example.org/a"
    assert web_url("javascript:alert(1)") is None
    assert web_url(" JavaScript:alert(1)") is None
    assert web_url("data:text/html,<script>") is None
    assert web_url(None) is None


def test_security_without_token_only_loopback_host_names_are_served(client: TestClient) -> None:
    for host in ("127.0.0.1:8000", "localhost", "[::1]:8000"):
        assert client.get("/api/stats", headers={"host": host}).status_code == 200, host
    for host in ("attacker.example", "attacker.example:8000", "127.0.0.1.attacker.example"):
        assert client.get("/api/stats", headers={"host": host}).status_code == 421, host
