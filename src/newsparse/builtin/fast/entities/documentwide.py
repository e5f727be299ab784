"""The second pass: what the whole document says about each candidate.

* A word that is part of a person's full name elsewhere is that person
  (``Korolev`` after ``Alexander Korolev``, even at the start of a sentence);
  such a family name before a word the document writes after an article is
  that person's name alone (``Warhol Polaroid exhibits`` beside ``Andy
  Warhol`` and ``the Polaroid``).
  A listed place or nationality yields only to a family name, and not after
  a preposition of place (``Paris`` after ``Valeska Paris``, but ``in
  Jordan`` after ``Jordan Peterson``).  A listed organisation's one-word
  name yields to a family name too (``Ford`` after ``Henry Ford``), unless
  the document shows the organisation: names it in more words (``Ford
  Motor Co.``) or writes the name where an organisation stands (``Ford
  shares``, ``at Ford``, ``Ford, the carmaker``:
  :func:`~newsparse.builtin.fast.entities.organisations.organisation_context`).
* A name written the same way as a labelled one takes its label
  (``Scientology`` after ``member of Scientology``); a name with a weak cue
  of its own yields only to a confident label.
* A name listed with others (``Ubisoft, Microsoft and Sony``) takes the
  label of a confidently labelled neighbour in the list.
* What remains unknown is dropped, and so is a candidate with only weak
  evidence in a headline.
"""

from __future__ import annotations

from operator import itemgetter

from newsparse.builtin.fast.entities.gazetteer import Gazetteer
from newsparse.builtin.fast.entities.organisations import organisation_context
from newsparse.builtin.fast.entities.segments import Evidence, Segment
from newsparse.builtin.fast.entities.shapes import NAME_PARTICLES, is_name_shaped
from newsparse.builtin.fast.entities.view import TokenView

__all__ = ["settle"]

#: Known one-word names that a person's name elsewhere in the document may override.
_OVERRIDABLE = frozenset({"GPE", "LOC", "NORP", "FAC"})

# fmt: off
#: Words after which a listed place stays a place.
_PLACE_PREPOSITIONS = frozenset([
    "in", "into", "from", "to", "near", "across", "outside", "inside", "throughout", "via",
])
# fmt: on

#: Articles, which no person's name follows.
_ARTICLES = frozenset({"the", "The", "a", "A", "an", "An"})

#: Tokens that may separate the members of a list of names.
_LIST_SEPARATORS = frozenset({",", "and", "or", "&", ";"})


def _listed_together(left: Segment, right: Segment, words: list[str]) -> bool:
    between = words[left.end : right.first]
    return bool(between) and all(w in _LIST_SEPARATORS for w in between)


def _label_lists(segments: list[Segment], words: list[str]) -> None:
    confident = [s.label if s.evidence >= Evidence.CUE else None for s in segments]
    for k, segment in enumerate(segments):
        if segment.evidence >= Evidence.CUE or segment.label is not None:
            continue
        for n in (k - 1, k + 1):
            if not 0 <= n < len(segments) or confident[n] is None:
                continue
            left, right = (segments[n], segment) if n < k else (segment, segments[n])
            if _listed_together(left, right, words):
                segment.label, segment.evidence = confident[n], Evidence.CONTEXT
                segment.source = "list"
                break


def _family_name_modifiers(segments: list[Segment], words: list[str], family: set[str]) -> None:
    """Cut a person's family name off the noun it modifies (``Warhol Polaroid exhibits``).

    An unlisted candidate of two words whose first is the family name of a
    person the document confidently names in full (``Andy Warhol``) and whose
    second the document also writes after an article (``the Polaroid``), as no
    person's name is written, is that person's name alone: the second word is
    a common noun or a product the name modifies.
    """
    pairs = [
        s
        for s in segments
        if s.end - s.first == 2
        and s.evidence < Evidence.KNOWN
        and words[s.first] in family
        and words[s.first + 1] not in family
    ]
    if not pairs:
        return
    articled = {
        words[k]
        for k in range(1, len(words))
        if words[k - 1] in _ARTICLES and words[k][:1].isupper()
    }
    for segment in pairs:
        if words[segment.first + 1] in articled:
            segment.end = segment.first + 1
            segment.key = words[segment.first].replace("\u2019", "'")
            segment.label, segment.evidence, segment.source = "PERSON", Evidence.CUE, "person"


def _named_organisations(
    segments: list[Segment], view: TokenView, gazetteer: Gazetteer
) -> set[str]:
    """Return the organisations the document shows as such: first words and canonical names.

    An organisation named in several words names its first word and its
    canonical name (``Ford Motor Co.`` names ``Ford``, and so does ``Ford
    Motor Company``, listed as ``Ford``'s full name); a listed organisation
    whose name stands as an organisation's anywhere (``Ford shares``, ``Ford
    chairman``) names its key.
    """
    words = view.words
    named: set[str] = set()
    for segment in segments:
        if segment.label != "ORG":
            continue
        known = segment.known
        if segment.end - segment.first > 1:
            named.add(words[segment.first])
            if known is not None:
                named.add(known.name)
        elif known is not None and organisation_context(view, gazetteer, segment):
            named.add(segment.key)
    return named


def _label_of(counts: dict[str, int] | None) -> str | None:
    """Return the label with the most weight, the first of equals, or ``None``."""
    if not counts:
        return None
    return max(counts.items(), key=itemgetter(1))[0]


def settle(segments: list[Segment], view: TokenView, gazetteer: Gazetteer) -> list[Segment]:
    """Label the candidates from document-wide evidence and drop the unexplained ones.

    :param segments: every candidate of the document, in text order.
    :param view: the document's tokens.
    :param gazetteer: the word lists.
    :return: the candidates kept, each with a label.
    """
    words = view.words
    person_words: set[str] = set()
    family_names: set[str] = set()
    votes: dict[str, dict[str, int]] = {}
    #: the votes of confident labels alone, which weak ones yield to
    confident: dict[str, dict[str, int]] = {}
    for segment in segments:
        if segment.label is None or segment.evidence == Evidence.NONE or segment.headline:
            continue
        counts = votes.get(segment.key)
        if counts is None:
            counts = votes[segment.key] = {}
        counts[segment.label] = counts.get(segment.label, 0) + segment.evidence
        if segment.evidence < Evidence.CUE:
            continue
        sure = confident.get(segment.key)
        if sure is None:
            sure = confident[segment.key] = {}
        sure[segment.label] = sure.get(segment.label, 0) + segment.evidence
        if segment.label == "PERSON" and segment.end - segment.first > 1:
            family_names.add(words[segment.end - 1])
    if family_names:
        _family_name_modifiers(segments, words, family_names)
    for segment in segments:
        if (
            segment.label == "PERSON"
            and segment.end - segment.first > 1
            and segment.evidence != Evidence.NONE
            and not segment.headline
            and _label_of(confident.get(segment.key)) in (None, "PERSON")
        ):
            # (a weak person whose name is confidently another's elsewhere lends no words)
            person_words.update(
                w
                for w in words[segment.first : segment.end]
                if is_name_shaped(w) and w not in NAME_PARTICLES and len(w) > 2
            )
    named: set[str] | None = None
    for segment in segments:
        word = words[segment.first]
        single = segment.end - segment.first == 1
        family = (
            single
            and segment.evidence == Evidence.KNOWN
            and word in family_names
            and (segment.first == 0 or words[segment.first - 1] not in _PLACE_PREPOSITIONS)
        )
        if family and segment.label == "ORG":
            if named is None:
                named = _named_organisations(segments, view, gazetteer)
            known = segment.known
            family = known is not None and segment.key not in named and known.name not in named
        elif family:
            family = segment.label in _OVERRIDABLE
        if single and ((segment.evidence < Evidence.CUE and word in person_words) or family):
            segment.label, segment.evidence, segment.source = "PERSON", Evidence.CUE, "person"
        elif segment.evidence < Evidence.CUE:
            counts = confident.get(segment.key) or votes.get(segment.key)
            if counts:
                # the first label with the most weight, as Counter.most_common gives it
                label, weight = max(counts.items(), key=itemgetter(1))
                if weight >= Evidence.CUE:
                    segment.label, segment.evidence = label, Evidence.CUE
                    segment.source = "same name"
                elif segment.evidence == Evidence.NONE:
                    segment.label, segment.evidence = label, Evidence.CONTEXT
                    segment.source = "same name, weak"
    _label_lists(segments, words)
    return [
        s
        for s in segments
        if s.label is not None and not (s.headline and s.evidence < Evidence.CUE)
    ]
