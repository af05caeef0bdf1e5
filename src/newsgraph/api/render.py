"""Server-side rendering helpers: the Jinja environment (autoescape on), highlights and SVG charts.

Charts are computed here as plain numbers and drawn by the templates as inline SVG, so no script
and no third-party asset is needed, and every label passes through Jinja's escaping.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import jinja2

QUAD_NAMES = {1: "Verbal cooperation", 2: "Material cooperation", 3: "Verbal conflict", 4: "Material conflict"}

templates = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).with_name("templates")),
    autoescape=True,  # article text is untrusted: everything is escaped unless a template says otherwise
    undefined=jinja2.StrictUndefined,
    finalize=lambda value: "" if value is None else value,  # a missing value shows as nothing, not "None"
    trim_blocks=True,
    lstrip_blocks=True,
)
templates.globals["QUAD_NAMES"] = QUAD_NAMES
templates.filters["u"] = lambda value: quote(str(value), safe="")


def web_url(value: object) -> str | None:
    """``value`` if it is an http(s) URL, else None: stored URLs are untrusted (no ``javascript:`` links)."""
    text = str(value or "").strip()
    return text if urlsplit(text).scheme.lower() in {"http", "https"} else None


templates.filters["web_url"] = web_url


def highlight(article: dict[str, Any]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Split the body into segments, each with the facts whose offsets cover it.

    Facts overlap (a quote contains an actor's mention), so the body is cut at every fact boundary
    and each piece lists all the facts over it; the template renders pieces as text, never as markup.

    Returns:
        (segments, facts): segments ``{text, facts: [fact ids], kinds: [kinds]}`` in body order, and
        facts ``{id, kind, start, end, ...record}`` for the details panel.
    """
    body: str = article.get("body") or ""
    facts: list[dict[str, Any]] = []
    for actor in article.get("actors", []):
        for i, m in enumerate(actor.get("mentions", [])):
            facts.append({"id": f"ac-{len(facts)}", "kind": "actor", "start": m["start"], "end": m["end"], "record": actor, "mention": i})
    for event in article.get("events", []):
        facts.append({"id": f"ev-{len(facts)}", "kind": "event", "start": event["start"], "end": event["end"], "record": event})
    for q in article.get("quotes", []):
        facts.append({"id": f"qu-{len(facts)}", "kind": "quote", "start": q["start"], "end": q["end"], "record": q})
    for c in article.get("claims", []):
        facts.append({"id": f"cl-{len(facts)}", "kind": "claim", "start": c["start"], "end": c["end"], "record": c})
    valid = [f for f in facts if isinstance(f["start"], int) and isinstance(f["end"], int) and 0 <= f["start"] < f["end"] <= len(body)]
    cuts = sorted({0, len(body), *(f["start"] for f in valid), *(f["end"] for f in valid)})
    segments = []
    for a, b in itertools.pairwise(cuts):
        over = [f for f in valid if f["start"] <= a and b <= f["end"]]
        segments.append({
            "text": body[a:b],
            "facts": [f["id"] for f in over],
            "kinds": sorted({f["kind"] for f in over}),
        })
    return segments, valid


def stacked_bars(rows: list[dict[str, Any]], width: int = 1240, height: int = 220) -> dict[str, Any]:
    """Geometry of a stacked bar chart of ``[{day, q1..q4}]`` (bars, axis ticks, maximum)."""
    pad_l, pad_b, pad_t = 40, 30, 10
    inner_w, inner_h = width - pad_l - 10, height - pad_b - pad_t
    top = max((sum(r.get(f"q{k}", 0) or 0 for k in range(1, 5)) for r in rows), default=0)
    n = len(rows)
    bars: list[dict[str, Any]] = []
    if n and top:
        step = inner_w / n
        w = min(max(1.0, step * 0.8), 40.0)  # a few days must not become slabs
        for i, r in enumerate(rows):
            y = pad_t + inner_h
            for k in range(1, 5):
                count = r.get(f"q{k}", 0) or 0
                if not count:
                    continue
                h = inner_h * count / top
                y -= h
                bars.append({"x": round(pad_l + i * step, 2), "y": round(y, 2), "w": round(w, 2), "h": round(h, 2),
                             "quad": k, "label": f"{r['day']}: {count} × {QUAD_NAMES[k]}"})
    label_every = max(1, -(-n // 7))  # at most 7 labels, so dates never overlap
    ticks = [{"x": round(pad_l + i * (inner_w / n), 2), "label": r["day"]} for i, r in enumerate(rows) if n and i % label_every == 0]
    return {"width": width, "height": height, "bars": bars, "ticks": ticks, "max": top, "base": pad_t + inner_h,
            "pad_l": pad_l, "pad_t": pad_t, "days": n}


def line_series(series: list[dict[str, Any]], width: int = 1240, height: int = 260) -> dict[str, Any]:
    """Geometry of a value-over-time chart: one polyline and dots per source."""
    pad_l, pad_b, pad_t, pad_r = 70, 30, 10, 10
    points = [p for s in series for p in s["points"] if p.get("date") and p.get("value") is not None]
    dates = sorted({p["date"][:10] for p in points})
    values = [float(p["value"]) for p in points]
    if not points:
        return {"width": width, "height": height, "lines": [], "ticks": [], "yticks": []}
    lo, hi = min([*values, 0.0]), max(values)
    hi = hi if hi > lo else lo + 1
    pos = {d: i for i, d in enumerate(dates)}
    span = max(1, len(dates) - 1)

    def x(d: str) -> float:
        return round(pad_l + (width - pad_l - pad_r) * pos[d[:10]] / span, 2)

    def y(v: float) -> float:
        return round(pad_t + (height - pad_t - pad_b) * (1 - (v - lo) / (hi - lo)), 2)

    lines = []
    for i, s in enumerate(series):
        pts = sorted((p for p in s["points"] if p.get("date") and p.get("value") is not None), key=lambda p: p["date"])
        if not pts:
            continue
        dots = [{"x": x(p["date"]), "y": y(float(p["value"])), "label": f"{s['source']}, {p['date']}: {p['value']:g}",
                 "article_id": p["article_id"]} for p in pts]
        lines.append({"source": s["source"], "colour": i % 8, "points": " ".join(f"{d['x']},{d['y']}" for d in dots), "dots": dots})
    every = max(1, len(dates) // 6)
    ticks = [{"x": x(d), "label": d} for i, d in enumerate(dates) if i % every == 0]
    yticks = [{"y": y(lo + (hi - lo) * k / 4), "label": f"{lo + (hi - lo) * k / 4:,.4g}"} for k in range(5)]
    return {"width": width, "height": height, "lines": lines, "ticks": ticks, "yticks": yticks, "pad_l": pad_l,
            "base": height - pad_b}
