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

    def contains(self, columns: tuple[str, ...], text: str | None) -> None:
        """Every word of ``text`` appears (case-insensitively, literally) in one of ``columns``."""
        for word in (text or "").split()[:10]:
            self.add("(" + " OR ".join(f"contains(lower(coalesce({c}, '')), lower(?))" for c in columns) + ")", *[word] * len(columns))

    def until(self, column: str, until: str | None) -> None:
        """``column`` on or before ``until``; month or year precision ("2023-11") compares on the prefix."""
        if until:
            self.add(f"left({column}, length(?)) <= ?", until, until)

    def where(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def event_filters(*, actor: str | None = None, country: str | None = None, plover: str | None = None,
                  cameo: str | None = None, quad_class: int | None = None, since: str | None = None,
                  until: str | None = None, place: str | None = None, article: str | None = None,
                  day: str = "e.date") -> Filters:
    """Filters over an events-shaped table aliased ``e`` (``events``, ``event_clusters``, ``api_events``).

    Args:
        day: the column holding the event's day (the API's derived table has a ``day`` column).
    """
    f = Filters()
    if actor:
        f.add(
            "(e.source_actor_id = ? OR e.target_actor_id = ? OR contains(lower(coalesce(e.source_name, '')), lower(?)) "
            "OR contains(lower(coalesce(e.target_name, '')), lower(?)))",
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
    if since:
        f.add(f"{day} >= ?", since)
    f.until(day, until)
    if place:
        f.add("(contains(lower(coalesce(e.place_name, '')), lower(?)) OR e.place_country = ?)", place, place.upper())
    if article:
        f.add("e.article_id = ?", article)
    return f
