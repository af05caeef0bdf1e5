"""Every extract output validates against the JSON Schema, and every offset indexes the body."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest

from newsgraph.ingest import article_json, extract
from newsgraph.model import Article
from tests.conftest import DATA, EXAMPLES


def _facts(article: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Every object in the article that carries text + start/end, with its path."""
    found = []
    for kind in ("entities", "places", "dates", "events", "quotes", "claims"):
        for fact in article[kind]:
            found.append((kind, fact))
            for part in ("source", "target", "speaker"):
                if isinstance(fact.get(part), dict) and "start" in fact[part]:
                    found.append((f"{kind}.{part}", fact[part]))
    for actor in article["actors"]:
        found.extend(("actors.mentions", m) for m in actor["mentions"])
    return found


def check_article(article: dict[str, Any], schema: dict[str, Any]) -> None:
    jsonschema.validate(article, schema)
    body = article["body"]
    for kind, fact in _facts(article):
        assert body[fact["start"]:fact["end"]] == fact["text"], (kind, fact)
    for event in article["events"]:
        assert body[event["sentence_start"]:event["sentence_end"]] == event["sentence"]


def test_schema_seed_output_is_valid(seed_json: dict[str, Any], article_schema: dict[str, Any]) -> None:
    check_article(seed_json, article_schema)


def test_schema_fixture_and_demo_outputs_are_valid(settings: Any, article_schema: dict[str, Any]) -> None:
    paths: list[Path] = [DATA / "scraped"]
    if EXAMPLES.exists():
        paths.append(EXAMPLES)
    results = list(extract(paths, settings, workers=1))
    articles = [r for r in results if isinstance(r, Article)]
    assert len(articles) >= 3
    for article in articles:
        check_article(article_json(article), article_schema)


def test_schema_rejects_a_broken_offset(seed_json: dict[str, Any], article_schema: dict[str, Any]) -> None:
    broken = dict(seed_json, dates=[{"text": "x", "value": "2023", "start": -1, "end": 2}])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, article_schema)
