"""Every page in headless Chromium at 1366×768: renders, no script errors, highlights, charts, navigation, XSS."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from tests.api.conftest import FIXTURE_ID, LiveServer

pytestmark = pytest.mark.browser

PAGES = ["/", "/articles", "/actors", "/events", "/network", "/quotes", "/claims", "/search?q=Putin", "/docs",
         f"/articles/{FIXTURE_ID}", "/actors/fx:RUS"]


@pytest.mark.parametrize("path", PAGES)
def test_pages_render_without_errors(page: Any, live_server: LiveServer, shots: Path, path: str) -> None:
    response = page.goto(live_server.url + path)
    assert response is not None and response.status == 200
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").first.is_visible()
    assert page.errors == [], page.errors  # includes CSP violations reported on the console
    # The page fits the laptop's width: no horizontal scrolling.
    assert page.evaluate("document.documentElement.scrollWidth") <= 1366
    name = path.strip("/").replace("/", "_").replace("?", "_").replace("=", "_").replace(":", "_") or "dashboard"
    page.screenshot(path=str(shots / f"{name}.png"))


def test_pages_dashboard_chart_has_bars(page: Any, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/")
    bars = page.locator("svg.bars rect")
    assert bars.count() >= 2
    assert page.locator("svg.bars rect.q4").count() >= 1


def test_pages_article_highlights_show_facts(page: Any, live_server: LiveServer, shots: Path) -> None:
    page.goto(f"{live_server.url}/articles/{FIXTURE_ID}")
    body = page.locator("#article-body")
    assert body.inner_text() == httpx.get(f"{live_server.url}/api/articles/{FIXTURE_ID}").json()["body"]
    for kind in ("actor", "event", "quote", "claim"):
        assert page.locator(f"#article-body .hl.k-{kind}").count() >= 1, kind
    event = page.locator("#article-body .hl.k-event", has_text="shelled")
    event.hover()
    panel = page.locator("#fact-panel")
    assert "ASSAULT" in panel.inner_text() and "Ukrainian forces" in panel.inner_text()
    # Keyboard: tab into the body's highlights and read the fact of the focused one.
    page.locator("#article-body .hl").first.focus()
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert "hl" in focused
    assert panel.locator(".fact").count() >= 1
    quote_span = page.locator("#article-body .hl.k-quote").first
    quote_span.focus()
    assert "Quote" in panel.inner_text() and "Vladimir Putin" in panel.inner_text()
    page.screenshot(path=str(shots / "article_fact_panel.png"))


def test_pages_article_to_actor_to_events(page: Any, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/articles/{FIXTURE_ID}")
    page.locator("section[aria-labelledby=h-actors] a", has_text="Russia").click()
    page.wait_for_url(f"**/actors/{quote('fx:RUS', safe='')}")
    assert page.locator("h1").inner_text() == "Russia"
    assert page.locator("svg.bars rect.q1").count() == 1
    page.locator("a", has_text="all events").click()
    page.wait_for_url("**/events?actor=*")
    rows = page.locator("table.list tbody tr")
    assert rows.count() == 1
    assert "held talks" in rows.first.inner_text()


def test_pages_network_draws_nodes_and_edges(page: Any, live_server: LiveServer, shots: Path) -> None:
    page.goto(f"{live_server.url}/network?article={FIXTURE_ID}")
    page.wait_for_selector("#network[data-ready=true]", timeout=15000)
    assert page.locator("#network circle").count() == 2
    assert page.locator("#network line.q1").count() == 1
    page.goto(live_server.url + "/network")
    page.wait_for_selector("#network[data-ready=true], #network text", timeout=15000)
    page.screenshot(path=str(shots / "network_all.png"))
    assert page.errors == []


def test_pages_claims_chart_plots_values(page: Any, live_server: LiveServer) -> None:
    page.goto(f"{live_server.url}/claims?category=casualties&object=people")
    assert page.locator("svg.lines circle").count() >= 1
    assert "Fixture Times" in page.locator("figcaption.legend").inner_text()


def test_pages_xss_article_never_executes(page: Any, live_server: LiveServer) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    items = httpx.get(f"{live_server.url}/api/articles", params={"q": "Markup test"}).json()["items"]
    assert items
    page.goto(f"{live_server.url}/articles/{items[0]['id']}")
    page.wait_for_load_state("networkidle")
    for span in page.locator("#article-body .hl").all()[:20]:
        span.hover()
    text = page.locator("#article-body").inner_text()
    assert "<script>" in text and "onerror" in text  # shown as characters
    assert dialogs == []
    assert page.title() != "owned"
    assert page.locator("#article-body script, #article-body img").count() == 0
    page.goto(f"{live_server.url}/search?q=script")
    assert dialogs == []


def test_pages_skip_link_and_focus_are_keyboard_usable(page: Any, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/events")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    outline = page.evaluate(
        "(() => { const a = document.querySelector('nav a'); a.focus(); return getComputedStyle(a).outlineStyle; })()"
    )
    assert outline != "none"


def test_pages_events_form_submits_with_empty_fields(page: Any, live_server: LiveServer) -> None:
    page.goto(live_server.url + "/events")
    page.fill("input[name=place]", "Istanbul")
    page.select_option("select[name=quad_class]", "1")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url("**/events?*place=Istanbul*")
    assert page.locator("h1").inner_text() == "Events"
    rows = page.locator("table.list tbody tr")
    assert rows.count() >= 1 and "held talks" in rows.first.inner_text()
    assert page.locator("input[name=place]").input_value() == "Istanbul"
