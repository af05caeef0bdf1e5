"""The founding article end to end: structure, dates and places the issue requires."""

from __future__ import annotations

from typing import Any


def test_seed_structure(seed_json: dict[str, Any]) -> None:
    assert seed_json["site"] == "Creating new perspectives since 2009"
    assert seed_json["headline"] == "Iran: president condemns Gaza ‘genocide’ in Moscow talks with Putin"
    assert seed_json["published"] == "2023-12-07T16:46:00"
    assert seed_json["captions"] == [
        {
            "text": "Iranian President Ebrahim Raisi makes a speech during the press conference in Tehran, Iran August 29, 2023",
            "credit": "Iranian Presidency/ Handout – Anadolu Agency",
        }
    ]
    assert [r["text"] for r in seed_json["related"]] == [
        "Israel clearly committing three of five acts defined as genocide: Palestinian-American lawyer",
        "Israel rounding up hundreds of Palestinian boys, men and disappearing them",
    ]
    paragraphs = seed_json["paragraphs"]
    assert len(paragraphs) == 8
    assert paragraphs[0].startswith("Iranian President Ebrahim Raisi accused the West")
    assert paragraphs[-1].startswith("The Kremlin last month said")
    assert seed_json["language"] == "en"


def test_seed_dates(seed_json: dict[str, Any]) -> None:
    values = {d["value"] for d in seed_json["dates"]}
    for expected in ("2023-12-07", "2023-12-06", "2023-11", "2023-09", "2023-10-07", "2006"):
        assert expected in values, (expected, seed_json["dates"])
    by_value = {d["value"]: d["text"] for d in seed_json["dates"]}
    assert "Thursday" in by_value["2023-12-07"]
    assert "day after" in by_value["2023-12-06"]
    assert "last month" in by_value["2023-11"]
    assert "September" in by_value["2023-09"]
    assert "7 October" in by_value["2023-10-07"]


def test_seed_places(seed_json: dict[str, Any]) -> None:
    countries = {p["text"]: p["country"] for p in seed_json["places"]}
    for text, iso3 in {"Moscow": "RUS", "Gaza": "PSE", "Ukraine": "UKR", "Saudi Arabia": "SAU", "UAE": "ARE"}.items():
        assert countries.get(text) == iso3, (text, countries)
    gaza = next(p for p in seed_json["places"] if p["text"] == "Gaza")
    assert 31 < gaza["lat"] < 32 and 34 < gaza["lon"] < 35


def test_seed_nothing_from_related_lines(seed_json: dict[str, Any]) -> None:
    body = seed_json["body"]
    assert "three of five acts" not in body
    assert "rounding up hundreds" not in body
