"""Annotation types: frozen, standoff spans over a document's original text.

Every annotation has an ``id`` that is unique within its layer and a half-open
``[start, end)`` span of Python code points into :attr:`Document.text
<newsparse.model.Document.text>`.  Annotations never hold the text
or other annotations; they refer to each other by id.
"""

from __future__ import annotations

from array import array
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import repeat
from types import MappingProxyType
from typing import Any, ClassVar, Literal, TypeVar

import attrs

__all__ = [
    "NUMERIC_CLAIM_KINDS",
    "QUOTE_KINDS",
    "Annotation",
    "Cue",
    "Entity",
    "NumericClaim",
    "Paragraph",
    "Quote",
    "QuoteKind",
    "Sentence",
    "SpanRef",
    "Speaker",
    "Statement",
    "StatementClause",
    "Token",
    "check_offsets",
    "column_annotations",
    "field_annotations",
    "span_annotations",
]

QuoteKind = Literal["direct", "indirect", "mixed"]

#: The kinds of reported speech (``Quote.kind``).
QUOTE_KINDS: frozenset[str] = frozenset({"direct", "indirect", "mixed"})

#: The kinds of figures (``NumericClaim.kind``), documented in :doc:`/numeric_claims`.
NUMERIC_CLAIM_KINDS: frozenset[str] = frozenset(
    {
        "money",
        "percent",
        "count",
        "measure",
        "duration",
        "age",
        "multiple",
        "fraction",
        "number",
        "score",
        "rank",
        "ordinal",
        "date",
    }
)


def freeze(value: Any) -> Any:
    """Return *value* with every list made a tuple and every mapping read-only.

    Used for free-form ``attributes`` and metadata, so that annotations stay
    immutable and a JSON round trip (which turns tuples into lists) gives an
    equal object back.
    """
    if isinstance(value, (list, tuple)):
        return tuple(freeze(v) for v in value)
    if isinstance(value, Mapping):
        return MappingProxyType({str(k): freeze(v) for k, v in value.items()})
    return value


#: The attributes of an annotation that has none (read-only, so safely shared).
_NO_ATTRIBUTES: Mapping[str, Any] = MappingProxyType({})


def _freeze_mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    """Copy *value* into a deeply read-only mapping."""
    if not value:
        return _NO_ATTRIBUTES
    frozen: Mapping[str, Any] = freeze(value)
    return frozen


def _names(value: Iterable[str]) -> tuple[str, ...]:
    """Convert a list of names (from Python or JSON) into a tuple."""
    return tuple(value)


def _offset(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    # Range is checked against the text when the document is built.
    if type(value) is not int:
        raise TypeError(f"{attribute.name} must be an int, got {value!r}")


@attrs.frozen(kw_only=True)
class SpanRef:
    """A bare span inside an annotation (a cue word, the subject of a claim).

    :param start: first code point of the span.
    :param end: one past the last code point of the span.
    """

    start: int = attrs.field(validator=_offset)
    end: int = attrs.field(validator=_offset)


@attrs.frozen(kw_only=True)
class Cue(SpanRef):
    """The words that introduce reported speech or mark a position.

    ``said`` and ``according to`` for a quote; ``calls for`` and
    ``pledged to`` for a statement clause.
    """


@attrs.frozen(kw_only=True)
class Speaker(SpanRef):
    """Who a quote is attributed to.

    :param name: the canonical name of the speaker in this document
        (``"Vladimir Putin"`` for the mention ``he``).
    :param entity: id of the entity annotation the mention belongs to, if any.
    """

    name: str
    entity: str | None = None


@attrs.frozen(kw_only=True)
class Annotation:
    """Base of every annotation and the type of plugin-defined layers.

    :param id: identifier, unique within the layer (``"s3"``, ``"t41"``).
    :param start: first code point of the span.
    :param end: one past the last code point.
    :param attributes: extra JSON-serialisable fields, read-only.
    """

    #: Fields written to JSON by name, in this order, besides ``id``, ``start``, ``end``.
    json_fields: ClassVar[tuple[str, ...]] = ()
    #: How a layer of this type is ordered: ``"start"`` (by start offset, what
    #: :meth:`Document.within <newsparse.model.Document.within>` needs; spans
    #: that start together may come in any order, as nested ones do) or
    #: ``"span"`` (by ``(start, end)``, for layers that tile the text:
    #: paragraphs, sentences, tokens).
    layer_order: ClassVar[str] = "start"
    #: The allowed values of the ``kind`` field, or ``None`` when the type has no kind.
    kinds: ClassVar[frozenset[str] | None] = None
    #: Fields holding ids of other annotations, by dotted path (``"speaker.entity"``),
    #: and the layer those ids name.  A field may hold one id, ``None`` or a
    #: tuple of ids.
    references: ClassVar[Mapping[str, str]] = MappingProxyType({})

    id: str
    start: int = attrs.field(validator=_offset)
    end: int = attrs.field(validator=_offset)
    attributes: Mapping[str, Any] = attrs.field(
        default=_NO_ATTRIBUTES, converter=_freeze_mapping, eq=True, hash=False
    )

    def span_refs(self) -> dict[str, SpanRef]:
        """Return the nested spans this annotation holds, by field name.

        The document validates them against its text just as it validates
        the annotation's own span.
        """
        return {}


@attrs.frozen(kw_only=True)
class Paragraph(Annotation):
    """A paragraph: a line, or a block separated by blank lines."""

    layer_order: ClassVar[str] = "span"


@attrs.frozen(kw_only=True)
class Sentence(Annotation):
    """A sentence, inside one paragraph."""

    layer_order: ClassVar[str] = "span"


@attrs.frozen(kw_only=True)
class Token(Annotation):
    """A word or punctuation token with optional syntax.

    :param lemma: dictionary form.
    :param upos: Universal POS tag.
    :param xpos: treebank-specific POS tag.
    :param head: id of the syntactic head token; ``None`` for the root or
        when no parser ran.
    :param deprel: Universal Dependencies relation to the head.
    """

    json_fields: ClassVar[tuple[str, ...]] = ("lemma", "upos", "xpos", "head", "deprel")
    layer_order: ClassVar[str] = "span"
    references: ClassVar[Mapping[str, str]] = MappingProxyType({"head": "tokens"})

    lemma: str | None = None
    upos: str | None = None
    xpos: str | None = None
    head: str | None = None
    deprel: str | None = None


@attrs.frozen(kw_only=True)
class Entity(Annotation):
    """A named entity mention.

    :param label: OntoNotes label (``PERSON``, ``ORG``, ``GPE``, ``NORP``,
        ``LOC``, ``FAC``, ``EVENT``, ``DATE``, ``MONEY``, ``PERCENT``, ...).
    :param name: canonical name of what the mention refers to in this
        document (``"Vladimir Putin"`` for ``Mr. Putin``).
    """

    json_fields: ClassVar[tuple[str, ...]] = ("label", "name")

    label: str
    name: str


@attrs.frozen(kw_only=True)
class Quote(Annotation):
    """Reported speech: the span is the content (with its quote marks for direct quotes).

    :param kind: ``"direct"``, ``"indirect"`` or ``"mixed"``.
    :param speaker: the speaker mention and canonical name, or ``None``
        when no speaker was found (never invented).
    :param cue: the cue span (``said``), or ``None``.
    """

    json_fields: ClassVar[tuple[str, ...]] = ("kind", "speaker", "cue")
    kinds: ClassVar[frozenset[str] | None] = QUOTE_KINDS
    references: ClassVar[Mapping[str, str]] = MappingProxyType({"speaker.entity": "entities"})

    kind: QuoteKind
    speaker: Speaker | None = None
    cue: Cue | None = None

    def span_refs(self) -> dict[str, SpanRef]:
        """Return the speaker and cue spans."""
        refs: dict[str, SpanRef] = {}
        if self.speaker is not None:
            refs["speaker"] = self.speaker
        if self.cue is not None:
            refs["cue"] = self.cue
        return refs


@attrs.frozen(kw_only=True)
class NumericClaim(Annotation):
    """A figure stated in the text.

    :param kind: what sort of figure: ``money``, ``percent``, ``count``,
        ``measure``, ``duration``, ``ordinal``, ``date``, ...
    :param value: the number in base units (scale applied), a
        ``(low, high)`` range, or ``None`` when it has no numeric value.
    :param unit: ISO 4217 code for money, a normalised unit name otherwise.
    :param approximate: whether the text marks the figure as approximate.
    :param qualifier: bound or approximation marker (``"about"``,
        ``"more than"``, ``"at least"``, ``"up to"``, ``"record"``).
    :param change: ``"up"``, ``"down"`` or ``None``.
    :param subject: span of what is measured, when found.
    """

    json_fields: ClassVar[tuple[str, ...]] = (
        "kind",
        "value",
        "unit",
        "approximate",
        "qualifier",
        "change",
        "subject",
    )
    kinds: ClassVar[frozenset[str] | None] = NUMERIC_CLAIM_KINDS

    kind: str
    value: float | tuple[float, float] | None
    unit: str | None = None
    approximate: bool = False
    qualifier: str | None = None
    change: str | None = None
    subject: SpanRef | None = None

    def span_refs(self) -> dict[str, SpanRef]:
        """Return the subject span."""
        return {} if self.subject is None else {"subject": self.subject}


@attrs.frozen(kw_only=True)
class Statement(Annotation):
    """A statement an article gives or reports: a joint statement, a communiqué, a declaration.

    The span is the statement's first mention (``a joint statement``) or,
    for the text of a statement itself, its title or opening line.

    :param kind: what sort of statement: ``"joint statement"``,
        ``"communiqué"``, ``"declaration"``, ``"statement"``, ...
    :param signatories: canonical names of the parties that issued it, in
        the order the text names them (empty when the text does not tell).
    """

    json_fields: ClassVar[tuple[str, ...]] = ("kind", "signatories")

    kind: str
    signatories: tuple[str, ...] = attrs.field(default=(), converter=_names)


@attrs.frozen(kw_only=True)
class StatementClause(Annotation):
    """One commitment or position of a (joint) statement.

    The span is what the parties commit to or take a position on (``raise
    bilateral trade``); each conjunct of a coordination is its own clause.

    :param parties: canonical names of the parties that take the position.
    :param stance: the position taken (``"support"``, ``"oppose"``,
        ``"commit"``, ...; see :doc:`/statement_clauses`).
    :param cue: the words that mark the stance (``calls for``,
        ``pledged to``), or ``None``.
    :param statement: id of the annotation of the ``statements`` layer
        the clause belongs to, or ``None`` (also in files written before the
        layer existed).
    """

    json_fields: ClassVar[tuple[str, ...]] = ("parties", "stance", "cue", "statement")
    references: ClassVar[Mapping[str, str]] = MappingProxyType({"statement": "statements"})

    parties: tuple[str, ...] = attrs.field(converter=_names)
    stance: str
    cue: Cue | None = None
    statement: str | None = None

    def span_refs(self) -> dict[str, SpanRef]:
        """Return the cue span."""
        return {} if self.cue is None else {"cue": self.cue}


_A = TypeVar("_A", bound=Annotation)


def _bare_fields(cls: type[Annotation]) -> tuple[tuple[Callable[[Any, Any], None], Any], ...]:
    """Return, for each field of *cls* besides ``id``, ``start`` and ``end``, its setter and value.

    The value is the field's default after its converter, what ``cls(id=...,
    start=..., end=...)`` stores.

    :raises TypeError: when a field has no plain default or a validator.
    """
    plan: list[tuple[Callable[[Any, Any], None], Any]] = []
    for field in attrs.fields(cls):
        if field.name in ("id", "start", "end"):
            continue
        if field.default is attrs.NOTHING or isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            raise TypeError(
                f"{cls.__name__}.{field.name} has no default: build it with {cls.__name__}(...)."
            )
        if field.validator is not None:
            raise TypeError(
                f"{cls.__name__}.{field.name} has a validator: build it with {cls.__name__}(...)."
            )
        value = field.default if field.converter is None else field.converter(field.default)
        owner = next(c for c in cls.__mro__ if field.name in c.__dict__)
        plan.append((owner.__dict__[field.name].__set__, value))
    return tuple(plan)


def span_annotations(
    cls: type[_A], spans: Sequence[tuple[int, int]], prefix: str, first: int = 1
) -> list[_A]:
    """Return one annotation of type *cls* per span, every other field at its default.

    Equal to ``[cls(id=f"{prefix}{first + i}", start=s, end=e) for i, (s, e)
    in enumerate(spans)]``, built faster: segmenters make thousands of
    tokens per article.

    :param cls: an annotation type whose fields besides ``id``, ``start`` and
        ``end`` all have a default (:class:`Paragraph`, :class:`Sentence`,
        :class:`Token`).
    :param spans: half-open ``(start, end)`` offsets, ints.
    :param prefix: the start of each id (``"t"`` for ``t1``, ``t2``, ...).
    :param first: the number of the first id.
    :raises TypeError: when an offset is not an int, or *cls* has a field
        without default.
    """
    return column_annotations(
        cls, [start for start, _ in spans], [end for _, end in spans], prefix, first
    )


def column_annotations(
    cls: type[_A], starts: Sequence[int], ends: Sequence[int], prefix: str, first: int = 1
) -> list[_A]:
    """Return one annotation of type *cls* per ``(starts[i], ends[i])``, other fields at default.

    The same as :func:`span_annotations` with the offsets given as two
    columns, which a segmenter can fill without making a tuple per span.

    :param cls: an annotation type whose fields besides ``id``, ``start`` and
        ``end`` all have a default (:class:`Paragraph`, :class:`Sentence`,
        :class:`Token`).
    :param starts: the start offsets, ints.
    :param ends: the end offsets, ints, as many as *starts*.
    :param prefix: the start of each id (``"t"`` for ``t1``, ``t2``, ...).
    :param first: the number of the first id.
    :raises TypeError: when an offset is not an int, *starts* and *ends*
        differ in length, or *cls* has a field without default.
    """
    plan = bare_plan(cls)
    check_offsets(starts, ends)
    return bare_annotations(cls, plan, starts, ends, prefix, first)


#: The type codes of the arrays that hold ints (no floats).
_INT_TYPECODES = frozenset("bBhHiIlLqQ")


def check_offsets(starts: Sequence[int], ends: Sequence[int]) -> None:
    """Raise unless *starts* and *ends* are two columns of ints of one length.

    :raises TypeError: when an offset is not an int (``True`` is not one),
        or the columns differ in length.
    """
    if len(ends) != len(starts):
        raise TypeError(f"{len(starts)} starts but {len(ends)} ends: give one end per start.")
    for name, column in (("start", starts), ("end", ends)):
        if isinstance(column, array) and column.typecode in _INT_TYPECODES:
            continue  # holds ints only
        if not set(map(type, column)) <= {int}:
            bad = next(x for x in column if type(x) is not int)
            raise TypeError(f"{name} offsets must be ints, got {bad!r}")


#: How :func:`bare_annotations` sets each field besides ``id``, ``start`` and ``end``.
BarePlan = tuple[tuple[Callable[[Any, Any], None], Any], ...]


def bare_plan(cls: type[Annotation]) -> BarePlan:
    """Return how to set the fields of *cls* besides ``id``, ``start`` and ``end`` to default.

    :raises TypeError: when *cls* is not an annotation type, or has a field
        without a plain default.
    """
    if not attrs.has(cls) or not issubclass(cls, Annotation):
        raise TypeError(f"{cls!r} is not an annotation type: pass Paragraph, Sentence or Token.")
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _bare_fields(cls)
        if len(_PLANS) < _MAX_PLANS:
            _PLANS[cls] = plan
    return plan


#: The plans worked out so far, by class (bounded: classes may be made at run time).
_PLANS: dict[type[Annotation], BarePlan] = {}
_MAX_PLANS = 256


def bare_annotations(
    cls: type[_A],
    plan: BarePlan,
    starts: Sequence[int],
    ends: Sequence[int],
    prefix: str,
    first: int,
) -> list[_A]:
    """Build :func:`column_annotations`' result from checked columns and *cls*' plan.

    :param cls: the annotation type.
    :param plan: ``bare_plan(cls)``.
    :param starts: the start offsets, ints (not checked).
    :param ends: the end offsets, ints, as many as *starts* (not checked).
    :param prefix: the start of each id.
    :param first: the number of the first id.
    """
    # One pass per field, each run by ``map`` in C: several times faster than
    # setting every field of one annotation after another in a Python loop.
    made = list(map(object.__new__, repeat(cls, len(starts))))
    count = len(made)
    consume = deque[object](maxlen=0).extend
    consume(map(ID_SET, made, [f"{prefix}{n}" for n in range(first, first + count)]))
    consume(map(START_SET, made, starts))
    consume(map(END_SET, made, ends))
    for setter, value in plan:
        consume(map(setter, made, repeat(value, count)))
    return made


def field_annotations(
    cls: type[_A],
    ids: Sequence[str],
    starts: Sequence[int],
    ends: Sequence[int],
    fields: Mapping[str, Sequence[Any]],
) -> list[_A]:
    """Return one annotation of type *cls* per id, each field read from its column.

    Equal to ``[cls(id=ids[i], start=starts[i], end=ends[i], **{name:
    column[i] for name, column in fields.items()}) for i in range(len(ids))]``,
    built a field at a time: a recogniser makes thousands of entities per
    article.  Fields left out take their default; converters (the
    read-only copy of ``attributes``) apply as in the constructor.

    :param cls: an annotation type whose fields besides ``start`` and
        ``end`` have no validator (:class:`Entity`, :class:`Token`, ...).
    :param ids: the ids.
    :param starts: the start offsets, ints, one per id.
    :param ends: the end offsets, ints, one per id.
    :param fields: the other fields, by name, one value per id.
    :raises TypeError: when an offset is not an int, a column's length
        differs from the ids', a field is unknown, has a validator, or is
        left out without a default.
    """
    count = len(ids)
    if len(starts) != count:
        raise TypeError(f"{count} ids but {len(starts)} starts: give one start per id.")
    check_offsets(starts, ends)
    made = list(map(object.__new__, repeat(cls, count)))
    consume = deque[object](maxlen=0).extend
    consume(map(ID_SET, made, ids))
    consume(map(START_SET, made, starts))
    consume(map(END_SET, made, ends))
    names = {field.name for field in attrs.fields(cls)}
    unknown = sorted(set(fields) - names)
    if unknown:
        raise TypeError(f"{cls.__name__} has no field {unknown[0]!r}: name only its fields.")
    for field in attrs.fields(cls):
        if field.name in ("id", "start", "end"):
            continue
        if field.validator is not None:
            raise TypeError(
                f"{cls.__name__}.{field.name} has a validator: build it with {cls.__name__}(...)."
            )
        column = fields.get(field.name)
        if column is None:
            if field.default is attrs.NOTHING or isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                raise TypeError(
                    f"{cls.__name__}.{field.name} has no default: give a column of its values."
                )
            value = field.default if field.converter is None else field.converter(field.default)
            values: Iterable[Any] = repeat(value, count)
        else:
            if len(column) != count:
                raise TypeError(
                    f"{count} ids but {len(column)} values of {field.name}: give one per id."
                )
            values = column if field.converter is None else map(field.converter, column)
        owner = next(c for c in cls.__mro__ if field.name in c.__dict__)
        consume(map(owner.__dict__[field.name].__set__, made, values))
    return made


#: Setters of the core fields, bypassing the frozen class' ``__setattr__``.
ID_SET: Callable[[Any, Any], None] = Annotation.__dict__["id"].__set__
START_SET: Callable[[Any, Any], None] = Annotation.__dict__["start"].__set__
END_SET: Callable[[Any, Any], None] = Annotation.__dict__["end"].__set__
