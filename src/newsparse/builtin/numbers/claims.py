"""Reading the figures of one sentence.

:class:`SentenceReader` looks at the words and digit runs of a sentence
(:data:`~newsparse.builtin.numbers.scanner.TOKEN_RE`) and, at each one that
may start a figure (:data:`~newsparse.builtin.numbers.scanner.TRIGGERS`;
:data:`~newsparse.builtin.numbers.scanner.CANDIDATE_RE` skips the others in
one match), tries the readers in turn: relative dates, month names, ranks,
numbers, ordinals.  A number is read outwards with anchored matches: its sign
and currency (:mod:`~newsparse.builtin.numbers.prefix`), its scale, currency,
unit or counted noun (:mod:`~newsparse.builtin.numbers.suffix`,
:mod:`~newsparse.builtin.numbers.nouns`), a second number that makes a
range, and the cues around it (:mod:`~newsparse.builtin.numbers.cues`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from newsparse.builtin.numbers.carryover import carry_units, share_denominators
from newsparse.builtin.numbers.counted import read_count
from newsparse.builtin.numbers.cues import read_cues
from newsparse.builtin.numbers.dates import (
    DateMatch,
    read_clock,
    read_month_date,
    read_month_name,
    read_relative_date,
    read_year,
)
from newsparse.builtin.numbers.figures import (
    Figure,
    Reading,
    kind_and_unit,
    range_compatible,
    share_units,
)
from newsparse.builtin.numbers.gates import LeftCue
from newsparse.builtin.numbers.identifiers import label_follows
from newsparse.builtin.numbers.lexicon import (
    APPROXIMATORS,
    CONTEST_WORDS,
    COUNT_STOPWORDS,
    MULTIPLE_ADVERBS,
    NUMBER_WORDS,
    POLL_NOUNS,
    RESULT_VERBS,
    SCALES,
    VOTE_NOUNS,
    VOTE_WORDS,
)
from newsparse.builtin.numbers.localcurrency import currency_named_before
from newsparse.builtin.numbers.measured import FEET_HYPHEN_BEFORE, find_unit
from newsparse.builtin.numbers.nouns import (
    read_counted_noun,
    singular,
)
from newsparse.builtin.numbers.number import read_number
from newsparse.builtin.numbers.prefix import read_prefix
from newsparse.builtin.numbers.ranks import read_ordinal, read_rank
from newsparse.builtin.numbers.scanner import (
    CANDIDATE_RE,
    CHANGE_LEFT,
    CURRENCY_PREFIX_RE,
    FOLD_RE,
    NUMBER_RE,
    RANGE_LINK_RE,
    TRIGGERS,
    UNIT_BY_SURFACE,
    UNIT_BY_SYMBOL,
    ascii_lower,
    match_unit,
)
from newsparse.builtin.numbers.subjects import find_subject
from newsparse.builtin.numbers.suffix import read_suffix
from newsparse.lexicon import alternation
from newsparse.lexicon.dispatch import LazyPattern

__all__ = ["DATE_LABELS", "NAME_LABELS", "SentenceReader"]

#: Entity labels whose numbers are names, not figures (``G7``, ``Article 5``).
NAME_LABELS = frozenset(
    {"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PERSON", "GPE", "LOC", "NORP"}
)
#: Entity labels whose numbers are dates.
DATE_LABELS = frozenset({"DATE", "TIME"})

_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_DIGITS = frozenset("0123456789")
#: First letters of ``st``, ``nd``, ``rd``, ``th``.
_ORDINAL_SUFFIX_STARTS = frozenset("snrt")
_ALNUM_TAIL = LazyPattern(r"[A-Za-z0-9]*")
_SCORE_END = LazyPattern(r"[0-9]{1,3}(?![0-9]|[.,][0-9])")
_INCHES_HYPHEN_AFTER = LazyPattern(
    r"-(?:1[01]|[0-9])(?![0-9]|[.,][0-9]|[ \t]*(?i:in|inch|inches|ft|feet|foot)\b)"
)
_DIGIT_BEFORE = LazyPattern(r"[0-9][ \t]*\Z")
_FROM_LEFT = re.compile(
    r"(?i:(?<![A-Za-z])from[ \t]+(?:(?:up[ \t]+to|about|around|nearly|almost|roughly|some)"
    r"[ \t]+)?)\Z"
)
_BETWEEN_LEFT = LazyPattern(r"(?i:(?<![A-Za-z])between[ \t]+(?:about[ \t]+)?)\Z")
_BY_LEFT = re.compile(r"(?i:(?<![A-Za-z])by[ \t]+(?:about[ \t]+|nearly[ \t]+|some[ \t]+)?)\Z")
_TO_LATER = LazyPattern(r"[^,;()\[\]]{0,40}?(?<![A-Za-z])to[ \t]+")
#: A number of its own, no year, between a ``from`` figure and a later ``to``: the
#: ``to`` joins that number (``from 8,000 people aged 30 to 59``), and no change is read.
_OTHER_NUMBER = LazyPattern(r"(?<![0-9,.A-Za-z])(?!(?:1[5-9]|20)[0-9]{2}(?![0-9,.]))[0-9]")
#: An approximation cue before the second end of a range (``from 12,000 to nearly 15,000``).
_APPROX_AHEAD = LazyPattern(
    r"(?i:"
    + "|".join(re.escape(a) for a in sorted(APPROXIMATORS, key=len, reverse=True) if " " not in a)
    + r"|almost)[ \t]+"
)
_TO_NEXT = LazyPattern(r"[ \t]+to[ \t]+")
_TOP_LEFT = LazyPattern(r"(?i:(?<![A-Za-z])(?:top|bottom))[ \t]+\Z")
_OUT_OF = LazyPattern(r"(?i:[ \t]+(?:out[ \t]+of|in)[ \t]+)")
#: A bare number and ``for`` before a number: ``187 for 4``, ``went 2 for 4``.
_FOR_PAIR_LEFT = LazyPattern(r"(?<![0-9.,])[0-9]+[ \t]+for[ \t]+\Z")
#: The word after the second number of ``N in M``.
_SPAN_AFTER = LazyPattern(r"[ \t]+(?P<noun>[a-z]+)(?![A-Za-z])")
_WINDOW = 24
#: :data:`_FROM_LEFT` and :data:`_BY_LEFT` with the words they end with.
_FROM_LEFT_CUE = LeftCue(
    _FROM_LEFT, ["from", "up to", "about", "around", "nearly", "almost", "roughly", "some"]
)
_BY_LEFT_CUE = LeftCue(_BY_LEFT, ["by", "about", "nearly", "some"])
_SCALE_OF = LazyPattern(r"[ \t]+on[ \t]+the[ \t]+")

#: A plural in ``-ers`` hyphened to a number, making one noun (``3-pointers``, ``18-wheelers``).
_AGENT_TAIL = LazyPattern(r"-(?P<word>[a-z]{3,}er)s(?![A-Za-z0-9-])")
#: ``to`` or a dash between the two numbers of a tally (``voted 228 to 199``, ``61-39``).
_TALLY_JOIN = LazyPattern(r"[ \t]+to[ \t]+(?=[0-9])|[-–](?=[0-9])")
#: A word of voting, then up to three words, before a tally (``voted``, ``by a vote of``).
_VOTE_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:" + alternation(VOTE_WORDS) + r"))(?:[ \t]+[A-Za-z]+){0,3}[ \t]+\Z"
)
#: A noun of a decision by votes after a dash tally, with at most one word
#: between (``a 7-2 ruling``, ``a 6-3 conservative majority``).
_VOTE_NOUN_RIGHT = LazyPattern(
    r"(?:[ \t]*-[ \t]*|[ \t]+)(?:[A-Za-z]+[ \t]+)?(?i:" + alternation(VOTE_NOUNS) + r")(?![A-Za-z])"
)
#: A verb of a game's result and the opponent's name right before a number
#: (``beat Eastbay``, ``lost to the Tigers``, ``drew with Real Madrid``).
_RESULT_NAME_LEFT = LazyPattern(
    r"(?<![A-Za-z])(?i:"
    + alternation(RESULT_VERBS)
    + r")(?:[ \t]+(?i:to|with|against|past|at))?(?:[ \t]+(?i:the))?"
    r"(?:[ \t]+[A-Z][A-Za-z'’.&-]*){1,4}[ \t]+\Z"
)
#: A noun of a poll or an election anywhere in the sentence (``poll``, ``voters``).
_POLL_CONTEXT = LazyPattern(r"(?i:(?<![A-Za-z-])(?:" + alternation(POLL_NOUNS) + r"))(?![A-Za-z])")
#: A word of a contest, then up to eight words, before a share (``leads her
#: challenger 51% to 45%``, ``leads by 6 points, 49% to 43%``).
_CONTEST_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:" + alternation(CONTEST_WORDS) + r"))(?:[ \t]+[^ \t]+){0,8}?[ \t]+\Z"
)
#: ``A gallon of regular gasoline averaged``, ``a kilo of rice now costs`` before an
#: amount: a unit of measurement of a material is the subject of the price.
_UNIT_SUBJECT_LEFT = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:an?|one|each))[ \t]+(?P<unit>[a-z]+)[ \t]+of"
    r"(?:[ \t]+[A-Za-z'’-]+){1,8}?[ \t]+\Z"
)
#: What may come before such a subject: nothing, a clause break or a conjunction.
_CLAUSE_OPENING = LazyPattern(
    r"(?:\A|[,;:]|(?<![A-Za-z])(?i:while|whereas|and|but|as|when))[ \t\"“‘']*\Z"
)

#: What :meth:`SentenceReader._range` returns for a dash pair that is no range (``2-0``).
_NOT_A_RANGE = Reading(0, 0, 0.0, "")


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
        return figures

    def _unit_subject_rate(self, reading: Reading) -> None:
        """Make an amount a price per the unit of measurement its clause opens with.

        ``A gallon of regular gasoline averaged $3.29`` is dollars per gallon,
        ``a kilo of rice now costs 80 rupees`` rupees per kilogram: the
        subject is one unit of a material, and the amount its price.
        """
        text = self.text
        left = max(self.start, reading.start - 100)
        subject = _UNIT_SUBJECT_LEFT.search(text, left, reading.start)
        if subject is None:
            return
        unit = UNIT_BY_SURFACE.get(subject.group("unit").lower())
        if unit is None or unit.kind != "measure":
            return
        if _CLAUSE_OPENING.search(text[self.start : subject.start()]) is None:
            return
        reading.attributes["per"] = unit.name

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
            return ([_date_figure(date)], date.end) if date else ([], pos)
        if reader == "M":
            date = read_month_name(text, pos, self.start)
            return ([_date_figure(date)], date.end) if date else ([], pos)
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
        reading, skip_to = read_number(text, match, self.start)
        if reading is None:
            return [], skip_to
        agent = _AGENT_TAIL.match(text, reading.end, self.end)
        if agent is not None and not reading.is_word:
            word = agent.group("word")
            if word not in UNIT_BY_SURFACE and word not in COUNT_STOPWORDS:
                return [], agent.end()  # ``3-pointers``: the number names the thing
        if reading.is_word and self._orphan_scale(reading):
            return [], reading.end
        date = self._date(reading)
        if date is not None:
            return [_date_figure(date)], date.end
        read_prefix(text, reading, self.start, sign_floor=self._cursor)
        if reading.identifier_attached and FEET_HYPHEN_BEFORE.search(
            text, max(self.start, start - 12), start
        ):
            reading.identifier_attached = False  # ``6-foot-4``: the inches of a height
        if reading.currency is None and (
            reading.identifier_attached
            or (
                reading.identifier_left
                and not reading.negative
                and not self._unit_follows(reading)
                and not self._tally_follows(reading)
                and not self._score_after_opponent(reading)
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
            self._unit_subject_rate(reading)
        year = self._year(reading)
        if year is not None:
            return [_date_figure(year)], year.end
        bare = not (reading.has_unit or reading.is_word or reading.scaled or reading.vague)
        if bare and label_follows(text, reading.start, reading.end, self.start, self.end):
            return [], self._alnum_end(reading.end)
        find_unit(text, reading, self.start, self.end, tags=self.tags, cursor=self._cursor)
        if reading.counted is not None and reading.currency is None:
            code = currency_named_before(text, reading.counted, self.start, reading.start)
            if code is not None:
                reading.currency, reading.counted = code, None  # ``Mexican ... pesos``
        if not reading.has_unit and not reading.fraction:
            ratio = self._ratio(reading)
            if ratio is not None:
                return [ratio], ratio.end
        lone_one = reading.is_word and reading.value == 1 and not reading.has_unit
        of_follows = text.startswith(" of ", reading.end)
        if lone_one and not of_follows and not self._link_follows(reading):
            return [], reading.end
        if self._is_identifier(reading):
            return [], self._alnum_end(reading.end)
        if not reading.has_unit and _TOP_LEFT.search(text, max(self.start, start - 12), start):
            return [], reading.end
        tally = self._vote_tally(reading)
        if tally:
            return tally, tally[-1].end
        second, range_end = self._range(reading)
        if second is _NOT_A_RANGE:
            return self._score(reading, range_end)
        if second is not None and reading.attributes.pop("alternative", False):
            # ``a 10- or 12-inch pizza``: two values that share a unit, not a range.
            return [self._figure(reading, None), self._figure(second, None)], range_end
        if second is not None and reading.attributes.get("from_to") == "written":
            chain = self._chain(second)
            if chain:
                # ``from $10 to $12 to $15``: a sequence of values, not a range.
                reading.attributes.pop("from_to")
                figures = [self._figure(reading, None), self._figure(second, None)]
                figures += [self._figure(third, None) for third in chain]
                return figures, chain[-1].end
        return [self._figure(reading, second)], range_end if second is not None else reading.end

    def _vote_tally(self, reading: Reading) -> list[Figure]:
        """Read ``voted 228 to 199``, ``by a vote of 61-39``: two numbers, no range.

        After a word of voting (:data:`~newsparse.builtin.numbers.lexicon.VOTE_WORDS`),
        two bare whole numbers joined by ``to`` or a dash, the larger first, are
        the votes for and against: two figures, which take no unit the text
        does not write.
        """
        if reading.has_unit or not _whole_digits(reading):
            return []
        link = _TALLY_JOIN.match(self.text, reading.end, self.end)
        if link is None:
            return []
        left = max(self.start, reading.start - 30)
        voted = _VOTE_LEFT.search(self.text, left, reading.start) is not None
        dash = not link.group().strip().isalpha()
        if not voted and not dash:
            return []
        second = self._second(link.end())
        if second is None or not _whole_digits(second) or second.value > reading.value:
            return []
        if dash and not voted:
            end = second.start + len(second.raw)
            if _VOTE_NOUN_RIGHT.match(self.text, end, self.end) is not None:
                second = self._bare(second, end)
            elif _POLL_CONTEXT.search(self.text, self.start, self.end) is None:
                return []
        if second.has_unit:
            return []
        return [self._figure(reading, None), self._figure(second, None)]

    @staticmethod
    def _bare(reading: Reading, end: int) -> Reading:
        """Return *reading* without the noun read after it (``2 ruling`` of ``a 7-2 ruling``)."""
        return Reading(reading.start, end, reading.value, reading.raw, plain=reading.plain)

    def _tally_follows(self, reading: Reading) -> bool:
        """Whether a vote tally starts at a number after a label noun.

        ``rejected the amendment 54 to 46``: a word of voting before the number,
        ``to`` or a dash and a whole number no larger after it.
        """
        link = _TALLY_JOIN.match(self.text, reading.end, self.end)
        if not _whole_digits(reading) or link is None:
            return False
        left = max(self.start, reading.start - 30)
        if _VOTE_LEFT.search(self.text, left, reading.start) is None:
            return False
        second = self._second(link.end())
        return second is not None and _whole_digits(second) and second.value <= reading.value

    def _fold(self, pos: int) -> tuple[list[Figure], int]:
        """Read a multiple written as one word: ``rose fourfold``, ``twice the number``."""
        match = FOLD_RE.match(self.text, pos, self.end)
        if match is None:
            return [], pos
        adverb = match.group("adverb")
        if adverb is not None:
            value = MULTIPLE_ADVERBS[adverb.lower()]
        else:
            word = match.group("number").lower()
            value = float(NUMBER_WORDS.get(word) or SCALES.get(word, 0.0))
        if value <= 1:
            return [], match.end()
        reading = Reading(match.start(), match.end(), value, match.group())
        reading.is_word = True
        reading.unit = "count"
        reading.unit_kind = "multiple"
        return [self._figure(reading, None)], match.end()

    def _link_follows(self, reading: Reading) -> bool:
        """Whether a range link and another number follow (``one to three years``)."""
        link = RANGE_LINK_RE.match(self.text, reading.end, self.end)
        return link is not None and NUMBER_RE.match(self.text, link.end(), self.end) is not None

    def _chain(self, last: Reading) -> list[Reading]:
        """Read the further steps of ``from X to Y to Z``: numbers after ``to`` with a like unit."""
        steps: list[Reading] = []
        while True:
            link = _TO_NEXT.match(self.text, last.end, self.end)
            if link is None:
                return steps
            following = self._second(link.end())
            if following is None or not range_compatible(last, following, "to"):
                return steps
            share_units(following, last)
            steps.append(following)
            last = following

    def _orphan_scale(self, reading: Reading) -> bool:
        """Whether a scale word belongs to a number that was not read (``33-35 billion``)."""
        first = reading.raw.split(None, 1)[0].lower() if reading.raw.strip() else ""
        if first not in SCALES:
            return False
        return (
            _DIGIT_BEFORE.search(self.text, max(self.start, reading.start - 4), reading.start)
            is not None
        )

    def _score(self, first: Reading, pos: int) -> tuple[list[Figure], int]:
        """Read ``2-0`` or ``89-89`` as a score; drop other dash pairs (``16-18 Avenue``)."""
        match = _SCORE_END.match(self.text, pos)
        stop = self._alnum_end(pos)
        if match is None or not first.plain or first.has_unit or len(first.raw) > 3:
            return [], stop
        second = int(match.group())
        if first.value < second:
            return [], stop
        attributes: dict[str, Any] = {"score": [int(first.value), second]}
        return [Figure(first.start, match.end(), "score", None, attributes=attributes)], stop

    def _score_after_opponent(self, reading: Reading) -> bool:
        """Whether a score follows a verb of a game's result and the opponent's name.

        ``beat Eastbay 104-98``, ``lost to Wigan 2-1``: the name before the
        number is the side beaten, not a name the number belongs to (``Boeing
        737``), when two dash-joined whole numbers of one to three digits, the
        larger first, follow a verb of
        :data:`~newsparse.builtin.numbers.lexicon.RESULT_VERBS`.
        """
        if not reading.plain or len(reading.raw) > 3:
            return False
        link = RANGE_LINK_RE.match(self.text, reading.end, self.end)
        if link is None or link.group("link") not in ("-", "–"):
            return False
        second = _SCORE_END.match(self.text, link.end())
        if second is None or int(second.group()) > reading.value:
            return False
        left = max(self.start, reading.start - 60)
        return _RESULT_NAME_LEFT.search(self.text, left, reading.start) is not None

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

    # -- ratios -----------------------------------------------------------------------------------
    def _ratio(self, reading: Reading) -> Figure | None:
        """Read ``one out of three`` and ``one in five`` as a fraction."""
        match = _OUT_OF.match(self.text, reading.end, self.end)
        if match is None:
            return None
        number = NUMBER_RE.match(self.text, match.end(), self.end)
        if number is None:
            return None
        other, _ = read_number(self.text, number, self.start)
        if other is None or other.fraction or not reading.value < other.value <= 1000:
            return None
        if other.plain and len(other.raw) == 4:
            return None
        if _FOR_PAIR_LEFT.search(self.text, max(self.start, reading.start - 16), reading.start):
            return None  # ``187 for 4 in 34 overs``: the second of a pair, then a span
        span = _SPAN_AFTER.match(self.text, other.end, self.end)
        if span is not None and self._is_duration(span.group("noun")):
            return None  # ``scored 3 in 10 minutes``: a count within a span of time
        figure = Figure(reading.start, other.end, "fraction", reading.value / other.value)
        figure.attributes["ratio"] = [reading.value, other.value]
        cues = read_cues(self.text, reading.start, other.end, self.start, self.end)
        figure.approximate = cues.approximate
        figure.qualifier = cues.qualifier
        figure.change = cues.change
        counted = read_counted_noun(self.text, other.end, self.end, one=False, tags=self.tags)
        if counted is not None:
            figure.subject = (other.end + 1, counted.end)
        return figure

    @staticmethod
    def _is_duration(word: str) -> bool:
        """Whether *word* names a unit of time (``minutes``, ``years``)."""
        unit = UNIT_BY_SURFACE.get(word) or UNIT_BY_SURFACE.get(singular(word))
        return unit is not None and unit.kind == "duration"

    def _scale_named_after(self, end: int, kind: str, unit: str | None) -> tuple[str, str | None]:
        """Take the unit of ``between 50 and 70 on the GPa scale``."""
        lead = _SCALE_OF.match(self.text, end, self.end)
        if lead is None:
            return kind, unit
        match = match_unit(self.text, lead.end(), self.end)
        if match is None or not self.text.startswith(" scale", match.end()):
            return kind, unit
        surface = match.group("surface")
        found = UNIT_BY_SYMBOL.get(surface) or UNIT_BY_SURFACE.get(surface.lower())
        if found is None or found.name == "count":
            return kind, unit
        return found.kind, found.name

    # -- names ------------------------------------------------------------------------------------
    def _unit_follows(self, reading: Reading) -> bool:
        """Whether a currency or unit follows a number after a name (``MacBook Pro 16 inch``)."""
        probe = Reading(reading.start, reading.end, reading.value, reading.raw)
        probe.is_word = reading.is_word
        probe.plain = reading.plain
        read_suffix(self.text, probe, self.end, floor=self.start)
        return bool(probe.currency or probe.minor or (probe.unit and not probe.age))

    def _is_identifier(self, reading: Reading) -> bool:
        """Whether the number is part of a name, a list marker, a part or street number."""
        text = self.text
        end = reading.end
        glued = end < self.end and (text[end].isalnum() or text[end] in "_@")
        if glued and not (text[end] == "s" and reading.unit is None and reading.plain):
            return True
        if reading.start > self.start and text[reading.start - 1] in "@#_/\\":
            return True
        figure_like = reading.currency or reading.minor or reading.unit_kind == "percent"
        for start, stop, label in self.entities:
            inside = start <= reading.start and reading.end <= stop
            if inside and label in NAME_LABELS and not figure_like:
                return True
        return False

    # -- ranges -----------------------------------------------------------------------------------
    def _range(self, first: Reading) -> tuple[Reading | None, int]:
        """Return the second end of a range, :data:`_NOT_A_RANGE` for a dash pair that is none."""
        text = self.text
        if first.unit == "foot" and _INCHES_HYPHEN_AFTER.match(text, first.end, self.end):
            return None, first.end  # ``6-foot-4``: feet and inches, no range
        link = RANGE_LINK_RE.match(text, first.end, self.end)
        left = max(self.start, first.start - _WINDOW)
        from_left = _FROM_LEFT_CUE.search(text, left, first.start) is not None
        candidates: list[tuple[str, int]] = []
        if link is not None:
            candidates.append((link.group("link").lower(), link.end()))
        elif first.currency and text.startswith("/", first.end):
            candidates.append(("-", first.end + 1))  # ``$5/$8``
        if from_left:
            later = _TO_LATER.match(text, first.end, self.end)
            if later is not None and not _OTHER_NUMBER.search(text, first.end, later.end()):
                candidates.append(("to", later.end()))
        changed = (
            CHANGE_LEFT.search(text, left, first.start) is not None
            or _BY_LEFT_CUE.search(text, left, first.start) is not None
        )
        for kind, pos in candidates:
            if kind == "and" and _BETWEEN_LEFT.search(text, left, first.start) is None:
                continue
            if kind == "to" and not from_left:
                shares = self._shares(first, pos)
                if shares is not None:
                    return shares, shares.end
            if kind == "to" and changed and not from_left and first.has_unit:
                continue
            if kind == "to" and not from_left and first.counted:
                continue  # ``by 7 votes to 2``: a tally of counts, not a range
            second = self._second(pos)
            if (
                second is not None
                and kind == "to"
                and (changed or (first.has_unit and not second.has_unit))
                and not from_left
                and abs(second.value) > 10 * abs(first.value)
            ):
                continue  # ``fell 0.8 to 1,402``: the change, then the level it reached
            if second is None or not range_compatible(first, second, kind):
                dash_pair = link is not None and link.group() == kind and kind in ("-", "–")
                if dash_pair and text[pos : pos + 1].isdigit():
                    return _NOT_A_RANGE, pos
                continue
            both_written = first.has_unit and second.has_unit
            share_units(first, second)
            if kind == "or" and "-" in text[first.end - 1 : first.end + 1]:
                # ``10- or 12-inch``: alternatives, each its own value.
                share_units(second, first)
                first.attributes["alternative"] = True
            if from_left and kind == "to":
                first.attributes["from_to"] = "written" if both_written else True
            elif from_left:
                first.attributes["from_to"] = True
            return second, second.end
        return None, first.end

    def _shares(self, first: Reading, pos: int) -> Reading | None:
        """Return the second of two shares set against each other: ``leads 51% to 45%``.

        A percentage, ``to`` and a percentage or bare number are the shares of
        two sides, not a range, after a word of a contest
        (:data:`~newsparse.builtin.numbers.lexicon.CONTEST_WORDS`), or, the larger
        first, in a sentence about a poll, an election or a vote; not after a
        word of change (``rising 4% to 5%``).  The first reading is marked to be
        read as two values.
        """
        if first.unit_kind != "percent" or first.unit != "percentage":
            return None
        if CHANGE_LEFT.search(self.text, max(self.start, first.start - _WINDOW), first.start):
            return None  # ``led gains, rising 4% to 5%``: a change
        left = max(self.start, first.start - 60)
        contest = _CONTEST_LEFT.search(self.text, left, first.start) is not None
        if not contest and _POLL_CONTEXT.search(self.text, self.start, self.end) is None:
            return None
        second = self._second(pos)
        if second is None or (second.has_unit and second.unit != first.unit):
            return None
        if not contest and second.value >= first.value:
            return None
        share_units(second, first)
        first.attributes["alternative"] = True
        return second

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
        if between and CURRENCY_PREFIX_RE.search(between) is None:
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
        if self._is_identifier(reading) and not reading.has_unit:
            return None
        return reading

    # -- the figure -------------------------------------------------------------------------------
    def _figure(self, first: Reading, second: Reading | None) -> Figure:
        text = self.text
        value: float | tuple[float, float]
        attributes = dict(first.attributes)
        end = first.end
        low = first.signed
        if second is not None:
            high = second.signed
            value = (min(low, high), max(low, high))
            if attributes.pop("from_to", False) or high < low:
                attributes["from"] = low
                attributes["to"] = high
            end = second.end
        elif first.vague is not None:
            value = first.vague
        else:
            value = low
        kind, unit = kind_and_unit(first)
        if kind == "number":
            kind, unit = self._scale_named_after(end, kind, unit)
        cues = read_cues(text, first.start, end, self.start, self.end)
        figure = Figure(
            first.start,
            end,
            kind,
            value,
            unit=unit,
            approximate=cues.approximate or first.vague is not None,
            qualifier=cues.qualifier,
            change=cues.change,
        )
        if first.sub_bound and figure.qualifier is None:
            figure.qualifier = "less than"
        bound = attributes.pop("bound", None)
        if bound == "plus" and figure.qualifier is None:
            figure.qualifier = "more than"
        elif bound == "more" and figure.qualifier is None:
            figure.qualifier = "at least"
        elif bound in ("fewer", "less") and figure.qualifier is None:
            figure.qualifier = "at most"
        elif bound in ("odd", "so"):
            figure.approximate = True
            figure.qualifier = figure.qualifier or "about"
        if cues.record:
            attributes["record"] = True
        if first.scale_word:
            attributes["scale"] = first.scale_word
        if first.currency_symbol:
            attributes["currency_symbol"] = first.currency_symbol
        if first.currency == "USD" and first.currency_symbol == "$":
            attributes["currency_assumed"] = True
        for internal in ("per", "of_end"):
            attributes.pop(internal, None)
        figure.attributes = attributes
        figure.subject = find_subject(
            text,
            first.start,
            end,
            cues.cue_start,
            self.start,
            self.end,
            share=kind in ("percent", "fraction", "count", "number"),
            modifier=kind != "count" or "-" in text[first.start : first.end],
        )
        return figure


def _whole_digits(reading: Reading) -> bool:
    """Whether a number is written as a whole number in digits (``1,204``, not ``2.5``)."""
    return reading.raw.replace(",", "").isdigit() and not reading.scaled


def _may_be_ordinal(after: str) -> bool:
    """Whether a digit run followed by *after* (lower-cased) may be an ordinal (``1st``).

    Dates, ranks and ordinals start at a digit only as an ordinal; any other
    digit run, ``.5`` and ``½`` can only be a number.
    """
    return after in _ORDINAL_SUFFIX_STARTS or not after.isascii()


def _date_figure(date: DateMatch) -> Figure:
    return Figure(date.start, date.end, "date", None, attributes=date.attributes)
