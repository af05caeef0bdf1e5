"""The sentence event-type classifier: PLOVER type (or NONE) of a sentence's main act.

A softmax regression over all-MiniLM-L6-v2 sentence embeddings (``newsgraph.embed``), trained
by ``scripts/train_event_typer.py`` on sentences we wrote ourselves (``training/event_types``
and the tuning halves of the bench sets). Its weights ship in ``knowledge/data/event_typer.npz``.
The pattern coder stays the reader of every act: this model only scores and vetoes the
patterns' events (see ``extract.typed_events``).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsgraph import embed

WEIGHTS = Path(__file__).resolve().parents[1] / "knowledge" / "data" / "event_typer.npz"
NONE = "NONE"


@dataclass(frozen=True)
class SoftmaxModel:
    weights: np.ndarray  # (classes, 384)
    bias: np.ndarray  # (classes,)
    classes: tuple[str, ...]

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        logits = vectors @ self.weights.T + self.bias
        logits -= logits.max(1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(1, keepdims=True)

    def save(self, path: Path, **meta: str) -> None:
        np.savez_compressed(path, weights=self.weights.astype(np.float32), bias=self.bias.astype(np.float32),
                            classes=np.array(self.classes), **{k: np.array(v) for k, v in meta.items()})


def fit_softmax(vectors: np.ndarray, labels: Sequence[str], l2: float = 0.25, steps: int = 1500) -> SoftmaxModel:
    """Multinomial logistic regression, mean cross-entropy + ``l2``·|W|²/(2n), full-batch Adam.

    Deterministic (zero start, fixed schedule), so a retrain on the same data gives the same weights.
    """
    classes = tuple(sorted(set(labels)))
    index = {c: i for i, c in enumerate(classes)}
    y = np.zeros((len(labels), len(classes)), dtype=np.float64)
    y[np.arange(len(labels)), [index[label] for label in labels]] = 1.0
    x = vectors.astype(np.float64)
    n = len(labels)
    w = np.zeros((len(classes), x.shape[1]))
    b = np.zeros(len(classes))
    moments = [np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)]
    rate, beta1, beta2 = 0.05, 0.9, 0.999
    for step in range(1, steps + 1):
        logits = x @ w.T + b
        logits -= logits.max(1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(1, keepdims=True)
        err = (p - y) / n
        grads = (err.T @ x + l2 * w / n, err.sum(0))
        for k, (param, grad) in enumerate(zip((w, b), grads, strict=True)):
            m, v = moments[2 * k], moments[2 * k + 1]
            m[...] = beta1 * m + (1 - beta1) * grad
            v[...] = beta2 * v + (1 - beta2) * grad * grad
            param -= rate * (m / (1 - beta1**step)) / (np.sqrt(v / (1 - beta2**step)) + 1e-8)
    return SoftmaxModel(w, b, classes)


@functools.cache
def load_model(path: Path = WEIGHTS) -> SoftmaxModel:
    data = np.load(path)
    return SoftmaxModel(data["weights"], data["bias"], tuple(str(c) for c in data["classes"]))


def available() -> bool:
    """True when the embedding extra and the trained weights are both installed."""
    return embed.available() and WEIGHTS.exists()
