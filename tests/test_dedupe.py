"""SimHash fingerprints and the banded near-duplicate index."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.dedupe import MAX_DISTANCE, DuplicateIndex, distance, fingerprint, simhash

STORY = (
    "Finance ministers from France and Germany agreed a new budget deal in Brussels on Tuesday after two days of "
    "talks, officials said. The agreement sets spending limits for the next five years and creates a fund for "
    "regions hit by the closure of coal mines. Opposition leaders said the deal did too little for farmers."
)
OTHER = (
    "Heavy rain flooded parts of northern India on Sunday, cutting roads and forcing thousands of villagers to "
    "leave their homes, the state disaster agency said. Rescue teams used boats to reach villages near the river."
)


def test_dedupe_wire_copy_is_within_threshold():
    copy = STORY + " Reuters contributed."
    assert distance(simhash(STORY), simhash(copy)) <= MAX_DISTANCE
    assert distance(simhash(STORY), simhash(OTHER)) > MAX_DISTANCE * 3


def test_dedupe_fingerprint_is_stable_hex():
    assert fingerprint(STORY) == fingerprint(STORY) and len(fingerprint(STORY)) == 16
    assert fingerprint("") == "0" * 16


def test_dedupe_index_finds_closest_original():
    index = DuplicateIndex()
    index.add("a", simhash(STORY))
    index.add("b", simhash(OTHER))
    assert index.find(simhash(STORY + " Reuters contributed.")) == "a"
    assert index.find(simhash("A completely different text about football scores and the weather in Madrid today.")) is None
    assert len(index) == 2


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 2**64 - 1), st.sets(st.integers(0, 63), max_size=MAX_DISTANCE))
def test_dedupe_index_is_exact_within_distance(value, flips):
    index = DuplicateIndex()
    index.add("x", value)
    near = value
    for bit in flips:
        near ^= 1 << bit
    assert index.find(near) == "x"
