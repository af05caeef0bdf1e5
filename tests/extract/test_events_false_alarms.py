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
        # a review of the (trigger, code) pairs that fire most on BBC politics and business
        ("The Bank of England lifted interest rates to 4.75%.", "08"),
        ("The British firm charged customers higher fees.", "11"),
        ("The British government encouraged the conversion of empty buildings into homes.", "02"),
        ("The Labour Party ratified the decision at its conference.", "05"),
        ("The Russian tycoon quit his Yukos shares.", "08"),
        ("The British firm offered shares to investors.", "03"),
        ("The US government released oil from its strategic reserve.", "08"),
        ("The British chancellor warned that high oil prices posed a threat to growth.", "13"),
        ("The Labour Party will hold its annual conference in Brighton.", "04"),
        ("The British chancellor met his golden rule with a margin to spare.", "04"),
        ("The British government unveiled proposals to cut red tape.", "03"),
        ("The British firm sought a buyer for its steel business.", "02"),
        ("Labour came to power in 1997 and arrived in office with a big majority.", "04"),
        ("The British government financed the new airport.", "07"),
        ("The British bank took control of the insurance company.", "19"),
        ("The British prime minister welcomed delegates to the conference.", "05"),
        # audit 12 (PolNeAR): campaign rallies and tax returns
        ("US candidate Donald Trump has rallied thousands of supporters in Iowa.", "14"),
        ("US candidate Donald Trump said he would release his 2014 tax return.", "03"),
        ("US candidate Donald Trump is not turning over his tax returns.", "08"),
        # a "that" clause reaches the rows, so their "~that" exclusions work: a belief, a showing
        ("British police said they had always considered that their responses were proportionate.", "01"),
        ("The Liberal Democrats have demonstrated that they can beat the Conservatives in by-elections.", "14"),
        ("The British government insisted that it needed to develop its own industry.", "10"),
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


@pytest.mark.parametrize(
    ("body", "source", "modality"),
    [
        ("The French want the EU embargo on China lifted by the summer.", "FRA", "asserted"),
        ("China does not want the arms embargo lifted, a foreign ministry spokesman said.", "CHN", "negated"),
    ],
)
def test_wanting_an_act_done_is_a_demand_not_the_act(body: str, source: str, modality: str) -> None:
    events = acts(body)
    # a demand to ease an embargo (1054), made by the one who wants it; nobody lifted anything
    assert [(e.cameo, e.source.country, e.modality) for e in events] == [("1054", source, modality)]


def test_time_for_another_to_act_is_the_speakers_demand() -> None:
    events = acts("Tony Blair said it was time for the London mayor to say sorry to the Jewish community.")
    assert [(e.cameo_root, e.source.name, e.target.name if e.target else None, e.modality) for e in events] == [
        ("10", "Tony Blair", "London mayor", "asserted")
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


@pytest.mark.parametrize(
    "body",
    [
        "The UN warned that millions of Yemenis stood on the brink of famine.",
        "Labour MPs warned Mr Blair about disunity in the party.",
        "Washington urged Ugandan President Yoweri Museveni to veto the bill, warning that it would complicate relations.",
    ],
)
def test_a_warning_of_a_danger_nobody_threatens_is_no_threat(body: str) -> None:
    assert not [e for e in acts(body) if e.cameo_root == "13"]


@pytest.mark.parametrize(
    "body",
    [
        "Putin warned that any country that interfered in Ukraine would face consequences.",
        "Israel warned that it would strike hard at Lebanon if Hezbollah fired rockets.",
        "China warned the United States of serious consequences if Pelosi visited Taiwan.",
    ],
)
def test_a_warning_of_consequences_or_with_a_condition_is_a_threat(body: str) -> None:
    assert [e for e in acts(body) if e.cameo_root == "13"]


@pytest.mark.parametrize(
    "body",
    [
        "Most Americans agree that the system is broken.",
        "The minister had to recognise there were problems with the scheme.",
        "The government accepted that it had made mistakes.",
    ],
)
def test_agreeing_with_a_fact_or_opinion_is_no_agreement(body: str) -> None:
    assert acts(body) == [] or all(e.cameo == "010" for e in acts(body))


def test_agreeing_on_what_shall_be_done_stays_an_agreement() -> None:
    events = acts("Israel and Hamas agreed that the ceasefire would take effect at dawn.")
    assert {(e.source.country, e.cameo_root) for e in events} == {("ISR", "03"), ("PSE", "03")}


@pytest.mark.parametrize(
    ("body", "root"),
    [
        ("Republicans blocked the bill in the Senate.", "12"),
        ("Protesters blocked the main highway into La Paz.", "14"),
        ("The Americans finally evacuated the CIA base.", "08"),  # a pull-back (RETREAT), no aid
        ("The UN evacuated 300 civilians from the besieged town.", "07"),
    ],
)
def test_blocking_and_evacuating_read_by_what_is_blocked_or_moved(body: str, root: str | None) -> None:
    roots = {e.cameo_root for e in acts(body) if e.cameo != "010"}
    assert roots == ({root} if root else set())


def test_the_act_of_a_blocked_statement_is_not_done() -> None:
    events = acts("Hungary blocked a joint EU statement criticising China.")
    assert [(e.source.country, e.cameo_root) for e in events] == [("HUN", "12")]


def test_an_ally_of_a_person_is_not_the_person() -> None:
    events = acts("Blair's aides denied the report on Monday.")
    assert events and all(e.source.name != "Tony Blair" and e.source.country == "GBR" for e in events)


def test_an_act_a_noun_only_tells_of_is_not_done() -> None:
    assert not [e for e in acts("Trump makes rape analogies in his speeches.") if e.cameo_root == "18"]


def test_a_topic_of_talks_is_not_done() -> None:
    events = acts("North Korea threatened to pull out of talks with Seoul on reopening the Kaesong industrial park.")
    assert not [e for e in events if e.cameo_root == "08" and e.modality == "asserted"]


@pytest.mark.parametrize(
    "body",
    [
        # the parser hangs "on using force" on the verb, not on the text it names
        "The British government published rules on using force against protesters.",
        "Tory leader Michael Howard has accused Tony Blair of performing U-turns over rules on using force against burglars.",
        "The Home Office issued guidance on detaining asylum seekers.",
    ],
)
def test_the_subject_of_a_text_is_not_done(body: str) -> None:
    assert not [e for e in acts(body) if e.cameo_root == "17" and e.modality == "asserted"]


@pytest.mark.parametrize(
    "body",
    [
        # a law, a figure, a power to act
        "Anyone convicted of selling an 18-rated game to a child can be jailed.",
        "The cost of everything he advocates explodes.",
        "Judges can already jail parents who breach contact orders.",
        "Presumably ministers can ask hard questions and can ask for reassurances.",
    ],
)
def test_a_law_a_figure_or_a_power_to_act_is_no_act(body: str) -> None:
    assert [e for e in acts(body) if e.cameo != "010"] == []


@pytest.mark.parametrize(
    "body",
    [
        "Guinean security forces opened fire on thousands of opposition supporters in Conakry.",
        "Albanian riot police turned water cannon on thousands of opposition supporters in Tirana.",
    ],
)
def test_force_of_the_state_on_its_crowds_is_repression(body: str) -> None:
    assert "175" in {e.cameo for e in acts(body)}


def test_foretelling_anothers_attack_is_no_threat() -> None:
    events = acts("US officials warned that Russia could attack Ukraine within days.")
    assert not [e for e in events if e.cameo_root == "13"]
    assert [e for e in acts("Ehud Barak warned that Israel would strike hard at Lebanon's infrastructure.") if e.cameo_root == "13"]


def test_a_chord_struck_or_a_caution_is_no_force_or_threat() -> None:
    assert not [e for e in acts("Israel's policies were striking a chord with voters, officials in Jerusalem said.") if e.cameo_root == "19"]
    assert not [e for e in acts("Britain cautioned against hasty decisions on Iran.") if e.cameo_root == "13"]
    assert [e for e in acts("Israeli jets struck targets in Gaza.") if e.cameo_root == "19"]


@pytest.mark.parametrize(
    ("body", "root"),
    [
        # audit 11 (session 8)
        ("Mr Blair has already spent a day with Five in London and Michael Howard is booked for a similar session.", "17"),
        ("Hillary Clinton won New York. She has generally beaten Sanders handily among non-white primary voters.", "18"),
        ("Voters in Iowa weighed in on their picks for the party's presidential nominee.", "01"),
        ("Trump also offered his early assessment of Super Bowl 50.", "03"),
        ("Trump has made several controversial statements, including a call for a temporary ban on Muslims.", "04"),
    ],
)
def test_a_diary_date_a_vote_won_a_comment_or_a_call_for_a_ban_is_no_such_act(body: str, root: str) -> None:
    assert not [e for e in acts(body) if e.cameo_root == root]


def test_a_verbal_attack_on_a_failure_is_criticism_and_a_treaty_named_after_a_city_has_no_country() -> None:
    assert [e.cameo for e in acts("Liam Fox attacked the government's failure to control immigration.")] == ["111"]
    refused = acts("The US has refused to sign up to the Kyoto treaty.")
    assert refused and all(e.target is None or e.target.country != "JPN" for e in refused)


def test_a_building_that_collapses_kills_nobody_on_purpose() -> None:
    body = "The eight-storey Rana Plaza building in Savar, near Dhaka, collapsed on 24 April 2013, killing more than 1,100 garment workers."
    assert not [e for e in acts(body) if e.cameo_root in {"18", "19", "20"}]
    assert [e.cameo_root for e in acts("A bomb explosion at a market in Peshawar killed 20 people.")] == ["18"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("The British chancellor dismissed talk of a rift with the prime minister.", "016"),  # was 120
        ("The Scottish First Minister ordered a report into the decision.", "090"),  # was 100
    ],
)
def test_what_a_reviewed_verb_does_with_its_object(body: str, code: str) -> None:
    assert {e.cameo for e in acts(body)} == {code}


@pytest.mark.parametrize(
    "body",
    [
        "Two British banks held merger talks in October.",
        "Major German companies held tough talks with unions about trimming jobs.",
        "The two British firms signed a memorandum of understanding on Monday.",
        "A US defence company has agreed to pay $28.5m after admitting bribery.",
    ],
)
def test_firms_dealing_with_firms_make_no_political_event(body: str) -> None:
    assert not [e for e in acts(body) if e.cameo_root in {"03", "04", "05", "08", "12", "13", "16", "17"}]


@pytest.mark.parametrize(
    ("body", "target"),
    [
        ("British firms held talks with the Iraqi government on oil contracts.", "IRQ"),
        ("The British company agreed to supply arms to Saudi Arabia.", "SAU"),
    ],
)
def test_a_firm_dealing_with_a_state_stays_an_event(body: str, target: str) -> None:
    events = acts(body)
    assert events and {e.target.country for e in events if e.target} == {target}
