"""Where Stanza's models live, whether the ones a processor needs are there, and downloading them.

Models are looked up, in order, in the configuration key ``stanza.dir``, the
environment variable ``NEWSPARSE_STANZA_DIR``, Stanza's own
``STANZA_RESOURCES_DIR``, and Stanza's default directory.  A directory holds
Stanza's ``resources.json`` and one file per model,
``<dir>/<lang>/<processor>/<package>.pt``; the default English package is
what ``resources.json`` lists under ``default_processors``.

Single models can also be given as files (``stanza.ner_model_path`` and its
``stanza.ner_pretrain_path``, ...): custom or test models need no
``resources.json`` then.

Nothing here imports Stanza or torch, so checking for models is cheap; only
:func:`download` does, when the user asks for it.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from newsparse.errors import ModelsMissingError, PipelineConfigError

__all__ = [
    "ALL_PROCESSORS",
    "DIR_ENV",
    "MODEL_FILE_KEYS",
    "PROCESSOR_FILE_KEYS",
    "RESOURCES_FILE",
    "InstalledModel",
    "ModelFile",
    "check",
    "default_dir",
    "download",
    "explicit_files",
    "fix_command",
    "installed_models",
    "model_dir",
    "required_files",
    "stanza_installed",
]

#: Environment variable naming the model directory newsparse uses.
DIR_ENV = "NEWSPARSE_STANZA_DIR"

#: Stanza's own environment variable for its model directory.
STANZA_DIR_ENV = "STANZA_RESOURCES_DIR"

#: The index of a Stanza model directory.
RESOURCES_FILE = "resources.json"

#: For each Stanza processor, the configuration keys (without ``stanza.``)
#: that name its files: the model first, then what it was trained with.
PROCESSOR_FILE_KEYS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "tokenize": ("tokenize_model_path",),
        "mwt": ("mwt_model_path",),
        "pos": ("pos_model_path", "pos_pretrain_path"),
        "lemma": ("lemma_model_path",),
        "depparse": ("depparse_model_path", "depparse_pretrain_path"),
        "ner": ("ner_model_path", "ner_pretrain_path"),
    }
)

#: Every file key, in pipeline order.
MODEL_FILE_KEYS: tuple[str, ...] = tuple(k for keys in PROCESSOR_FILE_KEYS.values() for k in keys)

#: Every Stanza processor newsparse runs, in pipeline order.
ALL_PROCESSORS: tuple[str, ...] = tuple(PROCESSOR_FILE_KEYS)

#: Processors a newsparse stage can run without (Stanza adds ``mwt`` only
#: for languages and packages that have it).
OPTIONAL_PROCESSORS: frozenset[str] = frozenset({"mwt"})


def stanza_installed() -> bool:
    """Whether the ``stanza`` package can be imported (without importing it)."""
    return importlib.util.find_spec("stanza") is not None


def _stanza_version() -> str | None:
    import importlib.metadata

    try:
        return importlib.metadata.version("stanza")
    except importlib.metadata.PackageNotFoundError:
        return None


def default_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Return the directory Stanza itself downloads models to.

    That is ``STANZA_RESOURCES_DIR`` when set; otherwise Stanza's per-version
    cache directory (``~/.cache/stanza/<version>/resources`` on Linux), or the
    ``~/stanza_resources`` of older Stanza releases when only that one holds
    models.

    :param environ: the environment (defaults to :data:`os.environ`).
    """
    env = os.environ if environ is None else environ
    if env.get(STANZA_DIR_ENV):
        return Path(env[STANZA_DIR_ENV]).expanduser()
    legacy = Path.home() / "stanza_resources"
    version = _stanza_version()
    cache: Path | None = None
    if version is not None and importlib.util.find_spec("platformdirs") is not None:
        # a dependency of Stanza, not of newsparse
        platformdirs = importlib.import_module("platformdirs")
        cache = Path(platformdirs.user_cache_dir("stanza", "StanfordNLP", version)) / "resources"
    if cache is not None and (cache / RESOURCES_FILE).is_file():
        return cache
    if (legacy / RESOURCES_FILE).is_file() or cache is None:
        return legacy
    return cache


def model_dir(config: Mapping[str, Any], environ: Mapping[str, str] | None = None) -> Path:
    """Return the model directory: ``stanza.dir``, ``NEWSPARSE_STANZA_DIR`` or Stanza's default.

    :param config: the pipeline configuration.
    :param environ: the environment (defaults to :data:`os.environ`).
    """
    env = os.environ if environ is None else environ
    configured = config.get("stanza.dir") or env.get(DIR_ENV)
    return Path(str(configured)).expanduser() if configured else default_dir(env)


def fix_command(lang: str, directory: Path | None = None) -> str:
    """Return the command that downloads the models for *lang* (into *directory*)."""
    command = f"newsparse models download --lang {lang}"
    return f"{command} --dir {directory}" if directory is not None else command


def explicit_files(config: Mapping[str, Any]) -> dict[str, str]:
    """Return the model files set in the configuration, by Stanza option name.

    :param config: the pipeline configuration.
    :return: e.g. ``{"ner_model_path": "/models/ner.pt", ...}``.
    """
    files: dict[str, str] = {}
    for key in MODEL_FILE_KEYS:
        value = config.get(f"stanza.{key}")
        if value:
            files[key] = str(Path(str(value)).expanduser())
    return files


@attrs.frozen
class ModelFile:
    """A file a Stanza processor needs.

    :param processor: the Stanza processor (``"ner"``).
    :param path: where the file must be.
    :param origin: where the path comes from: a configuration key, or the
        default package listed in ``resources.json``.
    """

    processor: str
    path: Path
    origin: str


def _load_resources(directory: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((directory / RESOURCES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _language(resources: Mapping[str, Any], lang: str) -> Mapping[str, Any] | None:
    entry = resources.get(lang)
    seen = {lang}
    while isinstance(entry, Mapping) and isinstance(entry.get("alias"), str):
        alias = entry["alias"]
        if alias in seen:
            return None
        seen.add(alias)
        lang, entry = alias, resources.get(alias)
    return entry if isinstance(entry, Mapping) else None


def _default_packages(language: Mapping[str, Any], package: str) -> Mapping[str, Any]:
    packages = language.get("packages")
    if isinstance(packages, Mapping) and isinstance(packages.get(package), Mapping):
        chosen: Mapping[str, Any] = packages[package]
        return chosen
    if package == "default" and isinstance(language.get("default_processors"), Mapping):
        defaults: Mapping[str, Any] = language["default_processors"]
        return defaults
    return {}


def _package_files(
    directory: Path, lang: str, language: Mapping[str, Any], processor: str, package: str
) -> Iterator[ModelFile]:
    origin = f"the {package!r} {processor} model listed in {directory / RESOURCES_FILE}"
    yield ModelFile(processor, directory / lang / processor / f"{package}.pt", origin)
    models = language.get(processor)
    entry = models.get(package) if isinstance(models, Mapping) else None
    dependencies = entry.get("dependencies") if isinstance(entry, Mapping) else None
    for dependency in dependencies if isinstance(dependencies, list) else ():
        model = dependency.get("model") if isinstance(dependency, Mapping) else None
        dep_package = dependency.get("package") if isinstance(dependency, Mapping) else None
        if isinstance(model, str) and isinstance(dep_package, str):
            yield ModelFile(processor, directory / lang / model / f"{dep_package}.pt", origin)


def _fix_sentence(config: Mapping[str, Any], lang: str, directory: Path) -> str:
    custom = directory if (config.get("stanza.dir") or os.environ.get(DIR_ENV)) else None
    return f"run `{fix_command(lang, custom)}`"


def required_files(config: Mapping[str, Any], processors: Sequence[str]) -> list[ModelFile]:
    """Return the files Stanza needs to run *processors* with this configuration.

    :param config: the pipeline configuration.
    :param processors: Stanza processor names (``"tokenize"``, ``"mwt"``,
        ``"pos"``, ``"lemma"``, ``"depparse"``, ``"ner"``).
    :raises ModelsMissingError: when the model directory has no usable
        ``resources.json`` for the language and a processor has no file set
        in the configuration, or the language has no default model for a
        required processor.
    :raises PipelineConfigError: when a model file is set without the
        word vectors it was trained with.
    """
    lang = str(config.get("stanza.lang") or "en")
    package = str(config.get("stanza.package") or "default")
    directory = model_dir(config)
    explicit = explicit_files(config)
    files: list[ModelFile] = []
    language: Mapping[str, Any] | None = None
    resources_read = False
    for processor in processors:
        keys = PROCESSOR_FILE_KEYS[processor]
        if keys[0] in explicit:
            for key in keys:
                if key not in explicit:
                    raise PipelineConfigError(
                        f"stanza.{keys[0]} is set but stanza.{key} is not: set it to the "
                        "word-vector file the model was trained with, or Stanza will "
                        "silently use other vectors."
                    )
                files.append(ModelFile(processor, Path(explicit[key]), f"stanza.{key}"))
            continue
        if not resources_read:
            resources = _load_resources(directory)
            language = _language(resources, lang) if resources is not None else None
            resources_read = True
        if language is None:
            raise ModelsMissingError(
                f"Stanza's models for language {lang!r} are not installed in {directory}: "
                f"{_fix_sentence(config, lang, directory)}."
            )
        chosen = _default_packages(language, package).get(processor)
        if not isinstance(chosen, str) or (processor == "lemma" and chosen == "identity"):
            if processor in OPTIONAL_PROCESSORS or chosen == "identity":
                continue
            raise ModelsMissingError(
                f"Stanza's {package!r} package for language {lang!r} has no {processor} "
                f"model: set stanza.{keys[0]} to a model file."
            )
        files.extend(_package_files(directory, lang, language, processor, chosen))
    return files


def check(config: Mapping[str, Any], processors: Sequence[str] = ALL_PROCESSORS) -> None:
    """Raise unless Stanza and its models for *processors* are installed.

    Reads files only: neither Stanza nor torch is imported.

    :param config: the pipeline configuration.
    :param processors: Stanza processor names (default: all of them).
    :raises ModelsMissingError: with one sentence that names the fix.
    :raises PipelineConfigError: when the configuration names a model
        without its word vectors.
    """
    if not stanza_installed():
        raise ModelsMissingError(
            "Stanza is not installed: run `pip install 'newsparse[stanza]'` and then "
            f"`{fix_command(str(config.get('stanza.lang') or 'en'))}`."
        )
    lang = str(config.get("stanza.lang") or "en")
    directory = model_dir(config)
    for needed in required_files(config, processors):
        if needed.path.is_file():
            continue
        if needed.origin.startswith("stanza."):
            raise ModelsMissingError(
                f"The Stanza model file {needed.path} set in {needed.origin} does not exist: "
                "correct the path."
            )
        raise ModelsMissingError(
            f"Stanza's {needed.processor} model for language {lang!r} is not installed "
            f"(no {needed.path}): {_fix_sentence(config, lang, directory)}."
        )


@attrs.frozen
class InstalledModel:
    """A model file found in a model directory.

    :param lang: its language.
    :param processor: the Stanza processor or resource (``"ner"``, ``"pretrain"``).
    :param package: the package name (the file name without ``.pt``).
    :param path: the file.
    :param size: its size in bytes.
    """

    lang: str
    processor: str
    package: str
    path: Path
    size: int


def installed_models(directory: Path, lang: str | None = None) -> list[InstalledModel]:
    """List the model files under *directory*, sorted.

    :param directory: a Stanza model directory.
    :param lang: only this language, when given.
    """
    found: list[InstalledModel] = []
    if not directory.is_dir():
        return found
    for path in sorted(directory.glob("*/*/*.pt")):
        processor_dir = path.parent
        model_lang = processor_dir.parent.name
        if lang is not None and model_lang != lang:
            continue
        found.append(
            InstalledModel(model_lang, processor_dir.name, path.stem, path, path.stat().st_size)
        )
    return found


def download(
    lang: str,
    directory: Path,
    *,
    package: str = "default",
    processors: Mapping[str, str] | None = None,
    resources_url: str | None = None,
) -> None:
    """Download Stanza's models for *lang* into *directory*, showing progress.

    Wraps :func:`stanza.download`: it fetches ``resources.json`` and the
    package's models, with a progress bar per file on standard error.

    :param lang: language code (``"en"``).
    :param directory: the model directory (created when missing).
    :param package: the Stanza package (``"default"`` is the accurate
        English set).
    :param processors: download only these processors (name to package).
    :param resources_url: where to fetch ``resources.json`` from, instead
        of Stanza's default (``STANZA_RESOURCES_URL`` also works).
    :raises ModelsMissingError: when Stanza is not installed.
    """
    if not stanza_installed():
        raise ModelsMissingError(
            "Stanza is not installed: run `pip install 'newsparse[stanza]'` first."
        )
    import stanza

    directory.mkdir(parents=True, exist_ok=True)
    options: dict[str, Any] = {}
    if resources_url:
        options["resources_url"] = resources_url
    print(
        f"Downloading Stanza's {package!r} models for {lang!r} into {directory} ...",
        file=sys.stderr,
    )
    stanza.download(
        lang=lang,
        model_dir=str(directory),
        package=package,
        processors=dict(processors or {}),
        logging_level="INFO",
        **options,
    )
