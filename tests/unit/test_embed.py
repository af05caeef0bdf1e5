"""newsgraph.embed: the NumPy forward pass of all-MiniLM-L6-v2 against sentence-transformers.

The reference figures were computed by the model's own pipeline (sentence-transformers 6.2,
PyTorch 2.13 CPU, ``encode(..., normalize_embeddings=True)``) on the same three sentences.
"""

from __future__ import annotations

import numpy as np
import pytest

from newsgraph import embed

SENTENCES = (
    "Israeli jets bombed Hamas positions in Gaza on Sunday.",
    "The Kremlin declined to comment.",
    "Protesters marched through central London against the war in Iraq.",
)
FIRST_SIX = (
    (0.040964, 0.048793, 0.008134, 0.009082, 0.028396, 0.002844),
    (0.004866, 0.103358, 0.036056, 0.027055, 0.03747, -0.00977),
    (0.135058, -0.002234, 0.028849, -0.089438, 0.048296, 0.078014),
)
COSINES = ((0, 1, 0.235037), (0, 2, 0.242846), (1, 2, 0.170661))


@pytest.fixture(scope="module")
def vectors() -> np.ndarray:
    if not embed.available():
        pytest.skip(f"the typer extra is not installed: {embed.INSTALL_HINT}")
    return embed.load_encoder().encode(list(SENTENCES), batch_size=2)  # two batches: padding is masked


def test_embeddings_match_the_reference_pipeline(vectors: np.ndarray) -> None:
    assert vectors.shape == (3, 384)
    np.testing.assert_allclose(vectors[:, :6], np.array(FIRST_SIX), atol=2e-6)
    for i, j, cosine in COSINES:
        assert float(vectors[i] @ vectors[j]) == pytest.approx(cosine, abs=2e-6)


def test_embeddings_are_unit_length_and_order_independent(vectors: np.ndarray) -> None:
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    reversed_order = embed.load_encoder().encode(list(reversed(SENTENCES)))
    np.testing.assert_allclose(reversed_order[::-1], vectors, atol=1e-5)


def test_missing_model_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed.importlib.util, "find_spec", lambda name: None)
    assert not embed.available()
    with pytest.raises(embed.EmbeddingsUnavailableError, match="pip install"):
        embed._model_dir()
