"""Fixtures for the API, browser and export tests: databases filled by the real pipeline.

``real_db`` ingests the demo corpus (examples/demo), the seed article and an article that tries
to inject markup, with ``newsgraph.ingest.ingest`` — the code ``newsgraph ingest`` runs.
``fixture_db`` adds to a copy of it one hand-built article whose events, quotes and claims are known,
so that tests of filters and pages do not depend on what the extractors find.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsgraph.model import (
    Actor,
    Article,
    Claim,
    Claimant,
    Event,
    EventArg,
    EventPlace,
    Mention,
    Quote,
    Speaker,
)

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "examples" / "demo"
SEED = REPO.parent / "shared" / "seeds" / "000_835068b0dd7c1462.txt"

XSS_TEXT = """Markup test: council hears <script>alert('xss')</script> plea

LONDON, 3 March 2024 - The council said on Sunday that a reader had sent the text <img src=x onerror="alert('img')"> to its website.

Council leader Jane Doe told reporters: "We will not run <script>document.title='owned'</script> on any page." She said 12 staff reviewed the case.
"""

FIXTURE_ID = "fixture0000000001"
FIXTURE_BODY = (
    "Russia and Ukraine held talks in Istanbul on Tuesday. "
    "President Vladimir Putin said: \"We want peace.\" "
    "Ukrainian forces shelled Donetsk, killing 12 people."
)


def _span(text: str, part: str, start_at: int = 0) -> tuple[int, int]:
    i = FIXTURE_BODY.index(part, start_at)
    return i, i + len(part)


def fixture_article() -> Article:
    """A hand-built article with two events, one quote and one claim at exact offsets."""
    rus = _span(FIXTURE_BODY, "Russia")
    ukr = _span(FIXTURE_BODY, "Ukraine")
    talks = _span(FIXTURE_BODY, "held talks")
    putin = _span(FIXTURE_BODY, "Vladimir Putin")
    forces = _span(FIXTURE_BODY, "Ukrainian forces")
    shelled = _span(FIXTURE_BODY, "shelled")
    donetsk = _span(FIXTURE_BODY, "Donetsk")
    quote = _span(FIXTURE_BODY, "We want peace.")
    twelve = _span(FIXTURE_BODY, "12 people")
    s1 = (0, FIXTURE_BODY.index("Tuesday.") + len("Tuesday."))
    s3 = _span(FIXTURE_BODY, "Ukrainian forces shelled Donetsk, killing 12 people.")
    actors = (
        Actor("fx:RUS", "Russia", "RUS", "GOV", kind="country", mentions=(Mention("Russia", *rus),)),
        Actor("fx:UKR", "Ukraine", "UKR", "GOV", kind="country", mentions=(Mention("Ukraine", *ukr),)),
        Actor("fx:PUTIN", "Vladimir Putin", "RUS", "GOV", role="President", mentions=(Mention("Vladimir Putin", *putin),)),
        Actor("fx:UKRMIL", "Ukrainian forces", "UKR", "MIL", kind="group", mentions=(Mention("Ukrainian forces", *forces),)),
    )
    events = (
        Event(
            id="fxev1", source=EventArg("fx:RUS", "Russia", "RUS", "GOV", "Russia", *rus),
            target=EventArg("fx:UKR", "Ukraine", "UKR", "GOV", "Ukraine", *ukr),
            cameo="040", cameo_root="04", quad_class=1, goldstein=1.0, plover="CONSULT", plover_mode=None,
            plover_context=None, date="2024-03-05", date_text="Tuesday",
            place=EventPlace("Istanbul", "TUR", 41.01, 28.97), modality="asserted", reported_by=None,
            sentence=FIXTURE_BODY[s1[0]:s1[1]], start=talks[0], end=talks[1], text="held talks",
            sentence_start=s1[0], sentence_end=s1[1], confidence=0.72,
        ),
        Event(
            id="fxev2", source=EventArg("fx:UKRMIL", "Ukrainian forces", "UKR", "MIL", "Ukrainian forces", *forces),
            target=EventArg(None, "Donetsk", "UKR", None, "Donetsk", *donetsk),
            cameo="195", cameo_root="19", quad_class=4, goldstein=-10.0, plover="ASSAULT", plover_mode="aerial",
            plover_context=None, date="2024-03-06", date_text=None,
            place=EventPlace("Donetsk", "UKR", 48.0, 37.8), modality="asserted", reported_by=None,
            sentence=FIXTURE_BODY[s3[0]:s3[1]], start=shelled[0], end=shelled[1], text="shelled",
            sentence_start=s3[0], sentence_end=s3[1], confidence=0.31,
        ),
    )
    quotes = (Quote("fxq1", "We want peace.", "direct", Speaker("fx:PUTIN", "Vladimir Putin", "Vladimir Putin", *putin),
                    "said", "President Vladimir Putin said: \"We want peace.\"", *quote),)
    claims = (Claim("fxc1", "12 people", 12.0, "exact", "casualties", "people", None, "2024-03-06", None, "Donetsk",
                    Claimant(None, "Ukrainian forces"), FIXTURE_BODY[s3[0]:s3[1]], *twelve),)
    return Article(
        id=FIXTURE_ID, source="fixture://talks", body=FIXTURE_BODY, paragraphs=(FIXTURE_BODY,),
        site="Fixture Times", headline="Fixture: talks in Istanbul", published="2024-03-06T10:00:00",
        url="https://example.org/fixture", actors=actors, events=events, quotes=quotes, claims=claims, tone=-2.5,
    )


def _corpus(tmp: Path) -> Path:
    corpus = tmp / "corpus"
    corpus.mkdir()
    for path in sorted((DEMO / "text").glob("*.txt"))[:5]:
        shutil.copy(path, corpus / path.name)
    for path in sorted((DEMO / "html").glob("*.html"))[:2]:
        shutil.copy(path, corpus / path.name)
    if SEED.is_file():
        shutil.copy(SEED, corpus / SEED.name)
    (corpus / "2024-03-03-markup-test.txt").write_text(XSS_TEXT, encoding="utf-8")
    return corpus


@pytest.fixture(scope="session")
def real_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database written by the real ingest pipeline (closed, ready to be served)."""
    from newsgraph.config import load_settings
    from newsgraph.ingest import ingest
    from newsgraph.storage.duckdb import DuckDBStore

    tmp = tmp_path_factory.mktemp("realdb")
    db = tmp / "real.duckdb"
    settings = load_settings()
    with DuckDBStore(db) as store:
        result = ingest([_corpus(tmp)], store, settings, workers=1)
    assert result.ingested >= 5, result
    return db


@pytest.fixture(scope="session")
def fixture_db(real_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real database plus the hand-built fixture article."""
    from newsgraph.storage.duckdb import DuckDBStore

    db = tmp_path_factory.mktemp("fixturedb") / "fixture.duckdb"
    shutil.copy(real_db, db)
    with DuckDBStore(db) as store:
        store.write([fixture_article()])
    return db


@pytest.fixture(scope="session")
def client(fixture_db: Path) -> Iterator[TestClient]:
    from newsgraph.api.app import create_app

    app = create_app(fixture_db)
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as c:
        yield c


def xss_article_id(client: TestClient) -> str:
    items = client.get("/api/articles", params={"q": "Markup test"}).json()["items"]
    assert items, "the markup test article was not ingested"
    return items[0]["id"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn in a thread on 127.0.0.1 at a free port; stopped by the fixture."""

    def __init__(self, db: Path, token: str | None = None) -> None:
        import uvicorn

        from newsgraph.api.app import create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(db, token=token), host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(fixture_db: Path) -> Iterator[LiveServer]:
    with LiveServer(fixture_db) as server:
        yield server
