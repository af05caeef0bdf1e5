"""The storage interface every backend implements."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, Self

from newsgraph.model import Article, Rejected


@dataclass(slots=True)
class WriteResult:
    """What one write did: counts, and each rejection's reason."""

    ingested: int = 0
    duplicates: int = 0
    rejected: int = 0
    warned: int = 0  # ingested articles that carry warnings (e.g. a decoding fallback)
    near_duplicates: int = 0  # ingested copies of a stored story (same wire text), linked by duplicate_of
    reasons: dict[str, int] = field(default_factory=dict)

    def add(self, other: WriteResult) -> None:
        self.ingested += other.ingested
        self.duplicates += other.duplicates
        self.near_duplicates += other.near_duplicates
        self.rejected += other.rejected
        self.warned += other.warned
        for reason, count in other.reasons.items():
            self.reasons[reason] = self.reasons.get(reason, 0) + count


class Store(Protocol):
    """A place articles and their facts are kept; a context manager."""

    def write(self, batch: Sequence[Article | Rejected]) -> WriteResult:
        """Store a batch in one transaction; an article already stored (same id) is a duplicate."""
        ...

    def has_article(self, article_id: str) -> bool: ...

    def get_article(self, article_id: str) -> dict[str, Any]:
        """The article with every extraction, as JSON-ready dict. Raises NotFound."""
        ...

    def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Run a parameterised read query, one dict per row."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...
