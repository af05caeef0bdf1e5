"""Typed settings, merged one way: packaged defaults.toml, then a user file, then --set overrides."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgraph.errors import ConfigError

DEFAULTS_PATH = Path(__file__).with_name("defaults.toml")


@dataclass(frozen=True, slots=True)
class Settings:
    """Validated settings; pass them explicitly, there is no module-level mutable config."""

    stages: tuple[str, ...]
    batch_size: int = 32
    n_process: int = 0
    article_time_budget: float = 30.0
    db_path: str = "newsgraph.duckdb"
    store_batch_size: int = 200
    raw: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def workers(self) -> int:
        """Worker processes to use: ``n_process``, or one per core when it is 0."""
        return self.n_process if self.n_process > 0 else max(1, os.cpu_count() or 1)


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        merged[key] = _merge(merged[key], value) if isinstance(value, dict) and isinstance(merged.get(key), dict) else value
    return merged


def _parse_override(item: str) -> dict[str, Any]:
    if "=" not in item:
        raise ConfigError(f"--set {item!r} needs the form section.key=value, e.g. --set pipeline.batch_size=64")
    dotted, value = item.split("=", 1)
    try:
        parsed = tomllib.loads(f"v = {value}")["v"]
    except tomllib.TOMLDecodeError:
        parsed = value  # bare strings need no quotes on the command line
    node: dict[str, Any] = {}
    keys = dotted.strip().split(".")
    cursor = node
    for key in keys[:-1]:
        cursor = cursor.setdefault(key, {})
    cursor[keys[-1]] = parsed
    return node


def load_settings(path: str | Path | None = None, overrides: list[str] | None = None) -> Settings:
    """Load and validate settings.

    Args:
        path: optional user TOML file.
        overrides: ``section.key=value`` strings.

    Raises:
        ConfigError: unreadable file or a value of the wrong type.
    """
    data = tomllib.loads(DEFAULTS_PATH.read_text(encoding="utf-8"))
    if path is not None:
        try:
            data = _merge(data, tomllib.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, tomllib.TOMLDecodeError) as err:
            raise ConfigError(f"cannot read config file {str(path)!r}: {err}; fix or remove it") from err
    for item in overrides or []:
        data = _merge(data, _parse_override(item))
    pipeline, store = data.get("pipeline", {}), data.get("store", {})
    try:
        return Settings(
            stages=tuple(str(s) for s in pipeline["stages"]),
            batch_size=int(pipeline.get("batch_size", 32)),
            n_process=int(pipeline.get("n_process", 0)),
            article_time_budget=float(pipeline.get("article_time_budget", 30.0)),
            db_path=str(os.environ.get("NEWSGRAPH_DB") or store.get("path", "newsgraph.duckdb")),
            store_batch_size=int(store.get("batch_size", 200)),
            raw=data,
        )
    except (KeyError, TypeError, ValueError) as err:
        raise ConfigError(f"invalid setting ({err}); compare your file with {DEFAULTS_PATH}") from err
