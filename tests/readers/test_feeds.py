"""RSS/Atom input: full-content entries become documents with their date; teasers need fetching."""

from __future__ import annotations

from newsgraph.model import RawDocument, Rejected
from newsgraph.readers import read_inputs
from newsgraph.readers.feeds import looks_like_feed

BODY = "<p>Finance ministers from France and Germany agreed a new budget deal in Brussels on Tuesday, officials said.</p>" * 8

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example News</title>
<item><title>Ministers agree deal</title><link>https://news.example/deal</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><content:encoded><![CDATA[{BODY}]]></content:encoded></item>
<item><title>Teaser only</title><link>https://news.example/teaser</link><description>Short.</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title>
<entry><title>Atom deal</title><link href="https://atom.example/deal"/><updated>2024-03-06T09:00:00Z</updated>
<content type="html"><![CDATA[{BODY}]]></content></entry></feed>"""


def test_feeds_rss_file_full_content_and_teaser(tmp_path):
    path = tmp_path / "news.xml"  # .xml: recognised by content
    path.write_text(RSS, encoding="utf-8")
    docs = list(read_inputs([path]))
    assert isinstance(docs[0], RawDocument) and docs[0].url == "https://news.example/deal"
    assert docs[0].published == "2024-03-05T10:00:00Z" and docs[0].site == "Example News"
    assert isinstance(docs[1], Rejected) and docs[1].reason == "feed_summary_only"


def test_feeds_atom_by_extension(tmp_path):
    path = tmp_path / "news.atom"
    path.write_text(ATOM, encoding="utf-8")
    (doc,) = read_inputs([path])
    assert isinstance(doc, RawDocument) and doc.published == "2024-03-06T09:00:00Z" and "Finance ministers" in doc.html


def test_feeds_detection():
    assert looks_like_feed(RSS) and looks_like_feed(ATOM)
    assert not looks_like_feed("<html><body>x</body></html>")


def test_feeds_broken_feed_is_rejected(tmp_path):
    path = tmp_path / "bad.rss"
    path.write_text("<rss><channel><item><title>unterminated", encoding="utf-8")
    results = list(read_inputs([path]))
    assert all(isinstance(r, Rejected) for r in results) and results
