"""Named firms as actors: our table gives them a country and the business sector (BUS), the
entity tagger's misses are read from the table, and acts no firm does are dropped. The sentences
are of the kinds BBC business news gave (Yukos, Gazprom, Boeing, 2004-05), through the real
pipeline."""

from __future__ import annotations

import pytest
from tests.stages import annotate, events_of

from newsgraph.model import Event

PUBLISHED = "2005-03-01T10:00:00"


def acts(body: str) -> list[Event]:
    return [e for e in events_of(body, PUBLISHED) if e.cameo != "010"]


def test_a_state_firm_cutting_gas_is_coerced_by_its_country() -> None:
    (event,) = acts("Gazprom cut off gas supplies to Ukraine on Thursday.")
    assert (event.source.name, event.source.country, event.source.sector) == ("Gazprom", "RUS", "BUS")
    assert (event.plover, event.target.country if event.target else None) == ("COERCE", "UKR")


def test_a_firm_the_tagger_missed_after_its_countrys_possessive_is_still_the_firm() -> None:
    # spaCy tags "Russia" but not "Gazprom" here: the firm is read from our table, not its owner
    article = annotate("Russia's Gazprom cut off gas supplies to Ukraine on Thursday.", PUBLISHED)
    names = {a.name: (a.country, a.sector) for a in article.actors}
    assert names["Gazprom"] == ("RUS", "BUS")
    (event,) = [e for e in article.events if e.cameo != "010"]
    assert event.source.name == "Gazprom"


def test_a_firm_suing_a_government_is_an_act() -> None:
    (event,) = acts("Huawei sued the United States government over the ban.")
    assert (event.cameo, event.source.country, event.source.sector, event.target.country if event.target else None) == (
        "115", "CHN", "BUS", "USA",
    )


@pytest.mark.parametrize(
    "body",
    [
        "Boeing is to supply Japan Airlines with up to 50 planes.",
        "Citigroup has sold its insurance arm to Metlife for $11.5bn.",
        "Yukos has been battling the Russian authorities for more than a year.",
        "Yukos continues to fight for its survival in a US court.",
    ],
)
def test_no_firm_gives_aid_or_uses_force(body: str) -> None:
    """A firm's supplies and sales are trade, its battles for survival are no force."""
    assert not [e for e in acts(body) if e.cameo_root in {"07", "15", "18", "19", "20"}]


def test_firms_dealing_with_firms_is_business() -> None:
    assert not [e for e in acts("Saudi Aramco agreed to buy a stake in a Chinese refinery.") if e.cameo_root == "03"]


def test_a_person_named_like_a_firm_is_no_firm() -> None:
    """Firms whose names are first names or words ("Rafael", "Intel") are listed only in full."""
    body = "Rafael Nadal praised his opponent's resilience after a gruelling five-set final in Melbourne."
    assert not [e for e in acts(body) if (e.source.sector or "") == "BUS"]


def test_a_reduced_passive_charge_makes_nobody_the_accuser() -> None:
    """"Ebbers is on trial, accused of fraud": Ebbers (or his firm) is accused; nobody named accuses."""
    for body in ("Former Worldcom boss Bernie Ebbers is currently on trial, accused of overseeing an $11bn fraud.",
                 "Yukos accused of lying to court"):
        assert not [e for e in acts(body) if e.cameo_root == "11"]


@pytest.mark.parametrize(
    "body",
    [
        "General Motors has warned that it expects earnings this year to be lower than in 2004.",
        "Volkswagen is considering building a car factory in India.",
        "Boeing launched an internal investigation into the payments.",
    ],
)
def test_a_firms_outlook_options_and_audits_are_business(body: str) -> None:
    """A profit warning (012), a business option weighed (014) and an internal inquiry (09) involve
    no state or public body: audits 15 and 16 of BBC business news judged them all commercial."""
    assert not acts(body)


def test_a_firm_warning_a_government_stays_an_act() -> None:
    body = "Gazprom warned the Ukrainian government that it would cut gas supplies."
    assert [(e.source.sector, e.target and e.target.country) for e in acts(body) if e.cameo_root in {"01", "13"}] == [("BUS", "UKR")]


def test_a_firm_named_like_a_town_is_not_that_towns_country() -> None:
    """"Monsanto" is also a Portuguese village; the tagger's ORG is the firm, which our tables lack
    (audit 16 found the US firm coded as Portugal)."""
    assert not [e for e in acts("Monsanto accused the Indonesian government of lying.") if e.source.country == "PRT"]


def test_an_apposition_places_a_firm_our_tables_lack() -> None:
    body = "Monsanto, the US agrochemicals firm, said it accepted full responsibility for the payments in Indonesia."
    sources = {(e.source.name, e.source.country, e.source.sector) for e in events_of(body, PUBLISHED)}
    assert sources == {("Monsanto", "USA", "BUS")}


def test_a_producer_of_a_country_is_its_firm_not_the_state() -> None:
    (event,) = acts("China's third-largest milk producer accused the government of lying.")
    assert (event.source.country, event.source.sector) == ("CHN", "BUS")


def test_a_firms_board_meeting_is_business() -> None:
    """Audit 16 judged "is to hold an emergency meeting" of a milk firm coded as China's a commercial act."""
    assert not acts("The company, China's third-largest milk producer, is to hold an emergency meeting to debate the issue.")


def test_a_firm_that_will_supply_a_country_is_to_trade_not_to_give_aid() -> None:
    body = "Under the agreement, Gazprom will supply India with 7.5 million tonnes of gas annually."
    assert not [e for e in acts(body) if e.cameo_root in {"03", "07"}]


def test_unions_at_a_firm_are_unions() -> None:
    body = "Unions at the Italian carmaker have said they will strike."
    assert {(e.source.country, e.source.sector) for e in events_of(body, PUBLISHED)} == {("ITA", "LAB")}


def test_business_displeasure_at_a_decision_is_business() -> None:
    """Audit 17: shareholders "expressed unhappiness at the decision" of a takeover, with no state involved."""
    assert not acts("British businessmen expressed unhappiness at the decision.")


def test_a_named_firms_displeasure_stays() -> None:
    """A named firm's disappointment may be at a regulator ("Citigroup is disappointed that the BaFin ...")."""
    assert [e.cameo for e in acts("Citigroup said it was disappointed at the decision.")] == ["110"]
