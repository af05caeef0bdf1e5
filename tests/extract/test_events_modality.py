"""Modality of acts that were not done: "yet to", a purpose after a frame's own object, a wish
about another actor's act, and the lemma fixes that let hope frames be seen at all."""

from __future__ import annotations

import pytest
from tests.stages import events_of as _events

from newsgraph.model import Event
from newsgraph.nlp import load_nlp

INDIA = {"home_country": "IND"}


def acts(body: str, extra: dict | None = None) -> list[Event]:
    return [e for e in _events(body, extra=extra) if e.cameo != "010"]


def modality_of(body: str, root: str, extra: dict | None = None) -> set[str]:
    return {e.modality for e in acts(body, extra) if e.cameo_root == root}


@pytest.mark.parametrize(
    "body",
    [
        "Police are yet to arrest the accused.",
        "The police have yet to arrest anyone in the case.",
    ],
)
def test_an_act_that_is_yet_to_happen_is_negated(body: str) -> None:
    assert modality_of(body, "17", INDIA) == {"negated"}


def test_yet_to_respond_is_no_asserted_statement() -> None:
    assert all(e.modality == "negated" for e in _events("The government has yet to respond to the demand.", extra=INDIA))


@pytest.mark.parametrize(
    ("body", "purpose"),
    [
        ("The police have launched a manhunt to arrest the killers.", "arrest"),
        ("The army started an operation to capture the rebel commander.", "capture"),
    ],
)
def test_a_purpose_after_a_frames_own_object_is_aimed_at_not_done(body: str, purpose: str) -> None:
    events = [e for e in acts(body, INDIA) if e.text.endswith(purpose)]
    assert events and all(e.modality == "hypothetical" for e in events)


def test_a_neutral_frame_without_its_own_object_passes_the_act_through() -> None:
    assert modality_of("The army continued to shell the town.", "19", INDIA) == {"asserted"}


def test_a_hope_about_another_actors_act_is_no_intent_of_that_actor() -> None:
    events = acts('"I hope the government will release me," he said.', INDIA)
    released = [e for e in events if e.source.text == "the government"]
    assert released and all(e.modality == "hypothetical" and e.cameo_root == "08" for e in released)


@pytest.mark.parametrize("form", ["hopes", "hoped", "hoping"])
def test_hope_is_lemmatised_as_hope_not_hop(form: str) -> None:
    doc = load_nlp()(f"The minister {form} to visit China.")
    assert [t.lemma_ for t in doc if t.lower_ == form] == ["hope"]


def test_a_hoped_for_visit_is_an_intent_to_meet() -> None:
    events = acts("The president hopes to visit China next year.")
    assert [(e.cameo, e.target.country if e.target else None) for e in events] == [("036", "CHN")]


@pytest.mark.parametrize(
    "body",
    [
        "Egypt has not threatened to abandon its mediation, an Egyptian official said.",
        "Egypt's interior ministry denied that it had threatened to use force against the sit-in.",
    ],
)
def test_a_threat_not_made_is_a_negated_threat_not_a_rejection(body: str) -> None:
    events = [e for e in acts(body) if e.source.country == "EGY" and e.cameo_root != "01"]
    assert events and all(e.cameo_root == "13" and e.modality == "negated" for e in events)


def test_a_refusal_said_of_the_future_stays_a_rejection() -> None:
    assert [(e.cameo_root, e.modality) for e in acts("Iran will not accept the deal.")] == [("12", "asserted")]


@pytest.mark.parametrize(
    ("body", "target"),
    [
        # a present after a past-tense mandative verb is the subjunctive the small model tags VBP
        ("Beijing insisted that Honduras sever its ties with Taipei.", "HND"),
        # the second of coordinated demands, after a first verb the parser took for a noun
        ("The United States insisted that Egypt's military rulers hand power to civilians and lift the emergency law.", "EGY"),
    ],
)
def test_a_subjunctive_under_insist_is_a_demand_by_the_insister(body: str, target: str) -> None:
    demands = [e for e in acts(body) if e.cameo_root == "10"]
    assert demands and all(e.target is not None and e.target.country == target for e in demands)


def test_a_past_fact_after_insist_is_no_demand() -> None:
    assert not [e for e in acts("Officials insisted that the troops withdrew last week.") if e.cameo_root == "10"]


@pytest.mark.parametrize(
    ("body", "root", "modality"),
    [
        # a plan announced is an intent or threat of its holder (CAMEO 03/13), said of the future
        ("Japan announced plans to impose sanctions on North Korea.", "13", "future"),
        ("Iran signalled its willingness to resume talks with the United States.", "03", "asserted"),
        # "no plans to": turned down, as "will not" is
        ("Japan has no plans to impose sanctions on North Korea.", "12", "asserted"),
    ],
)
def test_an_intent_noun_states_its_holders_intent(body: str, root: str, modality: str) -> None:
    events = [e for e in acts(body) if e.source.country in {"JPN", "IRN"}]
    assert {(e.cameo_root, e.modality) for e in events} == {(root, modality)}


def test_a_plan_that_is_a_subject_states_no_ones_intent() -> None:
    assert acts("The plan to impose sanctions on North Korea drew criticism.") == []


def test_a_coordinated_act_shares_its_first_verbs_frame() -> None:
    events = acts("The Taliban threatened to attack polling stations and kill anyone who took part in the election.")
    assert events and all(e.cameo_root == "13" for e in events)


@pytest.mark.parametrize(
    ("body", "target"),
    [
        # a warning aims at whom the act it tells of aims at
        ("Ehud Barak warned that Israel would strike hard at Lebanon's infrastructure.", "LBN"),
    ],
)
def test_a_statement_or_threat_takes_the_target_of_the_act_it_tells_of(body: str, target: str) -> None:
    threats = [e for e in acts(body) if e.cameo_root == "13"]
    assert threats and all(e.target is not None and e.target.country == target for e in threats)


def test_a_future_inside_a_whether_clause_is_a_condition_not_an_intent() -> None:
    events = acts("Whether Iran will breach the agreement will depend on the talks.")
    assert events and all(e.modality == "hypothetical" for e in events)


@pytest.mark.parametrize(
    "body",
    ["British unions are fighting change to their pension rights.", "The company is fighting opposition to new stores."],
)
def test_fighting_a_cause_or_a_problem_is_no_force(body: str) -> None:
    assert acts(body) == []


def test_fighting_rebels_is_force() -> None:
    assert {e.cameo_root for e in acts("Troops fought rebels near Goma.")} == {"19"}


@pytest.mark.parametrize(
    "body",
    [
        "She told of women survivors of the Rwandan genocide who were raped.",
        "The talks were the first since the 1990 Iraqi invasion of Kuwait.",
    ],
)
def test_a_background_event_noun_is_no_reported_act(body: str) -> None:
    assert acts(body) == []


def test_a_thing_that_threatens_to_harm_a_process_is_a_risk_not_a_threat() -> None:
    assert acts("The row threatens to overshadow the summit between Russia and the EU.") == []
    assert {e.cameo_root for e in acts("Russia threatened to escalate the conflict in Ukraine.")} == {"13"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # marching "to demand" is demanding: done, not merely intended, and told as the march (a protest)
        ("Thousands of Venezuelans marched in Caracas on Saturday to demand that Nicolas Maduro step down.", ("14", "asserted")),
        # a government that summons an envoy "to protest" protests officially: it criticises (111)
        ("Russia's foreign ministry summoned the US ambassador on Tuesday to protest against interference.", ("11", "asserted")),
    ],
)
def test_a_purpose_the_act_performs_is_done(body: str, expected: tuple[str, str]) -> None:
    assert expected in {(e.cameo_root, e.modality) for e in acts(body)}


def test_an_arrest_an_act_is_for_is_no_second_act() -> None:
    # what the sending is for (an arrest not yet made) is not coded beside the sending
    assert [(e.cameo, e.modality) for e in acts("The army sent troops to arrest the rebel leader.", INDIA)] == [("150", "asserted")]


def test_pleading_not_guilty_admits_nothing() -> None:
    events = acts("The former minister pleaded not guilty to corruption charges in a Delhi court.", INDIA)
    assert events and all(e.modality == "negated" for e in events)


def test_a_main_verbs_negation_does_not_reach_a_finite_coordinated_act() -> None:
    events = acts("The workers did not want to go on strike and called for talks with the government.", INDIA)
    assert ("02", "asserted") in {(e.cameo_root, e.modality) for e in events}


def test_a_hedged_future_is_hoped_not_intended() -> None:
    events = acts("Hopefully the Americans will support the plan, the minister said.")
    assert events and all(e.modality == "hypothetical" for e in events)


def test_demonstrators_who_attack_buildings_riot() -> None:
    assert {e.cameo for e in acts("Demonstrators attacked public buildings in Algiers.")} == {"145"}


def test_a_threat_against_unnamed_foreign_things_names_no_home_target() -> None:
    events = acts("Iran threatened to seize foreign tankers.")
    assert events and all(e.target is None or e.target.country != "IRN" for e in events)


@pytest.mark.parametrize(
    "body",
    [
        "Olmert was reported in June to have attended a meeting with Abbas in Jerusalem.",
        "Olmert is understood to have met Abbas in Jerusalem last week.",
    ],
)
def test_an_act_reported_as_done_is_asserted_not_aimed_at(body: str) -> None:
    assert modality_of(body, "04") == {"asserted"}


@pytest.mark.parametrize(
    "body",
    [
        "Police denied reports that the MLA was arrested.",
        "Reports that the MLA was arrested were denied by police.",
        "The police arrested no one.",
        "The police arrested none of the rioters.",
        "Not a single rioter has been arrested by the police.",
    ],
)
def test_a_denied_report_or_an_arrest_of_nobody_is_negated(body: str) -> None:
    assert modality_of(body, "17", INDIA) == {"negated"}


@pytest.mark.parametrize(
    "body",
    [
        "The court directed the police to arrest the accused.",
        "The government directed the police to arrest all trouble-makers.",
        "The collector instructed the police to arrest the troublemakers.",
    ],
)
def test_an_act_ordered_of_another_is_not_yet_done(body: str) -> None:
    assert "asserted" not in modality_of(body, "17", INDIA)


def test_a_past_ability_that_was_used_is_an_asserted_act() -> None:
    assert modality_of("Police opened fire and were able to arrest 39 miscreants.", "17", INDIA) == {"asserted"}
    assert "asserted" not in modality_of("The police have not been able to arrest the kidnappers.", "17", INDIA)


@pytest.mark.parametrize(
    "body",
    [
        "The police apprehend trouble during the procession.",
        "Apprehending trouble, the police deployed additional forces.",
        "Police officials apprehend that violence may spread to rural areas.",
        "The army helped to arrest the deteriorating situation.",
        "Timely police action arrested the spread of the riots.",
        "The bodies were taken into police custody for post-mortem.",
        "The police took the injured into custody for treatment.",
    ],
)
def test_fearing_trouble_halting_a_trend_or_keeping_things_is_no_arrest(body: str) -> None:
    assert not [e for e in acts(body, INDIA) if e.cameo == "173"]


@pytest.mark.parametrize(
    "body",
    [
        "The police apprehended two men carrying swords.",
        "The police made several arrests in the walled city.",
        "The police took the leaders into custody.",
    ],
)
def test_seizing_people_stays_an_arrest(body: str) -> None:
    assert [e for e in acts(body, INDIA) if e.cameo == "173" and e.modality == "asserted"]


def test_a_protests_demand_is_the_protest_not_a_second_act() -> None:
    events = acts("Thousands of black-suited lawyers marched through Lahore on Monday demanding the reinstatement of the chief justice.")
    assert {e.cameo_root for e in events} == {"14"}


def test_the_damage_and_deaths_an_attack_causes_fall_on_its_target() -> None:
    events = acts("Palestinian militants fired two rockets from the Gaza Strip into the Israeli town of Sderot, damaging a house.")
    assert [(e.cameo_root, e.target.country if e.target else None) for e in events] == [("19", "ISR")]
    killing = [e for e in acts("Hezbollah fired rockets into northern Israel, killing two civilians.") if e.text.startswith("killing")]
    assert killing and all(e.target is not None and e.target.country == "ISR" for e in killing)
