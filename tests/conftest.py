"""Shared test configuration: Hypothesis profiles and a clean plugin environment."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

#: The faulty plugins of tests/plugin_packages/newsparse-broken, blocked unless a
#: test asks for them.
FAULTY_PLUGINS = "broken,misspelled,crashing,raising"

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

#: Where the ``fuzz`` profile keeps the failing examples it finds, so that the
#: next run tries them first (override with HYPOTHESIS_DATABASE_DIR).
FUZZ_DATABASE = Path(os.environ.get("HYPOTHESIS_DATABASE_DIR", ROOT / ".hypothesis" / "fuzz"))

# Profiles, chosen by HYPOTHESIS_PROFILE; CI=true selects "ci", otherwise "dev".
#   ci:   300 examples per property, derandomised (the same examples on every run);
#   dev:  fewer examples, for a quick local run;
#   fuzz: many random examples, failures kept in FUZZ_DATABASE;
#   deep: many examples, every health check off (kept for existing scripts).
settings.register_profile(
    "ci",
    max_examples=300,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "fuzz",
    max_examples=20_000,
    derandomize=False,
    deadline=None,
    database=DirectoryBasedExampleDatabase(FUZZ_DATABASE),
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "deep", max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck)
)
_ON_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if _ON_CI else "dev"))


def pytest_configure(config: pytest.Config) -> None:
    # For the whole session, subprocesses included; tests about faulty plugins
    # lift the block with monkeypatch.
    os.environ["NEWSPARSE_DISABLE_PLUGINS"] = FAULTY_PLUGINS


@pytest.fixture
def shared_seed() -> str:
    """The seed article from ../shared/seeds, or skip when it is absent."""
    path = SHARED / "seeds" / "000_70f566acd3c652ae.txt"
    if not path.is_file():
        pytest.skip(f"{path} is not present")
    return path.read_text(encoding="utf-8")
