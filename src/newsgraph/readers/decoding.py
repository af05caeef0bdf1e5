"""Bytes to text: UTF-8 first, then cp1252/latin-1 with a recorded warning; binary is refused."""

from __future__ import annotations

from dataclasses import dataclass

# Share of control characters (other than whitespace) above which bytes are not text.
MAX_CONTROL_RATIO = 0.05
_SNIFF_BYTES = 8192


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str | None
    warning: str | None = None
    reason: str | None = None  # set when the bytes are refused


def looks_binary(data: bytes) -> bool:
    """True when ``data`` is not text: NUL bytes or many control characters."""
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > MAX_CONTROL_RATIO


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data``; say why when it cannot be read as text."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if looks_binary(data):
        return Decoded(None, reason="binary: the file holds binary data, not text; check the path or convert it")
    try:
        return Decoded(data.decode("utf-8"))
    except UnicodeDecodeError as err:
        where = f"invalid UTF-8 at byte {err.start}"
    try:
        return Decoded(data.decode("cp1252"), warning=f"{where}; decoded as cp1252")
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), warning=f"{where}; decoded as latin-1")
