"""Event-coding benchmarks: PLOVER GSR, PETR2 GSR, CASE 2021 task 2, IndiaPoliceEvents.

Run from the project root: ``PYTHONPATH=src .venv/bin/python bench/events.py [--limit N]``.
Data come from ``../shared/data/events`` (each folder's README gives format and splits); the
real stages (entities, dates, places, actors, events — whichever are installed) run over
every text with ``nlp.pipe``. Dev figures are printed beside test figures where a set has a
dev split; rules are tuned on dev only.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import dataclasses
import importlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from newsgraph.extract.events_syntax import steps_to_root
from newsgraph.extract.typed_events import TYPE_PROBABILITIES, vetoed
from newsgraph.knowledge.plover import normalize_label
from newsgraph.model import Article, Event
from newsgraph.nlp import load_nlp

if TYPE_CHECKING:
    from spacy.tokens import Doc

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "events"
STAGE_MODULES = (("entities", "extract_entities"), ("dates", "extract_dates"), ("places", "extract_places"),
                 ("actors", "extract_actors"), ("events", "extract_events"),
                 ("typed_events", "score_events"))
# Figures are printed twice from one run: with every event the patterns coded (the default
# pipeline), and with the events the sentence classifier vetoes dropped (the opt-in stage
# extract.typed_events; ``score_events`` only scores, ``variant`` applies the veto).
# The third variant keeps the default pipeline's events whose confidence (extract.event_confidence,
# fitted on audited BBC and PolNeAR events, no benchmark item) is at least this: what a user who
# asks ``--min-confidence 0.5`` gets. The floor is a round number, not tuned on these sets.
CONFIDENCE_FLOOR = 0.5
CONFIDENCE_VARIANT = f"conf≥{CONFIDENCE_FLOOR}"
VARIANTS = ("patterns", "+veto", CONFIDENCE_VARIANT)
# A few old CAMEO country codes in the gold records that differ from ISO 3166 alpha-3.
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "SER": "SRB"}

# Our mapping of ACLED sub-event types (and CASE 2021's unseen types) to PLOVER 2021 types.
# NONE: no political event (disasters, residual OTHER). Chosen from the ACLED codebook's definitions:
# territorial changes by force and every kind of attack are ASSAULT; demonstrations and riots PROTEST;
# weapons seizures/defusals COERCE (seize); peaceful territory handover RETREAT; base set-up and
# group changes MOBILIZE; diplomatic incidents (expulsions, sanctions) SANCTION; claims of and blame
# for attacks ACCUSE.
ACLED_TO_PLOVER = {
    "ABDUCT_DISSAP": "ASSAULT", "AGREEMENT": "AGREE", "AIR_STRIKE": "ASSAULT", "ARMED_CLASH": "ASSAULT",
    "ARREST": "COERCE", "ART_MISS_ATTACK": "ASSAULT", "ATTACK": "ASSAULT", "CHANGE_TO_GROUP_ACT": "MOBILIZE",
    "CHEM_WEAP": "ASSAULT", "DISR_WEAP": "COERCE", "FORCE_AGAINST_PROTEST": "ASSAULT",
    "GOV_REGAINS_TERIT": "ASSAULT", "GRENADE": "ASSAULT", "HQ_ESTABLISHED": "MOBILIZE", "MOB_VIOL": "PROTEST",
    "NON_STATE_ACTOR_OVERTAKES_TER": "ASSAULT", "NON_VIOL_TERRIT_TRANSFER": "RETREAT", "OTHER": "NONE",
    "PEACE_PROTEST": "PROTEST", "PROPERTY_DISTRUCT": "ASSAULT", "PROTEST_WITH_INTER": "PROTEST",
    "REM_EXPLOS": "ASSAULT", "SEX_VIOL": "ASSAULT", "SUIC_BOMB": "ASSAULT", "VIOL_DEMONSTR": "PROTEST",
    "DIPLO": "SANCTION", "ATTRIB": "ACCUSE", "MAN_MADE_DISASTER": "NONE", "NATURAL_DISASTER": "NONE",
    "ORG_CRIME": "ASSAULT",
}
POLICE_WORDS = ("police", "cop", "constable", "officer", "inspector", "sub-inspector", "sp ", "dsp", "crpf", "rapid action force", "raf", "sho")
KILL_CODES = frozenset({"1823", "185", "186", "200", "202"})

Runner = Callable[[Article, object], Article]


def stage_functions() -> list[Runner]:
    """The installed stage functions, in pipeline order (missing ones are reported and skipped)."""
    funcs = []
    for module, name in STAGE_MODULES:
        try:
            funcs.append(getattr(importlib.import_module(f"newsgraph.extract.{module}"), name))
        except (ImportError, AttributeError):
            print(f"warning: stage extract.{module} is not installed; figures will be lower", file=sys.stderr)
    return funcs


def annotate(
    texts: list[str],
    published: str | list[str | None] | None = None,
    ids: Iterable[str] | None = None,
    extra: dict | None = None,
) -> list[Article]:
    """Run the stages over ``texts``, each one article (paragraphs split on blank lines).

    ``published`` is one date for all texts or one per text; ``extra`` is given to every article
    (e.g. ``{"home_country": "IND"}``: the outlet's country, the home country's fallback).
    """
    nlp = load_nlp()
    funcs = stage_functions()
    out = []
    ids = list(ids) if ids is not None else [str(i) for i in range(len(texts))]
    dates = published if isinstance(published, list) else [published] * len(texts)
    for ident, text, pub, doc in zip(ids, texts, dates, nlp.pipe(texts, batch_size=16), strict=True):
        article = Article(
            id=ident, source="bench", body=text, paragraphs=tuple(text.split("\n\n")), published=pub, extra=dict(extra or {})
        )
        for func in funcs:
            article = func(article, doc)
        depths = {e.id: _trigger_depth(doc, e) for e in article.events}
        out.append(dataclasses.replace(article, extra={**article.extra, EVENT_DEPTHS: depths}))
    return out


# Where ``annotate`` keeps each event's depth in the parse (its trigger's distance from the root).
EVENT_DEPTHS = "bench_event_depths"


def _trigger_depth(doc: Doc, event: Event) -> int:
    """Steps from the trigger's highest token up to the sentence root (99 if the span is lost)."""
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None:
        return 99
    return min(steps_to_root(token) for token in span)


def variant_events(events: Iterable[Event], name: str, probabilities: Mapping[str, float]) -> list[Event]:
    """The events as the pipeline gives them (``patterns``), with the classifier's veto (``+veto``;
    ``probabilities``: the classifier's, by event id) or at or above the confidence floor."""
    events = list(events)
    if name == CONFIDENCE_VARIANT:
        return [e for e in events if e.confidence is not None and e.confidence >= CONFIDENCE_FLOOR]
    return [e for e in events if name == "patterns" or not vetoed(e, events, probabilities)]


def variant(article: Article, name: str) -> Article:
    probabilities = article.extra.get(TYPE_PROBABILITIES, {})
    return dataclasses.replace(article, events=tuple(variant_events(article.events, name, probabilities)))


def main_event(article: Article) -> Event | None:
    """The event a one-sentence text reports: the coded act PLOVER keeps that stands highest in the
    parse, the main clause's ("Opening a donors' conference, Japan pledged": the pledge); of acts
    equally high, the first."""
    kept = [e for e in article.events if e.plover and e.modality != "negated"]
    depths = article.extra.get(EVENT_DEPTHS, {})
    return min(kept, key=lambda e: (depths.get(e.id, 0), e.start)) if kept else None


def source_code(event: Event) -> str | None:
    """The source as the gold sets code it: its country, or IGO for an international organisation."""
    return event.source.country or ("IGO" if (event.source.sector or "").startswith("IGO") else None)


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def plover_gsr(limit: int | None) -> dict[str, dict[str, float]]:
    records = [r for r in json.loads((DATA / "plover" / "PLOVER_GSR_CAMEO.json").read_text()) if r.get("event") != "DOCUMENT"]
    out = {}
    for split, parity in (("dev", 1), ("test", 0)):
        rows = [r for r in records if int(r["id"][-1]) % 2 == parity][:limit]
        annotated = annotate([r["text"] for r in rows], published=None)
        for name in VARIANTS:
            out[f"{split} {name}"] = _plover_figures(rows, [variant(a, name) for a in annotated])
    return out


def _plover_figures(rows: list[dict], articles: list[Article]) -> dict[str, float]:
    hit = predicted = src_ok = any_hit = 0
    for rec, art in zip(rows, articles, strict=True):
        gold = normalize_label(rec["event"])
        event = main_event(art)
        types = {e.plover for e in art.events if e.plover and e.modality != "negated"}
        any_hit += gold in types
        if event is None:
            continue
        predicted += 1
        if event.plover == gold:
            hit += 1
            codes = {CAMEO_TO_ISO.get(s.get("code", ""), s.get("code", "")) for s in rec.get("source") or [] if isinstance(s, dict)}
            src_ok += source_code(event) in codes
    return {
        "n": len(rows), "recall": _ratio(hit, len(rows)), "precision": _ratio(hit, predicted),
        "any_recall": _ratio(any_hit, len(rows)), "source_acc": _ratio(src_ok, hit),
    }


def petr2(limit: int | None) -> dict[str, dict[str, float]]:
    rows = [json.loads(line) for line in (DATA / "petr2-gsr" / "PETR2_GSR_validation.jsonl").read_text().splitlines() if line.strip()][:limit]
    # Each record carries its story's date (YYYYMMDD): office holders and relative dates need it.
    annotated = annotate([r["text"] for r in rows], published=[_iso_date(r.get("date", "")) for r in rows])
    return {name: _petr2_figures(rows, [variant(a, name) for a in annotated]) for name in VARIANTS}


def _petr2_figures(rows: list[dict], articles: list[Article]) -> dict[str, float]:
    gold_n = pred_n = gold_hit = pred_hit = 0
    for rec, art in zip(rows, articles, strict=True):
        gold = {(e["source"][:3], e["target"][:3], e["code"][:2]) for e in rec.get("events", [])}
        # PETRARCH-style gold codes no bare "said" (010): neither do we here.
        pred = {(_petr_code(e.source), _petr_code(e.target), e.cameo_root)
                for e in art.events if e.modality != "negated" and e.cameo != "010"}
        gold_n += len(gold)
        pred_n += len(pred)
        gold_hit += len(gold & pred)
        pred_hit += len(pred & gold)
    return {"n": len(rows), "recall": _ratio(gold_hit, gold_n), "precision": _ratio(pred_hit, pred_n)}


def _iso_date(compact: str) -> str | None:
    """``20080806`` as ``2008-08-06``; anything else (one record has ``121108``) as no date."""
    if len(compact) != 8 or not compact.isdigit():
        return None
    return f"{compact[:4]}-{compact[4:6]}-{compact[6:]}"


def _petr_code(arg: object) -> str:
    """An argument as PETRARCH writes its first three letters: the country, or IGO / NGO for an
    international organisation without one (CAMEO codes the UN as IGOUNO, Amnesty International
    as NGOHRIAMN), else "---"."""
    if arg is None:
        return "---"
    country = getattr(arg, "country", None)
    sector = (getattr(arg, "sector", None) or "").upper()
    if country:
        return country
    return next((prefix for prefix in ("IGO", "NGO") if sector.startswith(prefix)), "---")


def case2021(limit: int | None) -> dict[str, dict[str, float]]:
    path = DATA / "case2021-task2" / "task2__test_dataset__test_set_final_release_with_labels.tsv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))[:limit]
    annotated = annotate([r["EventSnippet"] for r in rows], published=None)
    gold = [ACLED_TO_PLOVER.get(r["SubType"], "NONE") for r in rows]
    out = {}
    for name in VARIANTS:
        pred = [(e.plover if (e := main_event(variant(a, name))) else "NONE") for a in annotated]
        hits = sum(g == p for g, p in zip(gold, pred, strict=True))
        out[name] = {"n": len(rows), "weighted_f1": weighted_f1(gold, pred), "accuracy": _ratio(hits, len(rows))}
    return out


def weighted_f1(gold: list[str], pred: list[str]) -> float:
    """F1 per gold class, weighted by the class's support (scikit-learn's "weighted" average)."""
    support = Counter(gold)
    total = 0.0
    for label, count in support.items():
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        p_n = sum(p == label for p in pred)
        prec, rec = _ratio(tp, p_n), _ratio(tp, count)
        total += count * (2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return total / len(gold) if gold else 0.0


def _is_police(event: Event) -> bool:
    sector = (event.source.sector or "").upper()
    text = f" {event.source.text.lower()} "
    return sector.startswith("COP") or any(word in text for word in POLICE_WORDS)


# Words of a trigger that report a death (KILL needs one: "injured in police firing" is FORCE only),
# and triggers coded 19/20 that are no use of force (operations, raids, captures of places).
KILL_WORDS = ("kill", "shot dead", "gunned down", "lynch", "massacre", "slaughter", "murder", "died", "die ", "succumb")
NOT_FORCE_WORDS = ("launch", "raid", "captur", "seiz", "occup", "allow", "made", "make", "took over", "take over")


# Who may arrest for the ARREST label: the annotators count a custody ordered by a magistrate
# ("remanded in police custody") or an army unit that nabs a man (dev), so state security and
# judicial actors count, not the police alone. A government is left out: its "apprehends" is
# more often fear than arrest.
ARREST_SECTORS = ("COP", "MIL", "SPY", "PRM", "JUD")


# An order or a warrant to arrest is no arrest ("the magistrate ordered the arrest", "issued a
# warrant"), "booked cases against 200 persons" registers cases, and a court's remand to judicial
# custody keeps someone already held (dev: "remanded gupta to 15-days judicial custody" is no
# ARREST, while a remand to police custody is): the question is whether police arrested someone.
ORDER_WORDS = ("order", "direct", "instruct", "issu", "warrant", "grant", "authori", "empower")
CASE_WORDS = ("case", "fir", "complaint")


def _orders_or_books(event: Event) -> bool:
    trigger = event.text.lower()
    words_after = event.sentence[event.end - event.sentence_start :].lower().split()
    after = words_after[:3]
    judicial = "judicial custody" in " ".join(words_after[:8])
    return judicial or any(w in trigger for w in ORDER_WORDS) or any(w.startswith("warrant") for w in after) or (
        "book" in trigger and any(w.startswith(CASE_WORDS) for w in after[:2])
    )


def police_labels(events: list[Event]) -> set[str]:
    """KILL / ARREST / FORCE from our events: acts whose source is the police (rules tuned on dev)."""
    labels = set()
    for e in events:
        if e.modality != "asserted":
            continue
        if e.cameo == "173" and (_is_police(e) or (e.source.sector or "").upper().startswith(ARREST_SECTORS)) and not _orders_or_books(e):
            labels.add("ARREST")
        if not _is_police(e):
            continue
        trigger = e.text.lower()
        # a killing in violent repression ("fired at the mob, killing one": 175) is a killing too
        if e.cameo in KILL_CODES or ((e.cameo_root in {"18", "19", "20"} or e.cameo == "175") and any(w in trigger for w in KILL_WORDS)):
            labels.add("KILL")
        if e.cameo == "175" or e.cameo_root == "18" or (
            e.cameo_root in {"19", "20"} and not any(w in trigger for w in NOT_FORCE_WORDS)
        ):
            labels.add("FORCE")
    return labels


def india_police(limit: int | None) -> dict[str, dict[str, dict[str, float]]]:
    """Sentence-level KILL/ARREST/FORCE on whole documents, read by ``label_sentences``. The Times
    of India is an Indian outlet: ``home_country`` is declared as IND (used only when the text
    itself shows no majority country)."""
    folder = DATA / "india-police-events"
    sents: dict[int, list[dict]] = {}
    for line in (folder / "sents.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        sents.setdefault(row["doc_id"], []).append(row)
    meta = {json.loads(line)["doc_id"]: json.loads(line) for line in (folder / "metadata.jsonl").read_text().splitlines() if line.strip()}
    out = {}
    for split, parity in (("dev", 1), ("test", 0)):
        doc_ids = sorted(d for d in sents if d % 2 == parity)[:limit]
        rows = [sorted(sents[d], key=lambda r: r["sent_id"]) for d in doc_ids]
        documents = [[row["sent_text"].strip() for row in doc] for doc in rows]
        published = [(meta.get(d, {}).get("date") or None) for d in doc_ids]
        labelled = label_sentences(documents, published, ids=[str(d) for d in doc_ids])
        gold = [set(row["sent_labels"]) for doc in rows for row in doc]
        for name in VARIANTS:
            kept = [police_labels(variant_events(events, name, probabilities)) for doc in labelled for _, events, probabilities in doc]
            out[f"{split} {name}"] = police_figures(gold, kept)
    return out


def label_sentences(
    documents: list[list[str]], published: list[str | None], ids: list[str] | None = None
) -> list[list[tuple[set[str], list[Event], dict[str, float]]]]:
    """Each document's sentences joined (in order, with a space) into one Indian article, so actors
    and the home country come from the whole text; each event goes back to the sentence holding its
    trigger by offsets. Gives, per sentence, the police labels, the events found in it and the
    sentence classifier's probabilities of its article's events (by event id; for the veto)."""
    bodies, bounds = [], []
    for sentences in documents:
        starts, pos = [], 0
        for text in sentences:
            starts.append(pos)
            pos += len(text) + 1
        bodies.append(" ".join(sentences))
        bounds.append(starts)
    articles = annotate(bodies, published=published, ids=ids, extra={"home_country": "IND"})
    out = []
    for art, starts in zip(articles, bounds, strict=True):
        by_sent: list[list[Event]] = [[] for _ in starts]
        for event in art.events:
            k = bisect.bisect_right(starts, event.start) - 1
            if k >= 0:
                by_sent[k].append(event)
        probabilities = art.extra.get(TYPE_PROBABILITIES, {})
        out.append([(police_labels(events), events, probabilities) for events in by_sent])
    return out


def police_figures(gold: list[set[str]], pred: list[set[str]]) -> dict[str, dict[str, float]]:
    """Sentence-level precision and recall of KILL, ARREST and FORCE."""
    figures = {}
    for label in ("KILL", "ARREST", "FORCE"):
        tp = sum(label in g and label in p for g, p in zip(gold, pred, strict=True))
        fp = sum(label in p and label not in g for g, p in zip(gold, pred, strict=True))
        fn = sum(label in g and label not in p for g, p in zip(gold, pred, strict=True))
        figures[label] = {"precision": _ratio(tp, tp + fp), "recall": _ratio(tp, tp + fn), "gold": tp + fn, "pred": tp + fp}
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="at most N items per set and split (N documents for IndiaPoliceEvents)")
    parser.add_argument("--only", choices=("plover", "petr2", "case", "india"), action="append", help="run only these sets")
    args = parser.parse_args(argv)
    if not DATA.exists():
        print(f"skipped: {DATA} is absent (the shared benchmark data are not checked out)")
        return 0
    only = set(args.only or ("plover", "petr2", "case", "india"))
    if "plover" in only:
        res = plover_gsr(args.limit)
        print("PLOVER GSR (main event per sentence) " + "".join(f"{split + ' ' + name:>15}" for split in ("dev", "test") for name in VARIANTS) + "  target")
        for key, target in (("recall", "≥0.85"), ("precision", "≥0.80"), ("source_acc", "≥0.80"), ("any_recall", "")):
            cells = "".join(f"{res[f'{split} {name}'][key]:>15.3f}" for split in ("dev", "test") for name in VARIANTS)
            print(f"  event-type {key:<24}{cells}   {target}")
        print(f"  sentences {'':<25}{res['dev patterns']['n']:>15}{res['test patterns']['n']:>{15 * len(VARIANTS)}}")
    if "petr2" in only:
        for name, res in petr2(args.limit).items():
            print(f"PETR2 GSR {name:<9}({res['n']} sentences, (src, tgt, root))  recall {res['recall']:.3f} (≥0.60)  precision {res['precision']:.3f} (≥0.70)")
    if "case" in only:
        for name, res in case2021(args.limit).items():
            print(f"CASE 2021 task 2 {name:<9}({res['n']} snippets, ACLED→PLOVER)  weighted F1 {res['weighted_f1']:.3f}  accuracy {res['accuracy']:.3f}  (best published 0.839 on 30 fine classes)")
    if "india" in only:
        res = india_police(args.limit)
        print("IndiaPoliceEvents (sentence level)        dev P / R          test P / R      target P≥0.90")
        for name in VARIANTS:
            for label in ("KILL", "ARREST", "FORCE"):
                d, t = res[f"dev {name}"][label], res[f"test {name}"][label]
                print(f"  {label:<6} {name:<9} {d['precision']:.3f} / {d['recall']:.3f} (gold {d['gold']}, pred {d['pred']})   {t['precision']:.3f} / {t['recall']:.3f} (gold {t['gold']}, pred {t['pred']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
