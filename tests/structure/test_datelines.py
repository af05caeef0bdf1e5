"""Datelines to ISO 8601, never inventing a timezone."""

from __future__ import annotations

import pytest

from newsgraph.structure.datelines import parse_dateline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("December 7, 2023 at 4:46 pm", "2023-12-07T16:46:00"),
        ("Dec. 7, 2023 4:46 AM", "2023-12-07T04:46:00"),
        ("12:30 am December 7, 2023", None),
        ("Thu 7 Dec 2023 16.46 GMT", "2023-12-07T16:46:00Z"),
        ("Published: 14 May 2023", "2023-05-14"),
        ("Updated on 3rd March 2022 09:15", "2022-03-03T09:15:00"),
        ("2023-09-09T10:30:00+05:30", "2023-09-09T10:30:00+05:30"),
        ("2023-09-09 10:30", "2023-09-09T10:30:00"),
        ("Mon 9 Oct 2023 21.05 BST", "2023-10-09T21:05:00+01:00"),
        ("12.02.2015 | 17:20", "2015-02-12T17:20:00"),
        ("Jan. 9, 2023 / 6:58 PM", "2023-01-09T18:58:00"),
        ("7 Dec 2023 10:00 IST", "2023-12-07T10:00:00"),
        ("February 30, 2023", None),
        ("The meeting on December 7, 2023 at 4:46 pm was long and tiring for all", None),
        ("Putin met Raisi", None),
    ],
)
def test_datelines_parse(line: str, expected: str | None) -> None:
    assert parse_dateline(line) == expected
