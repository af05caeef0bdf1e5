"""A cheap English detector: the share of common English function words.

Extraction rules and the spaCy model are English-only, so other languages are
rejected with a recorded reason instead of producing noise.
"""

from __future__ import annotations

import re

_STOPWORDS = frozenset(
    ["the", "of", "and", "to", "a", "in", "is", "that", "for", "on", "with", "as", "was", "by", "it", "at", "from", "his", "her", "their", "he", "she", "they", "be", "are", "were", "has", "have", "had", "said", "not", "but", "an", "this", "which", "who", "will", "would", "or", "its", "been", "also", "after", "more", "than", "over", "into"]
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Real English news runs at 35–50% function words; other Latin-script languages under 10%.
MIN_ENGLISH_RATIO = 0.15
MIN_WORDS = 8
# A text this long with under this share of letters is not prose in any language.
MIN_CHARS_FOR_LETTER_CHECK = 200
MIN_LETTER_RATIO = 0.2


def detect_language(text: str) -> str | None:
    """Return "en" for English text, None when undecided (too short), "und" otherwise."""
    sample = text[:20000]
    words = _WORD.findall(sample.lower())
    if len(words) < MIN_WORDS:
        # Almost no letters (tables of numbers, symbols): no language, and nothing to extract.
        letters = sum(ch.isalpha() for ch in sample)
        return "und" if len(sample) >= MIN_CHARS_FOR_LETTER_CHECK and letters < len(sample) * MIN_LETTER_RATIO else None
    ratio = sum(1 for word in words if word in _STOPWORDS) / len(words)
    return "en" if ratio >= MIN_ENGLISH_RATIO else "und"
