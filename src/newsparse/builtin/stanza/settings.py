"""From newsparse configuration to the keyword arguments of a ``stanza.Pipeline``.

A :class:`StanzaSettings` is frozen and hashable: it is the key under which
:class:`~newsparse.builtin.stanza.cache.StanzaPipelines` keeps one Stanza
pipeline per configuration.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from newsparse.builtin.stanza import models
from newsparse.errors import NewsparseError, PipelineConfigError

__all__ = [
    "CONFIG_DEFAULTS",
    "ENTITY_PROCESSORS",
    "SEGMENT_PROCESSORS",
    "SYNTAX_PROCESSORS",
    "StanzaSettings",
]

#: Stanza processors each newsparse processor runs (``mwt`` is added when available).
SEGMENT_PROCESSORS: tuple[str, ...] = ("tokenize",)
SYNTAX_PROCESSORS: tuple[str, ...] = ("pos", "lemma", "depparse")
ENTITY_PROCESSORS: tuple[str, ...] = ("ner",)

#: The configuration keys of the Stanza plugin and their defaults.
CONFIG_DEFAULTS: Mapping[str, Any] = {
    "stanza.lang": "en",
    "stanza.dir": None,
    "stanza.package": "default",
    "stanza.download": False,
    "stanza.resources_url": None,
    "stanza.device": None,
    "stanza.options": {},
    **{f"stanza.{key}": None for key in models.MODEL_FILE_KEYS},
}

#: Used when the model directory has no ``resources.json`` and every model
#: is given as a file: Stanza reads the file even then.
_BARE_RESOURCES = "bare_resources.json"


def _bare_resources() -> str:
    return str(resources.files("newsparse.builtin.stanza") / _BARE_RESOURCES)


def _options_json(config: Mapping[str, Any]) -> str:
    options = config.get("stanza.options") or {}
    if not isinstance(options, Mapping):
        raise PipelineConfigError(
            "stanza.options must be a mapping of stanza.Pipeline keyword arguments, "
            f"got {type(options).__name__}."
        )
    try:
        return json.dumps(dict(options), sort_keys=True)
    except (TypeError, ValueError):
        raise PipelineConfigError(
            "stanza.options must hold JSON values (strings, numbers, booleans, lists)."
        ) from None


def _with_mwt(config: Mapping[str, Any], processors: Sequence[str]) -> tuple[str, ...]:
    """Add ``mwt`` after ``tokenize`` when the configuration or the package has one."""
    if "tokenize" not in processors or "mwt" in processors:
        return tuple(processors)
    try:
        found = models.required_files(config, ("mwt",))
    except NewsparseError:
        found = []
    extra = ("mwt",) if found else ()
    index = processors.index("tokenize") + 1
    return (*processors[:index], *extra, *processors[index:])


@attrs.frozen
class StanzaSettings:
    """Everything that decides which Stanza pipeline a processor runs.

    :param lang: language code.
    :param dir: the model directory.
    :param package: the Stanza package for models not given as files.
    :param processors: Stanza processors, in pipeline order.
    :param pretokenized: whether the input comes already split into
        sentences and tokens.
    :param files: model files given in the configuration, as Stanza
        keyword arguments (``("ner_model_path", "/m/ner.pt")``).
    :param device: ``"cpu"``, ``"cuda"``, ... or ``None`` for Stanza's choice.
    :param options: more ``stanza.Pipeline`` keyword arguments, as sorted JSON.
    :param download: download missing models before loading them.
    :param resources_url: where a download fetches Stanza's ``resources.json``
        (``None``: Stanza's default or ``STANZA_RESOURCES_URL``).
    :param resources_file: a ``resources.json`` to read instead of the model
        directory's, or ``None``.
    """

    lang: str
    dir: str
    package: str
    processors: tuple[str, ...]
    pretokenized: bool
    files: tuple[tuple[str, str], ...]
    device: str | None
    options: str
    download: bool
    resources_url: str | None
    resources_file: str | None

    @classmethod
    def from_config(
        cls, config: Mapping[str, Any], processors: Sequence[str], *, pretokenized: bool
    ) -> StanzaSettings:
        """Build the settings of a pipeline running *processors*.

        :param config: the merged newsparse configuration.
        :param processors: the Stanza processors the newsparse processor needs.
        :param pretokenized: whether newsparse supplies sentences and tokens.
        :raises PipelineConfigError: when ``stanza.options`` is not a JSON mapping.
        """
        wanted = _with_mwt(config, processors)
        explicit = models.explicit_files(config)
        keys = {key for name in wanted for key in models.PROCESSOR_FILE_KEYS[name]}
        directory = models.model_dir(config)
        every_file_given = all(models.PROCESSOR_FILE_KEYS[n][0] in explicit for n in wanted)
        bare = every_file_given and not (directory / models.RESOURCES_FILE).is_file()
        return cls(
            lang=str(config.get("stanza.lang") or "en"),
            dir=str(directory),
            package=str(config.get("stanza.package") or "default"),
            processors=wanted,
            pretokenized=pretokenized,
            files=tuple(sorted((k, v) for k, v in explicit.items() if k in keys)),
            device=config.get("stanza.device") or None,
            options=_options_json(config),
            download=bool(config.get("stanza.download")),
            resources_url=config.get("stanza.resources_url") or None,
            resources_file=_bare_resources() if bare else None,
        )

    def pipeline_kwargs(self) -> dict[str, Any]:
        """Return the keyword arguments of ``stanza.Pipeline`` for these settings.

        Nothing is downloaded by the pipeline itself (``download_method=None``).
        """
        kwargs: dict[str, Any] = {
            "lang": self.lang,
            "dir": self.dir,
            "package": self.package,
            "processors": ",".join(self.processors),
            "download_method": None,
            "logging_level": "ERROR",
            **dict(self.files),
        }
        if self.pretokenized:
            kwargs["tokenize_pretokenized"] = True
            # Stanza needs a tokenizer in every pipeline but reads no model for
            # pretokenized input: this path only names the processor.
            kwargs.setdefault(
                "tokenize_model_path", str(Path(self.dir) / self.lang / "tokenize" / "unused.pt")
            )
        if self.device is not None:
            kwargs["device"] = self.device
        if self.resources_file is not None:
            kwargs["resources_filepath"] = self.resources_file
        kwargs.update(json.loads(self.options))
        return kwargs
