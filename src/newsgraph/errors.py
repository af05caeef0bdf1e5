"""newsgraph's exceptions. Every message says what to do next.

    NewsgraphError
    ├── ConfigError        bad setting, unknown stage, missing model
    ├── InputError         a path that does not exist or cannot be read
    ├── StageError         a stage failed on one article (stage, article_id)
    ├── StoreError         the database cannot be opened or written
    └── NotFound           no record with that id
"""

from __future__ import annotations

__all__ = ["ConfigError", "InputError", "NewsgraphError", "NotFound", "StageError", "StoreError"]


class NewsgraphError(Exception):
    """Base class of every error newsgraph raises on purpose."""


class ConfigError(NewsgraphError):
    """A setting, stage list or installed model is wrong."""


class InputError(NewsgraphError):
    """An input path cannot be read."""


class StageError(NewsgraphError):
    """A stage failed on one article."""

    def __init__(self, stage: str, article_id: str, cause: BaseException) -> None:
        super().__init__(
            f"stage {stage!r} failed on article {article_id}: {type(cause).__name__}: {cause}. "
            "The article is recorded as rejected; report this with the article if it recurs."
        )
        self.stage = stage
        self.article_id = article_id
        self.cause = cause


class StoreError(NewsgraphError):
    """The store cannot be opened, migrated or written."""


class NotFound(NewsgraphError):  # noqa: N818 - reads better at call sites than NotFoundError
    """No record with the requested id."""
