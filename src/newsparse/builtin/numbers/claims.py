"""Reading the figures of one sentence, in the order the readers are tried.

:class:`SentenceReader` looks at the words and digit runs of a sentence
(:data:`~newsparse.builtin.numbers.scanner.TOKEN_RE`) and, at each one that
may start a figure (:data:`~newsparse.builtin.numbers.scanner.TRIGGERS`;
:data:`~newsparse.builtin.numbers.scanner.CANDIDATE_RE` skips the others in
one match), tries the readers in turn: relative dates, month names, ranks,
numbers, ordinals.  A number's value is read by
:mod:`~newsparse.builtin.numbers.number`, then outwards with anchored
matches: a date or year (:mod:`~newsparse.builtin.numbers.dates`), its sign
and currency (:mod:`~newsparse.builtin.numbers.prefix`), its scale,
currency or unit (:mod:`~newsparse.builtin.numbers.suffix`), what it counts
or measures (:mod:`~newsparse.builtin.numbers.measured`), whether it is a
name (:mod:`~newsparse.builtin.numbers.identifiers`), a ratio
(:mod:`~newsparse.builtin.numbers.ratios`), a vote tally or a score
(:mod:`~newsparse.builtin.numbers.tallies`) or the first end of a range
(:mod:`~newsparse.builtin.numbers.ranges`).  The figure is assembled with
its cues and subject by :mod:`~newsparse.builtin.numbers.assembly`; once
the sentence is read, bare numbers take the units of parallel figures
(:mod:`~newsparse.builtin.numbers.carryover`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsparse.builtin.numbers.assembly import build_figure, date_figure
from newsparse.builtin.numbers.carryover import carry_units, share_denominators
from newsparse.builtin.numbers.counted import read_count
from newsparse.builtin.numbers.dates import (
    DateMatch,
    elapsed_time_end,
    read_clock,
    read_month_date,
    read_month_name,
    read_relative_date,
    read_year,
)
from newsparse.builtin.numbers.figures import Figure, Reading
from newsparse.builtin.numbers.identifiers import is_identifier, label_follows, telephone_end
from newsparse.builtin.numbers.lexicon import (
    APPROXIMATORS,
    AS_MANY_ADVERBS,
    COUNT_STOPWORDS,
    MULTIPLE_CUES,
    MULTIPLE_PREDETERMINERS,
    NUMBER_WORDS,
    SCALES,
)
from newsparse.builtin.numbers.localcurrency import currency_named_before, letter_currency
from newsparse.builtin.numbers.measured import FEET_HYPHEN_BEFORE, find_unit
from newsparse.builtin.numbers.nouns import read_counted_noun
from newsparse.builtin.numbers.number import read_number
from newsparse.builtin.numbers.prefix import read_prefix
from newsparse.builtin.numbers.ranges import NOT_A_RANGE, link_follows, read_chain, read_range
from newsparse.builtin.numbers.ranks import digit_ordinal_end, read_ordinal, read_rank
from newsparse.builtin.numbers.rates import price_per_subject_unit, share_parallel_rate
from newsparse.builtin.numbers.ratios import read_ratio
from newsparse.builtin.numbers.scanner import (
    CANDIDATE_RE,
    CURRENCY_PREFIX_RE,
    FOLD_RE,
    NUMBER_RE,
    TRIGGERS,
    UNIT_BY_SURFACE,
    ascii_lower,
)
from newsparse.builtin.numbers.suffix import read_suffix
from newsparse.builtin.numbers.tallies import (
    contest_tally,
    read_bowling_figures,
    read_result,
    read_score,
    read_set_score,
    score_after_opponent,
    tally_follows,
    vote_tally,
)
from newsparse.lexicon import alternation
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["DATE_LABELS", "SentenceReader"]

#: Entity labels whose numbers are dates.
DATE_LABELS = frozenset({"DATE", "TIME"})

_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
#: A determiner and a figure after ``double``: the multiple of a stated figure.
_FIGURE_AFTER_DETERMINER = LazyPattern(r"[ \t]+[A-Za-z]+[ \t]+[^\sA-Za-z]")
#: A comparison, approximation or copula right before ``double``: a multiple, not a verb.
_MULTIPLE_CUE_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:" + alternation(MULTIPLE_CUES) + r")|’s|'s)[ \t]+\Z"
)
_DIGITS = frozenset("0123456789")
#: First letters of ``st``, ``nd``, ``rd``, ``th``.
_ORDINAL_SUFFIX_STARTS = frozenset("snrt")
_ALNUM_TAIL = LazyPattern(r"[A-Za-z0-9]*")
_DIGIT_BEFORE = LazyPattern(r"[0-9][ \t]*\Z")
#: An approximation cue before the second end of a range (``from 12,000 to nearly 15,000``).
_APPROX_AHEAD = LazyPattern(
    r"(?i:"
    + "|".join(re.escape(a) for a in sorted(APPROXIMATORS, key=len, reverse=True) if " " not in a)
    + r"|almost)[ \t]+"
)
_TOP_LEFT = LazyPattern(r"(?i:(?<![A-Za-z])(?:top|bottom))[ \t]+\Z")
#: A plural in ``-ers`` hyphened to a number, making one noun (``3-pointers``, ``18-wheelers``).
#: ``as many`` or ``as much`` after a multiple (``half as many as``).
_AS_MANY_RIGHT = LazyPattern(r"[ \t]+as[ \t]+(?:many|much)(?![A-Za-z])")
_AGENT_TAIL = LazyPattern(r"-(?P<word>[a-z]{3,}er)s(?![A-Za-z0-9-])")


class SentenceReader:
    """Read the figures of one sentence (or line) of a text.

    :param text: the whole document text.
    :param start: first offset of the sentence.
    :param end: one past its last offset.
    :param entities: ``(start, end, label)`` of the entities in the sentence.
    :param tags: universal POS tags by token start offset.
    :param lowered: the whole text as :func:`~newsparse.builtin.numbers.scanner.ascii_lower`
        writes it, when the caller reads several sentences of one text (made
        from *text* when not given).
    :param first_candidate: where the first token of
        :data:`~newsparse.builtin.numbers.scanner.CANDIDATE_RE` starts, when
        the caller has found it (reading starts there).
    """

    def __init__(
        self,
        text: str,
        start: int,
        end: int,
        *,
        entities: Sequence[tuple[int, int, str]] = (),
        tags: Mapping[int, str] | None = None,
        lowered: str | None = None,
        first_candidate: int | None = None,
    ) -> None:
        self.text = text
        self._lowered = lowered
        self._first_candidate = first_candidate
        self.start = start
        self.end = end
        self.entities = entities
        self.tags = tags
        self._cursor = start  # end of the last figure read

    # -- the sentence -----------------------------------------------------------------------------
    def read(self) -> list[Figure]:
        """Return the figures of the sentence, ordered by offset, without overlaps."""
        figures: list[Figure] = []
        cursor = self._cursor = self.start
        lowered = self._lowered if self._lowered is not None else ascii_lower(self.text)
        scan, end = self.start, self.end
        if self._first_candidate is not None:
            scan = self._first_candidate
        candidate = CANDIDATE_RE.match
        while True:
            token = candidate(lowered, scan, end)
            if token is None:
                break
            pos, scan = token.span(1)
            if pos < cursor:
                continue
            word = token.group(1)
            if word[0] in _LOWER_LETTERS:
                readers = TRIGGERS[word]
            elif word[0] in _DIGITS and _may_be_ordinal(lowered[scan : scan + 1]):
                readers = "DSON"  # ``21st century``, ``third-largest``, ``96th``
            else:
                readers = "N"
            for reader in readers:
                found, stop = self._try(reader, pos)
                if found:
                    figures.extend(found)
                    self._cursor = found[-1].end
                    cursor = max(stop, pos + 1)
                    break
                cursor = max(cursor, stop)
        if len(figures) > 1:
            carry_units(self.text, self.start, self.end, figures)
            share_denominators(self.text, figures)
            share_parallel_rate(self.text, figures)
        return figures

    def _try(self, reader: str, pos: int) -> tuple[list[Figure], int]:
        """Run one reader at *pos*; return its figures and where reading may go on."""
        text = self.text
        if reader in "NA":
            if reader == "A" and not text.startswith((" few ", " couple of "), pos + 1):
                return [], pos
            match = NUMBER_RE.match(text, pos, self.end)
            if match is None:
                return [], pos
            found, stop = self._read_match(match)
            return (found, stop) if found or not text[pos].isalpha() else ([], pos)
        if reader == "F":
            return self._fold(pos)
        if reader == "D":
            date = read_relative_date(text, pos, self.end)
            return ([date_figure(date)], date.end) if date else ([], pos)
        if reader == "M":
            date = read_month_name(text, pos, self.start)
            return ([date_figure(date)], date.end) if date else ([], pos)
        if reader == "S":
            rank = read_rank(text, pos, self.start, self.end)
            return ([rank], rank.end) if rank else ([], pos)
        ordinal, stop = read_ordinal(text, pos, self.start, self.end)
        return ([ordinal], stop) if ordinal else ([], stop)

    # -- one number -------------------------------------------------------------------------------
    def _read_match(self, match: re.Match[str]) -> tuple[list[Figure], int]:
        text = self.text
        start = match.start()
        if start - 2 >= self.start and text[start - 1] in "-–" and text[start - 2].isdigit():
            return [], match.end()
        if text[start].isdigit():
            ordinal = digit_ordinal_end(text, start, self.end)
            if ordinal is not None:
                return [], ordinal  # ``the 57th and 81st minutes``: an ordinal, no quantity
            telephone = telephone_end(text, start, self.end)
            if telephone is not None:
                return [], telephone  # ``call 0800 555 0193``: a label, no quantity
            elapsed = elapsed_time_end(text, start, self.end)
            if elapsed is not None:
                return [], elapsed  # ``clocked 26:51.22``: a time taken, no two numbers
        reading, skip_to = read_number(text, match, self.start)
        if reading is None:
            return [], skip_to
        if (
            reading.fraction
            and text[reading.end - 4 : reading.end].lower() == "half"
            and _AS_MANY_RIGHT.match(text, reading.end, self.end) is not None
        ):
            # ``nearly half as many as``: a multiple of one half, as ``twice as many``.
            reading.fraction = False
            reading.unit = "count"
            reading.unit_kind = "multiple"
            return [self._figure(reading, None)], reading.end
        agent = _AGENT_TAIL.match(text, reading.end, self.end)
        if agent is not None and not reading.is_word:
            word = agent.group("word")
            if word not in UNIT_BY_SURFACE and word not in COUNT_STOPWORDS:
                return [], agent.end()  # ``3-pointers``: the number names the thing
        if reading.is_word and self._orphan_scale(reading):
            return [], reading.end
        date = self._date(reading)
        if date is not None:
            return [date_figure(date)], date.end
        read_prefix(text, reading, self.start, sign_floor=self._cursor)
        if reading.identifier_attached and FEET_HYPHEN_BEFORE.search(
            text, max(self.start, start - 12), start
        ):
            reading.identifier_attached = False  # ``6-foot-4``: the inches of a height
        if reading.currency is None:
            sets = read_set_score(text, reading, self.start, self.end)
            if sets is not None:
                return [sets], sets.end  # ``won 6-3, 4-6, 7-5``: each set a score
        if reading.identifier_left and reading.currency is None and not reading.negative:
            result = read_result(text, reading, self.start, self.end)
            if result is not None:
                return [result], result.end  # ``Harcastle United 2 Sefton Vale 0;``
        if reading.currency is None and (
            reading.identifier_attached
            or (
                reading.identifier_left
                and not reading.negative
                and not self._unit_follows(reading)
                and not tally_follows(text, reading, self.start, self.end, self._second)
                and contest_tally(text, reading, self.start, self.end, self._second) is None
                and not score_after_opponent(text, reading, self.start, self.end)
            )
        ):
            return [], self._alnum_end(reading.end)
        read_suffix(text, reading, self.end, floor=self.start)
        if reading.attributes.pop("minus_after_name", False) and (
            reading.currency or reading.unit_kind == "percent"
        ):
            reading.negative = True  # ``Oil -0.6% Gold -1.1%``: a market list
            reading.start -= 1
        if (reading.currency or reading.minor) and "per" not in reading.attributes:
            price_per_subject_unit(text, reading, self.start)
        year = self._year(reading)
        if year is not None:
            return [date_figure(year)], year.end
        bare = not (reading.has_unit or reading.is_word or reading.scaled or reading.vague)
        if bare and label_follows(text, reading.start, reading.end, self.start, self.end):
            return [], self._alnum_end(reading.end)
        find_unit(text, reading, self.start, self.end, tags=self.tags, cursor=self._cursor)
        if reading.counted is not None and reading.currency is None:
            code = currency_named_before(text, reading.counted, self.start, reading.start)
            if code is not None:
                reading.currency, reading.counted = code, None  # ``Mexican ... pesos``
        if not reading.has_unit and not reading.fraction:
            ratio = read_ratio(text, reading, self.start, self.end, self.tags)
            if ratio is not None:
                return [ratio], ratio.end
        lone_one = reading.is_word and reading.value == 1 and not reading.has_unit
        of_follows = text.startswith(" of ", reading.end)
        if lone_one and not of_follows and not link_follows(text, reading, self.end):
            return [], reading.end
        if is_identifier(text, reading, self.start, self.end, self.entities):
            return [], self._alnum_end(reading.end)
        if not reading.has_unit and _TOP_LEFT.search(text, max(self.start, start - 12), start):
            return [], reading.end
        tally = vote_tally(text, reading, self.start, self.end, self._second) or contest_tally(
            text, reading, self.start, self.end, self._second
        )
        if tally is not None:
            votes = [self._figure(tally[0], None), self._figure(tally[1], None)]
            return votes, votes[-1].end
        bowling = read_bowling_figures(text, reading, self.start, self.end)
        if bowling is not None:
            return [bowling], bowling.end
        second, range_end = read_range(text, reading, self.start, self.end, self._second)
        if second is NOT_A_RANGE:
            score = read_score(text, reading, range_end)
            return ([score] if score is not None else []), self._alnum_end(range_end)
        if second is not None and reading.attributes.pop("alternative", False):
            # ``a 10- or 12-inch pizza``: two values that share a unit, not a range.
            return [self._figure(reading, None), self._figure(second, None)], range_end
        if second is not None and reading.attributes.get("from_to") == "written":
            chain = read_chain(text, second, self.end, self._second)
            if chain:
                # ``from $10 to $12 to $15``: a sequence of values, not a range.
                reading.attributes.pop("from_to")
                figures = [self._figure(reading, None), self._figure(second, None)]
                figures += [self._figure(third, None) for third in chain]
                return figures, chain[-1].end
        return [self._figure(reading, second)], range_end if second is not None else reading.end

    def _fold(self, pos: int) -> tuple[list[Figure], int]:
        """Read a multiple written as one word: ``rose fourfold``, ``twice the number``."""
        match = FOLD_RE.match(self.text, pos, self.end)
        if match is None:
            return [], pos
        adverb = match.group("adverb") or match.group("adverb_the")
        predeterminer = match.group("predeterminer")
        if adverb is not None:
            value = AS_MANY_ADVERBS[adverb.lower()]
        elif predeterminer is not None:
            cue = _MULTIPLE_CUE_LEFT.search(self.text, max(self.start, pos - 12), pos)
            if cue is None:
                return [], match.end()  # ``plans to double the size``: a verb
            if _FIGURE_AFTER_DETERMINER.match(self.text, match.end(), self.end):
                return [], match.end()  # ``double the 120 decibels``: the figure is the claim
            value = MULTIPLE_PREDETERMINERS[predeterminer.lower()]
        else:
            word = match.group("number").lower()
            value = float(NUMBER_WORDS.get(word) or SCALES.get(word, 0.0))
        if value <= 1 and adverb is None:
            return [], match.end()
        reading = Reading(match.start(), match.end(), value, match.group())
        reading.is_word = True
        reading.unit = "count"
        reading.unit_kind = "multiple"
        return [self._figure(reading, None)], match.end()

    def _orphan_scale(self, reading: Reading) -> bool:
        """Whether a scale word belongs to a number that was not read (``33-35 billion``)."""
        first = reading.raw.split(None, 1)[0].lower() if reading.raw.strip() else ""
        if first not in SCALES:
            return False
        return (
            _DIGIT_BEFORE.search(self.text, max(self.start, reading.start - 4), reading.start)
            is not None
        )

    def _alnum_end(self, pos: int) -> int:
        tail = _ALNUM_TAIL.match(self.text, pos)
        return tail.end() if tail is not None else pos

    # -- dates ------------------------------------------------------------------------------------
    def _date(self, reading: Reading) -> DateMatch | None:
        """Read a clock time or calendar date at a digit number."""
        if reading.is_word or reading.vague is not None or reading.fraction:
            return None
        text = self.text
        if reading.start > self.start and text[reading.start - 1] in "$€£¥":
            return None
        digits = reading.raw.replace(",", "")
        clock = read_clock(text, reading.start, reading.end, digits, self.end)
        if clock is not None:
            return clock
        if reading.plain:
            date = read_month_date(text, reading.start, reading.end, digits, self._cursor, self.end)
            if date is not None:
                return date
            for start, stop, label in self.entities:
                inside = start <= reading.start and reading.end <= stop
                if inside and label in DATE_LABELS and len(digits) == 4:
                    return DateMatch(reading.start, reading.end, {"date_type": "year"})
        return None

    def _year(self, reading: Reading) -> DateMatch | None:
        """Read a bare four-digit number as a year, unless a counted noun follows it."""
        if reading.vague is not None or reading.has_unit or not reading.plain or reading.scaled:
            return None
        if reading.negative:
            return None
        counted = read_counted_noun(
            self.text, reading.end, self.end, one=False, hyphenated_ok=False, tags=self.tags
        )
        return read_year(
            self.text,
            reading.start,
            reading.end,
            reading.raw,
            self.start,
            self.end,
            counted_noun_follows=counted is not None,
        )

    # -- names ------------------------------------------------------------------------------------
    def _unit_follows(self, reading: Reading) -> bool:
        """Whether a currency or unit follows a number after a name (``MacBook Pro 16 inch``)."""
        probe = Reading(reading.start, reading.end, reading.value, reading.raw)
        probe.is_word = reading.is_word
        probe.plain = reading.plain
        read_suffix(self.text, probe, self.end, floor=self.start)
        return bool(probe.currency or probe.minor or (probe.unit and not probe.age))

    # -- the second number of a pair --------------------------------------------------------------
    def _second(self, pos: int) -> Reading | None:
        """Read the second end of a range at *pos*, after an approximation cue."""
        approx = _APPROX_AHEAD.match(self.text, pos, self.end)
        if approx is not None:
            pos = approx.end()
        found = NUMBER_RE.search(self.text, pos, min(self.end, pos + 12))
        if found is None:
            return None
        # Read the whole number, not only what fits the window (``six to seven thousand``).
        match = NUMBER_RE.match(self.text, found.start(), self.end) or found
        between = self.text[pos : match.start()].strip()
        if (
            between
            and CURRENCY_PREFIX_RE.search(between) is None
            and letter_currency(self.text, match.start(), match.end(), pos) is None
        ):
            return None
        reading, _ = read_number(self.text, match, self.start)
        if reading is None or self._date(reading) is not None:
            return None
        read_prefix(self.text, reading, self.start)
        read_suffix(self.text, reading, self.end, floor=self.start)
        bare = not (reading.has_unit or reading.is_word or reading.scaled or reading.vague)
        if bare and label_follows(self.text, reading.start, reading.end, self.start, self.end):
            return None
        if not reading.has_unit:
            read_count(self.text, reading, self.start, self.end, self.tags)
        if (
            is_identifier(self.text, reading, self.start, self.end, self.entities)
            and not reading.has_unit
        ):
            return None
        return reading

    # -- the figure -------------------------------------------------------------------------------
    def _figure(self, first: Reading, second: Reading | None) -> Figure:
        return build_figure(self.text, first, second, self.start, self.end, tags=self.tags)


def _may_be_ordinal(after: str) -> bool:
    """Whether a digit run followed by *after* (lower-cased) may be an ordinal (``1st``).

    Dates, ranks and ordinals start at a digit only as an ordinal; any other
    digit run, ``.5`` and ``½`` can only be a number.
    """
    return after in _ORDINAL_SUFFIX_STARTS or not after.isascii()
