"""Structure of scraped plain-text pages: the seed's exact expectations and differently shaped pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.structure.scraped import parse_scraped_text, split_blocks
from tests.conftest import DATA


def test_scraped_seed_structure(seed_path: Path) -> None:
    found = parse_scraped_text(seed_path.read_text(encoding="utf-8"))
    assert found.site == "Creating new perspectives since 2009"
    assert found.headline == "Iran: president condemns Gaza ‘genocide’ in Moscow talks with Putin"
    assert found.published == "2023-12-07T16:46:00"
    assert len(found.captions) == 1
    assert found.captions[0].text == (
        "Iranian President Ebrahim Raisi makes a speech during the press conference in Tehran, Iran August 29, 2023"
    )
    assert found.captions[0].credit == "Iranian Presidency/ Handout – Anadolu Agency"
    assert [r.text for r in found.related] == [
        "Israel clearly committing three of five acts defined as genocide: Palestinian-American lawyer",
        "Israel rounding up hundreds of Palestinian boys, men and disappearing them",
    ]
    assert len(found.paragraphs) == 8
    assert found.paragraphs[0].startswith("Iranian President Ebrahim Raisi accused the West")
    assert found.paragraphs[-1].startswith("The Kremlin last month said")
    body = "\n\n".join(found.paragraphs)
    for related in found.related:
        assert related.text not in body
    assert "Anadolu" not in body


@pytest.mark.parametrize(
    ("name", "site", "headline", "published", "byline", "captions", "related", "paragraphs", "first_words"),
    [
        (
            "wire_byline_first.txt", "WORLD NEWS",
            "Turkish voters head to run-off as Erdogan falls short of majority",
            "2023-05-14", "Maria Lopez and Tom Reed", 0,
            [("Five things to know about Turkey's election", "https://example.org/turkey-explainer")], 3,
            "Turkish President Recep Tayyip Erdogan",
        ),
        (
            "caption_paren_credit.txt", "The Daily Ledger", "Russia launches full-scale invasion of Ukraine",
            "2022-02-24T06:10:00Z", None, 1, [("What we know about the invasion so far", None)], 3,
            "Russian forces launched",
        ),
        (
            "no_tagline_iso.txt", None, "G20 leaders meet in New Delhi amid divisions over Ukraine",
            "2023-09-09T10:30:00+05:30", None, 0, [("India's presidency of the G20 in numbers", None)], 3,
            "Leaders of the world's largest economies",
        ),
    ],
)
def test_scraped_other_shapes(
    name: str, site: str | None, headline: str, published: str, byline: str | None, captions: int,
    related: list[tuple[str, str | None]], paragraphs: int, first_words: str,
) -> None:
    found = parse_scraped_text((DATA / "scraped" / name).read_text(encoding="utf-8"))
    assert found.site == site
    assert found.headline == headline
    assert found.published == published
    assert found.byline == byline
    assert len(found.captions) == captions
    assert [(r.text, r.url) for r in found.related] == related
    assert len(found.paragraphs) == paragraphs
    assert found.paragraphs[0].startswith(first_words)
    body = "\n\n".join(found.paragraphs)
    assert "Share this" not in body and "Subscribe" not in body and "Read more" not in body


def test_scraped_caption_credit_in_parentheses() -> None:
    found = parse_scraped_text((DATA / "scraped" / "caption_paren_credit.txt").read_text())
    assert found.captions[0].text == "Residents shelter in a metro station in Kyiv on Thursday"
    assert found.captions[0].credit == "Stringer/AFP via Getty Images"


def test_scraped_parenthesised_aside_is_not_a_caption() -> None:
    text = "Headline about a vote in parliament\n\nLawmakers passed the bill on Tuesday (the second attempt this year). It now goes to the senate."
    found = parse_scraped_text(text)
    assert found.captions == []
    assert len(found.paragraphs) == 1


def test_scraped_split_blocks_without_blank_lines() -> None:
    assert split_blocks("One\nTwo three.\n\n") == ["One", "Two three."]
    assert split_blocks("A title\n\nFirst line of a paragraph\nwrapped here.") == ["A title", "First line of a paragraph wrapped here."]


def test_scraped_no_body() -> None:
    found = parse_scraped_text("Just a title\n\nShare this article")
    assert found.paragraphs == []
    assert found.headline == "Just a title"


def test_scraped_bracketed_caption_share_bar_and_posted_byline() -> None:
    page = (
        "The Courier | World | Politics\n\nTalks collapse as envoys leave Vienna\n\nMon 9 Oct 2023 21.05 BST\n\n"
        "Anna Berg in Vienna\n\nLast updated: 9 Oct 2023, 22:10 CET\n\n"
        "Negotiators from Iran and the European Union left Vienna on Monday without an agreement.\n\n"
        "[Photo: Envoys outside the Palais Coburg. Courier/pool]\n\nShare this article  |  Facebook  |  Email"
    )
    found = parse_scraped_text(page)
    assert found.site == "The Courier"
    assert found.headline == "Talks collapse as envoys leave Vienna"
    assert found.published == "2023-10-09T21:05:00+01:00"
    assert found.byline == "Anna Berg"
    assert [(c.text, c.credit) for c in found.captions] == [("Envoys outside the Palais Coburg.", "Courier/pool")]
    assert found.paragraphs == ["Negotiators from Iran and the European Union left Vienna on Monday without an agreement."]
