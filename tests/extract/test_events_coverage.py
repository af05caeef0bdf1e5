"""Constructions a fresh PLOVER-style tuning set (bench/plover_style.py) found uncoded or miscoded;
each sentence gave no event, or the wrong type or source, through the real pipeline before its fix."""

from __future__ import annotations

import pytest
from tests.stages import annotate, events_of

from newsgraph.model import Event


def acts(body: str) -> list[Event]:
    return [e for e in events_of(body) if e.cameo != "010"]


def plover(body: str) -> set[str]:
    return {e.plover for e in acts(body) if e.plover and e.modality != "negated"}


@pytest.mark.parametrize(
    "body",
    [
        # the parser hangs "in protest" on the last noun, not on the verb
        "Angry French farmers dumped tonnes of manure outside government offices in several towns in protest at falling prices.",
        "Black pupils in Soweto boycotted classes for a third week in protest against apartheid education.",
    ],
)
def test_an_act_done_in_protest_is_a_protest(body: str) -> None:
    assert "PROTEST" in plover(body)


def test_an_attack_that_is_the_subject_takes_its_agent_as_source() -> None:
    events = [e for e in acts("An air strike by the Saudi-led coalition hit a school bus in Saada, killing dozens of children.") if e.cameo_root == "19"]
    assert events and {e.source.country for e in events} == {"SAU"}


def test_a_weapon_of_a_nationality_is_that_states_attack() -> None:
    events = [e for e in acts("A Russian missile struck an apartment block in Dnipro, killing 40 people.") if e.cameo_root in {"18", "19"}]
    assert events and {e.source.country for e in events} == {"RUS"}


def test_a_light_verb_sees_through_a_count_of_its_noun() -> None:
    events = acts("Israeli aircraft carried out dozens of raids on Hamas targets across the Gaza Strip overnight.")
    assert [(e.source.country, e.plover) for e in events] == [("ISR", "ASSAULT")]


@pytest.mark.parametrize(
    ("body", "sector"),
    [
        ("Inspectors from the Organisation for the Prohibition of Chemical Weapons began investigating the attack in Douma.", "IGO"),
        ("The prosecutor of the International Criminal Court said he had opened an investigation into war crimes in Ukraine.", "IGO"),
    ],
)
def test_members_named_by_their_body_act_for_it(body: str, sector: str) -> None:
    events = [e for e in acts(body) if e.plover == "ACCUSE"]
    assert events and all((e.source.sector or "").startswith(sector) and e.source.country is None for e in events)


def test_a_plural_nationality_the_tagger_missed_is_an_actor() -> None:
    actors = annotate("Argentines banged pots and pans outside the presidential palace in Buenos Aires on Wednesday.").actors
    assert ("ARG", "Argentines") in {(a.country, a.name) for a in actors}


def test_the_manual_codes_pardons_as_concessions_and_indictments_as_accusations() -> None:
    assert plover("Myanmar's President Thein Sein pardoned more than 600 prisoners on Friday.") == {"CONCEDE"}
    assert plover("The UN war crimes tribunal indicted Yugoslav President Slobodan Milosevic for crimes in Kosovo.") == {"ACCUSE"}


def test_fighting_an_epidemic_is_no_assault() -> None:
    events = acts("Cuba dispatched 165 doctors and nurses to Sierra Leone to help fight the Ebola epidemic.")
    assert [(e.plover, e.target.country if e.target else None) for e in events] == [("AID", "SLE")]


def test_an_ordered_act_is_the_act() -> None:
    events = acts("Venezuelan President Hugo Chavez ordered the expulsion of the U.S. ambassador on Thursday.")
    assert [(e.source.country, e.cameo) for e in events] == [("VEN", "166")]


def test_an_authorised_raid_is_not_yet_done() -> None:
    assert not [e for e in acts("Parliament authorised cross-border raids into northern Iraq.") if e.cameo_root == "19"]


def test_coordinated_sides_meet_each_other_whatever_else_they_meet() -> None:
    events = acts(
        "Indian Prime Minister Manmohan Singh and his Pakistani counterpart Yousuf Raza Gilani met on the sidelines "
        "of the Non-Aligned Movement summit in Sharm el-Sheikh."
    )
    assert {(e.source.country, e.target.country if e.target else None) for e in events} == {("IND", "PAK"), ("PAK", "IND")}
