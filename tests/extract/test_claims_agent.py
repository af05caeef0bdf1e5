"""A claim's agent: who did what is counted, taken from the event on the governing verb."""

from __future__ import annotations

from typing import Any


def test_claims_agent_seed_killed_by_israel(seed_json: dict[str, Any]) -> None:
    killed = next(c for c in seed_json["claims"] if c["text"] == "more than 16,000")
    assert killed["agent"]["name"] == "Israel"
    assert killed["claimant"] is None  # the article states it in its own voice
    children = next(c for c in seed_json["claims"] if c["text"] == "7,112")
    assert children["part_of"] == killed["id"]


def test_claims_agent_absent_without_an_event(seed_json: dict[str, Any]) -> None:
    for claim in seed_json["claims"]:
        if claim["agent"] is not None:
            assert any(e["source"]["name"] == claim["agent"]["name"] for e in seed_json["events"])
