"""One pipeline per process for each set of arguments, for :func:`newsparse.parse`.

Building a :class:`~newsparse.pipeline.Pipeline` scans the installed entry
points and creates processors (tens of milliseconds for ``fast``, seconds
for Stanza); parsing a short text takes about a millisecond.  The cache
builds each pipeline once per process and hands it back on later calls with
equal arguments.

A cached pipeline is rebuilt when what it was built from may have changed.
The key holds:

- the pipeline arguments, with mappings and lists normalised so that equal
  values give equal keys (arguments that cannot be hashed are not cached);
- the ``NEWSPARSE_DISABLE_PLUGINS`` environment variable;
- the entries of ``sys.path`` and their directories' modification times,
  which change when a distribution (and so an entry point) is installed or
  removed.

A plugin made available some other way (a module added to an existing
directory, an entry point edited in place) is not seen until
:func:`clear_pipeline_cache` (``newsparse.parse.cache_clear()``) is called.
"""

from __future__ import annotations

import os
import sys
import threading
from collections import OrderedDict
from collections.abc import Hashable

from newsparse.pipeline.arguments import PipelineArguments
from newsparse.pipeline.pipeline import Pipeline
from newsparse.plugins.manager import DISABLE_ENV

__all__ = ["PipelineCache", "cached_pipeline", "clear_pipeline_cache"]


def _environment_key() -> Hashable:
    """Return what, outside the arguments, decides which plugins a pipeline loads."""
    paths = []
    for entry in sys.path:
        try:
            paths.append((entry, os.stat(entry or ".").st_mtime_ns))
        except OSError:
            paths.append((entry, -1))
    return os.environ.get(DISABLE_ENV, ""), tuple(paths)


class PipelineCache:
    """A small least-recently-used cache of built pipelines, safe across threads.

    :param maxsize: how many pipelines to keep.
    """

    def __init__(self, maxsize: int = 8) -> None:
        self.maxsize = maxsize
        self._pipelines: OrderedDict[Hashable, Pipeline] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, arguments: PipelineArguments) -> Pipeline:
        """Return the pipeline for *arguments*, building it on first use.

        :param arguments: the pipeline's arguments.
        """
        try:
            key = (arguments.key(), _environment_key())
        except TypeError:
            return Pipeline.from_arguments(arguments)
        with self._lock:
            found = self._pipelines.get(key)
            if found is not None:
                self._pipelines.move_to_end(key)
                return found
        built = Pipeline.from_arguments(arguments)
        with self._lock:
            self._pipelines[key] = built
            while len(self._pipelines) > self.maxsize:
                self._pipelines.popitem(last=False)
        return built

    def clear(self) -> None:
        """Forget every cached pipeline."""
        with self._lock:
            self._pipelines.clear()

    def __len__(self) -> int:
        return len(self._pipelines)


#: The cache of this process (used by :func:`newsparse.parse` and Dask tasks).
_CACHE = PipelineCache()


def cached_pipeline(arguments: PipelineArguments) -> Pipeline:
    """Return this process's pipeline for *arguments*, built once.

    :param arguments: the pipeline's arguments.
    """
    return _CACHE.get(arguments)


def clear_pipeline_cache() -> None:
    """Forget this process's cached pipelines (call after installing plugins at run time)."""
    _CACHE.clear()
