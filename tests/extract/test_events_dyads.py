"""Event dyads on wire phrasings: targets read off the word order where the parse loses them,
regional groups and blocs, a reaction to "the move", comments on another side, assassinations."""

from __future__ import annotations

import pytest
from tests.stages import events_of

from newsgraph.extract.events_linear import prepositional_target
from newsgraph.nlp import load_nlp


def _head(text: str, last_word: str, code: str) -> str | None:
    doc = load_nlp()(text)
    last = next(t for t in doc if t.text == last_word)
    head = prepositional_target(last, code, next(doc.sents))
    return head.text if head is not None else None


@pytest.mark.parametrize(
    ("text", "last_word", "code", "expected"),
    [
        # a participle opens the phrase, the hyphenated name is read whole, the comma ends it
        ("South Africa granted temporary asylum to ousted Haitian President Jean-Bertrand Aristide, who arrived on Monday.",
         "asylum", "075", "Aristide"),
        # the rest of the act's noun phrase ("deal", misread as a verb) lies between act and preposition
        ("Georgian President Mikheil Saakashvili signed a ceasefire deal with Russia on Friday.", "ceasefire", "0871", "Russia"),
        ("The bloc imposed new sanctions on Iran over its nuclear programme.", "sanctions", "163", "Iran"),
    ],
)
def test_prepositional_target_finds_the_phrase_after_the_act(text: str, last_word: str, code: str, expected: str) -> None:
    assert _head(text, last_word, code) == expected


@pytest.mark.parametrize(
    ("text", "last_word", "code"),
    [
        # a root that takes no prepositional target: a visit "to" a place is read elsewhere
        ("The minister flew to Moscow on Monday.", "flew", "042"),
        # a hostile act's "with" is its means or company, not its target
        ("Troops attacked the town with tanks from Russia.", "town", "190"),
        # a finite verb between act and preposition: the phrase belongs to another clause
        ("Iran signed the accord, which Russia hailed with France.", "accord", "057"),
        # a relative pronoun ends the target phrase before any noun
        ("Beijing gave aid to those who suffered.", "aid", "070"),
    ],
)
def test_prepositional_target_reads_nothing_across_clauses_or_for_other_roots(text: str, last_word: str, code: str) -> None:
    assert _head(text, last_word, code) is None


def test_misparsed_asylum_and_deal_keep_their_partner_through_the_whole_chain() -> None:
    asylum = events_of("South Africa granted temporary asylum to ousted Haitian President Jean-Bertrand Aristide on Monday.")
    assert {(e.source.country, e.target.country if e.target else None, e.cameo[:2]) for e in asylum} >= {("ZAF", "HTI", "07")}
    deal = events_of("Georgian President Mikheil Saakashvili signed a ceasefire deal with Russia on Friday.")
    assert {(e.source.country, e.target.country if e.target else None, e.cameo[:2]) for e in deal} >= {("GEO", "RUS", "08")}


def test_threat_against_people_named_in_its_infinitive_falls_at_home() -> None:
    # the schoolgirls are the object of "sell", the infinitive the threat governs
    events = events_of("Boko Haram threatened in a video to sell the abducted Chibok schoolgirls as slaves.")
    assert {(e.source.country, e.target.country if e.target else None, e.cameo[:2]) for e in events} >= {("NGA", "NGA", "13")}


def test_crushing_rebels_is_force_and_a_vow_to_do_it_a_threat() -> None:
    done = events_of("The Sri Lankan army crushed the rebels in the north.")
    assert [(e.source.country, e.cameo) for e in done] == [("LKA", "190")]
    vowed = events_of("The Sri Lankan army vowed to crush the Tamil Tiger rebels in the north.")
    assert [(e.source.country, e.cameo[:3]) for e in vowed] == [("LKA", "138")]


def test_the_national_liberation_army_is_colombias_eln() -> None:
    events = events_of("Colombia's government and the National Liberation Army formally opened peace negotiations in Quito.")
    assert any(e.target is not None and e.target.name == "National Liberation Army of Colombia" and e.target.country == "COL" for e in events)


@pytest.mark.parametrize(
    "body",
    [
        "Morocco asked African governments on Monday to support its application to rejoin the African Union.",
        "European diplomats criticised Hungary's media law.",
        "Foreign ministers condemned Israel.",
    ],
)
def test_a_regional_group_is_not_the_article_country(body: str) -> None:
    # a continent's governments or diplomats are many countries' people: before, the one country
    # named lent them its code (Morocco asked Morocco, Hungary criticised Hungary)
    for event in events_of(body):
        assert event.target is None or event.source.country is None or event.target.country != event.source.country


def test_a_rebel_ceasefire_is_offered_to_the_state_it_fights() -> None:
    eta = events_of("Basque separatist group ETA declared a permanent ceasefire on Wednesday in a videotaped statement.")
    assert [(e.source.country, e.target.country if e.target else None, e.cameo) for e in eta] == [("ESP", "ESP", "0871")]
    # a named partner still wins
    hamas = events_of("Hamas agreed to a truce with Israel.")
    assert [(e.source.country, e.target.country if e.target else None) for e in hamas] == [("PSE", "ISR")]


def test_a_continents_people_are_not_its_namesake_country() -> None:
    # "Central American" is no American (USA); the regional bloc a table knows still acts
    migrants = events_of("Zetas cartel gunmen massacred 72 Central and South American migrants at a ranch in Tamaulipas.")
    assert migrants and all(e.target is None or e.target.country != "USA" for e in migrants)
    detained = events_of("Mexican police detained 300 Central American migrants.")
    assert detained and all(e.target is None or e.target.country != "USA" for e in detained)
    bloc = events_of("European leaders agreed to impose sanctions on Russia.")
    assert [(e.source.name, e.target.country if e.target else None, e.cameo[:2]) for e in bloc] == [("European governments", "RUS", "16")]


@pytest.mark.parametrize(
    ("body", "target"),
    [
        ("Gunmen shot dead Pakistani opposition leader Benazir Bhutto at a rally in Rawalpindi.", "PAK"),
        ("A suicide bomber killed former Lebanese Prime Minister Rafik Hariri in Beirut.", "LBN"),
    ],
)
def test_a_named_person_killed_is_assassinated(body: str, target: str) -> None:
    assert [(e.target.country if e.target else None, e.cameo) for e in events_of(body)] == [(target, "186")]


def test_unnamed_victims_or_a_survived_attack_are_no_assassination() -> None:
    assert [e.cameo for e in events_of("Police shot dead two protesters in Cairo.")] != ["186"]
    attacked = events_of("Israeli troops attacked Hamas leader Abdel Aziz Rantissi in Gaza.")
    assert attacked and all(e.cameo != "186" for e in attacked)


@pytest.mark.parametrize(
    ("body", "target"),
    [
        ("Venezuela denied on Friday that it was sheltering Colombian guerrilla commanders on its territory.", "COL"),
        ("US envoy Christopher Hill said he was optimistic that the six-party talks on North Korea's nuclear programme would resume.", "PRK"),
    ],
)
def test_a_comment_is_on_the_other_side_its_clause_names(body: str, target: str) -> None:
    comments = [e for e in events_of(body) if e.cameo[:2] == "01" and e.cameo != "010"]
    assert [e.target.country if e.target else None for e in comments] == [target]


def test_a_comment_on_ones_own_affairs_has_no_target() -> None:
    comments = [e for e in events_of("Colombian President Juan Manuel Santos said he was optimistic that the economy would grow.") if e.cameo != "010"]
    assert comments and all(e.target is None for e in comments)


def test_a_country_demonym_ending_in_a_continent_is_no_region() -> None:
    # "South African" is South Africa's, not Africa's
    unions = events_of("South African public sector unions did not go ahead with the planned strike.")
    assert [(e.source.country, e.cameo[:2], e.modality) for e in unions] == [("ZAF", "14", "negated")]


@pytest.mark.parametrize(
    ("body", "reactor", "author"),
    [
        ("Israel released 198 Palestinian prisoners on Monday, but Hamas dismissed the move as a public relations stunt.", "PSE", "ISR"),
        ("Washington imposed new tariffs on Chinese steel, and Beijing condemned the move.", "CHN", "USA"),
    ],
)
def test_a_reaction_to_the_move_falls_on_its_author(body: str, reactor: str, author: str) -> None:
    reactions = [e for e in events_of(body) if e.cameo[:2] == "11"]
    assert [(e.source.country, e.target.country if e.target else None) for e in reactions] == [(reactor, author)]


def test_an_owned_or_qualified_act_noun_is_not_read_back() -> None:
    # "its own move" and "the Chinese move" name their author; nothing is read from the earlier clause
    events = events_of("Washington imposed new tariffs on Chinese steel, and Beijing condemned its own move.")
    assert all(e.target is None or e.target.country != "USA" for e in events if e.cameo[:2] == "11")


def test_a_threat_of_protest_falls_at_home_and_a_general_strike_has_no_general() -> None:
    kenya = events_of("Kenya's opposition coalition threatened to call nationwide mass protests unless the electoral commission was overhauled.")
    assert [(e.source.country, e.target.country if e.target else None, e.cameo) for e in kenya] == [("KEN", "KEN", "133")]
    unions = events_of("Nigerian unions threatened a general strike over fuel prices.")
    assert unions and all(e.target is None or e.target.sector != "MIL" for e in unions)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the threatened strike makes the threat specific (138x) and is no second event
        ("Israeli Defence Minister Ehud Barak warned that Israel would strike hard at Lebanon's infrastructure if Hezbollah fired rockets.",
         [("ISR", "LBN", "138")]),
        ("Russia warned that it would expel US diplomats.", [("RUS", "USA", "136")]),
    ],
)
def test_a_threat_and_the_act_it_threatens_are_one_event(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(e.source.country, e.target.country if e.target else None, e.cameo[:3]) for e in events_of(body)] == expected


def test_another_sides_attack_foretold_stays_apart() -> None:
    # a warning that Russia could attack is no threat by the US: nothing is folded into it
    events = events_of("US officials warned Russia could attack Ukraine.")
    assert any(e.source.country == "RUS" and e.cameo_root == "19" and e.modality == "hypothetical" for e in events)


def test_soldiers_captured_by_an_armed_group_are_abducted_and_fighters_captured_by_troops_detained() -> None:
    abducted = events_of("Hezbollah fighters captured two Israeli soldiers in a cross-border raid on Wednesday.")
    assert [(e.source.country, e.target.country if e.target else None, e.cameo) for e in abducted] == [("LBN", "ISR", "181")]
    detained = events_of("Israeli troops captured two Hezbollah fighters.")
    assert [e.cameo for e in detained] == ["173"]


@pytest.mark.parametrize(
    "body",
    [
        "The pope again demonstrated his knack for sticking his nose into secular affairs.",
        "People coming to settle in the UK will have to demonstrate they have an acceptable standard of health.",
        "Mr. Trump has rallied thousands by promising to impose 35 percent tariffs.",
    ],
)
def test_demonstrating_something_or_rallying_people_is_no_protest(body: str) -> None:
    assert not [e for e in events_of(body) if e.cameo_root in {"13", "14"}]


def test_a_crowd_demonstrating_against_rallies_and_a_state_protesting_criticises() -> None:
    students = events_of("Thousands of students demonstrated in Tehran against the election result.")
    assert [(e.source.name, e.cameo) for e in students] == [("Iran students and academics", "141")]
    iran = events_of("Iran protested against the new sanctions.")
    assert [(e.source.country, e.cameo) for e in iran] == [("IRN", "111")]


@pytest.mark.parametrize(
    "body",
    [
        "Trump, however, declined to define what such a deal would include.",
        "The Kremlin declined to discuss the report.",
    ],
)
def test_declining_to_say_more_is_no_comment(body: str) -> None:
    assert [e.cameo for e in events_of(body)] == ["011"]


def test_observers_deployed_and_rent_charged_are_no_force_nor_accusation() -> None:
    assert not [e for e in events_of("The United States has deployed observers for the elections in Ukraine.") if e.cameo_root == "15"]
    assert not [e for e in events_of("Trump has charged more than that for rent.") if e.cameo_root == "11"]
    assert [e.cameo_root for e in events_of("Russia deployed troops to the border with Ukraine.")] == ["15"]


@pytest.mark.parametrize(
    ("body", "modality"),
    [
        ("Rubio again tried to rebuke the front-runner.", "asserted"),  # a rebuke tried is made
        ("Iran tried to persuade Russia to join.", "hypothetical"),  # persuading may fail
        ("Rubio wants to try to rebuke Trump.", "hypothetical"),  # a wish to try
    ],
)
def test_a_verbal_act_tried_in_fact_is_made(body: str, modality: str) -> None:
    acts = [e for e in events_of(body) if e.cameo != "010"]
    assert acts and {e.modality for e in acts} == {modality}


@pytest.mark.parametrize(
    "body",
    [
        "Hannity asked Trump if he would deport all illegal immigrants.",
        "The senator asked whether Russia would attack Ukraine.",
        "It is unclear whether Iran will attend the talks.",
    ],
)
def test_the_content_of_a_question_is_no_act(body: str) -> None:
    assert not [e for e in events_of(body) if e.cameo_root not in {"01", "02"}]


def test_a_condition_is_still_a_threat() -> None:
    assert [e.cameo[:3] for e in events_of("Israel will strike Lebanon if Hezbollah fires rockets.")] == ["138"]


def test_an_if_clause_after_a_speech_verb_is_a_condition_not_a_question() -> None:
    body = (
        "Shadow foreign secretary Michael Ancram said that, if in government, he would refuse to approve either Mr Boateng's"
        " appointment or that of ex-Cabinet minister Helen Liddell as high commissioner to Australia."
    )
    assert [e.cameo_root for e in events_of(body, "2005-01-01") if e.cameo != "010"] == ["12"]


def test_a_region_backing_a_candidate_is_an_election_result() -> None:
    assert not events_of("West Virginia supported Dukakis by five points over Bush.", "1988-12-01")
    assert not events_of("Rust Belt states Indiana, Michigan, Ohio and Pennsylvania all supported Bush in 1988.", "1988-12-01")
    # a capital that acts is its government, and a state that sues acts
    assert [e.cameo_root for e in events_of("Washington backed the plan.")] == ["05"]
    assert [e.cameo_root for e in events_of("Texas sued the Biden administration over the policy.")] == ["11"]


def test_a_power_to_act_is_no_act_whatever_its_tense() -> None:
    assert not events_of("Israel will be able to strike Iran.")
    assert not [e for e in events_of("Mr Blunkett told MPs the UK would still be able to reject proposals.", "2005-01-01") if e.cameo_root == "12"]
    # an ability used in the past is the act done
    assert [(e.cameo, e.modality) for e in events_of("Police were able to arrest the two suspects in Delhi.")] == [("173", "asserted")]


def test_hosting_is_of_guests_not_of_shows_and_greeting_the_press_is_no_meeting() -> None:
    dinner = events_of("Obama hosted a state dinner for the Chinese president.")
    assert [(e.cameo, e.target.country if e.target else None) for e in dinner] == [("043", "CHN")]
    assert not events_of("The Trump resort has hosted a PGA Tour event since 1962.")
    assert not events_of("As he arrived at the court, Mr Botin greeted the waiting media.")


def test_cannot_accept_is_a_refusal() -> None:
    assert [(e.cameo[:2], e.modality) for e in events_of("Israel cannot accept the proposal.")] == [("12", "asserted")]


def test_groups_named_by_what_they_are_act_with_their_country() -> None:
    # a people that lives in one country places its groups there; prisoners who riot are a source
    elders = events_of("Ibo traditional elders have demanded that control of the Nigerian Interior Ministry be taken away from Hausa politicians.")
    assert [(e.plover, e.source.country, e.source.sector) for e in elders if e.plover] == [("REQUEST", "NGA", "CVL")]
    massacre = events_of("Hutu militiamen massacred hundreds of Tutsis in the church at Nyarubuye.")
    assert [(e.cameo_root, e.source.country, e.target.country if e.target else None) for e in massacre] == [("20", "RWA", "RWA")]
    riot = events_of("Prisoners rioted at a jail in East Timor's capital Dili on Monday, locals said.")
    assert [(e.plover, e.source.sector) for e in riot if e.plover] == [("PROTEST", "CVL")]


def test_freed_prisoners_are_of_no_side_unless_named() -> None:
    # prisoners a state frees are most often the other side's: the home country is no guess for them
    assert [e.target for e in events_of("Israel released 198 prisoners.")] == [None]
    named = events_of("Israel released 198 Palestinian prisoners.")
    assert [e.target.country for e in named if e.target] == ["PSE"]
    political = events_of("Cuba agreed on Wednesday to release 52 political prisoners.")
    assert [e.target.country for e in political if e.target] == ["CUB"]


def test_a_reaction_hung_in_a_relative_clause_reacts_to_the_main_clause() -> None:
    body = ("Russia and China vetoed a US-drafted Security Council resolution on Saturday that would have threatened Syria"
            " with sanctions, drawing sharp criticism from Washington.")
    criticism = [(e.source.country, e.target.country if e.target else None) for e in events_of(body) if e.cameo == "111"]
    assert sorted(criticism) == [("USA", "CHN"), ("USA", "RUS")]
    # a transliteration of an office holder's name is the same person
    sentence = events_of("An Egyptian court sentenced ousted President Mohamed Mursi to death on Saturday.", "2015-05-16")
    assert [(e.cameo, e.target.name if e.target else None) for e in sentence] == [("116", "Mohamed Morsi")]
