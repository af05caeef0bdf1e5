"""The error kinds audit 19 found in 100 events of 2016 US election news (PolNeAR train articles,
session 19), each as the kind of sentence those outlets wrote, through the real pipeline: a
candidate without a sector, the office in "if elected president" read as its holder, the pope
as an American cleric, Georgia the state read as the Caucasian country, and campaign idioms
("landing body blows", "had New Hampshire locked up", "the nomination battle") read as force,
visits or arrests.
"""

from __future__ import annotations

import pytest
from tests.stages import annotate, events_of

from newsgraph.knowledge.countries import georgia_is_us_state
from newsgraph.knowledge.lookup import lookup_actor
from newsgraph.model import Event

PUBLISHED = "2016-03-02T10:00:00"


def acts(body: str, published: str = PUBLISHED) -> list[Event]:
    return [e for e in events_of(body, published) if e.cameo != "010"]


@pytest.mark.parametrize(
    ("when", "sector", "role"),
    [
        ("2016-03-02", "PTY", "Republican presidential candidate"),
        ("2016-12-01", "ELI", "President-elect"),
        ("2018-01-01", "GOV", "President"),
        ("2023-01-01", "ELI", "former President"),
    ],
)
def test_a_candidate_is_a_party_figure_until_he_takes_office(when: str, sector: str, role: str) -> None:
    code = lookup_actor("Donald Trump", when=when)
    assert code is not None and (code.country, code.sector, code.role) == ("USA", sector, role)


def test_the_office_in_a_condition_is_nobodys() -> None:
    """'if elected president "I will work"': the speaker works, not the sitting president."""
    found = acts('Cruz says if elected president "I will work very, very closely with leaders in Congress."')
    assert found and all(e.source.name == "Ted Cruz" for e in found)


def test_a_plain_office_subject_is_still_its_holder() -> None:
    found = acts("The US president will meet leaders of Congress on Friday.")
    assert any(e.source.name == "Barack Obama" for e in found)


@pytest.mark.parametrize("phrase", ["the pope", "the Pope", "Pope"])
def test_the_pope_heads_the_holy_see_wherever_the_story_is_set(phrase: str) -> None:
    code = lookup_actor(phrase, when="2016-03-02", country_hint="USA")
    assert code is not None and (code.name, code.country, code.sector) == ("Pope Francis", "VAT", "REL")


def test_the_pope_criticised_is_the_holy_see() -> None:
    found = acts("Donald Trump criticized the pope on Thursday over his remarks on the border wall.")
    assert [(e.cameo[:2], e.target.country if e.target else None) for e in found] == [("11", "VAT")]


def test_catholic_bishops_stay_with_their_country() -> None:
    code = lookup_actor("Catholic bishops", when="2016-03-02", country_hint="USA")
    assert code is not None and code.country == "USA"


def test_georgia_among_us_states_is_the_us_state() -> None:
    found = acts("Trump thanked Texas and Georgia after the polls closed in Virginia.")
    assert found and {e.target.country for e in found if e.target} == {"USA"}


def test_georgia_with_the_caucasus_is_the_country() -> None:
    assert not georgia_is_us_state("Russia and Georgia fought a war in 2008 over South Ossetia, and Texas watched.")
    found = acts("Russia and Georgia fought a war in 2008 over South Ossetia.", "2008-09-01T10:00:00")
    assert {e.source.country for e in found} == {"RUS", "GEO"}


def test_georgia_the_state_is_placed_in_the_us() -> None:
    article = annotate("Clinton won Georgia, Virginia and Alabama on Super Tuesday.", PUBLISHED)
    georgia = [p for p in article.places if p.text == "Georgia"]
    assert georgia and georgia[0].country == "USA"


def test_a_politicians_attack_is_words() -> None:
    found = acts(
        "Earlier in the day, Trump was attacked by Democratic presidential front-runner and former secretary"
        " of state Hillary Clinton for suggesting that he would remain neutral."
    )
    assert [(e.cameo, e.source.name, e.target.name if e.target else None) for e in found] == [("111", "Hillary Clinton", "Donald Trump")]


def test_a_retort_in_a_statement_is_no_shooting() -> None:
    found = acts("Donald Trump shot back at Marco Rubio in a statement on Friday.")
    assert not [e for e in found if e.cameo_root in {"18", "19"}]


def test_an_armys_attack_is_still_force() -> None:
    found = acts("Syrian troops attacked rebel positions near Aleppo on Tuesday.", "2016-03-02T10:00:00")
    assert any(e.cameo_root in {"19", "18"} for e in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Clinton's organization had New Hampshire locked up for months.",
        "And so far, Trump's been landing body blows in the Rust Belt on the Republican side.",
        "Trump landed himself in hot water last week by saying that the judge can't be impartial.",
        "Most of the ads in the two states that lead off the GOP nomination battle come from super PACs.",
        "The governor has been Trump's attack dog, sinking his teeth into Sen. Marco Rubio.",
        "As the candidates head to their respective party conventions, they will confront angry voters.",
        "The current Associated Press count gives her 1,280 pledged delegates and 469 super delegates.",
        "Only one candidate receives a majority of the 2,470 delegates available in the nomination race.",
        "Rubio has shifted to match the mood, offering more dire warnings about terrorism and attacks against Obama.",
        "A company Trump owns has charged the campaign approximately $3.7 million in travel costs.",
        "Officials in Minnesota brand their federally-funded program as Building Community Resilience.",
        "Most Democrats agree that a president should not be able to do that.",
        "While Clinton considered drug companies her enemies, she took their money.",
        "Bernie Sanders effectively shut down such questions for her at the debate.",
        "Carson's adviser suggested that the candidate was seizing back control of his campaign.",
        "The State Department shut its system down in late 2014, nearly two years after Mrs. Clinton left office.",
    ],
)
def test_campaign_idioms_and_views_are_no_acts(sentence: str) -> None:
    found = acts(sentence)
    assert found == [], [(e.cameo, e.text) for e in found]


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("Police locked up three protesters in Chicago on Friday.", "17"),
        ("Israeli troops seized control of the town of Hebron.", "19"),
        ("The premier landed in Beijing on Monday for talks with Chinese leaders.", "04"),
        ("French and German ministers agreed that their countries should cooperate on refugees.", "03"),
        ("Obama sank the deal by refusing to sign it.", "12"),
        ("Russia offered aid to the flood victims in Serbia.", "03"),
    ],
)
def test_the_real_acts_beside_those_idioms_stay(sentence: str, root: str) -> None:
    assert any(e.cameo_root == root for e in acts(sentence)), [(e.cameo, e.text) for e in acts(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sanders beat her 51% to 36% in West Virginia.",
        "Clinton defeated Sanders 55 percent to 45 percent in New York.",
        '"I\'d beat him," Trump said of Cruz.',
        "Sanders and Clinton traded the lead throughout the vote count.",
        "The second incident occurred when he was caught in another sexting exchange with a porn star.",
    ],
)
def test_races_won_and_scandals_are_no_force_or_arrest(sentence: str) -> None:
    assert not [e for e in acts(sentence) if e.cameo_root in {"06", "17", "18", "19"}]


@pytest.mark.parametrize(
    ("sentence", "root"),
    [
        ("Police beat 25 protesters in Cairo on Friday.", "17"),
        ("The suspect was caught in Mumbai by police on Monday.", "17"),
        ("China and Japan trade extensively.", "06"),
        ("The Syrian government attacked Aleppo on Monday.", "19"),
    ],
)
def test_the_beatings_arrests_and_attacks_beside_them_stay(sentence: str, root: str) -> None:
    assert any(e.cameo_root == root for e in acts(sentence)), [(e.cameo, e.text) for e in acts(sentence)]


def test_a_politicians_attacks_as_a_noun_are_words() -> None:
    found = acts("The comment came in response to Sanders's attacks on her willingness to accept Wall Street donations.")
    assert [(e.cameo, e.source.name) for e in found] == [("111", "Bernie Sanders")]


def test_she_never_joins_a_man() -> None:
    article = annotate('Ben Carson spoke to supporters in Iowa. "I feel bad to say it," she said.', PUBLISHED)
    carson = next(a for a in article.actors if a.name == "Ben Carson")
    assert [m.text for m in carson.mentions] == ["Ben Carson"]


def test_a_firm_with_a_possessive_name_is_the_firm() -> None:
    found = acts("Democrats have lambasted McDonald's for its resistance to minimum wage hikes.")
    assert [(e.target.name, e.target.sector) for e in found if e.target] == [("McDonald's", "BUS")]


def test_a_city_namesake_of_a_holder_names_no_court() -> None:
    assert lookup_actor("the Kennedy Court", when="2016-06-29").country is None


@pytest.mark.parametrize(("phrase", "hint", "found"), [("conservatives", "GBR", False), ("Conservatives", "USA", False), ("the Conservatives", "GBR", True)])
def test_conservatives_are_a_party_only_in_british_news(phrase: str, hint: str, found: bool) -> None:
    code = lookup_actor(phrase, when="2016-06-29", country_hint=hint)
    assert (code is not None and code.name == "Conservative Party") is found


def test_a_us_states_name_is_read_whole() -> None:
    found = acts("Hillary Clinton is pulling out her New York credentials fast.")
    assert not [e for e in found if e.target and e.target.country == "GBR"]


def test_a_second_to_phrase_names_the_target() -> None:
    found = acts("Sen. Bernie Sanders apologized to his supporters and to Hillary Clinton for the breach.")
    assert [(e.cameo, e.target.name if e.target else None) for e in found] == [("055", "Hillary Clinton")]
