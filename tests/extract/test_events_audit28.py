"""The error kinds audit 28 found in 100 events of BBC politics/business and 2016 US election news
(session 22, on the code after audit 27's fixes): words read in a sense that is no act (a headline's
"raps", "released growth figures", a poll's "asked 801 adults if", "fly - with the aid of"), a
forecast read as a demand, a count of letters read as people, a hotel named after its owner read as
the owner, and a performative "I want to commend" read as an intent. Each kind is written here as
such outlets write it, in our own words, and run through the real pipeline.
"""

from __future__ import annotations

import pytest
from tests.stages import events_of

from newsgraph.model import Event


def acts(body: str, published: str = "2016-07-20") -> list[Event]:
    return [e for e in events_of(body, published) if e.cameo != "010"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Brussels raps Italy over mobile call charges", "111"),
        ("The European Commission rapped Italy over its budget deficit on Tuesday.", "111"),
        ("Sudanese soldiers raped women in the village, the UN said.", "1821"),
    ],
)
def test_rapping_criticises_and_raping_is_rape(body: str, code: str) -> None:
    assert code in {e.cameo for e in acts(body, "2005-07-20")}


@pytest.mark.parametrize(
    "body",
    [
        "Also on Tuesday, Malaysia's central bank released growth figures showing the economy expanded 7.1% in 2004.",
        "In July 1999 the British government asked 801 adults if they supported the ban.",
        "Why Obama's high-court pick might still fly - with the aid of a lame duck.",
        "Hundreds of letters and cards have arrived at the family's home in Virginia since then.",
        "He should also get a boost from the win in New Hampshire, Bernie Sanders said.",
    ],
)
def test_words_in_a_sense_that_is_no_act_give_no_act(body: str) -> None:
    assert [e.cameo for e in acts(body)] == []


def test_a_hotel_named_after_its_owner_is_not_the_owner() -> None:
    body = (
        "Donald Trump spoke in Nevada on Monday. The Trump International Hotel Las Vegas filed objections "
        "to a recent vote by its workers to join a union."
    )
    hotel = body.index("The Trump International")
    assert not [e for e in acts(body) if e.start > hotel and e.source.name == "Donald Trump"]


def test_saying_i_want_to_commend_someone_commends_him() -> None:
    body = '"I particularly want to commend Donald Trump," the governor of Maine said.'
    praise = [e for e in acts(body) if e.target is not None and e.target.name == "Donald Trump"]
    assert [(e.cameo_root, e.modality) for e in praise] == [("05", "asserted")]


def test_a_third_persons_wish_to_praise_stays_a_wish() -> None:
    praise = [e for e in acts("Obama wants to praise the troops.") if e.cameo_root in {"03", "05"}]
    assert praise and all(e.cameo_root == "03" or e.modality != "asserted" for e in praise)


def test_aid_flown_to_victims_in_a_country_goes_to_that_country() -> None:
    events = [e for e in acts("The United States flew aid to earthquake victims in Haiti.", "2010-01-20") if e.cameo_root == "07"]
    assert events and events[0].target is not None and events[0].target.country == "HTI"


def test_a_count_of_people_still_acts() -> None:
    events = acts("Thousands of supporters marched in Cairo against the Egyptian government.", "2013-06-30")
    assert [(e.cameo_root, e.source.country) for e in events] == [("14", "EGY")]


def test_should_get_in_touch_still_asks_a_conduct() -> None:
    # "get" forecasts only with an object ("get a boost"); getting in touch is asked of the firms (audit 23)
    body = "Britain's telecoms regulator Ofcom said British phone companies should get in touch with their customers sooner."
    assert [e.cameo_root for e in acts(body, "2005-03-01")] == ["10"]
