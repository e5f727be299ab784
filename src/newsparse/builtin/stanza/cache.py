"""One ``stanza.Pipeline`` per configuration, created on first use and kept.

Loading Stanza's models takes seconds, so a :class:`StanzaPipelines` builds a
pipeline the first time a processor needs it and hands the same one out
afterwards.  The plugin object owns one :class:`StanzaPipelines` and gives
it to every processor it makes, so processors with the same settings share
a pipeline across every newsparse pipeline of the process.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from newsparse.builtin.stanza import models
from newsparse.builtin.stanza.settings import StanzaSettings
from newsparse.errors import ModelsMissingError, NewsparseError

__all__ = ["StanzaPipelines"]


def _first_line(exc: BaseException) -> str:
    lines = [line.strip(" -") for line in str(exc).splitlines() if line.strip(" -")]
    return f"{type(exc).__name__}: {lines[0]}" if lines else type(exc).__name__


class StanzaPipelines:
    """Create ``stanza.Pipeline`` objects lazily, one per :class:`StanzaSettings`.

    Safe to share between threads: a pipeline is built once even when
    several threads ask for it at the same time.
    """

    def __init__(self) -> None:
        self._pipelines: dict[StanzaSettings, Any] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        """How many pipelines have been created."""
        return len(self._pipelines)

    def get(self, settings: StanzaSettings) -> Any:
        """Return the pipeline for *settings*, creating it on first use.

        :param settings: what to load.
        :return: a :class:`stanza.Pipeline`.
        :raises ModelsMissingError: when the models cannot be loaded.
        """
        with self._lock:
            pipeline = self._pipelines.get(settings)
            if pipeline is None:
                pipeline = self._create(settings)
                self._pipelines[settings] = pipeline
            return pipeline

    @staticmethod
    def _download_missing(settings: StanzaSettings) -> None:
        config = {
            "stanza.dir": settings.dir,
            "stanza.lang": settings.lang,
            "stanza.package": settings.package,
            **{f"stanza.{key}": value for key, value in settings.files},
        }
        try:
            models.check(config, settings.processors)
        except ModelsMissingError:
            pass
        else:
            return
        try:
            models.download(
                settings.lang,
                Path(settings.dir),
                package=settings.package,
                resources_url=settings.resources_url,
            )
        except NewsparseError:
            raise
        except Exception as exc:
            raise ModelsMissingError(
                f"Could not download Stanza's models into {settings.dir} ({_first_line(exc)}): "
                "check the network connection and retry."
            ) from exc

    def _create(self, settings: StanzaSettings) -> Any:
        if settings.download:
            self._download_missing(settings)
        import stanza

        try:
            return stanza.Pipeline(**settings.pipeline_kwargs())
        except Exception as exc:
            command = models.fix_command(settings.lang, Path(settings.dir))
            raise ModelsMissingError(
                f"Stanza could not load its models from {settings.dir} ({_first_line(exc)}): "
                f"run `{command}` to reinstall them, or correct the stanza.* model paths."
            ) from exc
