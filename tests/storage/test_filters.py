"""Date filters: month- and year-precision event dates against day bounds."""

from __future__ import annotations

import duckdb
import pytest

from newsgraph.storage.filters import event_filters


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        ("2023-12-01", None, ["2023", "2023-12", "2023-12-07", "2024-01-02"]),  # a month or year holding the day counts
        ("2023-12-08", None, ["2023", "2023-12", "2024-01-02"]),
        (None, "2023-11-30", ["2023", "2023-10", "2023-10-07"]),
        ("2023-10-01", "2023-10-31", ["2023", "2023-10", "2023-10-07"]),
    ],
)
def test_event_filters_date_bounds_keep_coarser_dates_that_overlap(since: str | None, until: str | None, expected: list[str]) -> None:
    conn = duckdb.connect()
    conn.execute("CREATE TABLE events (date VARCHAR)")
    conn.executemany("INSERT INTO events VALUES (?)", [["2023"], ["2023-10"], ["2023-10-07"], ["2023-12"], ["2023-12-07"], ["2024-01-02"], [None]])
    f = event_filters(since=since, until=until)
    sql = f"SELECT date FROM events e{f.where()} ORDER BY date"  # noqa: S608 - clauses from event_filters, values bound
    rows = conn.execute(sql, f.params).fetchall()
    assert [r[0] for r in rows] == expected


@pytest.mark.parametrize(("floor", "expected"), [(None, ["a", "b", "c", "n"]), (0.0, ["a", "b", "c"]), (0.5, ["b", "c"]), (0.9, ["c"])])
def test_event_filters_confidence_floor_is_inclusive_and_fails_events_without_one(floor: float | None, expected: list[str]) -> None:
    conn = duckdb.connect()
    conn.execute("CREATE TABLE events (id VARCHAR, confidence DOUBLE)")
    conn.executemany("INSERT INTO events VALUES (?, ?)", [["a", 0.0], ["b", 0.5], ["c", 0.93], ["n", None]])
    f = event_filters(min_confidence=floor)
    rows = conn.execute(f"SELECT id FROM events e{f.where()} ORDER BY id", f.params).fetchall()  # noqa: S608 - see above
    assert [r[0] for r in rows] == expected
