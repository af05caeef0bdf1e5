"""The error kinds audit 17 found in 100 fresh BBC politics and business events, each as the kind
of sentence BBC wrote in 2004-05, through the real pipeline: missing trade counterparts and talks
partners, states read as acts, parse errors read as acts, and office holders in the wrong office.
"""

from __future__ import annotations

import pytest
from tests.stages import events_of

from newsgraph.knowledge.lookup import lookup_actor
from newsgraph.model import Event

PUBLISHED = "2005-03-01T10:00:00"


def acts(body: str) -> list[Event]:
    return [e for e in events_of(body, PUBLISHED) if e.cameo != "010"]


@pytest.mark.parametrize(
    ("sentence", "partner"),
    [
        ("India has signed a $40bn deal to import millions of tonnes of liquefied natural gas from Iran.", "IRN"),
        ("Ukraine has agreed to pay 30% more for natural gas supplied by Turkmenistan.", "TKM"),
        ("Last April, Argentina signed a $240m agreement to import Venezuelan fuel.", "VEN"),
        ("Russia agreed to sell more gas to China.", "CHN"),
    ],
)
def test_a_trade_deal_names_its_counterpart(sentence: str, partner: str) -> None:
    (deal,) = [e for e in acts(sentence) if e.cameo_root in {"03", "05", "06"}]
    assert deal.target is not None and deal.target.country == partner


def test_a_stake_bought_in_a_foreign_firm_is_no_trade_with_its_state() -> None:
    """A nationality deeper in the object is the firm's, not a seller's."""
    assert not [e for e in acts("Saudi Aramco agreed to buy a stake in a Chinese refinery.") if e.target]


def test_talks_one_takes_part_in_name_their_partner() -> None:
    (talks,) = acts("Indian Prime Minister Manmohan Singh is due to take part in talks with the Pakistani government.")
    assert (talks.cameo_root, talks.target and talks.target.country) == ("04", "PAK")


@pytest.mark.parametrize(
    "sentence",
    [
        "Irish equities continue to offer quality growth at a reasonable valuation.",
        "Last year, Argentina's severe energy crisis forced President Kirchner to suspend gas exports to Chile.",
    ],
)
def test_markets_and_crises_are_no_actors(sentence: str) -> None:
    assert not [e for e in acts(sentence) if e.cameo_root in {"03", "17"}]


def test_neither_admitting_nor_denying_denies_nothing() -> None:
    events = acts("The Russian government has neither admitted nor denied wrongdoing.")
    assert {e.cameo for e in events} == {"015", "016"}
    assert all(e.modality == "negated" for e in events)


def test_admitting_and_denying_are_both_asserted() -> None:
    """The contrast: plain coordination keeps both acts asserted."""
    assert {e.modality for e in acts("The Russian government has admitted and denied wrongdoing.")} == {"asserted"}


def test_a_headline_verb_misread_as_auxiliary_makes_no_act() -> None:
    """The parser reads "helps" as an auxiliary of "raped": the UK raped nobody."""
    assert not [e for e in acts("UK helps raped Rwandan women") if e.cameo_root == "18"]


def test_a_state_after_a_linking_verb_is_no_act() -> None:
    assert not [e for e in acts("British troops feel disengaged from the war.") if e.cameo_root == "08"]


def test_recognising_shortcomings_is_no_diplomatic_recognition() -> None:
    assert not [e for e in acts("The German government should recognise the shortcomings of the French plan.") if e.cameo == "054"]
    (recognition,) = [e for e in acts("The German government recognised Kosovo.") if e.cameo == "054"]
    assert recognition.target is not None and recognition.target.country == "XKX"


def test_taking_issues_seriously_is_no_disapproval() -> None:
    assert not [e for e in acts("The Labour Party took the issues raised in the report very seriously.") if e.cameo_root == "11"]
    (objection,) = [e for e in acts("The French government has taken issue with the British plan.") if e.cameo_root == "11"]
    assert objection.source.country == "FRA"


def test_one_national_released_names_the_side() -> None:
    (release,) = [e for e in acts("The Lebanese government handed back an Israeli who had served eight years in prison.") if e.cameo_root == "08"]
    assert release.target is not None and release.target.country == "ISR"


def test_one_national_acting_is_still_no_state() -> None:
    """The target rule does not make a lone national a source ("the Russian called for treatment")."""
    assert not acts("The Russian called for treatment.")


def test_herman_gref_was_a_minister_before_he_ran_a_bank() -> None:
    minister = lookup_actor("Herman Gref", when="2005-03-01")
    banker = lookup_actor("Herman Gref", when="2010-03-01")
    assert (minister.country, minister.sector) == ("RUS", "GOV")
    assert (banker.country, banker.sector) == ("RUS", "BUS")


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [("the CBI", "BUS"), ("the Confederation of British Industry", "BUS"), ("Unison", "LAB"), ("the PCS union", "LAB"), ("IG Metall", "LAB")],
)
def test_employers_and_unions_are_no_government(phrase: str, sector: str) -> None:
    code = lookup_actor(phrase, when="2005-03-01")
    assert code is not None and code.sector == sector


@pytest.mark.parametrize(
    "headline",
    ["Parties warned over grey vote", "Straw attacked on China arms", "Labour attacked on Howard poster", "Blair criticised over Iraq"],
)
def test_a_headline_passive_makes_its_subject_no_doer(headline: str) -> None:
    """Headlines drop the passive's auxiliary: the parties were warned, Straw was attacked."""
    body = f"{headline}\n\nThe row went on for a week."
    assert not [e for e in events_of(body, PUBLISHED) if e.source.text and e.source.text in headline]


def test_an_active_headline_still_acts() -> None:
    (warning,) = [e for e in events_of("Russia warned Ukraine over gas\n\nThe row went on.", PUBLISHED) if e.cameo_root in {"01", "13"}]
    assert (warning.source.country, warning.target and warning.target.country) == ("RUS", "UKR")


def test_a_spokesman_for_a_known_union_speaks_for_it() -> None:
    body = "A spokesman for Unison, Britain's biggest union, said after Saturday's meeting that talks would go on."
    (said,) = [e for e in events_of(body, PUBLISHED) if e.cameo == "010"]
    assert (said.source.name, said.source.sector) == ("Unison spokesman", "LAB")


def test_a_passive_promise_with_its_agent_misplaced_has_a_source() -> None:
    """The parser hangs "by the Liberal Democrats" on the object, not on the passive verb."""
    (promise,) = [e for e in acts("Pensioners are being promised energy savings by the Liberal Democrats.") if e.cameo_root == "03"]
    assert promise.source.name == "Liberal Democrats"


@pytest.mark.parametrize("judgement", ["unthinkable", "likely", "inconceivable"])
def test_an_act_judged_unthinkable_or_likely_is_hypothetical(judgement: str) -> None:
    """"it is unthinkable that Russia will invade": a judgement on the act, neither done nor intended."""
    (invasion,) = acts(f"It is {judgement} that Russia will invade Georgia.")
    assert (invasion.cameo_root, invasion.modality) == ("19", "hypothetical")


def test_an_act_judged_clear_keeps_its_future() -> None:
    (invasion,) = acts("It is clear that Russia will invade Georgia.")
    assert invasion.modality == "future"


def test_the_fsa_of_british_news_is_the_city_regulator() -> None:
    code = lookup_actor("the FSA", when="2005-03-01", country_hint="GBR")
    assert code is not None and (code.name, code.sector) == ("Financial Services Authority", "GOV")


def test_councils_urged_are_the_target() -> None:
    (appeal,) = [e for e in acts("The Scottish finance minister has urged Scottish councils to limit increases.") if e.cameo_root == "02"]
    assert appeal.target is not None and appeal.target.sector == "GOV"


def test_charging_a_level_of_tax_is_no_accusation() -> None:
    assert not [e for e in acts("The Russian government will charge Georgian exporters higher levels of tax.") if e.cameo_root == "11"]
