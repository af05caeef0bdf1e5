"""WARC input: HTML 200 responses become documents; crawl date is only a fallback; truncation is recorded."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.model import RawDocument, Rejected
from newsgraph.readers import read_inputs
from newsgraph.readers.warc import CRAWL_DATE_PREFIX

PAGE = (
    "<html><head><title>Ministers agree deal</title></head><body><article><h1>Ministers agree deal</h1>"
    + "".join(
        f"<p>Finance ministers from France and Germany agreed part {i} of a new budget deal in Brussels on Tuesday, "
        f"officials said, after {i + 2} days of talks that ran late into the night.</p>"
        for i in range(6)
    )
    + "</article></body></html>"
)


def write_warc(path: Path, gz: bool, records: int = 3) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        specs = [
            ("https://news.example/a", "200 OK", "text/html; charset=utf-8", PAGE.encode()),
            ("https://news.example/img.png", "200 OK", "image/png", b"\x89PNG\r\n"),
            ("https://news.example/moved", "301 Moved", "text/html", b"<html></html>"),
        ]
        for url, status, ctype, body in specs[:records]:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-03-05T10:00:00Z"},
            )
            writer.write_record(record)
        if records < len(specs):
            return
        writer.write_record(writer.create_warc_record("https://news.example/a", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


@pytest.mark.parametrize("name,gz", [("cc.warc", False), ("cc.warc.gz", True)])
def test_warc_reads_html_responses_only(tmp_path, name, gz):
    path = tmp_path / name
    write_warc(path, gz)
    docs = list(read_inputs([path]))
    assert len(docs) == 1
    doc = docs[0]
    assert isinstance(doc, RawDocument) and doc.url == "https://news.example/a" and "Finance ministers" in (doc.html or "")
    assert f"{CRAWL_DATE_PREFIX}2024-03-05T10:00:00Z" in doc.warnings and doc.published is None


def test_warc_garbage_after_records_is_recorded(tmp_path):
    path = tmp_path / "junk.warc"
    write_warc(path, False)
    path.write_bytes(path.read_bytes() + b"garbage that is not a record\r\n\r\n")
    docs = list(read_inputs([path]))
    assert isinstance(docs[0], RawDocument)
    assert isinstance(docs[-1], Rejected) and docs[-1].reason == "corrupt_archive"


def test_warc_record_cut_short_is_rejected_not_half_read(tmp_path):
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, True)
    first = tmp_path / "first.warc.gz"
    write_warc(first, True, records=1)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data + data[: first.stat().st_size * 2 // 3])  # a second copy ending inside its page
    docs = list(read_inputs([cut]))
    assert isinstance(docs[0], RawDocument)
    assert isinstance(docs[-1], Rejected) and docs[-1].reason == "corrupt_archive"
    assert len([d for d in docs if isinstance(d, RawDocument)]) == 1


@pytest.mark.parametrize("cut", [1, 100, 300, 600, 900, 1300])
@pytest.mark.parametrize("gz", [False, True])
def test_warc_any_truncation_never_crashes(tmp_path, cut, gz):
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    write_warc(path, gz)
    data = path.read_bytes()
    path.write_bytes(data + data[:cut])
    docs = list(read_inputs([path]))
    assert isinstance(docs[0], RawDocument)
    assert all(isinstance(d, RawDocument | Rejected) for d in docs)


def test_warc_crawl_date_is_fallback_only(tmp_path):
    from newsgraph.config import load_settings
    from newsgraph.pipeline import Pipeline

    path = tmp_path / "cc.warc"
    write_warc(path, False)
    doc = next(iter(read_inputs([path])))
    article = Pipeline(load_settings(overrides=['pipeline.stages=["extract.entities"]'])).structure(doc)
    assert article.published and article.published.startswith("2024-03-05")
    assert not any(w.startswith(CRAWL_DATE_PREFIX) for w in article.warnings)
    dated = RawDocument(source="x", html=PAGE.replace("<head>", '<head><meta property="article:published_time" content="2023-01-02T08:00:00Z">'), warnings=doc.warnings)
    article = Pipeline(load_settings(overrides=['pipeline.stages=["extract.entities"]'])).structure(dated)
    assert article.published.startswith("2023-01-02")
