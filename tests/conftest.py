"""Shared fixtures: paths to ../shared data (skipped with a reason when absent), the pipeline, stores."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsgraph.config import Settings, load_settings
from newsgraph.ingest import article_json, extract
from newsgraph.model import Article

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "000_835068b0dd7c1462.txt"
DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = REPO / "examples" / "demo"


def require_shared(path: Path) -> Path:
    """Skip the calling test, saying why, when ../shared (CI's copy of the data) is absent."""
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared data folder (../shared) is not next to this clone")
    return path


@pytest.fixture(scope="session")
def settings() -> Settings:
    return load_settings()


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return require_shared(SEED)


@pytest.fixture(scope="session")
def seed_article(seed_path: Path, settings: Settings) -> Article:
    """The seed article through the real pipeline (spaCy model and every stage)."""
    (article,) = list(extract([seed_path], settings, workers=1))
    assert isinstance(article, Article), article
    return article


@pytest.fixture(scope="session")
def seed_json(seed_article: Article) -> dict[str, Any]:
    return json.loads(json.dumps(article_json(seed_article)))


@pytest.fixture(scope="session")
def article_schema() -> dict[str, Any]:
    return json.loads((REPO / "src" / "newsgraph" / "schema" / "article.schema.json").read_text())


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "test.duckdb"
