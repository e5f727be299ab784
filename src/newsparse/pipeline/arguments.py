"""The arguments a :class:`~newsparse.pipeline.Pipeline` was built from.

They are kept on the pipeline so that the same pipeline can be built again
elsewhere: in worker processes (:meth:`Pipeline.pipe
<newsparse.pipeline.Pipeline.pipe>` with ``n_process``), on Dask workers, or
from the per-process cache behind :func:`newsparse.parse`.  They pickle.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Any

import attrs

__all__ = ["PipelineArguments"]


def _frozen_key(value: Any) -> Hashable:
    """Return a hashable stand-in for *value* (mappings and lists made tuples).

    :raises TypeError: when *value* holds something unhashable that is not a
        mapping, list, tuple or set.
    """
    if isinstance(value, Mapping):
        return ("{}", tuple(sorted((str(k), _frozen_key(v)) for k, v in value.items())))
    if isinstance(value, (list, tuple)):
        return ("[]", tuple(_frozen_key(v) for v in value))
    if isinstance(value, (set, frozenset)):
        return ("set", frozenset(_frozen_key(v) for v in value))
    hash(value)
    hashable: Hashable = value
    return hashable


@attrs.frozen(kw_only=True, eq=False)
class PipelineArguments:
    """What a :class:`~newsparse.pipeline.Pipeline` was asked for, to build it again.

    The fields are the constructor's arguments (see
    :class:`~newsparse.pipeline.Pipeline`), except ``plugins``: a pipeline
    built from an explicit :class:`~newsparse.plugins.PluginHost` cannot be
    rebuilt elsewhere.
    """

    pipeline: str | tuple[str, ...] = "auto"
    use: Mapping[str, str] = attrs.field(factory=dict)
    add: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    config: Mapping[str, Any] = attrs.field(factory=dict)
    given: tuple[str, ...] = ()
    strict: bool = False
    timeout: float | None = None

    @classmethod
    def of(
        cls,
        pipeline: str | Sequence[str] = "auto",
        *,
        use: Mapping[str, str] | None = None,
        add: Sequence[str] = (),
        disable: Sequence[str] = (),
        config: Mapping[str, Any] | None = None,
        given: Sequence[str] = (),
        strict: bool = False,
        timeout: float | None = None,
    ) -> PipelineArguments:
        """Collect the arguments of :class:`~newsparse.pipeline.Pipeline` (same names)."""
        return cls(
            pipeline=pipeline if isinstance(pipeline, str) else tuple(pipeline),
            use=dict(use or {}),
            add=tuple(add),
            disable=tuple(disable),
            config=dict(config or {}),
            given=tuple(given),
            strict=strict,
            timeout=timeout,
        )

    def key(self) -> Hashable:
        """Return a hashable key equal for equal arguments.

        :raises TypeError: when a configuration value cannot be hashed even
            after mappings and lists are made tuples.
        """
        return (
            self.pipeline,
            _frozen_key(self.use),
            self.add,
            self.disable,
            _frozen_key(self.config),
            self.given,
            self.strict,
            self.timeout,
        )
