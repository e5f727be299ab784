"""Tiny real Stanza models, trained once per Stanza version and kept on disk.

The models live in ``$NEWSPARSE_TEST_MODELS`` when set, else under
``.cache/stanza-tiny/`` in the repository, in a directory named after the
Stanza version and the training recipe.  The first session that needs them
trains them (about a minute on two cores) and prints how long it took.
"""

from __future__ import annotations

import importlib.metadata
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from .tiny_models import RECIPE_VERSION, TinyModels, train

ROOT = Path(__file__).resolve().parents[2]

_TRAINING_REPORT = pytest.StashKey[str]()


def _cache_root() -> Path:
    configured = os.environ.get("NEWSPARSE_TEST_MODELS")
    return Path(configured) if configured else ROOT / ".cache" / "stanza-tiny"


def _train_once(target: Path) -> tuple[TinyModels, str]:
    models = TinyModels(target)
    if models.complete():
        return models, f"tiny Stanza models: reused {target}"
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        _, seconds = train(scratch)
        shutil.rmtree(scratch / "work")
        if not TinyModels(target).complete():
            shutil.rmtree(target, ignore_errors=True)
            scratch.rename(target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return models, f"tiny Stanza models: trained in {seconds:.1f} s into {target}"


@pytest.fixture(scope="session")
def tiny_models(request: pytest.FixtureRequest) -> TinyModels:
    """The tiny models, trained on first use (skips when Stanza is not installed)."""
    pytest.importorskip("stanza")
    pytest.importorskip("torch")
    version = importlib.metadata.version("stanza")
    models, report = _train_once(_cache_root() / f"stanza-{version}-recipe-{RECIPE_VERSION}")
    request.config.stash[_TRAINING_REPORT] = report
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(report)
    return models


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    report = config.stash.get(_TRAINING_REPORT, None)
    if report is not None:
        terminalreporter.write_sep("-", report)
