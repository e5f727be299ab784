"""The cue lexicon: verbs and phrases that introduce reported speech.

Each cue is written once by its base form (``"say"``, ``"point out"``); the
inflected forms (``says``, ``said``, ``saying``) come from :func:`inflect`
and an explicit table of irregular verbs.  Every cue belongs to a *class*
that tells the extractors what may follow it:

``speech``
    verbs of saying that take a reported clause (``said that ...``) and can
    follow a quotation with the speaker inverted (``“...,” said Ms. Lee``).
``report``
    verbs that take a reported clause but rarely invert (``warned``,
    ``insisted``, ``acknowledged``).
``tell``
    verbs whose first object is the hearer (``told reporters that ...``):
    the hearer is skipped before the content starts.
``object``
    verbs whose object is the reported content itself (``praised``,
    ``called for``, ``urged``).
``quotation``
    verbs that report speech only beside a quotation (``“...,” he
    continued``, ``she joked: “...”``); elsewhere they mean something else.

The cues themselves are the ``cue_verbs`` table of the shared
:mod:`lexicon <newsparse.lexicon>` (verb, class), so a plugin adds cues with
the ``newsparse_word_lists`` hook and every stage that reads cues sees them.
Users also add cues for one pipeline with the configuration key
``quotes.extra_cues`` (a list of base forms, optionally ``"verb:class"``),
and code builds a :class:`CueLexicon` with :meth:`CueLexicon.extended`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Literal

import attrs

from newsparse.lexicon import Lexicon, LexiconError, alternation, default_lexicon

__all__ = [
    "CUE_CLASSES",
    "CueClass",
    "CueEntry",
    "CueLexicon",
    "cues_by_class",
    "inflect",
    "parse_cue_spec",
]

CueClass = Literal["speech", "report", "tell", "object", "quotation"]

#: The cue classes, in the order the design page lists them.
CUE_CLASSES: tuple[CueClass, ...] = ("speech", "report", "tell", "object", "quotation")


def cues_by_class(lexicon: Lexicon) -> Mapping[CueClass, tuple[str, ...]]:
    """Return the base forms of the lexicon's ``cue_verbs`` table, by class, in file order.

    :param lexicon: the shared word lists.
    :raises LexiconError: when a row names an unknown class.
    """
    found: dict[CueClass, list[str]] = {klass: [] for klass in CUE_CLASSES}
    for verb, klass in lexicon.table("cue_verbs"):
        if klass not in found:
            raise LexiconError(
                f"Word list cue_verbs gives {verb!r} the class {klass!r}: use one of "
                f"{', '.join(CUE_CLASSES)}."
            )
        found[klass].append(" ".join(verb.lower().split()))
    return MappingProxyType({klass: tuple(bases) for klass, bases in found.items()})


#: Irregular verbs: base -> (third person, past, participle, gerund).
_IRREGULAR: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "say": ("says", "said", "saying"),
        "tell": ("tells", "told", "telling"),
        "write": ("writes", "wrote", "written", "writing"),
        "find": ("finds", "found", "finding"),
        "speak": ("speaks", "spoke", "spoken", "speaking"),
        "go": ("goes", "went", "gone", "going"),
        "echo": ("echoes", "echoed", "echoing"),
        "begin": ("begins", "began", "begun", "beginning"),
        "read": ("reads", "read", "reading"),
        "sing": ("sings", "sang", "sung", "singing"),
        "weep": ("weeps", "wept", "weeping"),
        "think": ("thinks", "thought", "thinking"),
        "know": ("knows", "knew", "known", "knowing"),
        "feel": ("feels", "felt", "feeling"),
        "hold": ("holds", "held", "holding"),
        "put": ("puts", "put", "putting"),
        "forecast": ("forecasts", "forecast", "forecasting"),
        "label": ("labels", "labelled", "labeled", "labelling", "labeling"),
        # no ``ruling``: as a cue's ``-ing`` form it is nearly always the noun
        # (``The ruling also named ...``), except before ``that`` and a clause
        # (``..., ruling that the search was illegal``)
        "rule": ("rules", "ruled"),
        "rule that": ("ruling that",),
        "swear": ("swears", "swore", "sworn", "swearing"),
    }
)

_VOWELS = frozenset("aeiou")
#: Verbs of two or more syllables stressed on the last, which double a final
#: consonant like one-syllable verbs do (``admitted``, ``rebutted``).
_STRESSED_FINAL = frozenset(
    {"admit", "omit", "commit", "submit", "permit", "rebut", "aver", "confer", "refer"}
    | {"prefer", "defer", "regret", "occur", "compel", "propel", "abhor", "deter"}
)
_DOUBLING = re.compile(r"^(?:qu|[^aeiou])*[aeiou][^aeiouwxy]$")
_CLASS_RANK: Mapping[str, int] = MappingProxyType({name: i for i, name in enumerate(CUE_CLASSES)})


def inflect(base: str) -> tuple[str, ...]:
    """Return the base form and its regular (or listed irregular) inflections.

    :param base: a verb's base form, lower case (``"argue"``).
    :return: the forms, base first (``("argue", "argues", "argued", "arguing")``).
    """
    if base in _IRREGULAR:
        return (base, *_IRREGULAR[base])
    if base.endswith(("ee", "ye", "oe")):
        return (base, base + "s", base + "d", base + "ing")
    if base.endswith("e"):
        return (base, base + "s", base + "d", base[:-1] + "ing")
    if base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        stem = base[:-1]
        return (base, stem + "ies", stem + "ied", base + "ing")
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return (base, base + "es", base + "ed", base + "ing")
    if base in _STRESSED_FINAL or _DOUBLING.match(base):
        doubled = base + base[-1]
        return (base, base + "s", doubled + "ed", doubled + "ing")
    return (base, base + "s", base + "ed", base + "ing")


def _forms_of(cue: str) -> tuple[str, ...]:
    if cue in _IRREGULAR:
        return inflect(cue)
    first, _, rest = cue.partition(" ")
    tail = f" {rest}" if rest else ""
    return tuple(form + tail for form in inflect(first))


def parse_cue_spec(spec: str) -> tuple[str, CueClass]:
    """Split a configured cue ``"verb"`` or ``"verb:class"`` into base form and class.

    :param spec: the configured string (``"grumble"``, ``"brief:tell"``).
    :return: the lower-case base form and its class (``"speech"`` by default).
    :raises ValueError: when the class is not one of :data:`CUE_CLASSES`.
    """
    base, _, klass = spec.strip().partition(":")
    base = " ".join(base.lower().split())
    klass = klass.strip().lower() or "speech"
    if not base:
        raise ValueError(f"Cue {spec!r} is empty: give a verb's base form such as 'grumble'.")
    if klass not in _CLASS_RANK:
        raise ValueError(
            f"Cue {spec!r} names the class {klass!r}: use one of {', '.join(CUE_CLASSES)}."
        )
    return base, klass  # type: ignore[return-value]


@attrs.frozen(kw_only=True)
class CueEntry:
    """One inflected cue form.

    :param form: the lower-case surface form (``"pointed out"``).
    :param base: its base form (``"point out"``).
    :param cue_class: what may follow it (see the module docs).
    :param participle: whether the form is an ``-ing`` form (``saying``),
        which takes its speaker from the main clause.
    """

    form: str
    base: str
    cue_class: CueClass
    participle: bool


class CueLexicon:
    """An immutable set of cue forms with one compiled pattern to find them.

    :param cues: ``(base form, class)`` pairs.
    """

    def __init__(self, cues: Iterable[tuple[str, CueClass]]) -> None:
        entries: dict[str, CueEntry] = {}
        bases: dict[str, CueClass] = {}
        for base, klass in cues:
            known = bases.get(base)
            if known is not None and _CLASS_RANK[known] <= _CLASS_RANK[klass]:
                continue
            bases[base] = klass
            for form in _forms_of(base):
                entries[form] = CueEntry(
                    form=form,
                    base=base,
                    cue_class=klass,
                    participle=form.split(" ", 1)[0].endswith("ing")
                    and not base.split(" ", 1)[0].endswith("ing"),
                )
        self._bases: Mapping[str, CueClass] = MappingProxyType(bases)
        self._entries: Mapping[str, CueEntry] = MappingProxyType(entries)
        #: The same entries as a plain dict: the fastest lookup (never handed out).
        self._table = entries
        self._phrase_starts = frozenset(form.split(" ", 1)[0] for form in entries if " " in form)

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """Finds any lower-case cue form as a whole word (compiled when first asked for)."""
        forms = alternation(self._table, space=r"\s+", factored=True)
        return re.compile(rf"(?<![\w\-’'])(?:{forms})(?![\w\-])")

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> CueLexicon:
        """Return the cues of a lexicon's ``cue_verbs`` table.

        :param lexicon: the shared word lists (a pipeline's, with its
            plugins' changes).
        :raises LexiconError: when a row names an unknown class.
        """
        return cls(
            (base, klass) for klass, bases in cues_by_class(lexicon).items() for base in bases
        )

    @classmethod
    def default(cls) -> CueLexicon:
        """Return the cues of :func:`~newsparse.lexicon.default_lexicon`."""
        return cls.from_lexicon(default_lexicon())

    def extended(self, specs: Iterable[str]) -> CueLexicon:
        """Return a new lexicon with more cues (this one, immutable, when *specs* is empty).

        :param specs: base forms, each optionally followed by ``:class``
            (``["grumble", "brief:tell"]``).
        :raises ValueError: when a spec names an unknown class.
        """
        extra = [parse_cue_spec(spec) for spec in specs]
        if not extra:
            return self
        return CueLexicon([*self._bases.items(), *extra])

    def get(self, lower: str) -> CueEntry | None:
        """Return the entry of a lower-case form with single spaces (fast path)."""
        return self._table.get(lower)

    @property
    def phrase_starts(self) -> frozenset[str]:
        """The first words of the cue forms of two or more words (``pointed`` of ``pointed out``).

        A word outside this set starts no phrase cue, so the pair it makes with
        the next word need not be looked up.
        """
        return self._phrase_starts

    def lookup(self, form: str) -> CueEntry | None:
        """Return the entry of a surface form (any case, any inner spacing)."""
        return self._entries.get(" ".join(form.lower().split()))

    @property
    def bases(self) -> Mapping[str, CueClass]:
        """Every base form with its class."""
        return self._bases

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, form: object) -> bool:
        return isinstance(form, str) and self.lookup(form) is not None
