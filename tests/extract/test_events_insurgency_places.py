"""Places and groups of insurgencies and crackdowns that news names without their country: squares
(Tiananmen, Tahrir) and the Indian districts of the Maoist insurgency in our gazetteer, and
"Maoists" / "Naxals" as rebels of the story's country. Real pipeline."""

from __future__ import annotations

import pytest
from tests.stages import events_of

from newsgraph.knowledge.gazetteer import lookup
from newsgraph.model import Event


def acts(body: str) -> list[Event]:
    return [e for e in events_of(body, "2010-04-07T10:00:00") if e.cameo != "010"]


@pytest.mark.parametrize(
    ("name", "country"),
    [("Tiananmen Square", "CHN"), ("Tahrir Square", "EGY"), ("Dantewada district", "IND"), ("Gadchiroli", "IND"), ("Kupwara", "IND")],
)
def test_the_gazetteer_places_squares_and_conflict_districts(name: str, country: str) -> None:
    hit, _ = lookup(name)
    assert hit is not None and hit.country == country


def test_troops_firing_on_a_square_of_protesters_repress_them_in_its_country() -> None:
    (event,) = acts("Soldiers opened fire on protesters in Tiananmen Square.")
    assert (event.cameo, event.source.country, event.source.sector) == ("175", "CHN", "MIL")


@pytest.mark.parametrize(
    ("body", "country"),
    [
        ("Maoists killed 76 policemen in an ambush in Dantewada on Tuesday.", "IND"),
        ("Naxals torched two trucks in Gadchiroli district.", "IND"),
        ("The Maoists attacked a police station in western Nepal.", "NPL"),
    ],
)
def test_maoist_rebels_take_the_country_of_their_district(body: str, country: str) -> None:
    (event,) = acts(body)
    assert event.plover == "ASSAULT"
    assert (event.source.country, event.source.sector) == (country, "REB")
    # the rebels are named after that country ("The Maoists" in Nepal had been given no country)
    assert event.source.name.startswith({"IND": "India", "NPL": "Nepal"}[country])
