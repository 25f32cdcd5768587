"""Shared fixtures: the bundled examples and a pipeline without trained models (fast, deterministic)."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def examples() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def rules() -> Pipeline:
    """The rule baselines only (no trained model), shared by tests."""
    return Pipeline(use_models=False)


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The default pipeline (trained models when they are built)."""
    return Pipeline()
