"""The quotes stage: direct, partial and indirect quotes with resolved speakers."""

from __future__ import annotations

from typing import Any

import pytest

from newsgraph.extract.actors import extract_actors
from newsgraph.extract.dates import extract_dates
from newsgraph.extract.entities import extract_entities
from newsgraph.extract.places import extract_places
from newsgraph.extract.quotes import extract_quotes
from newsgraph.extract.quotes_marks import find_quoted_spans
from newsgraph.model import Article, Quote
from newsgraph.nlp import load_nlp

PUBLISHED = "2023-12-07T16:46:00"


def run(body: str) -> Article:
    article = Article(id="t", source="t", body=body, paragraphs=tuple(body.split("\n\n")), published=PUBLISHED)
    doc = load_nlp()(body)
    for fn in (extract_entities, extract_dates, extract_places, extract_actors, extract_quotes):
        article = fn(article, doc)
    return article


def only(article: Article, kind: str) -> list[Quote]:
    return [q for q in article.quotes if q.kind == kind]


@pytest.mark.parametrize(
    ("body", "text", "speaker_text"),
    [
        (
            "“We will not surrender,” the defence minister said on Monday.",
            "We will not surrender",
            "the defence minister",
        ),
        ('"The talks have failed," said John Kerry.', "The talks have failed", "John Kerry"),
        ("Angela Merkel told reporters: “Europe must stand together.”", "Europe must stand together.", "Angela Merkel"),
        (
            "“What is happening is a crime,” responded Ebrahim Raisi through a translator.",
            "What is happening is a crime",
            "Ebrahim Raisi",
        ),
        ("“The war is over.” ― Sonya Herridge", "The war is over.", "Sonya Herridge"),
        # A wire dateline before the quote is neither its words nor its speaker.
        ('GAZA, Dec 4 (Reuters) - "We have nothing left," said Ahmed, a resident of Khan Younis.', "We have nothing left", "Ahmed"),
        ('WASHINGTON (AP) — "The talks have failed," said John Kerry.', "The talks have failed", "John Kerry"),
    ],
)
def test_quotes_direct_text_and_speaker(body: str, text: str, speaker_text: str) -> None:
    (quote,) = only(run(body), "direct")
    assert quote.text == text
    assert quote.speaker is not None and quote.speaker.text == speaker_text


@pytest.mark.parametrize(
    "body",
    [
        "Maria Lopez arrived late. “We tried,” she said, “but the plan failed.”",
        'Maria Lopez arrived late. "We tried," she said, "but the plan failed."',
    ],
)
def test_quotes_split_quote_shares_speaker(body: str) -> None:
    direct = only(run(body), "direct")
    assert [q.text for q in direct] == ["We tried", "but the plan failed."]
    assert {q.speaker.name for q in direct if q.speaker} == {"Maria Lopez"}
    assert direct[0].cue == direct[1].cue == "said"


def test_quotes_paragraph_spanning_quote_is_one_quote() -> None:
    body = "Senator Jane Doe said: “The budget is broken.\n\n“We will fix it next year.”"
    (quote,) = only(run(body), "direct")
    assert quote.text.startswith("The budget is broken.") and quote.text.endswith("next year.")
    assert quote.speaker is not None and quote.speaker.name == "Jane Doe"


@pytest.mark.parametrize(
    ("body", "fragment", "speaker_text"),
    [
        ("The mayor called the plan “a total disaster” on Monday.", "a total disaster", "The mayor"),
        ("Ebrahim Raisi accused the West of supporting Israel’s “genocide” in Gaza.", "genocide", "Ebrahim Raisi"),
    ],
)
def test_quotes_partial(body: str, fragment: str, speaker_text: str) -> None:
    (quote,) = only(run(body), "partial")
    assert quote.text == fragment
    assert quote.speaker is not None and quote.speaker.text == speaker_text


@pytest.mark.parametrize(
    ("body", "content", "speaker_text", "cue"),
    [
        (
            "The ministry said that twelve people were arrested in the capital.",
            "twelve people were arrested in the capital",
            "The ministry",
            "said",
        ),
        (
            "According to the United Nations, the talks collapsed on Friday.",
            "the talks collapsed on Friday",
            "the United Nations",
            "according to",
        ),
        ("Analysts say the war has helped Russia.", "the war has helped Russia", "Analysts", "say"),
    ],
)
def test_quotes_indirect(body: str, content: str, speaker_text: str, cue: str) -> None:
    (quote,) = only(run(body), "indirect")
    assert (quote.text, quote.cue) == (content, cue)
    assert quote.speaker is not None and quote.speaker.text == speaker_text


@pytest.mark.parametrize(
    "body",
    [
        "The so-called “peace plan” was published on Monday.",  # a scare quote, no speaker
        "The minister did not say that the talks had failed.",  # negated cue
        "He read “War and Peace” twice.",  # a title
    ],
)
def test_quotes_none_without_attribution(body: str) -> None:
    assert run(body).quotes == ()


def test_quotes_pronoun_resolves_to_person() -> None:
    body = "Vladimir Putin met the delegation. He said the visit was very important."
    (quote,) = only(run(body), "indirect")
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.name) == ("He", "Vladimir Putin")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("a “b” c", ["b"]),
        ('x "one," y "two."', ["one,", "two."]),
        ("“open\n\n“more”", ["open\n\n“more"]),
        ("stray” mark “real”", ["real"]),
    ],
)
def test_quotes_marks_pairing(body: str, expected: list[str]) -> None:
    assert [body[s.start : s.end] for s in find_quoted_spans(body)] == expected


def test_quotes_offsets_hold_on_seed(seed_json: dict[str, Any]) -> None:
    body = seed_json["body"]
    assert seed_json["quotes"], "the seed has quotes"
    for quote in seed_json["quotes"]:
        assert body[quote["start"] : quote["end"]] == quote["text"]
        speaker = quote["speaker"]
        assert body[speaker["start"] : speaker["end"]] == speaker["text"]


@pytest.mark.parametrize(
    ("kind", "starts", "speaker_name"),
    [
        ("direct", "What is happening in Palestine and Gaza is of course genocide", "Ebrahim Raisi"),
        ("indirect", "it was very important to discuss the situation in the Middle East", "Vladimir Putin"),
        ("indirect", "Russia and Iran were developing their relations", "Kremlin"),
        ("partial", "including in the field of military-technical cooperation", "Kremlin"),
        ("indirect", "allegations of genocide are deplorable", "Israel"),
        ("indirect", "the Gaza war has helped Russia", None),
        ("partial", "genocide", "Ebrahim Raisi"),
    ],
)
def test_quotes_seed(seed_json: dict[str, Any], kind: str, starts: str, speaker_name: str | None) -> None:
    matches = [q for q in seed_json["quotes"] if q["kind"] == kind and q["text"].startswith(starts)]
    assert len(matches) == 1, seed_json["quotes"]
    speaker = matches[0]["speaker"]
    if speaker_name is None:  # a collective source: the words naming it are the speaker
        assert speaker["text"] == "Analysts"
    else:
        assert speaker["name"] == speaker_name
    assert "translator" not in speaker["text"]


def test_quotes_common_first_name_is_not_an_office_holder() -> None:
    # "Ahmed" alone is not Abiy Ahmed, Ethiopia's prime minister.
    (quote,) = only(run('"We have nothing left," said Ahmed, a resident of Khan Younis.'), "direct")
    assert quote.speaker is not None and quote.speaker.name == "Ahmed" and quote.speaker.actor_id is None
