"""The error kinds audit 20 found in 100 events of 2016 US election news (PolNeAR train articles,
session 20), and the review of that pool around it, each as the kind of sentence those outlets
wrote, through the real pipeline: campaign rallies read as protests, poll shares as endorsements,
"took some shots at" as taking a town, a habit given up as a resignation, trials held as people
detained, a party's ruling as a verdict, a promise to veto as a veto, and a negation lost across
"or".
"""

from __future__ import annotations

import pytest
from tests.stages import events_of

from newsgraph.knowledge.lookup import lookup_actor
from newsgraph.model import Event

PUBLISHED = "2016-03-02T10:00:00"


def acts(body: str, published: str = PUBLISHED) -> list[Event]:
    return [e for e in events_of(body, published) if e.cameo != "010"]


def roots(body: str) -> list[str]:
    return [e.cameo[:2] for e in acts(body)]


# ---- campaign gatherings and parades are no protest (CAMEO 14)


@pytest.mark.parametrize(
    "body",
    [
        "Donald Trump held rallies all over the southwest.",
        "Trump and his aides also are organizing fundraisers and rallies in Virginia.",
        "Hillary Clinton marched in the New York parade.",
    ],
)
def test_a_candidates_rally_or_parade_is_no_protest(body: str) -> None:
    assert "14" not in roots(body)


@pytest.mark.parametrize(
    "body",
    [
        "Bernie Sanders held a rally against the pipeline in Washington.",
        "Bernie Sanders joined a protest rally against the pipeline in Washington.",
        "Thousands of protesters held a rally against Donald Trump in Chicago.",
    ],
)
def test_a_rally_against_something_is_still_a_protest(body: str) -> None:
    assert "14" in roots(body)


# ---- poll and vote shares


@pytest.mark.parametrize(
    "body",
    [
        "Female troops preferred Hillary Clinton 51 percent to 24 percent, while male troops backed Donald Trump, 57 percent to 22 percent.",
        "Americans overwhelmingly oppose cutting off federal funds for Planned Parenthood, a new poll finds.",
    ],
)
def test_a_poll_finding_is_no_act(body: str) -> None:
    assert roots(body) == []


def test_a_named_backer_still_endorses() -> None:
    found = acts("Senator Jeff Sessions backed Donald Trump on Friday.")
    assert [(e.cameo[:2], e.source.name, e.target.name if e.target else None) for e in found] == [("05", "Jeff Sessions", "Donald Trump")]


def test_a_governments_opposition_is_still_a_rejection() -> None:
    assert "12" in roots("The Chinese government opposes the sanctions that the United States imposed on its banks.")


# ---- idioms and habits


def test_taking_shots_at_a_rival_is_criticism_of_him_not_taking_a_town() -> None:
    found = acts("At a town hall in Brooklyn, Hillary Clinton took some shots at Bernie Sanders.")
    assert [(e.cameo[:2], e.target.name if e.target else None) for e in found] == [("11", "Bernie Sanders")]


def test_a_target_after_at_when_the_row_names_at() -> None:
    found = acts("Hillary Clinton took aim at Bernie Sanders.")
    assert [(e.cameo, e.target.name if e.target else None) for e in found] == [("111", "Bernie Sanders")]


def test_quitting_a_habit_is_no_resignation() -> None:
    assert "08" not in roots("Hillary Clinton quit giving paid speeches before announcing her run in April.")


def test_quitting_an_office_is_still_a_resignation() -> None:
    assert "08" in roots("Defence Secretary Michael Fallon quit the cabinet on Wednesday.")


def test_aiding_and_abetting_is_no_aid() -> None:
    assert roots("Republicans have aided and abetted the country's leftward lurch.") == []


def test_aid_is_still_aid() -> None:
    found = acts("The United States aided Ukraine with weapons.")
    assert [(e.cameo[:2], e.target.country if e.target else None) for e in found] == [("07", "UKR")]


@pytest.mark.parametrize(
    "body",
    [
        "House Democrats seized the floor from Republicans on Wednesday.",
        "Turkish President Recep Tayyip Erdogan laments hosting the growing number of migrants and refugees.",
        "The candidate has bucked efforts to rein in his behavior, committing repeated gaffes.",
        "Mr. Trump's news conference offered a striking contrast with the Bush family rally.",
        "Two trials have been held before a federal judge on North Carolina's law.",
    ],
)
def test_idioms_and_events_held_are_no_acts(body: str) -> None:
    assert [r for r in roots(body) if r in {"17", "04", "03"}] == []


def test_people_held_are_still_detained() -> None:
    assert "17" in roots("Two journalists have been held by police in Istanbul since Monday.")


def test_joining_a_lawsuit_is_a_lawsuit() -> None:
    found = acts("Bernie Sanders is also joining the lawsuit against Arizona.")
    assert [e.cameo for e in found] == ["115"]


# ---- legal words in politicians' mouths, and who can rule


def test_a_politician_who_prosecutes_a_rival_criticises_him() -> None:
    found = acts("Hillary Clinton aggressively prosecuted Sen. Bernie Sanders on issues from gun control to health care.")
    assert [(e.cameo, e.target.name if e.target else None) for e in found] == [("111", "Bernie Sanders")]


def test_prosecutors_still_charge() -> None:
    found = acts("Italian prosecutors indicted Silvio Berlusconi on bribery charges.")
    assert [(e.cameo, e.source.sector) for e in found] == [("173", "JUD")]


def test_a_party_ruling_finds_nobody_guilty() -> None:
    assert "11" not in roots("The Nevada Democratic Party ruled against Bernie Sanders.")


def test_a_court_still_sentences() -> None:
    found = acts("A court in Cairo sentenced Mohamed Morsi to death.")
    assert [(e.cameo, e.source.sector) for e in found] == [("116", "JUD")]


def test_money_put_into_a_course_is_no_economic_cooperation() -> None:
    assert roots("Donald Trump invested about $20 million in renovations for the course.") == []


def test_a_states_investment_in_another_still_cooperates() -> None:
    found = acts("China invested $5 billion in Pakistan.")
    assert [(e.cameo, e.target.country if e.target else None) for e in found] == [("061", "PAK")]


# ---- modality


def test_a_promised_veto_is_still_to_come() -> None:
    found = acts("President Obama has promised to veto the bill.")
    assert [(e.cameo, e.modality) for e in found] == [("129", "future")]


def test_negation_carries_across_or() -> None:
    found = acts("Bernie Sanders said he will vote for Hillary Clinton, but he has not endorsed her or conceded his bid for the nomination.")
    assert all(e.modality != "asserted" for e in found if e.cameo[:2] in {"05", "08"})
    assert any(e.cameo[:2] == "08" and e.modality == "negated" for e in found)


def test_but_keeps_the_second_act_asserted() -> None:
    found = acts("Israeli police have not arrested two journalists, but released their colleague on Monday.")
    assert [(e.cameo[:2], e.modality) for e in found] == [("17", "negated"), ("08", "asserted")]


def test_neither_nor_subjects_negate_and_an_inclination_is_no_act() -> None:
    found = acts("Neither Donald Trump nor Ted Cruz is inclined to attack Hillary Clinton.")
    assert found and all(e.modality == "negated" for e in found)
    found = acts("Donald Trump is inclined to attack Hillary Clinton.")
    assert found and all(e.modality == "hypothetical" for e in found)


def test_neither_side_attacked_nobody() -> None:
    assert all(e.modality == "negated" for e in acts("Neither Russia nor China attended the summit."))


# ---- force words for causes and descriptions


def test_fighting_to_defend_a_tax_is_no_force() -> None:
    assert [r for r in roots("In the past, the White House has fought hard to defend the Cadillac tax.") if r in {"18", "19", "20"}] == []


def test_fighting_to_retake_a_city_is_force() -> None:
    assert "19" in roots("Syrian troops fought to retake the city of Aleppo.")


def test_a_place_described_as_a_war_is_no_act() -> None:
    assert roots("Afghanistan is America's longest war.") == []


# ---- a person's followers and challengers are not the person


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("Bernie Sanders won in Vermont.\nMany Sanders supporters complained that the long lines hurt him.", "supporters of Bernie Sanders"),
        (
            (
                "Hillary Clinton spoke in Iowa. Martin O'Malley and other Clinton challengers complained that the Democratic "
                "National Committee had limited the debates."
            ),
            "opponents of Hillary Clinton",
        ),
    ],
)
def test_followers_and_challengers_named_after_a_person_are_his_side(body: str, source: str) -> None:
    found = [e for e in acts(body) if e.cameo[:2] == "11"]
    assert [e.source.name for e in found] == [source]


def test_a_peoples_stance_without_a_poll_is_its_leaders_act() -> None:
    assert "12" in roots("The Palestinians reject the proposed Israeli changes to the land deal, their chief negotiator said.")


# ---- local offices and names with particles


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("the Wisconsin governor", "Wisconsin governor"), ("the New York mayor", "New York mayor"), ("the British governor", "United Kingdom governor")],
)
def test_a_governor_or_mayor_is_one_person_of_his_state_or_city(phrase: str, name: str) -> None:
    code = lookup_actor(phrase, when="2016-03-02")
    assert code is not None and (code.name, code.sector, code.kind) == (name, "GOV", "person")


@pytest.mark.parametrize(("phrase", "name"), [("Mayor Bill de Blasio", "Bill de Blasio"), ("President Charles de Gaulle", "Charles de Gaulle")])
def test_a_name_particle_stays_in_the_name(phrase: str, name: str) -> None:
    code = lookup_actor(phrase, when="1965-03-02")
    assert code is not None and code.name == name and code.kind == "person"


def test_an_endorsing_governor_is_no_national_government() -> None:
    found = acts("The Wisconsin governor threw his support behind Ted Cruz.")
    assert [(e.source.name, e.source.country, e.target.name if e.target else None) for e in found] == [("Wisconsin governor", "USA", "Ted Cruz")]


def test_hacked_into_names_the_body_hacked() -> None:
    found = acts("Hillary Clinton said Russian intelligence services hacked into Democratic National Committee computers.")
    assert [(e.cameo[:2], e.source.country, e.target.name if e.target else None) for e in found] == [("17", "RUS", "Democratic National Committee")]


def test_the_party_committees_are_their_parties_bodies() -> None:
    found = acts("The Nevada State Democratic Party issued a formal complaint to the Democratic National Committee.")
    assert [(e.target.name, e.target.sector) for e in found if e.target] == [("Democratic National Committee", "PTY")]


def test_a_partys_challenger_is_its_own_candidate() -> None:
    found = acts("A Conservative election challenger is quitting after being quoted as wanting creative destruction.", "2005-03-01")
    assert [e.source.name for e in found if e.cameo[:2] == "08"] == ["Conservative Party"]


def test_making_good_on_promises_promises_nothing_new() -> None:
    assert roots("Donald Trump made good on those promises.") == []


# ---- audit 21 (the session's final measure) after it: names with initials, "call for X to", "whose"


@pytest.mark.parametrize(
    ("phrase", "name", "country"),
    [("Vladimir V. Putin", "Vladimir Putin", "RUS"), ("John F. Kerry", "John Kerry", "USA"), ("George W. Bush", "George W. Bush", "USA")],
)
def test_a_middle_initial_does_not_hide_a_known_person(phrase: str, name: str, country: str) -> None:
    code = lookup_actor(phrase, when="2016-09-06")
    assert code is not None and (code.name, code.country) == (name, country)


def test_calling_for_another_to_resign_is_an_appeal_to_him() -> None:
    found = acts("Donald Trump called for Barack Obama to resign.")
    assert [(e.cameo, e.source.name, e.target.name if e.target else None) for e in found] == [("0241", "Donald Trump", "Barack Obama")]


def test_calling_for_two_sides_to_act_asks_both() -> None:
    found = acts("The United Nations called for Israel and Hamas to halt the fighting.")
    assert sorted(e.target.name for e in found if e.target) == ["Hamas", "Israel"]


def test_whose_names_the_owner_as_target() -> None:
    found = acts("Bernie Sanders praised Elizabeth Warren, whose plan Hillary Clinton rejected.")
    assert [(e.source.name, e.target.name if e.target else None) for e in found if e.cameo[:2] == "12"] == [("Hillary Clinton", "Elizabeth Warren")]


def test_her_after_a_mans_act_names_the_woman_before() -> None:
    found = acts("Hillary Clinton spoke in Ohio. Bernie Sanders mocked her refusal to release transcripts.")
    assert [(e.source.name, e.target.name if e.target else None) for e in found if e.cameo[:2] == "11"] == [("Bernie Sanders", "Hillary Clinton")]


@pytest.mark.parametrize(
    "body",
    ["Barack Obama praised Hillary Clinton and criticized her opponents.", "Senator Jeff Sessions welcomed his gracious apology."],
)
def test_his_or_her_own_or_their_side_is_no_target(body: str) -> None:
    found = [e for e in acts(body) if e.cameo[:2] in {"11", "05"} and e.text in {"criticized", "welcomed"}]
    assert found and all(e.target is None for e in found)
