"""newsparse.testing: the kit that checks documents, processors and plugins against the contract.

Install it with ``pip install "newsparse[testing]"`` (it needs Hypothesis).
Plugin authors use it in their own test suites::

    from newsparse.testing import check_plugin, check_processor, news_text

    def test_my_plugin_keeps_the_contract():
        check_plugin("acme")

The pytest plugin ``newsparse.pytest_plugin``, registered through
the ``pytest11`` entry point, offers the same checks as the
``newsparse_checker`` fixture.
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401
except ImportError:  # pragma: no cover - exercised in a subprocess
    raise ImportError(
        "newsparse.testing needs Hypothesis, which is not installed: "
        "pip install 'newsparse[testing]'."
    ) from None

from newsparse.testing._checks import (
    CheckReport,
    ContractError,
    check_document,
    check_plugin,
    check_processor,
)
from newsparse.testing._documents import documents, spans
from newsparse.testing._text import any_text, news_text, texts
from newsparse.testing.checker import NewsparseChecker

__all__ = [
    "CheckReport",
    "ContractError",
    "NewsparseChecker",
    "any_text",
    "check_document",
    "check_plugin",
    "check_processor",
    "documents",
    "news_text",
    "spans",
    "texts",
]
