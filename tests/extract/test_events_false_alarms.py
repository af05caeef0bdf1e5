"""False events an independent audit of real news (BBC politics and business, PolNeAR) found,
and the arguments it found wrong; each sentence gave the wrong output through the real pipeline
before its fix."""

from __future__ import annotations

import pytest
from tests.stages import events_of

from newsgraph.knowledge.lookup import lookup_actor
from newsgraph.model import Event


def acts(body: str, published: str = "2005-03-01T10:00:00") -> list[Event]:
    return [e for e in events_of(body, published) if e.cameo != "010"]


@pytest.mark.parametrize(
    ("body", "root"),
    [
        ("Clinton captured wins in South Carolina and Nevada.", "19"),
        ("Alex Salmond said the party had received a big boost from the poll.", "04"),
        ("The president withdrew his nominee from consideration on Friday.", "08"),
        ("The Home Office said it would appeal against the ruling.", "02"),
        ("We have always considered that our responses were proportionate, the minister said.", "01"),
        ("She tried to demonstrate that she offered a better cure.", "14"),
        ("Labour and the Conservatives build up poll war chests.", "15"),
        ("Pernod has reduced the debt it took on to fund the Seagram purchase.", "07"),
        ("Student debt would decline under the plan, Labour said.", "12"),
        ("Mr. Yanukovych's decision led to the protests in Kiev.", "14"),
        # a second audit, on a fresh sample
        ("British doctors are withdrawing treatment from the patient.", "08"),
        ("The Labour Party telephoned voters across Britain on Sunday.", "04"),
        ("The British minister refused to divulge his plans.", "12"),
        ("British police provided the names to the court.", "07"),
        ("The British government hailed the longest period of growth in a century.", "05"),
    ],
)
def test_a_verb_in_its_everyday_sense_is_no_event(body: str, root: str) -> None:
    assert root not in {e.cameo_root for e in acts(body)}


def test_analysts_concern_about_the_economy_is_commentary() -> None:
    assert acts("British analysts expressed concern about the strength of the economy.") == []


def test_politicians_who_clash_or_attack_each_other_use_words() -> None:
    events = acts("Tony Blair and Michael Howard clashed over tax on Wednesday.")
    assert events and {e.cameo for e in events} == {"111"}
    assert {e.cameo_root for e in acts("Vladimir Putin attacked Ukraine in February 2022.")} == {"19"}


def test_wanting_another_to_act_is_a_demand_of_it() -> None:
    events = acts("Russia wants NATO to withdraw its troops from Eastern Europe.")
    assert [(e.source.country, e.plover, e.target.name if e.target else None) for e in events] == [
        ("RUS", "REQUEST", "North Atlantic Treaty Organization")
    ]


def test_an_infinitive_makes_decline_a_refusal() -> None:
    events = acts("Hungary declined to take in any asylum seekers under the relocation scheme.")
    assert [(e.source.country, e.plover) for e in events] == [("HUN", "REJECT")]


def test_a_government_critic_is_the_opposition() -> None:
    events = [e for e in events_of("The Kremlin critic said Russian police had beaten him.") if e.cameo == "010"]
    assert [(e.source.country, e.source.sector) for e in events] == [("RUS", "OPP")]


def test_an_object_pronoun_takes_the_person_before_it() -> None:
    events = acts("Gunmen burst into the residence of Haitian President Jovenel Moise and shot him dead.")
    assert [(e.target.text, e.target.country) for e in events if e.target] == [("him", "HTI")]


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("Benazir Bhutto was killed in a suicide bomb attack in Rawalpindi.", None),
        ("Five children were killed in an Israeli air strike on Gaza City.", "ISR"),
    ],
)
def test_a_killing_in_an_attack_has_the_attacks_source(body: str, country: str | None) -> None:
    events = acts(body)
    assert events and all(e.source.country == country and e.cameo_root in {"18", "19"} for e in events)


def test_an_undated_title_names_no_office_holder() -> None:
    undated = lookup_actor("the British prime minister", None)
    assert undated is not None and undated.country == "GBR" and undated.name == "United Kingdom prime minister"
    dated = lookup_actor("the British prime minister", "2005-03-01")
    assert dated is not None and dated.name == "Tony Blair"


@pytest.mark.parametrize(
    ("phrase", "country", "sector"),
    [
        ("European leaders", None, "GOV"),  # Europe's governments (CAMEO EUR), not the home country's
        ("Republican leaders", "USA", "PTY"),
        ("business leaders", "USA", "BUS"),
        ("the police commander", "USA", "COP"),
    ],
)
def test_a_leaders_modifier_says_whose_leader(phrase: str, country: str | None, sector: str) -> None:
    code = lookup_actor(phrase, None, "USA")
    assert code is not None and (code.country, code.sector) == (country, sector)


def test_withdrawing_forces_is_still_a_retreat() -> None:
    events = acts("Israel withdrew its troops from southern Lebanon in May 2000.")
    assert [(e.source.country, e.plover, e.target.country if e.target else None) for e in events] == [("ISR", "RETREAT", "LBN")]


def test_forces_that_withdraw_retreat_without_an_object() -> None:
    events = acts("Syrian forces withdrew from Lebanon in 2005.")
    assert [(e.source.country, e.plover, e.target.country if e.target else None) for e in events] == [("SYR", "RETREAT", "LBN")]
