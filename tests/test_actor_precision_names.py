"""Actor precision on real-news patterns: bare surnames, article-spelled acronyms and demonyms.

Each test runs the real pipeline (entities, places, actors, events) over sentences written for
it and asserts the country or actor that a reader of the text would give.
"""

from __future__ import annotations

from newsgraph.knowledge.countries import country_by_name
from newsgraph.knowledge.lookup import lookup_actor
from tests.stages import actor_mentioned, annotate, events_of

# A British story of 2005 about Michael Howard; the tables know only John Howard (AUS).
UK_HOWARD = (
    "Tory leader Michael Howard has attacked Tony Blair over immigration. "
    "Mr Howard said Labour had lost control of Britain's borders. "
    "Howard accused the prime minister of failing British voters. "
    "Labour said the Conservatives had no plan for the NHS."
)


def test_bare_surname_joins_the_full_name_in_the_article_not_a_foreign_holder() -> None:
    article = annotate(UK_HOWARD, "2005-03-01")
    howard = [a for a in article.actors if any(m.text == "Howard" for m in a.mentions)]
    assert [a.name for a in howard] == ["Michael Howard"]
    assert howard[0].country == "GBR"
    accused = [e for e in article.events if e.source.text == "Howard"]
    assert accused and all(e.source.country == "GBR" for e in accused)


def test_bare_surname_in_a_clearly_british_story_is_no_foreign_holder() -> None:
    body = (
        "Howard attacked Labour over taxes in London on Monday. "
        "The Conservatives said Britain needed lower taxes. "
        "Labour said British families were better off. "
        "Howard said the Tories would cut council tax in England."
    )
    article = annotate(body, "2005-03-01")
    assert all(a.name != "John Howard" for a in article.actors)
    assert all(e.source.country != "AUS" for e in article.events)


def test_titled_surname_after_the_full_name_still_names_the_holder() -> None:
    body = (
        "Iranian President Ebrahim Raisi met Russian President Vladimir Putin in Tehran. "
        "President Raisi criticised Israel. Raisi said sanctions had failed."
    )
    article = annotate(body, "2023-12-07")
    raisi = actor_mentioned(article, "Raisi")
    assert (raisi.name, raisi.country) == ("Ebrahim Raisi", "IRN")
    assert [e.source.country for e in article.events if "Raisi" in e.source.text] == ["IRN"] * 3


def test_surname_with_no_evidence_against_names_the_holder() -> None:
    events = events_of("Putin criticised Ukraine's government on Monday.", "2023-12-07")
    assert any(e.source.name == "Vladimir Putin" and e.source.country == "RUS" for e in events)


def test_government_noun_after_a_surname_supports_the_holder() -> None:
    body = "The Obama administration did not call on Cuba's leadership to hold elections, officials said."
    article = annotate(body, "2016-01-01")
    assert actor_mentioned(article, "Obama").name == "Barack Obama"


def test_acronym_spelled_out_in_the_article_names_that_body() -> None:
    body = (
        "BNP leader Nick Griffin arrested. The leader of the British National Party has been arrested "
        "by police in Leeds. A BNP spokesperson said Mr Griffin was arrested on Tuesday morning."
    )
    article = annotate(body, "2005-03-01")
    assert actor_mentioned(article, "Nick Griffin").country == "GBR"
    assert all(a.country != "BGD" for a in article.actors)
    said = [e for e in article.events if "BNP spokesperson" in e.source.text]
    assert said and said[0].source.country == "GBR"


def test_acronym_alone_keeps_the_table_reading() -> None:
    events = events_of("The BNP called a general strike in Dhaka on Sunday.", "2005-03-01")
    assert events and events[0].source.country == "BGD"


def test_azerbaijani_is_a_nationality_and_coordinated_forces_are_two_sides() -> None:
    events = events_of("Azerbaijani and Armenian forces exchanged heavy fire along the border overnight.", "2020-10-01")
    sides = {(e.source.country, e.target.country if e.target else None) for e in events}
    assert ("AZE", "ARM") in sides and ("ARM", "AZE") in sides


def test_demonym_the_tagger_calls_a_person_still_names_a_country() -> None:
    events = events_of("Azerbaijani troops shelled Armenian positions near the town.", "2020-10-01")
    assert any(e.source.country == "AZE" and e.target and e.target.country == "ARM" for e in events)


def test_trades_union_congress_is_british_labour_not_the_us_congress() -> None:
    events = events_of("The Trades Union Congress is discussing the pension plans next Monday.", "2005-03-01")
    assert all(e.source.country != "USA" for e in events)


def test_common_noun_states_is_not_america() -> None:
    assert lookup_actor("all states", "2005-03-01") is None
    assert country_by_name("the States") == "USA"
    article = annotate("Rogue states and eventually all states must destroy their stocks, the report said.", "2005-03-01")
    assert all(a.country != "USA" for a in article.actors)
    assert all(e.source.country != "USA" for e in article.events)


def test_firm_name_word_is_no_town() -> None:
    body = "Accountancy firm Ernst & Young urged the chancellor to put politics aside."
    events = events_of(body, "2005-03-01")
    assert all(e.source.country != "URY" for e in events)
