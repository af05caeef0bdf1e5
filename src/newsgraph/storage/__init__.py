"""Storage behind one interface (:class:`~newsgraph.storage.base.Store`); only ``duckdb.py`` imports duckdb."""

from newsgraph.storage.base import Store, WriteResult

__all__ = ["Store", "WriteResult", "open_store"]


def open_store(path: str, *, read_only: bool = False) -> Store:
    """Open the default store (DuckDB) at ``path``."""
    from newsgraph.storage.duckdb import DuckDBStore

    return DuckDBStore(path, read_only=read_only)
