"""Antecedents: who a document has named so far, and whom its pronouns refer to.

Speakers and clause subjects are remembered in document order with the
category resolution gave them (person, org, group, place, document,
described, unknown).  A pronoun takes the most recent compatible one:
``he``/``she`` a person of that sex (or of unknown sex), ``it`` an
institution or document, ``they``/``we`` a group or institution; a person or
institution named in the last two sentences as a possessor or an agent may
be more salient than an older subject, and a person whose possessive opens
the pronoun's paragraph more salient than the speaker of an earlier one;
a person named as an object in passing, in the paragraph where the speaker
already spoke, less salient than that speaker, and an object less salient than
the subject of its own sentence; and what is named only inside a
quotation is no antecedent of a pronoun outside it.  A subject ``he`` or
``she`` is remembered as the person it refers to, so that a chain of pronouns
outlives the name that opened it (centering).  ``I`` outside any
quotation is the narrator, never a person the narration speaks of: the person
named by the last speaker label before it (``Lena Marsh:`` opening a turn of a
transcript, a line naming a person alone), else the pronoun itself.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from types import MappingProxyType
from typing import NamedTuple

from newsparse.attribution.mentions import Mention
from newsparse.attribution.names import NameIndex
from newsparse.attribution.wordlists import COLLECTIVE_NOUNS, GROUP_NOUNS, PRONOUN_NUMBER
from newsparse.builtin.quotes.speaker_words import (
    DESCRIPTION_LOOKBACK,
    INDEFINITE,
    LOOKBACK,
    POSSESSIVE_PRONOUNS,
    listed_person_noun,
    noun_sex,
    plural_name,
)
from newsparse.model import Speaker

__all__ = ["Antecedent", "Antecedents"]

#: The categories a pronoun of each kind takes, the first tier that has one winning.
_WANTS: MappingProxyType[str, tuple[frozenset[str], ...]] = MappingProxyType(
    {
        "male": (frozenset({"person"}), frozenset({"unknown"}), frozenset({"described"})),
        "female": (frozenset({"person"}), frozenset({"unknown"}), frozenset({"described"})),
        "person": (frozenset({"person"}), frozenset({"unknown"}), frozenset({"described"})),
        "thing": (frozenset({"org", "document"}), frozenset({"unknown"}), frozenset({"place"})),
        "plural": (frozenset({"group", "org"}), frozenset({"place"})),
    }
)
#: The categories of an antecedent that names a person, named or described.
_PEOPLE = frozenset({"person", "unknown", "described"})
#: A capitalised name with a possessive ending: ``Liberals’``, ``Acme Corp.'s``.
_POSSESSOR = re.compile(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,5}(?:[’']s\b|s[’'](?!\w))")
#: A possessor inside a description: ``Bell's network``.
_POSSESSED = re.compile(r"\w[’']s\s")
#: What may stand between a quotation and its speaker after it: ``," the developer``.
_BETWEEN_QUOTE_AND_SPEAKER = re.compile(r"[\s,—–-]*")
#: A pronoun of the first person singular: ``I``, ``I’ll``, ``my``.
_FIRST_PERSON = re.compile(r"(?<![\w’'])(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)(?![\w])")
#: The end of a quotation right before a pronoun: ``“Come early,”`` they said.
_AFTER_QUOTATION = re.compile(r"[”\"]\s*\Z")
#: A possessive ending right after a name: ``’s``, or ``’`` after an ``s``.
_POSSESSIVE_END = re.compile(r"[’']s\b|(?<=s)[’'](?!\w)")
#: The rest of an introductory phrase from a possessor to a pronoun: ``'s claim, `` she said.
_INTRODUCTION = re.compile(r"[^,.;:!?“”\"\n]{0,62},\s+")
#: A speaker label opening a paragraph: a few capitalised words ending in a colon, a full
#: stop, or the end of the line (``Lena Marsh:``, ``Chair Ivo Dahl.``, ``By Ana Roy``), none
#: of them a possessive or a contraction (``There's``).
_LABEL = re.compile(
    r"(?:[A-Z](?:[\w.-]|[’'](?!s\b))*[ \t]+){0,4}[A-Z](?:[\w-]|[’'](?!s\b))*"
    r"(?=[ \t]*:|\.[ \t]|[ \t]*(?:\n|\Z))"
)
#: A word: ``chiefs``, ``First``.
_WORD = re.compile(r"[A-Za-z][\w-]*")
#: Characters before a pronoun within which an institution or group that spoke is looked for.
_SPEAKER_LOOKBACK = 1500


def _listed_plural_of_people(word: str) -> bool:
    """Whether a lower-case word is the plural of a person, role or group noun the lexicon lists.

    ``chiefs``, ``residents``, ``crews``, ``women``; not an agent-like word the
    lexicon does not list (``numbers``).
    """
    if not word[:1].islower():
        return False
    if word in GROUP_NOUNS or word in ("men", "women", "people", "children"):
        return True
    if not word.endswith("s") or word.endswith("ss"):
        return False
    return any(
        listed_person_noun(singular) or singular in COLLECTIVE_NOUNS
        for singular in (word[:-1], word[:-2] if word.endswith("es") else "")
        if singular
    )


class Antecedent(NamedTuple):
    """A speaker or subject remembered at a position of the document, with its category."""

    pos: int
    name: str
    category: str  # person, org, group, document, unknown
    start: int
    end: int
    entity: str | None
    spoke: bool = False
    #: Whether a clause named it as an object, after its subject (``thanked Rosa Dunn``).
    placed: bool = False


class Antecedents:
    """The history of one document's speakers and subjects, and its pronouns' referents.

    :param text: the document text.
    :param names: the document's name index.
    """

    def __init__(self, text: str, names: NameIndex) -> None:
        self._text = text
        self._names = names
        self._history: list[Antecedent] = []
        #: Whether the history is in document order (mentions resolved in order).
        self._in_order = True
        self._sentence_ends: list[int] = []
        #: Quotations (start, end) in order: what is named inside them is no antecedent.
        self._quote_starts: list[int] = []
        self._quote_ends: list[int] = []

    @property
    def history(self) -> Sequence[Antecedent]:
        """Return what was remembered, in the order it was remembered."""
        return self._history

    @property
    def in_order(self) -> bool:
        """Return whether the history is in document order (mentions resolved in order)."""
        return self._in_order

    @property
    def sentence_ends(self) -> Sequence[int]:
        """Return where each sentence of the document ends, in order (empty when not given)."""
        return self._sentence_ends

    def sentences(self, ends: Sequence[int]) -> None:
        """Give where each sentence of the document ends, in order."""
        self._sentence_ends = list(ends)

    def sentence_around(self, pos: int) -> tuple[int, int]:
        """Return where the sentence holding *pos* starts and ends.

        A sentence starts where the one before ends (the first at the
        document's start); past the last sentence end, the sentence runs to
        the document's end.
        """
        ends = self._sentence_ends
        k = bisect.bisect_left(ends, pos)
        start = ends[k - 1] if k > 0 else 0
        end = ends[k] if k < len(ends) else len(self._text)
        return start, end

    def quotations(self, spans: Sequence[tuple[int, int]]) -> None:
        """Give the document's quotations, in order and not overlapping.

        A person or institution named only inside someone's words (``"We ask
        the Australian Government ...," it stated``) is no antecedent of a
        pronoun outside them.
        """
        self._quote_starts = [lo for lo, _ in spans]
        self._quote_ends = [hi for _, hi in spans]

    def quoted(self, pos: int) -> bool:
        """Whether *pos* lies inside one of the document's quotations."""
        k = bisect.bisect_right(self._quote_starts, pos) - 1
        return k >= 0 and pos < self._quote_ends[k]

    def first_person_before(self, pos: int) -> bool:
        """Whether the quotation right before *pos* speaks in the first person singular.

        ``"I have the land," the developer said``: only a person says ``I``.
        Only spaces, commas and dashes may stand between the quotation and
        *pos*.
        """
        k = bisect.bisect_right(self._quote_ends, pos) - 1
        if (
            k < 0
            or _BETWEEN_QUOTE_AND_SPEAKER.fullmatch(self._text, self._quote_ends[k], pos) is None
        ):
            return False
        return (
            _FIRST_PERSON.search(self._text, self._quote_starts[k], self._quote_ends[k]) is not None
        )

    def remember(
        self, mention: Mention, name: str, category: str, *, spoke: bool, placed: bool = False
    ) -> None:
        """Remember what a mention names, at the mention."""
        entity = mention.entity.id if mention.entity is not None else None
        self.add(
            Antecedent(
                mention.start, name, category, mention.start, mention.end, entity, spoke, placed
            )
        )

    def add(self, item: Antecedent) -> None:
        """Remember an antecedent."""
        if self._history and item.pos < self._history[-1].pos:
            self._in_order = False
        self._history.append(item)

    def before(self, pos: int, lookback: int = LOOKBACK) -> Iterator[Antecedent]:
        """Yield what was remembered before *pos*, the last remembered first.

        The walk ends at the first item more than *lookback* characters
        before *pos*.
        """
        for item in reversed(self._history):
            if item.pos >= pos:
                continue
            if pos - item.pos > lookback:
                return
            yield item

    def remembers(self, name: str) -> bool:
        """Whether a speaker or subject was remembered under *name*."""
        return any(item.name == name for item in self._history)

    def category_of(self, name: str) -> str:
        """Return the category (person, org, ...) the last resolution gave the speaker *name*."""
        for item in reversed(self._history):
            if item.name == name:
                return item.category
        return "unknown"

    def known_category(self, name: str, default: str) -> str:
        """Return the category *name* was last given (a person named before), else *default*."""
        for item in reversed(self._history):
            if item.name == name and item.category != "unknown":
                return item.category
        if self._names.sex(name) is not None:
            return "person"
        return default

    def latest(
        self, want: str, pos: int, lookback: int = LOOKBACK, *, spoke: bool = False
    ) -> Antecedent | None:
        """Return the most recent antecedent of the kind a pronoun *want* s.

        :param spoke: consider only earlier speakers (an institution that
            said something is what a following ``it said`` continues).
        """
        tiers = _WANTS.get(want, _WANTS["person"])
        if spoke and want == "thing":
            # the institution that spoke last, named or not: ``Global Affairs says ...
            # but it now explains``
            tiers = (tiers[0] | tiers[1], *tiers[2:])
        for allowed in tiers:
            for item in reversed(self._history):
                if item.pos >= pos or (spoke and not item.spoke):
                    continue
                if pos - item.pos > lookback:
                    break
                if item.category not in allowed:
                    continue
                if want in ("male", "female"):
                    sex = self._sex_of(item)
                    if sex is not None and sex != want:
                        continue
                return item
        return None

    def _sex_of(self, item: Antecedent) -> str | None:
        """Return the sex an antecedent is known to have, else ``None``.

        A name's sex is the one the article tells; a description's is the one
        its head noun tells (``Pruitt's daughter``, ``the spokesman``), whether
        or not it was taken for a person.
        """
        last = item.name.split()[-1] if item.name.strip() else ""
        if item.category == "described" or last[:1].islower():
            noun = noun_sex(last.lower())
            if noun != "person":
                return noun
            if item.category == "described":
                return None
        return self._names.sex(item.name)

    def pronoun(self, mention: Mention) -> Speaker | None:
        """Return the speaker a pronoun mention refers to, or ``None`` when none agrees.

        ``it`` and ``they`` prefer an institution or group that spoke, ``he``
        and ``she`` a person of that sex; a pronoun with no antecedent in the
        history takes the nearest earlier entity that agrees, and ``they`` two
        people named together.  The speaker found is remembered at the
        pronoun, so that later pronouns continue it.

        :param mention: a pronoun mention, given in document order.
        """
        word = self._text[mention.start : mention.end].lower()
        if word == "i" and not self.quoted(mention.start):
            return self._narrator(mention)
        found = self._referent(mention, word)
        if found is None:
            return None
        if word in ("he", "she") and found.category in ("person", "unknown"):
            self._names.learn_sex(found.name, "male" if word == "he" else "female")
        self.add(found._replace(pos=mention.start, spoke=True))
        return Speaker(start=mention.start, end=mention.end, name=found.name, entity=found.entity)

    def referent(self, mention: Mention) -> Antecedent | None:
        """Return what a ``he``, ``she``, ``it``, ``they`` or ``we`` mention refers to.

        The antecedent :meth:`pronoun` would give, found the same way, but
        nothing is remembered of it: no sex is learnt and the history is not
        extended.

        :param mention: a pronoun mention, given in document order.
        """
        return self._referent(mention, self._text[mention.start : mention.end].lower())

    def continue_subject(self, mention: Mention) -> None:
        """Remember whom a subject ``he`` or ``she`` of the narration continues.

        Centering: the subject of an utterance is its preferred center, and a
        subject pronoun goes on speaking of its referent, so that a chain
        ``she ... she ... she`` outlives the name that opened it and ranks
        above a person named since as an object, a passive's agent or a
        possessor.  Only a named person is continued, and only one that
        agrees: one whose sex the article tells as the pronoun's, or one of no
        sex told who is the person spoken of last, in the pronoun's sentence or
        the one before (the previous utterance's center).  A pronoun that
        agrees with nobody so carries nothing forward, and nothing is learnt
        of a name's sex here.

        :param mention: a nominative ``he`` or ``she``, given in document
            order; one inside a quotation is left alone.
        """
        word = self._text[mention.start : mention.end].lower()
        if word not in ("he", "she") or self.quoted(mention.start):
            return
        found = self._referent(mention, word)
        if found is None or found.category != "person":
            return
        sex = self._sex_of(found)
        if sex is None:
            if not self._previous_center(found, mention.start):
                return
        elif sex != ("male" if word == "he" else "female"):
            return
        self.add(
            found._replace(
                pos=mention.start, start=mention.start, end=mention.end, spoke=False, placed=False
            )
        )

    def _previous_center(self, found: Antecedent, pos: int) -> bool:
        """Whether *found* is the last person remembered, in *pos*'s sentence or the one before.

        The person spoken of last, in the utterance before, is the center a
        pronoun continues even when the article tells no sex for the name.
        """
        last = next(
            (item for item in self.before(pos) if item.category in _PEOPLE),
            None,
        )
        since = self._previous_sentence_start(pos)
        return last is not None and last.name == found.name and (since is None or last.pos >= since)

    def _referent(self, mention: Mention, word: str) -> Antecedent | None:
        """Return the antecedent a pronoun (not the narrator's ``I``) refers to, else ``None``."""
        want = PRONOUN_NUMBER.get(word) or POSSESSIVE_PRONOUNS.get(word, "person")
        found = None
        if want in ("thing", "plural"):
            found = self.latest(want, mention.start, _SPEAKER_LOOKBACK, spoke=True)
        if want == "plural":
            group = self.latest(want, mention.start)
            if (
                group is not None
                and group.category == "group"
                and (found is None or group.pos > found.pos)
            ):
                # ``Labour groups were less enthusiastic. They said ...``: people
                # named since an institution spoke are what ``they`` continues
                found = group
        if found is None:
            found = self.latest(want, mention.start)
        if want in ("thing", "plural"):
            found = self._recent_institution(want, mention.start, found)
            if want == "plural":
                found = self._recent_people(mention.start, found)
        elif want in ("male", "female"):
            found = self._recent_person(
                want, mention.start, self._past_possessor(want, mention.start, found)
            )
            found = self._past_object(want, found)
            found = self._below_subject(want, found)
        if found is None:
            found = self.entity_before(want, mention.start)
        if found is None and want == "plural":
            # ``Kim and Lee Moran opened the bakery. They said``: two people named together
            pair = self._names.pair(mention.start)
            if pair is not None:
                found = Antecedent(mention.start, pair, "group", mention.start, mention.start, None)
        if found is None and word == "they":
            found = self._people_described(mention.start)
        if word in ("they", "he", "she"):
            found = self._speaker_after_quotation(want, mention.start, found)
        return found

    def _narrator(self, mention: Mention) -> Speaker:
        """Return the narrator that ``I`` outside any quotation is, ``I`` itself when never named.

        ``Lena Marsh: The mayor called me. I told him that ...``: the person a
        speaker label names last before the pronoun (a paragraph opening on a
        few capitalised words that hold a person's name and end in a colon, a
        full stop or the line's end, below the headline) is who speaks; a
        person the narration merely names is not.
        """
        text = self._text
        pos = mention.start
        while pos > 0:
            start = text.rfind("\n", 0, pos) + 1
            end = text.find("\n", start)
            label = _LABEL.match(text, start, len(text) if end < 0 else end)
            if (
                start > 0  # the headline names who the article is about, not who speaks
                and label is not None
                and label.end() <= mention.start
                and not self.quoted(start)
            ):
                name = self._label_person(start, label.end())
                if name is not None:
                    return Speaker(start=mention.start, end=mention.end, name=name, entity=None)
            pos = start - 1
        return Speaker(
            start=mention.start,
            end=mention.end,
            name=self._text[mention.start : mention.end],
            entity=None,
        )

    def _label_person(self, start: int, end: int) -> str | None:
        """Return the person a speaker label in ``[start, end)`` names, else ``None``.

        A person entity inside the label, else the label's last words when
        the article names a person so (``Chair Oskar Velde``, a label line
        the recogniser leaves alone).
        """
        named = self._names.entity_before(end, person=True, lookback=end - start)
        if named is not None and named[0] >= start:
            return self._names.full_name(named[1], named[0])
        words = self._names.full_name(self._text[start:end], start).split()
        for k in range(len(words)):
            name = " ".join(words[k:])
            if self._names.is_person(name):
                return name
        return None

    def _speaker_after_quotation(
        self, want: str, pos: int, found: Antecedent | None
    ) -> Antecedent | None:
        """Return the person a pronoun after a quotation continues, when that person spoke last.

        ``Sam Ortiz said the group would meet Monday. "Come early," they said``:
        after a quotation, the last speaker or subject of its paragraph (or of
        the paragraph before, when the quotation opens its own; not a person
        named as an object after a subject pronoun that agrees, ``he knocked
        out Lee Barnes``), a person of
        no sex the article tells, with nobody and no institution remembered
        after it and not named as a possessor, is who singular ``they`` refers to, and who ``he`` or
        ``she`` refers to over an earlier person of known sex, though the
        name was not known for a person's (``Halifax's Tavi Park``); so is,
        for ``he`` or ``she``, a person introduced by an indefinite
        description whose noun tells no other sex (``One nurse who was laid
        off said ... . "...," she said``; not ``His doctor``, whose owner is
        the one spoken of).
        """
        singular = want == "plural"
        allowed = ("person",) if singular else ("person", "unknown", "described")
        if _AFTER_QUOTATION.search(self._text, max(0, pos - 8), pos) is None:
            return found
        paragraph = self._text.rfind("\n", 0, pos) + 1
        if self._text.startswith(("“", '"'), paragraph):
            # a quotation opening its paragraph continues the paragraph before
            paragraph = self._text.rfind("\n", 0, len(self._text[:paragraph].rstrip())) + 1
        last = next(self.before(pos), None)
        if (
            last is None
            or last.category not in allowed
            or (not singular and " " not in last.name)
            or last.pos < paragraph
            or (last.placed and self._subject_pronoun_before(want, last) is not None)
            or (found is not None and found.pos >= last.pos)
            or (last.pos == last.start and self._possessor_at(last.end))
            or (
                self._names.sex(last.name) is not None
                if last.category != "described"
                else self._sex_of(last) not in (None, want)
                or last.name.split()[0].lower() not in INDEFINITE
            )
        ):
            return found
        return last

    def entity_before(self, want: str, pos: int) -> Antecedent | None:
        """Return the nearest earlier entity a pronoun with no antecedent can take.

        ``Key to the Liberals' hopes ... they promise``: a possessor or object
        is no clause subject, but when nothing else fits it is the referent.
        ``he`` and ``she`` pass over people of the other sex to the nearest
        one that agrees.
        """
        person = want in ("male", "female", "person")

        def agrees(start: int, name: str) -> bool:
            """Whether a person entity is of the pronoun's sex, or of unknown sex."""
            sex = self._names.sex(self._names.full_name(name, start))
            return sex is None or sex == want

        found = self._names.entity_before(
            pos,
            person=person,
            lookback=DESCRIPTION_LOOKBACK,
            quoted=self.quoted,
            accept=agrees if want in ("male", "female") else None,
        )
        if found is None:
            return None
        start, name = found
        if person:
            name = self._names.full_name(name, start)
            return Antecedent(start, name, "person", start, start, None)
        return Antecedent(start, name, "org", start, start, None)

    def _recent_institution(
        self, want: str, pos: int, found: Antecedent | None
    ) -> Antecedent | None:
        """Return an institution named in this sentence or the one before, over an older antecedent.

        ``Key to the Liberals' hopes ... is their assurance ... . Almost all
        revenues, they promise, ...``, ``The closure was ordered by Velmont
        Mining. ..., it said``: an institution the last two sentences name as
        a possessor or an agent, though not as a subject, is more salient than
        a subject or speaker of an earlier sentence.  A hearer or a source
        (``told CBC News``, ``a report in the Brandon Sun``) is not.  An
        antecedent within those sentences keeps its place.
        """
        since = self._previous_sentence_start(pos)
        if since is None or (found is not None and found.pos >= since):
            return found
        recent = self.latest(want, pos, pos - since)
        if (
            recent is not None
            and recent.category in ("org", "group")
            and not _POSSESSED.search(recent.name)
        ):
            # ``Global Affairs Canada was also contacted. It said ...``: the subject of the
            # sentence before goes before an institution that spoke earlier
            return recent
        named = self._owner_or_agent_since(pos, since, person=False)
        if named is None:
            return found
        start, name = named
        if want == "plural" and not plural_name(name):
            # ``they`` agrees with a plural name (``the Liberals' hopes``), not with
            # ``Saskatchewan Health Authority's new plan``
            return found
        return Antecedent(start, self._names.full_name(name, start), "org", start, start, None)

    def _recent_people(self, pos: int, found: Antecedent | None) -> Antecedent | None:
        """Return a people named in this sentence or the one before, over an older antecedent.

        ``Inferiors salute superiors first. ... You will often see Thais bow as
        they pass``, ``talking to the Palestinians when they refuse``: a
        nationality or other people named in the plural in the last two
        sentences, as a subject, an object or a possessor (``close to the
        Saudis’. So they are``), is more salient than a subject or speaker of
        an earlier sentence.  An antecedent within those sentences keeps its
        place (centering: the subject of the utterance before), and so does an
        institution named after the people, when no antecedent was found.
        """
        since = self._previous_sentence_start(pos)
        if since is None:
            since = self._text.rfind("\n", 0, pos) + 1
        people = self._names.people_before(pos, lookback=pos - since, quoted=self.quoted)
        if people is None:
            return found
        start, name = people
        if (
            found is not None
            and found.pos >= since
            and (found.pos > start or found.category != "org" or plural_name(found.name))
        ):
            return found
        if found is None:
            # ``the Liberals hope ... Canadians ... . The Conservatives believe they``: an
            # institution named since is nearer
            named = self.entity_before("plural", pos)
            if named is not None and named.pos > start:
                return named
        return Antecedent(start, name, "group", start, start, None)

    def _people_described(self, pos: int) -> Antecedent | None:
        """Return the last plural of people in the pronoun's sentence or the one before.

        ``The minister met with First Nations chiefs on Monday. They said
        ...``: when nothing else agrees with ``they``, people described in the
        plural as an object are its referent, under the noun and the
        capitalised words right before it.  Only a plural of a person, role or
        group noun the lexicon lists counts (not ``numbers``), not a possessor
        (``the victims’ relatives``), and nothing inside a quotation.
        """
        since = self._previous_sentence_start(pos)
        if since is None:
            since = self._text.rfind("\n", 0, pos) + 1
        words = list(_WORD.finditer(self._text, since, pos))
        for k in range(len(words) - 1, -1, -1):
            word = words[k].group()
            if (
                not _listed_plural_of_people(word)
                or self.quoted(words[k].start())
                or self._possessor_at(words[k].end())  # ``the victims’ relatives``
            ):
                continue
            first = k
            while (
                first > 0
                and words[first - 1].group()[:1].isupper()
                and self._text[words[first - 1].end() : words[first].start()] == " "
            ):
                first -= 1  # ``First Nations chiefs``
            start = words[first].start()
            name = self._text[start : words[k].end()]
            return Antecedent(start, name, "group", start, start, None)
        return None

    def _recent_person(self, want: str, pos: int, found: Antecedent | None) -> Antecedent | None:
        """Return a person named in this sentence or the one before, over an older antecedent.

        ``And then there is the issue of Musk's personal messages ... . In
        other words, he gets to ...``: the last person named there as a
        possessor or an agent, of the pronoun's sex, is more salient than a
        subject of an earlier sentence when the last two sentences give no
        subject or speaker of that sex (a hearer, ``told Rosemary Barton``, is
        not).
        The last speaker of that sex keeps the pronoun: a speaker goes on.
        """
        opener = self._paragraph_opener(want, pos, found)
        if opener is not None:
            return opener
        since = self._previous_sentence_start(pos)
        if since is None:
            return found
        if found is not None and (found.pos >= since or found.spoke):
            return found  # a speaker goes on speaking
        named = self._owner_or_agent_since(pos, since, person=True)
        if named is None:
            return found
        start, name = named
        name = self._names.full_name(name, start)
        if self._names.sex(name) != want:
            return found
        return Antecedent(start, name, "person", start, start, None)

    def _past_possessor(self, want: str, pos: int, found: Antecedent | None) -> Antecedent | None:
        """Return the subject a possessor yields to, else *found*.

        A person named as a possessor (``Roy's claim that ...``) ranks below a
        subject: ``Asked about Roy's claim, she said``, where the possessor
        stands in an introductory phrase of the pronoun's own clause, ``she``
        is not Roy but whom the article spoke of before; ``Ann Lee scoffed at
        Roy's claim that ... . "...," she said``: the subject of the
        possessor's sentence goes before it.
        """
        if found is None or found.pos != found.start or not self._possessor_at(found.end):
            return found
        start, end = self.sentence_around(found.pos)
        if pos < end:
            if _INTRODUCTION.fullmatch(self._text, found.end, pos) is None:
                return found
            return self.latest(want, found.pos) or found
        subject = self.latest(want, found.pos, found.pos - start)
        if subject is None or subject.pos < start or self._possessor_at(subject.end):
            return found
        return subject

    def _past_object(self, want: str, found: Antecedent | None) -> Antecedent | None:
        """Return the speaker whose paragraph names *found* as an object in passing, else *found*.

        ``"...," said coach Ilse Marten. The club thanked Rosa Dunn, its
        trainer. "...," she said``: a person named as an object after the
        subject of a clause, inside the paragraph where the last speaker of the
        pronoun's sex already spoke, is mentioned in passing, and the speaker
        goes on; a person so named in a paragraph of their own (``The award
        went to Mira Tosh``) is the new one spoken of.
        """
        if found is None or not found.placed or found.spoke:
            return found
        paragraph = self._text.rfind("\n", 0, found.pos) + 1
        for item in reversed(self._history):
            if item.pos >= found.pos:
                continue
            if item.pos < paragraph:
                return found
            if not item.spoke or item.category not in ("person", "unknown"):
                continue
            sex = self._sex_of(item)
            if sex is None or sex == want:
                return item
        return found

    def _below_subject(self, want: str, found: Antecedent | None) -> Antecedent | None:
        """Return the subject pronoun of an object's own sentence that agrees, else *found*.

        Centering ranks an utterance's subject above its objects: ``Last year
        she hired a lawyer who had represented Ana Roy. "...," she said``:
        a person named after a subject ``he`` or ``she`` (a direct object, one
        inside a relative clause) yields to the person that pronoun continues
        when that person agrees with the pronoun being resolved.  A person of
        the other sex keeps the pronoun.
        """
        if found is None or not found.placed or found.spoke:
            return found
        return self._subject_pronoun_before(want, found) or found

    def _subject_pronoun_before(self, want: str, found: Antecedent) -> Antecedent | None:
        """Return the chain a subject ``he`` or ``she`` continues before *found* in its sentence.

        Only a person the pronoun *want* agrees with counts; ``None`` when
        there is none.
        """
        start, _ = self.sentence_around(found.pos)
        for item in reversed(self._history):
            if item.pos >= found.pos:
                continue
            if item.pos < start:
                return None
            if (
                item.category != "person"
                or item.placed
                or self._text[item.start : item.end].lower() not in ("he", "she")
            ):
                continue
            sex = self._sex_of(item)
            if sex is None or sex == want:
                return item
        return None

    def _possessor_at(self, end: int) -> bool:
        """Whether the name ending at *end* is a possessor: ``Roy's``, ``the Joneses’``."""
        return _POSSESSIVE_END.match(self._text, end) is not None

    def _paragraph_opener(self, want: str, pos: int, found: Antecedent | None) -> Antecedent | None:
        """Return the person whose possessive opens the pronoun's paragraph, over an older speaker.

        ``Castonguay said ...`` then a new paragraph, ``Quinlan's rink will
        represent Canada. She said ...``: a paragraph that opens on a person
        of the pronoun's sex (``Quinlan's``) is about her, and the pronoun
        takes her rather than the speaker of an earlier paragraph.
        """
        start = self._text.rfind("\n", 0, pos) + 1
        if found is None or found.pos >= start or self.quoted(start):
            return None
        owner = _POSSESSOR.match(self._text, start)
        if owner is not None:
            bare = re.sub(r"(?:[’']s|[’'])\Z", "", owner.group())
            at = start
            name = self._names.full_name(bare, at)
        else:
            only = self._only_possessor(start, pos)
            if only is None:
                return None
            at, bare = only
            # the possessor spoke before: a person first named as a possessor is no
            # topic the pronoun returns to
            spoken = [
                item.name
                for item in self._history
                if item.spoke
                and item.pos < start
                and item.category == "person"
                and item.name.split()[-1] == bare.split()[-1]
            ]
            if not spoken:
                return None
            name = spoken[-1]
        if name == found.name or self._names.sex(name) != want:
            return None
        return Antecedent(at, name, "person", at, at, None)

    def _only_possessor(self, start: int, pos: int) -> tuple[int, str] | None:
        """Return the one person a paragraph names before *pos*, when named as a possessor.

        ``As for the couch? It's in Kowalski's basement. "...," he said``:
        the paragraph speaks of no one else, and it is about that person when
        he spoke before (a person first named there, ``named contractor Paul
        Roy's firm``, is not).
        """
        named = self._names.entity_before(
            pos, person=True, lookback=pos - start, quoted=self.quoted
        )
        if named is None or named[0] < start:
            return None
        other = self._names.entity_before(
            named[0], person=True, lookback=named[0] - start, quoted=self.quoted
        )
        if other is not None and other[0] >= start:
            return None
        owner = _POSSESSOR.match(self._text, named[0])
        if owner is None:
            return None
        return named[0], re.sub(r"(?:[’']s|[’'])\Z", "", owner.group())

    def _previous_sentence_start(self, pos: int) -> int | None:
        """Return where the sentence before the one holding *pos* starts (``None`` in the first)."""
        ends = self._sentence_ends
        k = bisect.bisect_left(ends, pos)
        if k < 1:
            return None
        return ends[k - 2] if k >= 2 else 0

    def _owner_or_agent_since(
        self, pos: int, since: int, *, person: bool
    ) -> tuple[int, str] | None:
        """Return the last person or institution named as possessor or agent in ``[since, pos)``."""
        named = self._names.entity_before(
            pos,
            person=person,
            lookback=pos - since,
            quoted=self.quoted,
            accept=self._owner_or_agent,
        )
        if named is None or named[0] < since:
            return None
        return named

    def _owner_or_agent(self, start: int, name: str = "") -> bool:
        """Whether the name at *start* is a possessor (``the Liberals' hopes``) or an agent.

        An agent follows ``by`` (``ordered by Velmont Mining``).
        """
        text = self._text
        if text.endswith("by ", max(0, start - 3), start):
            return True
        return _POSSESSOR.match(text, start) is not None

    def paragraph_owner(self, pos: int) -> Antecedent | None:
        """Return the person whose possessive opens the paragraph holding *pos*, if any.

        ``Quinlan's rink will represent Canada.``: the paragraph is about
        Quinlan, whom a description in it may name as a pronoun would.
        """
        start = self._text.rfind("\n", 0, pos) + 1
        owner = None if self.quoted(start) else _POSSESSOR.match(self._text, start, pos)
        if owner is None:
            return None
        name = self._names.full_name(re.sub(r"(?:[’']s|[’'])\Z", "", owner.group()), start)
        return Antecedent(start, name, "person", start, start, None)
