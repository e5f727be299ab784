"""The user's configuration file: pipeline choices that need not be repeated on every call.

newsparse reads ``newsparse.toml`` (top-level keys) or the ``[tool.newsparse]``
table of a ``pyproject.toml``, looked up from the current directory upward
(in each directory ``newsparse.toml`` first; the first file found is used)::

    # newsparse.toml
    pipeline = "fast"
    use = { entities = "spacy.entities" }
    add = ["gazetteer.entities"]
    disable = ["stanza"]

    [config]
    "gazetteer.path" = "names.csv"

Explicit arguments override the file: a ``pipeline`` given in the call
replaces the file's, ``use`` entries replace the file's for the same stage,
``add`` and ``disable`` are added to the file's, and ``config`` keys replace
the file's keys.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from newsparse.errors import PipelineConfigError

__all__ = ["FILE_NAME", "UserConfig", "find_config_file", "load_user_config", "read_config_file"]

#: The name of newsparse's own configuration file.
FILE_NAME = "newsparse.toml"
_KEYS = ("pipeline", "use", "add", "disable", "config")


@attrs.frozen(kw_only=True)
class UserConfig:
    """What a configuration file sets.

    :param path: the file it was read from (``None``: no file).
    :param pipeline: a pipeline name or processor names, or ``None``.
    :param use: stage to processor name.
    :param add: processors to add.
    :param disable: plugins to block.
    :param config: configuration keys.
    """

    path: Path | None = None
    pipeline: str | tuple[str, ...] | None = None
    use: Mapping[str, str] = attrs.field(factory=dict)
    add: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    config: Mapping[str, Any] = attrs.field(factory=dict)

    def merged(
        self,
        *,
        pipeline: str | Sequence[str] | None,
        use: Mapping[str, str] | None,
        add: Sequence[str],
        disable: Sequence[str],
        config: Mapping[str, Any] | None,
    ) -> tuple[str | Sequence[str] | None, dict[str, str], list[str], list[str], dict[str, Any]]:
        """Return the file's settings overridden by the explicit arguments."""
        return (
            pipeline if pipeline is not None else self.pipeline,
            {**self.use, **(use or {})},
            list(dict.fromkeys([*self.add, *add])),
            list(dict.fromkeys([*self.disable, *disable])),
            {**self.config, **(config or {})},
        )


def _table(path: Path) -> Mapping[str, Any] | None:
    # Imported here: most pipelines read no file, and need no TOML parser.
    import tomllib

    try:
        data: dict[str, Any] = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise PipelineConfigError(f"Configuration file {path} is not valid TOML ({exc}).") from None
    if path.name == FILE_NAME:
        return data
    tool = data.get("tool", {})
    table: Any = tool.get("newsparse") if isinstance(tool, Mapping) else None
    return dict(table) if isinstance(table, Mapping) else None


def find_config_file(start: str | Path | None = None) -> Path | None:
    """Return the nearest ``newsparse.toml``, or ``pyproject.toml`` with ``[tool.newsparse]``.

    :param start: the directory to start from (default: the current directory).
    """
    here = Path(start if start is not None else Path.cwd()).resolve()
    for directory in (here, *here.parents):
        own = directory / FILE_NAME
        if own.is_file():
            return own
        project = directory / "pyproject.toml"
        if project.is_file() and _table(project) is not None:
            return project
    return None


def _strings(value: Any, key: str, path: Path) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list):
        value = [value]
    if not all(isinstance(v, str) for v in value):
        raise PipelineConfigError(
            f"Configuration file {path}: {key} must be a list of names, got {value!r}."
        )
    return tuple(value)


def read_config_file(path: str | Path) -> UserConfig:
    """Read the newsparse settings of *path*.

    :raises PipelineConfigError: naming the file and the key that is wrong.
    """
    file = Path(path)
    if not file.is_file():
        raise PipelineConfigError(
            f"Configuration file {file} does not exist: check the path or leave it out."
        )
    table = _table(file)
    if table is None:
        raise PipelineConfigError(
            f"Configuration file {file} has no [tool.newsparse] table: add one, "
            "or name the file newsparse.toml."
        )
    unknown = sorted(set(table) - set(_KEYS))
    if unknown:
        raise PipelineConfigError(
            f"Configuration file {file} has unknown key {unknown[0]!r}: "
            f"valid keys are {', '.join(_KEYS)}."
        )
    pipeline = table.get("pipeline")
    if pipeline is not None and not isinstance(pipeline, str):
        pipeline = _strings(pipeline, "pipeline", file)
    use = table.get("use", {})
    config = table.get("config", {})
    for key, value in (("use", use), ("config", config)):
        if not isinstance(value, Mapping):
            raise PipelineConfigError(
                f"Configuration file {file}: {key} must be a table, got {value!r}."
            )
    if not all(isinstance(v, str) for v in use.values()):
        raise PipelineConfigError(
            f"Configuration file {file}: use maps stages to processor names, got {use!r}."
        )
    return UserConfig(
        path=file,
        pipeline=pipeline,
        use=dict(use),
        add=_strings(table.get("add", []), "add", file),
        disable=_strings(table.get("disable", []), "disable", file),
        config=dict(config),
    )


def load_user_config(config_file: str | Path | bool | None) -> UserConfig:
    """Return the settings *config_file* asks for.

    :param config_file: a path; ``True`` to look the file up from the current
        directory upward; ``None`` or ``False`` for no file.
    """
    if config_file is None or config_file is False:
        return UserConfig()
    if config_file is True:
        found = find_config_file()
        return read_config_file(found) if found is not None else UserConfig()
    return read_config_file(config_file)
