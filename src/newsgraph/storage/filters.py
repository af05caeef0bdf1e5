"""Parameterised WHERE clauses shared by the CLI and the API: user values never enter the SQL text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Filters:
    """Collects ``clause`` strings (written by us) and their parameters (given by users)."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *values: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(values)

    def contains(self, columns: tuple[str, ...], text: str | None, *, lowered: bool = False) -> None:
        """Every word of ``text`` appears (case-insensitively, literally) in one of ``columns``.

        Args:
            lowered: the columns already hold ``lower(coalesce(value, ''))`` (precomputed once
                instead of on every row of every query, see ``api/queries.py``).
        """
        for word in (text or "").split()[:10]:
            self.add("(" + " OR ".join(f"contains({_lower(c, lowered)}, lower(?))" for c in columns) + ")", *[word] * len(columns))

    def since(self, column: str, since: str | None) -> None:
        """``column`` on or after ``since``; a month or year ("2023-12", "2023") that contains
        ``since`` counts too, since the event may fall on or after that day."""
        if since:
            self.add(f"({column} >= ? OR (length({column}) BETWEEN 4 AND 7 AND starts_with(?, {column})))", since, since)

    def until(self, column: str, until: str | None) -> None:
        """``column`` on or before ``until``; month or year precision ("2023-11") compares on the prefix."""
        if until:
            self.add(f"left({column}, length(?)) <= ?", until, until)

    def where(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def _lower(column: str, lowered: bool) -> str:
    """SQL for the lower-cased text of ``column``; a lowered column is named ``<column>_lc``."""
    return f"{column}_lc" if lowered else f"lower(coalesce({column}, ''))"


def event_filters(*, actor: str | None = None, country: str | None = None, plover: str | None = None,
                  cameo: str | None = None, quad_class: int | None = None, since: str | None = None,
                  until: str | None = None, place: str | None = None, article: str | None = None,
                  modality: str | None = None, min_confidence: float | None = None, day: str = "e.date",
                  lowered: bool = False) -> Filters:
    """Filters over an events-shaped table aliased ``e`` (``events``, ``event_clusters``, ``api_events``).

    Args:
        day: the column holding the event's day (the API's derived table has a ``day`` column).
        lowered: the table has ``source_name_lc``, ``target_name_lc`` and ``place_name_lc`` columns
            holding ``lower(coalesce(name, ''))`` (the API's derived table does).
    """
    f = Filters()
    if actor:
        f.add(
            f"(e.source_actor_id = ? OR e.target_actor_id = ? OR contains({_lower('e.source_name', lowered)}, lower(?)) "
            f"OR contains({_lower('e.target_name', lowered)}, lower(?)))",
            actor, actor, actor, actor,
        )
    if country:
        f.add("(e.source_country = ? OR e.target_country = ?)", country.upper(), country.upper())
    if plover:
        f.add("e.plover = ?", plover.upper())
    if cameo:
        f.add("starts_with(e.cameo, ?)", cameo)
    if quad_class:
        f.add("e.quad_class = ?", quad_class)
    if modality:
        f.add("e.modality = ?", modality.lower())  # "asserted" keeps what the text says happened
    if min_confidence is not None:
        f.add("e.confidence >= ?", min_confidence)  # an event with no confidence (stored before it existed) fails
    f.since(day, since)
    f.until(day, until)
    if place:
        f.add(f"(contains({_lower('e.place_name', lowered)}, lower(?)) OR e.place_country = ?)", place, place.upper())
    if article:
        f.add("e.article_id = ?", article)
    return f
