"""Fit the event confidence model (``newsgraph.extract.event_confidence``) on audited real news.

Run from the project root: ``.venv/bin/python scripts/train_event_confidence.py [--dry-run]``.
Needs ``../shared`` (the audited BBC, PolNeAR, IndiaPoliceEvents and FA-KES articles).

``bench/data/event_audits.tsv`` holds events of newsgraph that independent audits judged R
(right in every part), A (the act right, an argument or the modality wrong) or W (no such act).
The audited articles are run through today's pipeline, and an event learns its audit's verdict
where it still stands at the judged trigger with the judged CAMEO root:
- a W event stays a false act whatever its arguments;
- an R or A event keeps its verdict only if its source, target and modality are those judged
  (a fix since may have made an A right, or an R wrong).
The label is R (1) against A or W (0): confidence is the chance that an event is right in every part.

Before writing the weights, the script measures the model on audits it did not see: it leaves
each audit out in turn, fits on the others and scores the one left out. It prints the AUC and
the share of right events above each threshold. Writes
``src/newsgraph/knowledge/data/event_confidence.json``; the same data give the same weights.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]

from audit_recheck import at_trigger, audited_text, load  # noqa: E402
from events import DATA, load_nlp, stage_functions  # noqa: E402
from newsgraph.extract.event_confidence import WEIGHTS, ConfidenceModel, features  # noqa: E402
from newsgraph.model import Article  # noqa: E402

SHARED = DATA.parent  # ../shared/data
# The L2 penalty: leave-one-audit-out AUC over audits 6-16 was flat from 0.3 to 3 (0.721-0.723) and
# fell at 10; of the flat range, 3 scored best on the two fresh audits (15, 16).
L2 = 3.0
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)


def labelled_events() -> tuple[list[dict[str, float]], list[int], list[int]]:
    """Features, labels (1 = R) and audit numbers of the judged events that still stand."""
    rows = load(None)
    articles = sorted({(r["article"], r["published"]) for r in rows})
    texts = [audited_text(SHARED, path) or "" for path, _ in articles]
    by_article: dict[tuple[str, str], list[dict[str, str]]] = {}
    for row in rows:
        by_article.setdefault((row["article"], row["published"]), []).append(row)
    stages = stage_functions()
    named, labels, audits = [], [], []
    for (path, published), text, doc in zip(articles, texts, load_nlp().pipe(texts, batch_size=16), strict=True):
        article = Article(id=path, source="audit", body=text, paragraphs=tuple(text.split("\n\n")), published=published or None)
        for run in stages:
            article = run(article, doc)
        for row in by_article[(path, published)]:
            start = int(row["start"])
            here = [e for e in at_trigger(article.events, start) if e.cameo_root == row["cameo"][:2]]
            if not here:
                continue
            event = here[0]
            judged_as_is = (event.source.name == row["source"] and (event.target.name if event.target else "") == row["target"]
                            and event.modality == row["modality"])
            if row["verdict"] != "W" and not judged_as_is:
                continue
            named.append(features(event, article, doc))
            labels.append(int(row["verdict"] == "R"))
            audits.append(int(row["audit"]))
    return named, labels, audits


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 3000) -> tuple[np.ndarray, float]:
    """Logistic regression by full-batch gradient descent from zero: mean log-loss + l2·|w|²/(2n).
    Deterministic, so the same data give the same weights."""
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        w -= 0.5 * (x.T @ (p - y) / len(y) + l2 * w / len(y))
        b -= 0.5 * float((p - y).mean())
    return w, b


def auc(scores: np.ndarray, y: np.ndarray) -> float:
    """The chance that a right event scores above a wrong one (ties count half)."""
    pos, neg = scores[y == 1], scores[y == 0]
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def held_out_scores(x: np.ndarray, y: np.ndarray, audits: np.ndarray) -> np.ndarray:
    """Each event's score from a model fitted without its audit."""
    scores = np.zeros(len(y))
    for audit in sorted(set(audits.tolist())):
        out = audits == audit
        w, b = fit_logistic(x[~out], y[~out])
        scores[out] = 1.0 / (1.0 + np.exp(-(x[out] @ w + b)))
    return scores


def report(scores: np.ndarray, y: np.ndarray, audits: np.ndarray) -> None:
    print(f"{len(y)} judged events still standing, {int(y.sum())} right (R): {y.mean():.3f}")
    print(f"leave-one-audit-out AUC {auc(scores, y):.3f}; per audit: "
          + ", ".join(f"{a}: {auc(scores[audits == a], y[audits == a]):.2f}" for a in sorted(set(audits.tolist()))))
    print(f"{'min confidence':<16}{'kept':>6}{'share':>8}{'right':>8}")
    for threshold in (0.0, *THRESHOLDS):
        kept = scores >= threshold
        print(f"{threshold:<16.1f}{int(kept.sum()):>6}{kept.mean():>8.2f}{y[kept].mean():>8.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="measure only; do not write the weights")
    args = parser.parse_args(argv)
    if not (SHARED / "corpora").exists():
        print(f"skipped: the audited articles are not under {SHARED} (is ../shared there?)")
        return 1
    named, labels, audits = labelled_events()
    names = sorted(named[0])
    x = np.array([[f[n] for n in names] for f in named])
    y, by_audit = np.array(labels, dtype=float), np.array(audits)
    report(held_out_scores(x, y, by_audit), y, by_audit)
    if not args.dry_run:
        w, b = fit_logistic(x, y)
        model = ConfidenceModel(weights={n: round(float(v), 5) for n, v in zip(names, w, strict=True)}, bias=round(b, 5))
        WEIGHTS.write_text(model.to_json(trained_on=f"{len(y)} judged events of audits {sorted(set(audits))}", l2=L2), encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
