"""Finding and loading spaCy pipelines."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from newsparse.errors import ModelsMissingError

__all__ = ["NOT_FOR_ENTITIES", "check_model", "load_model"]

#: Components the entity processor does not need (it keeps the document's tokens and sentences).
NOT_FOR_ENTITIES = ("parser", "senter", "tagger", "morphologizer", "attribute_ruler", "lemmatizer")


def _missing(model: str) -> ModelsMissingError:
    return ModelsMissingError(
        f"The spaCy model {model!r} is not installed: run 'python -m spacy download {model}' "
        "or set spacy.model to an installed one."
    )


def check_model(config: Mapping[str, Any]) -> None:
    """Raise :class:`~newsparse.errors.ModelsMissingError` unless spaCy and the model exist."""
    model = str(config["spacy.model"])
    try:
        import spacy.util
    except ImportError:
        raise ModelsMissingError("spaCy is not installed: pip install newsparse-spacy.") from None
    if not (spacy.util.is_package(model) or Path(model).is_dir()):
        raise _missing(model)


def load_model(model: str, exclude: tuple[str, ...] = ()) -> Any:
    """Load the spaCy pipeline *model* without the components *exclude*.

    :raises ModelsMissingError: when the model is not installed.
    """
    import spacy

    try:
        return spacy.load(model, exclude=list(exclude))
    except OSError:
        raise _missing(model) from None
