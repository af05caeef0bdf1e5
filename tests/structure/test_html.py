"""HTML article extraction: metadata, body without furniture, captions, related links, rejection."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from newsgraph.structure.html import extract_html, strip_site_suffix
from newsgraph.structure.html_dom import split_credit
from newsgraph.structure.html_meta import normalise_date
from tests.conftest import SHARED, require_shared

BODY = [
    (
        "A powerful storm flooded the coastal town of Smallville on Tuesday, forcing hundreds of residents to leave "
        "their homes as water rose in the streets, officials said."
    ),
    (
        '"We have never seen anything like this," said Mayor Ann Lee, who urged people to stay indoors until the '
        "water receded and the roads were cleared by emergency crews."
    ),
    (
        "Emergency services said more than 300 people had been moved to shelters in schools and churches, and that "
        "no deaths had been reported so far."
    ),
    (
        "The national weather service expects the rain to ease on Wednesday, but warned that rivers in the region "
        "could keep rising for several days."
    ),
]

NEWS_PAGE = f"""<!DOCTYPE html>
<html lang="en-GB"><head>
<title>Storm floods coastal town | Daily Planet</title>
<meta property="og:title" content="Storm floods coastal town - Daily Planet">
<meta property="og:site_name" content="Daily Planet">
<meta name="description" content="Hundreds leave their homes as the water rises.">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Storm floods coastal town", "datePublished": "2023-12-07T16:46:00+02:00",
 "author": [{{"@type": "Person", "name": "Jane Doe"}}, {{"@type": "Person", "name": "John Roe"}}],
 "publisher": {{"@type": "Organization", "name": "Daily Planet"}}}}</script>
</head><body>
<header><a class="logo" href="/">Daily Planet</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article>
<h1>Storm floods coastal town</h1>
<h2 class="standfirst">Hundreds leave their homes as the water rises.</h2>
<p class="byline">By Jane Doe and John Roe</p>
<time datetime="2023-12-07T16:46:00+02:00">December 7, 2023</time>
<div class="share"><a href="https://facebook.com/share">Share on Facebook</a> <a href="https://x.com/share">Tweet</a></div>
<figure><img src="/img/flood.jpg" alt="Flooded street">
<figcaption>Residents wade through a flooded street in Smallville on Tuesday.
<span class="credit">Photo: John Smith/Reuters</span></figcaption></figure>
<p>{BODY[0]}</p>
<p>{BODY[1]}</p>
<p>Advertisement</p>
<p>READ: <a href="/news/2023/12/06/earlier-storm-warning">Forecasters warned of an earlier storm last week</a></p>
<p>{BODY[2]}</p>
<p>{BODY[3]}</p>
<p>Sign up for our daily newsletter to get the latest news in your inbox.</p>
<aside class="related-stories"><h3>Related</h3><ul>
<li><a href="/news/2023/12/01/dam-repairs">Town council approves dam repairs after years of delay</a></li>
<li><a href="/news/2023/11/20/flood-insurance">Why flood insurance costs are rising along the coast</a></li>
</ul></aside>
</article></main>
<footer><p>© 2023 Daily Planet. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>"""

URL = "https://www.dailyplanet.example/news/2023/12/07/storm-floods-coastal-town"


@pytest.fixture(scope="module")
def news() -> object:
    found = extract_html(NEWS_PAGE, URL)
    assert found is not None
    return found


def test_metadata_from_markup(news) -> None:
    assert news.headline == "Storm floods coastal town"
    assert news.published == "2023-12-07T16:46:00+02:00"
    assert news.byline == "Jane Doe; John Roe"
    assert news.site == "Daily Planet"
    assert news.language == "en"
    assert news.url == URL


def test_body_is_the_article_without_furniture(news) -> None:
    assert list(news.paragraphs) == BODY


def test_caption_and_credit(news) -> None:
    assert news.captions == (
        ("Residents wade through a flooded street in Smallville on Tuesday.", "John Smith/Reuters"),
    )


def test_related_links(news) -> None:
    related = dict(news.related)
    assert related["Forecasters warned of an earlier storm last week"] == (
        "https://www.dailyplanet.example/news/2023/12/06/earlier-storm-warning"
    )
    assert related["Town council approves dam repairs after years of delay"] == (
        "https://www.dailyplanet.example/news/2023/12/01/dam-repairs"
    )
    assert "Why flood insurance costs are rising along the coast" in related


def test_page_without_json_ld_uses_meta_and_visible_markup() -> None:
    page = f"""<html><head><title>Council backs new bridge - Riverside Herald</title>
    <meta property="og:title" content="Council backs new bridge | Riverside Herald">
    <meta property="article:published_time" content="2021-03-04">
    </head><body><div class="content">
    <p>{BODY[0]}</p><p>Share this article</p><p>{BODY[2]}</p><p>{BODY[3]}</p>
    <p>Copyright 2021 Riverside Herald</p></div></body></html>"""
    found = extract_html(page, "https://riversideherald.example/2021/03/04/bridge")
    assert found is not None
    assert found.headline == "Council backs new bridge"
    assert found.published == "2021-03-04"  # a date without time stays a date: no invented time or offset
    assert list(found.paragraphs) == [BODY[0], BODY[2], BODY[3]]
    assert found.captions == ()


def test_no_date_is_not_guessed_from_the_copyright_year() -> None:
    page = f"""<html><head><title>Bridge reopens</title></head><body><article>
    <h1>Bridge reopens after repairs</h1><p>{BODY[0]}</p><p>{BODY[2]}</p></article>
    <footer><p>Copyright © 2023 Riverside Herald</p></footer></body></html>"""
    found = extract_html(page, "https://riversideherald.example/bridge-reopens")
    assert found is not None
    assert found.headline == "Bridge reopens after repairs"
    assert found.published is None


@pytest.mark.parametrize(
    "page",
    [
        "",
        (
            "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/a'>About</a></li>"
            "<li><a href='/c'>Contact</a></li></ul></nav><footer>© 2024 Example</footer></body></html>"
        ),
        (
            "<html><head><title>404 Not Found</title></head><body><h1>Page not found</h1>"
            "<p>Sorry, the page you requested does not exist.</p></body></html>"
        ),
    ],
    ids=["empty", "menu-only", "not-found"],
)
def test_page_without_article_is_rejected(page: str) -> None:
    assert extract_html(page, "https://example.org/x") is None


def test_normalise_date_keeps_what_the_page_says() -> None:
    assert normalise_date("2019-11-19T06:00:00Z") == "2019-11-19T06:00:00+00:00"
    assert normalise_date("2019-11-19T06:00:00-0500") == "2019-11-19T06:00:00-05:00"
    assert normalise_date("2019-11-19 06:00") == "2019-11-19T06:00:00"
    assert normalise_date("Tue, 19 Nov 2019 06:00:00 GMT") == "2019-11-19T06:00:00+00:00"
    assert normalise_date("Nov. 19, 2019") == "2019-11-19"
    assert normalise_date("not a date") is None


def test_site_suffix_and_credit_conventions() -> None:
    assert strip_site_suffix("Losing face: masks stolen | The Japan Times", None, "https://www.japantimes.co.jp/x") == (
        "Losing face: masks stolen"
    )
    assert strip_site_suffix("Derek Jarman · The Garden", None, "https://blog.example.com/x") == (
        "Derek Jarman · The Garden"
    )
    assert split_credit("Raisi speaks in Tehran [Iranian Presidency/ Handout – Anadolu Agency]") == (
        "Raisi speaks in Tehran",
        "Iranian Presidency/ Handout – Anadolu Agency",
    )
    assert split_credit("A flooded street. Photo: John Smith/Reuters") == ("A flooded street.", "John Smith/Reuters")
    assert split_credit("A quiet street in (old) Smallville") == ("A quiet street in (old) Smallville", None)


# -- real pages: body shingle F1 against the Zyte benchmark's gold ------------------------------

REAL_PAGES = [
    "5a822960e9a2cb1e664d334b6c936c5cb6e41fb5331877538c2c8339cb59d57e",  # nbcnews
    "70cb2d5bca75ab5a8f6bb378a38a52f882f6bda508de93b12502e74936d86ff2",  # bbc
    "8634d1211c3f2b73041e6cadd5d59676619838949999a83a23c51a3195b44892",  # latimes
    "c58aa507c4deebd660f69905f9abb8f96d935f6e7210f597ed4cd32b3f39f7f7",  # usatoday
    "7916ecca969ffdd8f6fc32d171fbe0dd63db40fe4c1d2ade02b1dec5929a162f",  # aljazeera
]


def _shingle_f1(gold: str, found: str) -> float:
    """The benchmark's metric for one page: F1 of 4-token shingle multisets."""

    def shingles(text: str) -> Counter:
        tokens = re.findall(r"\w+", text)
        return Counter(tuple(tokens[i : i + 4]) for i in range(max(1, len(tokens) - 3)))

    true, pred = shingles(gold), shingles(found)
    tp = sum((true & pred).values())
    return 2 * tp / max(1, sum(true.values()) + sum(pred.values()))


@pytest.mark.parametrize("page_id", REAL_PAGES)
def test_real_page_body_matches_gold(page_id: str) -> None:
    root = require_shared(SHARED / "data" / "article-extraction")
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))[page_id]
    found = extract_html((root / "html" / f"{page_id}.html").read_text(encoding="utf-8"), gold["url"])
    assert found is not None
    assert found.headline
    assert _shingle_f1(gold["articleBody"], "\n\n".join(found.paragraphs)) >= 0.9
