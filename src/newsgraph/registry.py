"""Stage registry: every stage is a plain callable registered by name with its contract.

A stage takes ``(article, doc)`` (the spaCy ``Doc`` of ``article.body``) and returns
a new :class:`~newsgraph.model.Article`. ``requires`` and ``assigns`` name the
article fields a stage reads and writes; :func:`check_order` rejects a pipeline
in which a stage reads a field no earlier stage assigns.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newsgraph.errors import ConfigError

if TYPE_CHECKING:
    from newsgraph.model import Article

StageFn = Callable[["Article", Any], "Article"]

# Fields that exist before any extraction stage runs (set by structure detection).
BASE_FIELDS = frozenset(
    {"article.body", "article.paragraphs", "article.published", "article.headline", "article.doc"}
)


@dataclass(frozen=True, slots=True)
class StageMeta:
    name: str
    func: StageFn
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


_REGISTRY: dict[str, StageMeta] = {}


def stage(name: str, *, requires: tuple[str, ...] = (), assigns: tuple[str, ...] = ()) -> Callable[[StageFn], StageFn]:
    """Register ``func`` as the stage ``name``.

    Args:
        name: dotted stage name, e.g. ``"extract.quotes"``.
        requires: article fields the stage reads.
        assigns: article fields the stage writes.
    """

    def decorate(func: StageFn) -> StageFn:
        _REGISTRY[name] = StageMeta(name, func, tuple(requires), tuple(assigns))
        return func

    return decorate


def get_stage(name: str) -> StageMeta:
    """Return the registered stage ``name``.

    Raises:
        ConfigError: no such stage.
    """
    if name not in _REGISTRY:
        _load_builtin_stage(name)
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY))
        raise ConfigError(f"unknown stage {name!r}; known stages: {known}. Fix 'pipeline.stages' in your config.") from None


def registered() -> dict[str, StageMeta]:
    """All registered stages, by name."""
    _load_builtin_stages()
    return dict(_REGISTRY)


def check_order(names: list[str] | tuple[str, ...]) -> list[StageMeta]:
    """Resolve ``names`` to stages and check every ``requires`` is assigned earlier.

    Raises:
        ConfigError: a stage needs a field that no earlier stage assigns.
    """
    available = set(BASE_FIELDS)
    metas = []
    for name in names:
        meta = get_stage(name)
        missing = [req for req in meta.requires if req not in available]
        if missing:
            raise ConfigError(
                f"stage {name!r} requires {missing} but no earlier stage assigns it; "
                "reorder 'pipeline.stages' so that the stage assigning it comes first."
            )
        available.update(meta.assigns)
        metas.append(meta)
    return metas


def _load_builtin_stage(name: str) -> None:
    # Built-in stages live in newsgraph.extract.<name>; importing registers them through the
    # decorator. Only the stages a pipeline names are imported, which keeps start-up cheap.
    prefix, _, module = name.partition(".")
    if prefix == "extract" and module.isidentifier():
        try:
            importlib.import_module(f"newsgraph.extract.{module}")
        except ModuleNotFoundError as err:
            if err.name != f"newsgraph.extract.{module}":
                raise


def _load_builtin_stages() -> None:
    from newsgraph.extract import STAGE_MODULES

    for module in STAGE_MODULES:
        _load_builtin_stage(f"extract.{module}")
