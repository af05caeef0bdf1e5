"""The error kinds audit 18 found in 100 fresh BBC politics and business events (session 18), each
as the kind of sentence BBC wrote in 2004-05, through the real pipeline: opposition leaders coded
as government, a party's government coded as the party, English counties read as American towns,
bare passives read as acts, and aims or wishes read as done.
"""

from __future__ import annotations

import pytest
from tests.stages import annotate, events_of

from newsgraph.knowledge.lookup import lookup_actor
from newsgraph.model import Event

PUBLISHED = "2005-03-01T10:00:00"


def acts(body: str) -> list[Event]:
    return [e for e in events_of(body, PUBLISHED) if e.cameo != "010"]


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("Conservative leader Michael Howard", "OPP"),
        ("Michael Howard", "OPP"),
        ("Liberal Democrat leader Charles Kennedy", "PTY"),
        ("Charles Kennedy", "PTY"),
        ("Tory chairman Liam Fox", "PTY"),
    ],
)
def test_opposition_leaders_of_2005_are_no_government(phrase: str, sector: str) -> None:
    code = lookup_actor(phrase, when="2005-03-01", country_hint="USA")
    assert code is not None and (code.country, code.sector) == ("GBR", sector)


def test_an_office_holder_table_keeps_later_offices_apart() -> None:
    """The same person in another year holds another office: Nick Clegg led a party, then governed."""
    assert lookup_actor("Nick Clegg", when="2009-01-01").sector == "PTY"
    assert lookup_actor("Nick Clegg", when="2012-01-01").sector == "GOV"


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("the Labour government", "Government of United Kingdom"),
        ("the Conservative government", "Government of United Kingdom"),
        ("the Tory government", "Government of United Kingdom"),
        ("Labour ministers", "United Kingdom government"),
    ],
)
def test_a_partys_government_is_the_states(phrase: str, name: str) -> None:
    code = lookup_actor(phrase, when="2005-03-01", country_hint="GBR")
    assert code is not None and (code.name, code.sector) == (name, "GOV")


def test_the_party_itself_stays_a_party() -> None:
    code = lookup_actor("the Conservative Party", when="2005-03-01", country_hint="GBR")
    assert code is not None and code.sector == "PTY"


def test_an_english_county_is_no_american_town() -> None:
    (visit,) = acts("Lib Dem leader Charles Kennedy is visiting constituencies in Somerset and Hampshire on Monday.")
    assert visit.target is None or visit.target.country != "USA"


def test_a_set_off_participle_is_no_act_of_its_subject() -> None:
    """ "Howard, asked about the remark by reporters, said ...": reporters asked; Howard said."""
    body = (
        "Tory leader Michael Howard, asked about Mr Livingstone's remark by reporters, said it was important for "
        "politicians to be mindful about the language they use."
    )
    assert not [e for e in acts(body) if e.cameo_root == "02"]


def test_a_seat_held_is_nobody_detained() -> None:
    assert not acts("Until 1997, Erewash had been held by the Tories since 1970.")
    (arrest,) = acts("Two Britons were held by Iraqi police.")
    assert (arrest.cameo, arrest.source.country, arrest.target and arrest.target.country) == ("173", "IRQ", "GBR")


def test_an_aim_worked_towards_is_not_done() -> None:
    body = "In December, the EU pledged to work towards lifting the arms ban on China but said it was not ready to do so yet."
    (easing,) = [e for e in acts(body) if e.cameo_root == "08"]
    assert easing.modality == "hypothetical"


def test_what_one_looks_forward_to_is_not_done() -> None:
    body = "Tony Blair has said he looks forward to continuing his strong relationship with George Bush and working with him."
    (cooperation,) = [e for e in acts(body) if e.cameo_root == "06"]
    assert cooperation.modality == "hypothetical"


def test_a_dare_to_deny_is_no_denial() -> None:
    body = (
        "Chancellor Gordon Brown spoke in London on Monday. Lord Campbell-Savours, a former MP, challenged Mr Brown "
        "to deny reports that he had told the prime minister he did not believe anything he said."
    )
    article = annotate(body, PUBLISHED)
    assert not [e for e in article.events if e.cameo == "016" and e.modality == "asserted"]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Labour and the Liberal Democrats have said the Conservative Party's sums do not add up.", "Conservative Party"),
        ("The Tories said the Labour government's scheme was a disgraceful waste.", "Labour Party"),
        ("The Russian foreign minister said the American plan was wrong.", "United States"),
    ],
)
def test_a_verdict_said_on_anothers_plans_is_criticism(sentence: str, target: str) -> None:
    """No verb of criticism, yet the speaker criticises (111) the actor whose plans or sums are judged."""
    (criticism,) = [e for e in acts(sentence) if e.cameo_root == "11"]
    assert criticism.target is not None and criticism.target.name == target


@pytest.mark.parametrize(
    "sentence",
    [
        "Lib Dem leader Charles Kennedy said the situation was dangerous.",  # judges no actor
        "The Russian foreign minister said the American plan was not wrong.",  # no verdict
        "The Russian foreign minister said the American plan would be wrong.",  # a conditional view
    ],
)
def test_a_verdict_on_nobody_or_denied_is_no_criticism(sentence: str) -> None:
    assert not [e for e in acts(sentence) if e.cameo_root == "11"]


def test_a_wife_is_not_her_husband() -> None:
    article = annotate("Conservative leader Michael Howard spoke in Bournemouth. Mrs Howard will make solo visits to target seats.", PUBLISHED)
    howard = next(a for a in article.actors if a.name == "Michael Howard")
    assert all(m.text != "Mrs Howard" for m in howard.mentions)


def test_a_woman_politician_keeps_her_own_surname() -> None:
    article = annotate("Margaret Beckett spoke in London. Mrs Beckett said the plan was sound.", PUBLISHED)
    beckett = next(a for a in article.actors if a.name == "Margaret Beckett")
    assert "Mrs Beckett" in {m.text for m in beckett.mentions}


def test_the_head_of_a_known_market_criticises_a_regulator() -> None:
    body = "The head of Lloyd's of London, the insurance market, has criticised Britain's financial watchdog, the Financial Services Authority (FSA)."
    (criticism,) = acts(body)
    assert (criticism.source.sector, criticism.target and criticism.target.name) == ("BUS", "Financial Services Authority")
