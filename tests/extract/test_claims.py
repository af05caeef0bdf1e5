"""The claims stage: counted quantities with category, qualifier, object, part_of and claimant."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.actors import extract_actors
from newsgraph.extract.claims import extract_claims
from newsgraph.extract.claims_numbers import read_number
from newsgraph.extract.dates import extract_dates
from newsgraph.extract.entities import extract_entities
from newsgraph.extract.places import extract_places
from newsgraph.extract.quotes import extract_quotes
from newsgraph.model import Article, Claim
from newsgraph.nlp import load_nlp

PUBLISHED = "2023-12-07T16:46:00"


def run(body: str) -> Article:
    article = Article(id="t", source="t", body=body, paragraphs=tuple(body.split("\n\n")), published=PUBLISHED)
    doc = load_nlp()(body)
    for fn in (extract_entities, extract_dates, extract_places, extract_actors, extract_quotes, extract_claims):
        article = fn(article, doc)
    return article


def single(body: str) -> Claim:
    claims = run(body).claims
    assert len(claims) == 1, claims
    return claims[0]


@pytest.mark.parametrize(
    ("body", "text", "value", "qualifier", "category", "obj"),
    [
        ("The strike killed at least 70 people in Idlib.", "at least 70", 70, "at_least", "KILL", "people"),
        (
            "More than 300 civilians were wounded in the shelling.",
            "More than 300",
            300,
            "more_than",
            "WOUND",
            "civilians",
        ),
        ("Police arrested dozens of protesters overnight.", "dozens", 24, "at_least", "ARREST", "protesters"),
        ("Gunmen kidnapped three aid workers near the border.", "three", 3, "exact", "KIDNAP", "workers"),
        (
            "The fighting has displaced about 1.5 million people.",
            "about 1.5 million",
            1_500_000,
            "about",
            "AFFECT",
            "people",
        ),
        ("The bank approved a loan of $2 million for the project.", "$2 million", 2_000_000, "exact", "money", None),
        ("Turnout reached 64 percent in the capital.", "64 percent", 64, "exact", "percent", None),
        (
            "Nearly 2,000 protesters marched through the city.",
            "Nearly 2,000",
            2000,
            "less_than",
            "PROTEST",
            "protesters",
        ),
        ("The army deployed 40 tanks to the region.", "40", 40, "exact", "other", "tanks"),
        (
            "Tens of thousands of Syrians have fled to Turkey.",
            "Tens of thousands",
            20_000,
            "at_least",
            "AFFECT",
            "Syrians",
        ),
    ],
)
def test_claims_value_qualifier_category(
    body: str, text: str, value: float, qualifier: str, category: str, obj: str | None
) -> None:
    claim = single(body)
    assert (claim.text, claim.value, claim.qualifier, claim.category, claim.object) == (
        text, value, qualifier, category, obj,
    )  # fmt: skip


@pytest.mark.parametrize(
    "body",
    [
        "The party won the last election in 2006.",  # a year
        "The 25-year-old was released on 7 October.",  # an age and a date
        "It was the first meeting of the two leaders in three years.",  # ordinal, pair, duration
        "The council passed Resolution 2254 after talks in Geneva.",  # a number in a name
        "The flight left at 10 pm on Monday.",  # a time
        "One of the officials declined to comment.",  # "one" as a pronoun
    ],
)
def test_claims_none_for_non_counts(body: str) -> None:
    assert run(body).claims == ()


def test_claims_part_of_links_subsets() -> None:
    body = "The war has killed more than 16,000 Palestinians, including 7,112 children and 4,885 women."
    total, children, women = run(body).claims
    assert total.part_of is None
    assert children.part_of == women.part_of == total.id
    assert children.category == women.category == "KILL"
    assert (children.object, women.object) == ("children", "women")


@pytest.mark.parametrize(
    ("body", "claimant"),
    [
        ("Health Minister Ahmed Hassan said 12 people were killed in the raid.", "Ahmed Hassan"),
        ("“We found 40 bodies,” Governor Ali Mansour told reporters.", "Ali Mansour"),
        ("According to the Syrian Observatory, 25 fighters died on Sunday.", "Syrian Observatory"),
        ("At least 25 fighters died on Sunday.", None),
    ],
)
def test_claims_claimant(body: str, claimant: str | None) -> None:
    claim = single(body)
    if claimant is None:
        assert claim.claimant is None
    else:
        assert claim.claimant is not None and claimant.lower() in claim.claimant.name.lower()


def test_claims_period_since_runs_to_publication() -> None:
    claim = single("Israel has killed more than 16,000 Palestinians since 7 October.")
    assert (claim.period_start, claim.period_end) == ("2023-10-07", "2023-12-07")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("16,000", 16000),
        ("1.5bn", 1.5e9),
        ("two hundred and five", 205),
        ("twenty-five", 25),
        ("hundreds of thousands", 200_000),
    ],
)
def test_claims_number_reading(text: str, value: float) -> None:
    doc = load_nlp()(text + " people")
    read = read_number(doc, 0)
    assert read is not None and read.value == value


def test_claims_seed(seed_json: dict[str, Any]) -> None:
    body = seed_json["body"]
    claims = seed_json["claims"]
    for claim in claims:
        assert body[claim["start"] : claim["end"]] == claim["text"]
    by_value = {c["value"]: c for c in claims}
    assert set(by_value) == {16000, 7112, 4885, 305000}, claims  # "2006" is a year, nothing else counts
    total = by_value[16000]
    assert (total["qualifier"], total["category"], total["object"]) == ("more_than", "KILL", "Palestinians")
    assert total["period_start"] == "2023-10-07"
    assert by_value[7112]["part_of"] == by_value[4885]["part_of"] == total["id"]
    # Subsets and the coordinated count share the period of "since 7 October".
    assert {by_value[v]["period_start"] for v in (7112, 4885, 305000)} == {"2023-10-07"}
    assert by_value[305000]["category"] == "AFFECT" and by_value[305000]["object"] == "homes"
