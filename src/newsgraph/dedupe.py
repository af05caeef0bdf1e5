"""Near-duplicate articles: 64-bit SimHash fingerprints and a banded index to find them.

The same wire story republished by many sites differs only in a byline, a headline tweak or a
trailing paragraph. SimHash (Charikar 2002) maps a text to 64 bits so that similar texts have
fingerprints a small Hamming distance apart; Manku et al. (WWW 2007) found that distance 3 on
64-bit fingerprints separates near-duplicate web pages from distinct ones.

Threshold (documented, see docs/scale.md): two articles are near-duplicates when the SimHashes
of their word 3-shingles differ in at most :data:`MAX_DISTANCE` (5) of 64 bits. Measured on the
BBC corpus: a copy of a 400-word article with a word inserted and an agency credit appended lies
0–7 bits away (75% within 3, 93% within 5), while 180,000 random pairs of distinct articles
lie 8 or more bits apart (all but two pairs over 10; the pairs at 0–3 are the corpus's own
republished stories). By the pigeonhole principle two fingerprints within 5 bits agree exactly
on at least one of six bands (of 11 or 10 bits), so the index only compares an article with
those sharing a band.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

import numpy as np

MAX_DISTANCE = 5
SHINGLE = 3
_BANDS = MAX_DISTANCE + 1
# Band widths summing to 64 bits: (11, 11, 11, 11, 10, 10).
_WIDTHS = tuple(64 // _BANDS + (1 if i < 64 % _BANDS else 0) for i in range(_BANDS))
_WORD = re.compile(r"\w+", re.UNICODE)
# Bit i of a uint64, as a row of 64 weights, to turn per-bit sums back into a number.
_BIT_VALUES = np.array([1 << i for i in range(64)], dtype=np.uint64)


def _shingle_hashes(text: str) -> np.ndarray:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        grams = [" ".join(words)] if words else []
    else:
        grams = [" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]
    # blake2b is stable across processes and runs, unlike hash(); 8 bytes make the 64 bits.
    digest = b"".join(hashlib.blake2b(g.encode("utf-8"), digest_size=8).digest() for g in grams)
    return np.frombuffer(digest, dtype="<u8")


def simhash(text: str) -> int:
    """The 64-bit SimHash of ``text``'s lower-cased word 3-shingles (0 for an empty text)."""
    hashes = _shingle_hashes(text)
    if hashes.size == 0:
        return 0
    # One row of 64 bits per shingle; a bit of the result is set when most shingles set it.
    bits = np.unpackbits(hashes.view(np.uint8).reshape(-1, 8), axis=1, bitorder="little")
    votes = bits.sum(axis=0, dtype=np.int64) * 2 > hashes.size
    return int(_BIT_VALUES[votes].sum(dtype=np.uint64)) if votes.any() else 0


def fingerprint(text: str) -> str:
    """:func:`simhash` as 16 hex digits (the ``Article.fingerprint`` form)."""
    return f"{simhash(text):016x}"


def distance(a: int | str, b: int | str) -> int:
    """Hamming distance between two fingerprints (ints or hex strings)."""
    x = int(a, 16) if isinstance(a, str) else a
    y = int(b, 16) if isinstance(b, str) else b
    return (x ^ y).bit_count()


def _bands(value: int) -> list[tuple[int, int]]:
    out, shift = [], 0
    for band, width in enumerate(_WIDTHS):
        out.append((band, (value >> shift) & ((1 << width) - 1)))
        shift += width
    return out


class DuplicateIndex:
    """Fingerprints of the originals seen so far; finds the one a new article duplicates.

    Memory is six dict entries per original article (about 0.7 kB), so a local store of a
    million articles needs about 700 MB; larger backfills dedupe in Spark (docs/scale.md).
    """

    def __init__(self, max_distance: int = MAX_DISTANCE) -> None:
        if max_distance >= _BANDS:
            raise ValueError(f"max_distance must be under {_BANDS} for the banded lookup to be exact")
        self.max_distance = max_distance
        self._bands: list[dict[int, list[tuple[int, str]]]] = [{} for _ in range(_BANDS)]

    def __len__(self) -> int:
        return sum(len(v) for v in self._bands[0].values())

    def add(self, article_id: str, fp: int | str) -> None:
        """Remember ``article_id`` as an original with fingerprint ``fp``."""
        value = int(fp, 16) if isinstance(fp, str) else fp
        for band, key in _bands(value):
            self._bands[band].setdefault(key, []).append((value, article_id))

    def find(self, fp: int | str) -> str | None:
        """The id of the closest stored original within ``max_distance``, else None."""
        value = int(fp, 16) if isinstance(fp, str) else fp
        best: tuple[int, str] | None = None
        for band, key in _bands(value):
            for other, other_id in self._bands[band].get(key, ()):
                d = (value ^ other).bit_count()
                if d <= self.max_distance and (best is None or (d, other_id) < best):
                    best = (d, other_id)
        return best[1] if best else None

    def update(self, pairs: Iterable[tuple[str, str | None]]) -> None:
        """Add ``(article_id, fingerprint)`` pairs, skipping those without a fingerprint."""
        for article_id, fp in pairs:
            if fp:
                self.add(article_id, fp)
