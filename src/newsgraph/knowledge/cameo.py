"""The CAMEO event code table: name, root, quad class and Goldstein value of every code.

The codes, names and Goldstein values are GDELT's public lookups (CAMEO.eventcodes.txt and
CAMEO.goldsteinscale.txt, data.gdeltproject.org/documentation/), kept in
``data/cameo_codes.tsv``. Quad classes follow GDELT: 1 verbal cooperation (roots 01–05),
2 material cooperation (06–08), 3 verbal conflict (09–13), 4 material conflict (14–20).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

ROOTS = tuple(f"{n:02d}" for n in range(1, 21))


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO code and its standard attributes."""

    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float


def quad_class(root: str) -> int:
    """GDELT quad class of a two-digit CAMEO root.

    Raises:
        ValueError: ``root`` is not one of 01–20.
    """
    if root not in ROOTS:
        raise ValueError(f"not a CAMEO root: {root!r}")
    number = int(root)
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    if number <= 13:
        return 3
    return 4


@functools.cache
def cameo_table() -> dict[str, CameoCode]:
    """Every CAMEO code (roots included), by code."""
    text = resources.files("newsgraph.knowledge").joinpath("data/cameo_codes.tsv").read_text(encoding="utf-8")
    table: dict[str, CameoCode] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        code, goldstein, name = line.split("\t")
        root = code[:2]
        table[code] = CameoCode(code, name, root, quad_class(root), float(goldstein))
    return table


def get_code(code: str) -> CameoCode:
    """Return the CAMEO code ``code``.

    Raises:
        KeyError: ``code`` is not a CAMEO code.
    """
    try:
        return cameo_table()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None


def is_code(code: str) -> bool:
    """Whether ``code`` is a CAMEO code."""
    return code in cameo_table()
