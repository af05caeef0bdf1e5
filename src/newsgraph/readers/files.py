"""Walk input paths and turn each file into raw documents, detecting its kind by name and content."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from newsgraph.errors import InputError
from newsgraph.model import RawDocument, Rejected
from newsgraph.readers.decoding import decode_bytes
from newsgraph.readers.jsonl import read_jsonl

# Larger files are refused whole: a news article is far smaller, and reading it would
# hold the whole file in memory. JSONL dumps and archives are streamed by their readers.
MAX_FILE_BYTES = 50_000_000

Reader = Callable[[str, str, tuple[str, ...]], Iterator[RawDocument | Rejected]]


def _read_text(text: str, source: str, warnings: tuple[str, ...]) -> Iterator[RawDocument | Rejected]:
    yield RawDocument(source=source, text=text, warnings=warnings)


def _read_html(text: str, source: str, warnings: tuple[str, ...]) -> Iterator[RawDocument | Rejected]:
    yield RawDocument(source=source, html=text, warnings=warnings)


READERS: dict[str, Reader] = {"text": _read_text, "html": _read_html, "jsonl": read_jsonl}
_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand directories recursively (sorted), keeping the order the paths were given in.

    Raises:
        InputError: a path does not exist.
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"input path {str(path)!r} does not exist; check the spelling or the current directory")
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path


def detect_kind(path: Path, text: str) -> str:
    """Kind of a file from its extension, else from its first characters."""
    kind = _EXTENSIONS.get(path.suffix.lower())
    if kind:
        return kind
    head = text.lstrip()[:512].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith(("<!doctype html", "<html")) or "<body" in head or "<article" in head:
        return "html"
    return "text"


def read_inputs(paths: Iterable[str | Path]) -> Iterator[RawDocument | Rejected]:
    """Yield raw documents from files and directories, in input order.

    Unreadable, empty or binary files are yielded as :class:`Rejected` with the reason.
    """
    for path in iter_paths(paths):
        yield from read_file(path)


def read_file(path: Path) -> Iterator[RawDocument | Rejected]:
    """Read one file into raw documents (several for a JSONL dump)."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield Rejected(source, "too_large", f"{size} bytes is over the {MAX_FILE_BYTES}-byte limit for one file")
            return
        data = path.read_bytes()
    except OSError as err:
        yield Rejected(source, "unreadable", f"cannot read the file: {err.strerror or err}")
        return
    if not data.strip():
        yield Rejected(source, "empty", "the file is empty or holds only whitespace")
        return
    decoded = decode_bytes(data)
    if decoded.text is None:
        yield Rejected(source, "binary", decoded.reason or "not text")
        return
    warnings = (decoded.warning,) if decoded.warning else ()
    kind = detect_kind(path, decoded.text)
    yield from READERS[kind](decoded.text, source, warnings)
