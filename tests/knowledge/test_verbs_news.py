"""The news verb table (data/verbs_news.txt): rows mined from news verb frequencies code the act
they name through the real pipeline, and the rows that need their object stay silent without it."""

from __future__ import annotations

import pytest
from tests.stages import events_of as _events

from newsgraph.knowledge.verbs import match_verb, verb_patterns


def events_of(body: str) -> list:
    return _events(body, "2016-10-12T10:00:00")


def codes(body: str) -> set[str]:
    return {e.cameo for e in events_of(body) if e.modality != "negated"}


def test_table_is_loaded_after_the_others() -> None:
    rows = {(r.code, r.verb, *r.words) for rows in verb_patterns().values() for r in rows}
    assert ("190", "wage", "offensive") in rows
    assert ("111", "attack", "policy") in rows
    # An earlier table keeps its code for a pattern both list: verbs_14_20 codes "wage war" first.
    wage_war = [r for r in verb_patterns()["wage"] if r.words == ("war",)]
    assert [r.code for r in wage_war] == ["190"] and match_verb("wage", {"war"}) is not None


@pytest.mark.parametrize(
    ("body", "code"),
    [
        # Verbal attacks on a plan are criticism, not armed attacks.
        ("Labour leader Tony Blair attacked the Conservative plans for immigration quotas on Tuesday.", "111"),
        # "waged" is lemmatized "wag" by the small model.
        ("The Syrian army waged a fierce offensive against rebels near Aleppo on Sunday.", "190"),
        ("Syrian troops retook the town of Palmyra from Islamic State fighters.", "192"),
        # "unbanned" and "waterboarded" are lemmatized "unbanne" and "waterboarde".
        ("South African President F.W. de Klerk unbanned the African National Congress in February 1990.", "081"),
        ("Yugoslav and Serbian forces waged a campaign of ethnic cleansing against Kosovo Albanians in 1999.", "203"),
        ("Russian warplanes targeted rebel positions in Idlib province overnight.", "190"),
        ("The Syrian army has severed the main supply route into eastern Aleppo.", "191"),
        ("The Syrian army inflicted heavy losses on the militants in Deir Ezzor.", "190"),
        ("Turkish forces pushed back Kurdish militants from the border town.", "190"),
        ("The French government demanded an investigation into the bombing of the hospital.", "101"),
        ("Germany called for a ceasefire in Yemen.", "027"),
        ("Kenya deployed soldiers along its border with Somalia.", "154"),
        ("The Indian government deployed paramilitary forces in Ahmedabad after the riots.", "153"),
        ("Chinese authorities shut down the newspaper after it criticised the party.", "1721"),
        ("Gujarat police booked the men under the Arms Act for carrying swords.", "173"),
        ("Indian police recovered weapons and explosives from the house in Lucknow.", "171"),
        ("The British prime minister outlined his plans for Africa in a speech in London.", "010"),
        ("The Malaysian government set up a probe into the collapse of the bank.", "090"),
    ],
)
def test_news_rows_code_the_act(body: str, code: str) -> None:
    assert code in codes(body)


@pytest.mark.parametrize(
    ("body", "wrong"),
    [
        # A circular sent to jails puts nobody behind bars.
        ("The Indian inspector general of prisons sent a circular to all jails in the state.", "173"),
        # Firing both barrels of a budget is no barrel bomb.
        ("British Chancellor Gordon Brown used his budget to fire both barrels at the opposition.", "195"),
        # Footage showing forces is no show of force.
        ("Syrian state television showed footage of army forces defending the base.", "150"),
        # Control of an industry is not control of territory.
        ("Russia wrested control of its oil industry from Yukos.", "192"),
        # An armed attack on positions stays an attack: only policies, plans and records are criticised.
        ("The Turkish government attacked Kurdish positions in Iraq.", "111"),
    ],
)
def test_news_rows_do_not_misfire(body: str, wrong: str) -> None:
    assert wrong not in codes(body)


def test_an_armed_attack_on_government_forces_stays_force() -> None:
    assert "190" in codes("Syrian rebels attacked government forces near Aleppo on Sunday.")
    assert "190" in codes("The Turkish government attacked Kurdish positions in Iraq.")
