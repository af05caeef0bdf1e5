"""Actor precision on real-news patterns: the article's own government, towns qualified by a
state or country, people speaking for a named body, and wire datelines.

Each test runs the real pipeline over sentences written for it and asserts the country or
speaker a reader of the text would give.
"""

from __future__ import annotations

from newsgraph.extract.quotes import extract_quotes
from newsgraph.nlp import load_nlp
from tests.stages import actor_mentioned, annotate

# A British story that names Germany more often than any other single place, but whose actors
# (the Welsh Assembly Government, the Arts Council of Wales) are British.
WELSH_ARTS = (
    "Welsh arts row over Hitler jibe. "
    "The Arts Council of Wales has accused ministers of acting like Hitler's Germany. "
    "The Arts Council of Wales said Germany in the 1930s had taken control of the arts. "
    "Culture Minister Alun Pugh said it was crass to compare a review to Germany. "
    "The Welsh Assembly Government said the Arts Council of Wales would keep its funding. "
    "Mr Pugh said Germany was no model for Wales."
)


def test_domestic_minister_takes_the_home_country_not_a_country_named_more_often() -> None:
    article = annotate(WELSH_ARTS, "2005-03-01")
    assert article.extra.get("home_country") == "GBR"
    assert actor_mentioned(article, "Alun Pugh").country == "GBR"
    assert all(e.source.country != "DEU" for e in article.events if "Pugh" in e.source.text)


def test_the_government_is_the_home_countrys_when_another_country_is_named_nearby() -> None:
    # Russia is named as often as Britain; the groups named British ("British authorities") and
    # the British bodies tip the article to its home, whose government the sources speak for.
    body = (
        "Government sources told the BBC they had reached a final settlement with the former spy. "
        "The KGB trained him in Moscow, and Russia jailed him for treason. He later spied for MI6 in "
        "London. British authorities gave him asylum, and British authorities paid him a pension. "
        "The Home Office confirmed the deal. Government sources said the deal was final."
    )
    article = annotate(body, "2005-03-01")
    sources = [e.source for e in article.events if e.source.text == "Government sources"]
    assert sources and all(s.country == "GBR" for s in sources)


def test_a_misread_place_repeated_does_not_make_the_home_country() -> None:
    body = (
        "The initial attempt to sell the Millennium Dome failed, a report says. "
        "The Dome cost taxpayers millions to maintain after the Dome closed. "
        "A deal was struck to regenerate the site around the Dome in Greenwich, London. "
        "Deputy Prime Minister John Prescott said a good deal for the Dome had been secured."
    )
    article = annotate(body, "2005-03-01")
    assert actor_mentioned(article, "John Prescott").country == "GBR"


def test_town_qualified_by_a_us_state_is_american() -> None:
    article = annotate("Police in Birmingham, Alabama arrested three men on Tuesday.", "2005-03-01")
    assert actor_mentioned(article, "Police").country == "USA"


def test_town_qualified_by_a_province_takes_its_country() -> None:
    article = annotate("Protesters in London, Ontario, clashed with police on Saturday.", "2005-03-01")
    assert actor_mentioned(article, "Protesters").country == "CAN"


def test_capital_namesake_qualified_by_a_state_is_no_government() -> None:
    article = annotate("The mayor of Paris, Texas, said the town would sue the company.", "2005-03-01")
    assert all(a.name != "Government of France" for a in article.actors)


def test_list_of_capitals_is_not_a_qualified_town() -> None:
    article = annotate("Ministers from Paris, London and Berlin met on Monday.", "2005-03-01")
    assert {a.country for a in article.actors} >= {"FRA", "GBR", "DEU"}


def test_spokesman_for_a_foreign_embassy_speaks_for_that_country() -> None:
    body = (
        "Britain plans to return children to Albania, the Home Office said. "
        "A spokesman for the Albanian embassy in London said it was the first it had heard of a scheme. "
        "The Home Office said Britain would abide by its obligations."
    )
    article = annotate(body, "2005-03-01")
    said = [e for e in article.events if e.source.text.endswith("spokesman") and e.sentence.startswith("A spokesman")]
    assert said and all(e.source.country == "ALB" for e in said)


def test_spokeswoman_for_an_ngo_is_not_the_home_government() -> None:
    body = (
        "Tony Blair said Britain would keep its anti-terror laws. "
        "A spokeswoman for Human Rights Watch said people should only be punished after a fair trial."
    )
    article = annotate(body, "2005-03-01")
    said = [e for e in article.events if e.source.text.endswith("spokeswoman")]
    assert said and said[0].source.sector == "NGO" and said[0].source.country is None


def _quotes(body: str):  # type: ignore[no-untyped-def]
    article = annotate(body, "2023-12-07")
    return extract_quotes(article, load_nlp()(body)).quotes


def test_dateline_is_never_the_speaker() -> None:
    quotes = _quotes("JERUSALEM (Reuters) - Israel on Thursday said the offensive would continue for months.")
    assert quotes and all(q.speaker is not None and q.speaker.name == "Israel" for q in quotes)


def test_dateline_is_not_part_of_the_speaker_phrase() -> None:
    quotes = _quotes("KYIV, Ukraine (AP) — Ukraine says it shot down 20 drones overnight.")
    assert quotes and quotes[0].speaker is not None and quotes[0].speaker.text == "Ukraine"


def test_pronoun_after_a_dateline_is_not_the_agency() -> None:
    quotes = _quotes("JERUSALEM (Reuters) - The offensive will continue for months, it said.")
    assert all(q.speaker is None or q.speaker.name != "Reuters" for q in quotes)
