"""Blocs: regions whose governments news names together are one pseudo-actor, never a country."""

from __future__ import annotations

import pytest
from tests.stages import events_of

from newsgraph.knowledge.actors import BLOCS, find_bloc


@pytest.mark.parametrize(
    ("phrase", "name", "region"),
    [
        ("Western powers", "the West", "WST"),
        ("the European leaders", "European governments", "EUR"),
        ("Southeast Asian foreign ministers", "Southeast Asian governments", "SEA"),
        ("Gulf Arab states", "Gulf governments", "PGS"),
        ("West African leaders", "West African governments", "WAF"),
    ],
)
def test_region_and_government_noun_name_a_bloc(phrase: str, name: str, region: str) -> None:
    bloc = find_bloc(phrase)
    assert bloc is not None and (bloc.name, bloc.country, bloc.sector, bloc.igo) == (name, None, "GOV", region)
    assert name in BLOCS  # a bloc may be an event's source


@pytest.mark.parametrize("phrase", ["African Union", "Asian", "European markets", "West Bank", "Arab citizens"])
def test_other_phrases_name_no_bloc(phrase: str) -> None:
    assert find_bloc(phrase) is None


def test_a_bloc_acts_without_the_country_it_names() -> None:
    # "Southeast Asian foreign ministers" urging Myanmar took Myanmar's code before
    events = [e for e in events_of("Myanmar's military rulers were urged by Southeast Asian foreign ministers to release Aung San Suu Kyi.") if e.cameo != "010"]
    assert [(e.source.name, e.source.country, e.target.country if e.target else None, e.plover) for e in events] == [
        ("Southeast Asian governments", None, "MMR", "REQUEST")
    ]
