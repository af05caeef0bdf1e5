"""The softmax regression behind the event typer: it learns, it is deterministic, it round-trips."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from newsgraph.extract.event_typer import SoftmaxModel, fit_softmax, load_model


def _clusters(seed: int) -> tuple[np.ndarray, list[str]]:
    rng = np.random.default_rng(seed)
    centres = {"ASSAULT": np.eye(8)[0], "AGREE": np.eye(8)[3], "NONE": np.eye(8)[6]}
    vectors, labels = [], []
    for label, centre in centres.items():
        vectors.append(centre + 0.2 * rng.standard_normal((40, 8)))
        labels += [label] * 40
    return np.vstack(vectors), labels


def test_fit_separates_clusters_it_never_saw() -> None:
    train, labels = _clusters(1)
    test, gold = _clusters(2)
    model = fit_softmax(train, labels, steps=300)
    predicted = [model.classes[i] for i in model.probabilities(test).argmax(1)]
    assert np.mean([p == g for p, g in zip(predicted, gold, strict=True)]) > 0.95
    np.testing.assert_allclose(model.probabilities(test).sum(1), 1.0, atol=1e-9)


def test_fit_is_deterministic_and_saved_weights_load_back(tmp_path: Path) -> None:
    train, labels = _clusters(1)
    first, second = fit_softmax(train, labels, steps=100), fit_softmax(train, labels, steps=100)
    np.testing.assert_array_equal(first.weights, second.weights)
    path = tmp_path / "typer.npz"
    first.save(path, trained_on="{}")
    loaded = load_model(path)
    assert isinstance(loaded, SoftmaxModel) and loaded.classes == ("AGREE", "ASSAULT", "NONE")
    np.testing.assert_allclose(loaded.probabilities(train), first.probabilities(train), atol=1e-5)
