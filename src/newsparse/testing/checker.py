"""The object behind the ``newsparse_checker`` fixture."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hypothesis import strategies as st

from newsparse.hooks.contract import BatchProcessor, Processor, ProcessorSpec
from newsparse.model import Annotation, Document
from newsparse.testing._checks import (
    Before,
    CheckReport,
    check_document,
    check_plugin,
    check_processor,
)
from newsparse.testing._documents import documents
from newsparse.testing._text import any_text, news_text, texts

__all__ = ["NewsparseChecker"]


class NewsparseChecker:
    """The checks of :mod:`newsparse.testing` with settings shared by one test.

    The ``newsparse_checker`` fixture returns one per test.

    :param config: configuration keys every check passes to the processors.
    :param max_examples: how many texts each processor check tries (default:
        the Hypothesis profile's).
    """

    def __init__(
        self, *, config: Mapping[str, Any] | None = None, max_examples: int | None = None
    ) -> None:
        self.config: dict[str, Any] = dict(config or {})
        self.max_examples = max_examples

    def texts(self) -> st.SearchStrategy[str]:
        """Draw news-like or arbitrary text (:func:`~newsparse.testing.texts`)."""
        return texts()

    def news_text(self) -> st.SearchStrategy[str]:
        """Draw news-like text (:func:`~newsparse.testing.news_text`)."""
        return news_text()

    def any_text(self) -> st.SearchStrategy[str]:
        """Draw any text (:func:`~newsparse.testing.any_text`)."""
        return any_text()

    def documents(self) -> st.SearchStrategy[Document]:
        """Draw valid documents (:func:`~newsparse.testing.documents`)."""
        return documents()

    def document(
        self, doc: Document, *, layer_types: Mapping[str, type[Annotation]] | None = None
    ) -> None:
        """Run :func:`~newsparse.testing.check_document` on *doc*."""
        check_document(doc, layer_types=layer_types)

    def processor(
        self,
        processor: ProcessorSpec | Processor | BatchProcessor,
        *,
        before: Before | str = "auto-before",
        **options: Any,
    ) -> None:
        """Run :func:`~newsparse.testing.check_processor` with this checker's settings."""
        options.setdefault("config", self.config)
        options.setdefault("max_examples", self.max_examples)
        check_processor(processor, before=before, **options)

    def plugin(self, name: str, **options: Any) -> CheckReport:
        """Run :func:`~newsparse.testing.check_plugin` with this checker's settings."""
        options.setdefault("config", self.config)
        options.setdefault("max_examples", self.max_examples)
        return check_plugin(name, **options)
