"""The pytest plugin of newsparse, registered through the ``pytest11`` entry point.

It adds one fixture, ``newsparse_checker``: a
:class:`~newsparse.testing.NewsparseChecker` for the test.  It lives outside
:mod:`newsparse.testing` because importing this module must import neither
Hypothesis nor the kit, so installing newsparse
without the ``testing`` extra leaves every pytest run untouched; the fixture
imports the kit when a test asks for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from newsparse.testing import NewsparseChecker

__all__ = ["newsparse_checker"]


@pytest.fixture
def newsparse_checker() -> NewsparseChecker:
    """Return a :class:`~newsparse.testing.NewsparseChecker` with the default settings."""
    from newsparse.testing import NewsparseChecker

    return NewsparseChecker()
