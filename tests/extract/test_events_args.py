"""Tests of event-argument helpers: home country, implied agents, seats of power, blocs."""

from __future__ import annotations

import pytest
from tests.stages import events_of as _events

from newsgraph.extract.actors import extract_actors
from newsgraph.extract.entities import extract_entities
from newsgraph.extract.events_args import ActorIndex, event_place, implicit_source, resolve_arg, valid_source
from newsgraph.model import Actor, Article, EventArg, Mention
from newsgraph.nlp import load_nlp


def _doc(text: str):
    return load_nlp()(text)


def test_owned_mention_terminates_on_verbless_sentence() -> None:
    # spaCy makes a new Token object per access: "head is not current" never ends at the root.
    doc = _doc("Police clashes in Delhi on Monday.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert event_place(root, next(doc.sents), (), set()) is None


def test_resolve_arg_gives_domestic_actor_the_home_country() -> None:
    doc = _doc("Police detained the leader.")
    police = Actor("police", "police", None, "COP", kind="group", mentions=(Mention("Police", 0, 6),))
    india = Actor("india", "India", "IND", None, kind="country", mentions=(Mention("India", 100, 105), Mention("India", 200, 205)))
    index = ActorIndex((police, india))
    assert index.home == "IND"
    arg = resolve_arg(doc[0], index, doc.text, None)
    assert arg is not None and arg.country == "IND" and arg.sector == "COP"


def test_implicit_source_of_agentless_arrest() -> None:
    doc = _doc("About 35 persons were arrested in Surat.")
    verb = next(t for t in doc if t.lemma_ == "arrest")
    arg = implicit_source(verb, "173", "IND")
    assert arg is not None and (arg.country, arg.sector, arg.text) == ("IND", "COP", "")
    assert implicit_source(verb, "173", None) is None  # no home country, no police
    neg = _doc("Nobody was arrested as the march was peaceful.")
    assert implicit_source(next(t for t in neg if t.lemma_ == "arrest"), "173", "IND") is None


def test_implicit_source_from_police_firing() -> None:
    doc = _doc("Two persons were killed in police firing in Vadodara.")
    verb = next(t for t in doc if t.lemma_ == "kill")
    arg = implicit_source(verb, "190", "IND")
    assert arg is not None and arg.sector == "COP" and arg.country == "IND"


@pytest.mark.parametrize(
    "text",
    [
        "Three persons died when the police resorted to firing to disperse the mob.",  # the when-clause fires
        "The police firing on the marchers, in which one person was killed, drew protests.",  # the firing kills
        "The firing by the police on the marchers, in which one person was killed, drew protests.",
    ],
)
def test_implicit_source_from_a_lethal_police_act(text: str) -> None:
    doc = _doc(text)
    verb = next(t for t in doc if t.lemma_ in {"die", "kill"})
    arg = implicit_source(verb, "190", "IND")
    assert arg is not None and (arg.sector, arg.country) == ("COP", "IND")


def test_a_death_in_an_encounter_with_police_is_the_police_s_act() -> None:
    doc = _doc("Two militants were killed in an encounter with the Assam police on Friday night.")
    arg = implicit_source(next(t for t in doc if t.lemma_ == "kill"), "190", "IND")
    assert arg is not None and (arg.sector, arg.country) == ("COP", "IND")
    # a fight with a group that is no force names no killer among the state's forces
    doc = _doc("Three policemen were killed in a clash with Maoists.")
    assert implicit_source(next(t for t in doc if t.lemma_ == "kill"), "190", "IND") is None


def test_a_police_force_named_as_a_body_acts_for_the_home_country() -> None:
    article = "The State Reserve Police at Itarsi arrested a man for drugging passengers on long-distance trains."
    arrests = [e for e in _events(article, extra={"home_country": "IND"}) if e.cameo == "173"]
    assert [(e.source.name, e.source.country, e.source.sector) for e in arrests] == [("State Reserve Police", "IND", "COP")]
    assert not [e for e in _events(article) if e.cameo == "173"]  # no home country: whose police is unknown


def test_a_death_without_a_force_implies_no_killer() -> None:
    doc = _doc("Two people died in a road accident near Agra.")
    assert implicit_source(next(t for t in doc if t.lemma_ == "die"), "190", "IND") is None


def test_seat_of_power_is_its_city() -> None:
    doc = _doc("Putin greeted Raisi at the Kremlin on Thursday.")
    verb = next(t for t in doc if t.lemma_ == "greet")
    place = event_place(verb, next(doc.sents), (), set())
    assert place is not None and (place.name, place.country) == ("Moscow", "RUS")


def test_the_west_is_a_valid_source() -> None:
    assert valid_source(EventArg(None, "the West", None, "GOV", "the West", 0, 8))
    assert not valid_source(EventArg(None, "police", None, "COP", "police", 0, 6))


def test_actors_stage_sets_home_country_and_state_pronoun() -> None:
    body = "India deployed troops in Kashmir. India said it has arrested 40 militants. Police detained two men."
    article = Article(id="t", source="t", body=body, paragraphs=(body,))
    doc = _doc(body)
    article = extract_actors(extract_entities(article, doc), doc)
    assert article.extra.get("home_country") == "IND"
    by_text = {m.text: a for a in article.actors for m in a.mentions}
    assert by_text["it"].name == "India"
    assert by_text["Police"].country == "IND"


@pytest.mark.parametrize(
    ("body", "target"),
    [
        # a target that is no known actor takes the nationality its phrase names
        ("An Austrian court sentenced British historian David Irving to three years in prison.", "GBR"),
        ("Venezuela seized the assets of US oil giant ExxonMobil.", "USA"),
        ("Police arrested a Pakistani national in Delhi.", "PAK"),
    ],
)
def test_a_target_takes_the_nationality_its_phrase_names(body: str, target: str) -> None:
    events = [e for e in _events(body) if e.cameo != "010"]
    assert [e.target.country if e.target else None for e in events] == [target]


def test_a_nationality_makes_no_source() -> None:
    # a sportsman named by nationality is no side that acts
    assert [e for e in _events("The Indian batsman promised a big innings and delivered.") if e.cameo != "010"] == []


@pytest.mark.parametrize(
    ("body", "targets"),
    [
        # force massed at a border is aimed at the other side
        ("More than 100,000 Russian troops have massed near the border with Ukraine.", ["UKR"]),
        # a threat aims at its target; the actor's own missiles are its means, not its target
        ("Russia threatened to aim its missiles at Poland and the Czech Republic.", ["POL", "CZE"]),
    ],
)
def test_force_and_threats_aim_at_the_other_side(body: str, targets: list[str]) -> None:
    events = [e for e in _events(body) if e.cameo != "010"]
    assert [e.target.country if e.target else None for e in events] == targets


def test_a_meeting_near_a_border_does_not_target_the_neighbour() -> None:
    events = [e for e in _events("The two leaders met near the border with Ukraine.") if e.cameo != "010"]
    assert all(e.target is None or e.target.country != "UKR" for e in events)


@pytest.mark.parametrize(
    ("body", "target"),
    [
        ("Boko Haram gunmen abducted 276 girls from a school in the northeastern town of Chibok.", "NGA"),
        ("Brazilian truck drivers blocked highways across the country for a fourth day.", "BRA"),
        ("Russian warplanes bombed the Georgian Black Sea port of Poti.", "GEO"),
    ],
)
def test_an_act_on_unnamed_people_or_places_falls_on_their_country(body: str, target: str) -> None:
    events = [e for e in _events(body) if e.cameo != "010"]
    assert [e.target.country if e.target else None for e in events] == [target]


def test_an_armys_act_with_no_place_names_no_home_target() -> None:
    # jets that bomb "a building" may be abroad: no target is better than their own country
    events = [e for e in _events("Israeli jets bombed a building overnight.") if e.cameo != "010"]
    assert events and all(e.target is None for e in events)


@pytest.mark.parametrize(
    ("body", "target"),
    [
        ("China pledged to build two nuclear power reactors in Pakistan's Punjab province.", "PAK"),
        ("Saudi Arabia pledged 500 million dollars to help rebuild Lebanon's bomb-shattered roads.", "LBN"),
        ("China pledged to double its trade with Brazil within five years.", "BRA"),
    ],
)
def test_a_cooperative_act_benefits_the_country_its_clause_names(body: str, target: str) -> None:
    events = [e for e in _events(body) if e.cameo != "010"]
    assert events and all(e.target is not None and e.target.country == target for e in events)


def test_a_venue_city_is_no_partner() -> None:
    events = [e for e in _events("Iran agreed to resume talks in Vienna.") if e.cameo != "010"]
    assert events and all(e.target is None for e in events)


def test_a_resignation_yields_to_the_resigners_own_country() -> None:
    events = [e for e in _events("Georgian President Eduard Shevardnadze resigned on Sunday.") if e.cameo != "010"]
    assert [(e.cameo_root, e.source.country, e.target.country if e.target else None) for e in events] == [("08", "GEO", "GEO")]


@pytest.mark.parametrize(
    ("body", "root"),
    [
        # armed groups that attack civilians or civilian places use unconventional violence (CAMEO 18)
        ("Al-Shabaab fighters attacked a university in Garissa, Kenya, killing 148 students.", "18"),
        # fighting forces is conventional military force (19)
        ("Kurdish rebels killed 12 Turkish soldiers in an ambush near the Iraqi border.", "19"),
        ("Turkish troops attacked a village in northern Iraq.", "19"),
    ],
)
def test_who_is_attacked_decides_unconventional_or_military_force(body: str, root: str) -> None:
    roots = {e.cameo_root for e in _events(body) if e.cameo != "010"}
    assert roots == {root}


def test_a_countrys_troops_are_its_military_and_repress_a_crowd() -> None:
    body = "Myanmar troops fired live rounds into crowds of monks in Yangon, killing at least five people."
    events = [e for e in _events(body) if e.cameo != "010"]
    assert [(e.source.country, e.source.sector, e.cameo) for e in events] == [("MMR", "MIL", "175")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the reaction's source is who reacted; its target the clause's actor
        ("Malaysia deported thousands of Indonesian workers, prompting complaints from Jakarta.", ("IDN", "MYS", "111")),
        ("Russia vetoed the resolution on Saturday, drawing sharp criticism from Washington.", ("USA", "RUS", "111")),
    ],
)
def test_a_reaction_drawn_is_the_reactors_act(body: str, expected: tuple) -> None:
    reactions = [(e.source.country, e.target.country if e.target else None, e.cameo) for e in _events(body) if e.text.startswith(("prompting", "drawing"))]
    assert reactions == [expected]


def test_a_dateline_is_no_source_and_its_apposition_is() -> None:
    body = "JERUSALEM (Reuters) - Israel on Thursday said it would release 200 Palestinian prisoners."
    sources = {(e.source.text, e.source.country) for e in _events(body)}
    assert sources == {("Israel", "ISR")}


def test_a_qualified_town_places_its_group_in_the_qualifiers_country() -> None:
    events = [e for e in _events("Police in Birmingham, Alabama arrested two men on Friday.") if e.cameo != "010"]
    assert [(e.source.country, e.cameo) for e in events] == [("USA", "173")]


def test_the_home_country_sums_the_mentions_of_every_actor_of_a_country() -> None:
    gbr = [Actor(id=f"g{i}", name=f"G{i}", country="GBR", sector="GOV", role=None, mentions=(Mention("x", 0, 1),)) for i in range(3)]
    rus = Actor(id="r", name="R", country="RUS", sector="GOV", role=None, mentions=(Mention("y", 2, 3), Mention("y", 4, 5)))
    assert ActorIndex((*gbr, rus)).home == "GBR"


def test_forces_sent_are_the_means_and_the_destination_is_the_target() -> None:
    events = [e for e in _events("Chavez ordered ten battalions and tanks to the Colombian border on Sunday.") if e.cameo != "010"]
    assert [e.target.country if e.target else None for e in events] == ["COL"]


def test_a_visiting_guest_visits_the_host() -> None:
    events = _events("Kuwait's emir received the visiting Iraqi prime minister at Bayan Palace on Wednesday.")
    pairs = {(e.cameo, e.source.country, e.target.country if e.target else None) for e in events}
    assert {("043", "KWT", "IRQ"), ("042", "IRQ", "KWT")} <= pairs


def test_a_guest_arriving_at_the_hosts_seat_visits_the_host() -> None:
    # audit 12: the target was dropped ("at" names no target for other acts)
    events = [e for e in _events("Israeli Prime Minister Benjamin Netanyahu arrived at the White House on Monday.") if e.cameo == "042"]
    assert events and {e.target.country for e in events if e.target} == {"USA"}


def test_a_named_body_the_tables_do_not_know_takes_no_country_from_the_article() -> None:
    body = (
        "Yukos shares fell in Moscow. Russian prosecutors charged Yukos managers. "
        "Deutsche Bank has called on the US court to throw out the case."
    )
    assert all(e.source.country != "RUS" for e in _events(body) if e.source.text == "Deutsche Bank")


def test_a_clause_before_a_request_is_not_what_it_asks() -> None:
    body = "The UK, France and Germany want the EU budget capped at 1% of incomes - the European Commission has urged an increase."
    requests = [e for e in _events(body) if e.cameo_root == "02"]
    assert requests and all(e.target is None for e in requests)


def test_a_venue_is_no_side_of_a_mutual_act() -> None:
    events = [e for e in _events("Turkey and Armenia signed accords in Zurich on Saturday.") if e.cameo_root == "05"]
    assert {(e.source.country, e.target.country if e.target else None) for e in events} == {("TUR", "ARM"), ("ARM", "TUR")}
    partner = [e for e in _events("Russia and China signed an agreement with Iran on Tuesday.") if e.cameo_root == "05"]
    assert ("RUS", "IRN") in {(e.source.country, e.target.country if e.target else None) for e in partner}


def test_a_to_phrase_the_parser_calls_dative_names_the_target() -> None:
    events = [e for e in _events("South Africa granted asylum to Aristide.") if e.cameo_root == "07"]
    assert [(e.source.country, e.target.name if e.target else None) for e in events] == [("ZAF", "Jean-Bertrand Aristide")]


def test_force_at_people_doing_something_targets_them() -> None:
    events = [e for e in _events("Greek riot police fired tear gas at protesters hurling petrol bombs outside parliament in Athens.") if e.cameo == "175"]
    assert [(e.target.text if e.target else None) for e in events] == ["protesters"]


def test_an_act_told_twice_keeps_the_telling_with_a_target() -> None:
    events = [e for e in _events("Thousands of Kenyans marched through central Nairobi on Tuesday to protest against a tax increase.") if e.cameo_root == "14"]
    assert events and all(e.target is not None for e in events)


def test_a_named_body_the_tables_do_not_know_is_still_a_target() -> None:
    events = [e for e in _events("The US government sued Boeing on Monday.") if e.cameo_root == "11"]
    assert [(e.source.country, e.target.name if e.target else None) for e in events] == [("USA", "Boeing")]


def test_a_promise_told_to_someone_is_made_to_them() -> None:
    events = [e for e in _events("Tony Blair told Gordon Brown in 2003 he would step down.") if e.cameo_root == "03"]
    assert events and all(e.target is not None and e.target.name == "Gordon Brown" for e in events)


def test_an_allegation_targets_the_one_it_is_about() -> None:
    events = [e for e in _events("The US State Department alleged that Iran had supplied drones to Russia.") if e.cameo_root == "11"]
    assert [(e.source.country, e.target.country if e.target else None) for e in events] == [("USA", "IRN")]


def test_his_government_is_the_government_of_the_man_before_it() -> None:
    body = "Pakistani Prime Minister Nawaz Sharif said his government was ready to open a dialogue with New Delhi on all disputes."
    events = [e for e in _events(body) if e.cameo_root == "03"]
    assert events and all(e.source.country == "PAK" for e in events)


def test_an_agent_the_parser_hung_on_an_argument_still_acts() -> None:
    body = "A daytime curfew was imposed on Baghdad and three neighbouring provinces by the Iraqi government after the bombing."
    assert [(e.source.country, e.source.sector) for e in _events(body) if e.cameo.startswith("172")] == [("IRQ", "GOV")]
    assert not [e for e in _events("Sanctions were imposed on Iran after a report by UN experts.") if e.cameo_root == "16"]


@pytest.mark.parametrize(
    ("body", "root", "target"),
    [
        ("The Security Council demanded an immediate ceasefire in Libya on Friday.", "10", "LBY"),
        ("The United Nations set up a commission of inquiry into human rights abuses in North Korea on Thursday.", "09", "PRK"),
    ],
)
def test_a_country_inside_the_object_is_what_a_demand_or_inquiry_bears_on(body: str, root: str, target: str) -> None:
    events = [e for e in _events(body) if e.cameo_root == root]
    assert events and all(e.target is not None and e.target.country == target for e in events)


def test_a_country_hung_on_the_verb_is_a_venue_not_a_target() -> None:
    events = [e for e in _events("The UN envoy demanded a ceasefire during a visit to Rome in Italy.") if e.cameo_root == "10"]
    assert events and all(e.target is None or e.target.country != "ITA" for e in events)


def test_the_leaders_of_two_countries_are_two_sides() -> None:
    events = [e for e in _events("The leaders of Kosovo and Serbia met face to face in Brussels on Thursday.") if e.cameo_root == "04"]
    assert {(e.source.country, e.target.country if e.target else None) for e in events} == {("XKX", "SRB"), ("SRB", "XKX")}


def test_a_journey_for_talks_targets_the_partner_of_the_talks() -> None:
    body = "Norway's peace envoy Erik Solheim flew to Kilinochchi on Thursday for talks with Tamil Tiger leader Velupillai Prabhakaran."
    events = [e for e in _events(body) if e.cameo_root == "04"]
    assert [(e.source.country, e.target.country if e.target else None) for e in events] == [("NOR", "LKA")]


@pytest.mark.parametrize(
    ("body", "target"),
    [
        ("Trump threatened to impose tariffs on all goods unless Mexico stops the flow of migrants.", "MEX"),
        ("Iran threatened to close the Strait of Hormuz if the United States attacked it.", "USA"),
    ],
)
def test_a_threat_falls_on_the_one_whose_act_is_its_condition(body: str, target: str) -> None:
    events = [e for e in _events(body) if e.cameo_root == "13"]
    assert events and all(e.target is not None and e.target.country == target for e in events)


def test_an_international_body_in_the_object_outranks_a_later_place() -> None:
    body = "A roadside bomb struck a UN peacekeeping convoy near Kidal in northern Mali on Saturday."
    events = [e for e in _events(body) if e.cameo_root == "18"]
    assert events and all(e.target is not None and e.target.sector == "IGO" for e in events)


def test_a_vehicle_rammed_into_others_is_force_and_a_bill_rammed_through_is_not() -> None:
    assert [e.cameo_root for e in _events("A Chinese coast guard vessel rammed a Philippine supply boat.")] == ["19"]
    assert not _events("The government rammed the bill through parliament.")


@pytest.mark.parametrize(
    ("body", "root", "target"),
    [
        ("A Bangladeshi war crimes tribunal sentenced a senior leader of the Islamist Jamaat-e-Islami party to death.", "11", "BGD"),
        ("Israel threatened to hit militants in Gaza.", "13", None),  # another country is in play
    ],
)
def test_a_demand_charge_or_threat_on_unnamed_people_at_home_falls_on_the_home_country(body: str, root: str, target: str | None) -> None:
    events = [e for e in _events(body) if e.cameo_root == root]
    assert events and all((e.target.country if e.target else None) == target for e in events)


@pytest.mark.parametrize(
    ("body", "target"),
    [
        ("Iran warned that Israel would face severe consequences if it attacked.", "ISR"),
        ("Israeli Defence Minister Ehud Barak warned that Israel would strike hard at Lebanon's infrastructure.", "LBN"),
    ],
)
def test_a_warning_targets_the_other_side_it_names(body: str, target: str) -> None:
    events = [e for e in _events(body) if e.cameo_root == "13"]
    assert events and all(e.target is not None and e.target.country == target for e in events)


def test_people_facing_a_danger_or_a_bill_to_pay_make_no_threat() -> None:
    body = "Somalia's government appealed for food aid, warning that drought had left four million people facing starvation."
    assert not [e for e in _events(body) if e.cameo_root == "13"]


def test_him_after_a_named_person_the_tables_do_not_know_is_that_person() -> None:
    events = [e for e in _events("Nicola Sturgeon wrote to Mr McConnell on Monday, accusing him of an error of judgement.") if e.cameo_root == "11"]
    assert [(e.source.country, e.target.name if e.target else None) for e in events] == [("GBR", "McConnell")]


def test_an_inquiry_targets_what_it_looks_into_not_the_source_of_a_leak() -> None:
    body = ("Pakistan's anti-corruption agency opened an investigation on Monday into the overseas property holdings of "
            "Prime Minister Nawaz Sharif's family, following leaks from a Panama law firm.")
    events = [e for e in _events(body) if e.cameo_root == "09"]
    assert [(e.source.country, e.target.country if e.target else None) for e in events] == [("PAK", "PAK")]
    inquiry = [e for e in _events("France launched an inquiry into the Russian hacking of its election.") if e.cameo_root == "09"]
    assert [(e.target.country if e.target else None) for e in inquiry] == ["RUS"]
