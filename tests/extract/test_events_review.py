"""Cases a review of the day's rules found firing too broadly; each was run through the real
pipeline and gave a wrong country, target, code or modality before its fix."""

from __future__ import annotations

import pytest
from tests.stages import events_of

from newsgraph.model import Event


def acts(body: str) -> list[Event]:
    return [e for e in events_of(body) if e.cameo != "010"]


def test_condemning_anothers_decision_states_no_intent_of_ones_own() -> None:
    events = acts("Russia condemned Britain's decision to expel 23 diplomats.")
    assert [(e.source.country, e.cameo_root) for e in events] == [("RUS", "11")]


@pytest.mark.parametrize(
    "body",
    ["The government threatened to escalate the trade dispute with China.", "Hamas militants threatened to disrupt the vote in Gaza."],
)
def test_an_actors_threat_to_harm_a_process_is_still_a_threat(body: str) -> None:
    assert {e.cameo_root for e in acts(body)} == {"13"}


def test_an_acronym_led_force_keeps_its_leader() -> None:
    events = acts("NATO-led forces attacked Taliban positions in Helmand on Monday.")
    assert events and all("led" not in e.source.text.split()[0] for e in events)


def test_a_threat_takes_no_target_from_a_time_clause() -> None:
    vows = [e for e in acts("Iran vowed revenge after Israeli jets struck Damascus.") if e.source.country == "IRN"]
    assert vows and all(e.target is None for e in vows)


def test_a_reaction_that_could_come_is_hypothetical() -> None:
    assert {e.modality for e in acts("The plan could draw criticism from Beijing.")} == {"hypothetical"}


def test_a_venue_of_a_participle_is_no_beneficiary() -> None:
    assert all(e.target is None for e in acts("Speaking in Spain, Merkel praised the reforms."))


def test_attacking_the_opposition_is_force() -> None:
    assert {e.cameo_root for e in acts("Syrian troops attacked the opposition in Homs on Sunday.")} == {"19"}


def test_a_military_strike_does_not_perform_its_purpose() -> None:
    assert {e.cameo_root for e in acts("NATO warplanes struck Libyan tanks to support the rebels.")} == {"19"}


def test_a_plural_present_after_insist_reports_a_fact() -> None:
    events = acts("Russian officials insisted that their warplanes attack only terrorist targets in Syria.")
    assert not [e for e in events if e.cameo_root == "10"]


def test_an_industrial_explosion_is_no_bombing() -> None:
    assert not [e for e in acts("An explosion at a chemical plant killed 12 workers in Tianjin.") if e.cameo_root == "18"]
