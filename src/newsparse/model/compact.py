"""A layer stored as two columns of offsets, its annotations built when read.

A segmenter makes one token per word: thousands per article, each an
object with its id string and offset ints, which is most of a parsed
document's memory.  When every field of a layer's annotations besides
``id``, ``start`` and ``end`` holds its default (the fast pipeline's
paragraphs, sentences and tokens), :class:`CompactLayer` keeps only the two
offset columns, eight bytes per offset, and builds an annotation each time
one is read.  It reads as the tuple it stands for: same length, same
items, equal to that tuple, sliced into tuples.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar, overload

from newsparse.model.annotations import (
    END_SET,
    ID_SET,
    START_SET,
    Annotation,
    bare_annotations,
    bare_plan,
    check_offsets,
)

__all__ = ["CompactLayer"]

_A = TypeVar("_A", bound=Annotation)

#: How many annotations iteration builds at a time.
_BLOCK = 512


def _column(values: Sequence[int], name: str) -> array[int]:
    """Return offsets already checked to be ints as a column of 64-bit ints."""
    try:
        return array("q", values)
    except OverflowError:
        raise TypeError(f"{name} offsets must be below 2**63: no text is that long") from None


class CompactLayer(Sequence[_A], Generic[_A]):
    """A layer of annotations that have nothing set besides ``id``, ``start`` and ``end``.

    The n-th annotation (0-based) is ``cls(id=f"{prefix}{first + n}",
    start=starts[n], end=ends[n])``, built when it is read; the layer stores
    only the offsets.  It behaves as the tuple of those annotations: it is
    equal to it (and to another layer holding the same annotations),
    hashes as it, slices into tuples, and ``layer + (ann,)`` is a tuple.
    Annotations read twice are equal, not the same object.

    A :class:`~newsparse.model.Document` keeps a compact layer as it is
    (:meth:`Document.layer <newsparse.model.Document.layer>` returns it),
    checks it a column at a time, and writes it to JSON from the columns.

    :param cls: an annotation type whose fields besides ``id``, ``start``
        and ``end`` all have a default (:class:`~newsparse.model.Paragraph`,
        :class:`~newsparse.model.Sentence`, :class:`~newsparse.model.Token`).
    :param starts: the start offsets, ints.
    :param ends: the end offsets, ints, as many as *starts*.
    :param prefix: the start of each id (``"t"`` for ``t1``, ``t2``, ...).
    :param first: the number of the first id.
    :raises TypeError: when an offset is not an int, *starts* and *ends*
        differ in length, or *cls* has a field without default.
    """

    __slots__ = ("_cls", "_ends", "_first", "_plan", "_prefix", "_starts")

    def __init__(
        self,
        cls: type[_A],
        starts: Sequence[int],
        ends: Sequence[int],
        prefix: str,
        first: int = 1,
    ) -> None:
        self._plan = bare_plan(cls)
        check_offsets(starts, ends)
        if type(prefix) is not str or type(first) is not int:
            raise TypeError(f"prefix must be a str and first an int, got {prefix!r} and {first!r}")
        self._cls = cls
        self._starts = _column(starts, "start")
        self._ends = _column(ends, "end")
        self._prefix = prefix
        self._first = first

    # -- what the layer holds ----------------------------------------------------
    @property
    def annotation_type(self) -> type[_A]:
        """The class of every annotation of the layer."""
        return self._cls

    @property
    def prefix(self) -> str:
        """The start of every id."""
        return self._prefix

    @property
    def first(self) -> int:
        """The number in the first annotation's id."""
        return self._first

    @property
    def starts(self) -> memoryview:
        """The start offsets, read-only (a :class:`memoryview` of 64-bit ints)."""
        return memoryview(self._starts).toreadonly()

    @property
    def ends(self) -> memoryview:
        """The end offsets, read-only (a :class:`memoryview` of 64-bit ints)."""
        return memoryview(self._ends).toreadonly()

    def ids(self) -> list[str]:
        """Return the annotations' ids, in order."""
        prefix = self._prefix
        return [f"{prefix}{n}" for n in range(self._first, self._first + len(self._starts))]

    def _build(self, lo: int, hi: int) -> list[_A]:
        return bare_annotations(
            self._cls,
            self._plan,
            self._starts[lo:hi],
            self._ends[lo:hi],
            self._prefix,
            self._first + lo,
        )

    # -- the sequence --------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, index: int) -> _A: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[_A, ...]: ...

    def __getitem__(self, index: int | slice) -> _A | tuple[_A, ...]:
        if isinstance(index, slice):
            lo, hi, step = index.indices(len(self._starts))
            if step == 1:
                return tuple(self._build(lo, hi)) if lo < hi else ()
            return tuple(self[i] for i in range(lo, hi, step))
        size = len(self._starts)
        i = index.__index__()
        if i < 0:
            i += size
        if not 0 <= i < size:
            raise IndexError("layer index out of range")
        made: _A = object.__new__(self._cls)
        ID_SET(made, f"{self._prefix}{self._first + i}")
        START_SET(made, self._starts[i])
        END_SET(made, self._ends[i])
        for setter, value in self._plan:
            setter(made, value)
        return made

    def __iter__(self) -> Iterator[_A]:
        size = len(self._starts)
        for lo in range(0, size, _BLOCK):
            yield from self._build(lo, min(lo + _BLOCK, size))

    def __reversed__(self) -> Iterator[_A]:
        for i in range(len(self._starts) - 1, -1, -1):
            yield self[i]

    def __bool__(self) -> bool:
        return len(self._starts) > 0

    # -- as the tuple it stands for ----------------------------------------------------
    def __eq__(self, other: object) -> bool:
        if isinstance(other, CompactLayer):
            if (
                other._cls is self._cls
                and other._prefix == self._prefix
                and other._first == self._first
            ):
                return other._starts == self._starts and other._ends == self._ends
        elif not isinstance(other, tuple):
            return NotImplemented
        if len(other) != len(self):
            return False
        return all(a == b for a, b in zip(self, other, strict=True))

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __add__(self, other: object) -> tuple[Any, ...]:
        if isinstance(other, (tuple, CompactLayer)):
            return tuple(self) + tuple(other)
        return NotImplemented

    def __radd__(self, other: object) -> tuple[Any, ...]:
        if isinstance(other, tuple):
            return other + tuple(self)
        return NotImplemented

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __reduce__(self) -> tuple[Callable[..., CompactLayer[_A]], tuple[Any, ...]]:
        return (CompactLayer, (self._cls, self._starts, self._ends, self._prefix, self._first))

    def __copy__(self) -> CompactLayer[_A]:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> CompactLayer[_A]:
        return self
