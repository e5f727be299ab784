"""Word lists of the fast segmenter: abbreviations, sentence starters, list bullets.

Every list is a frozenset of exact spellings, without the final period:
the segmenter looks words up as they are written, so ``"Co"`` and ``"co"``
are listed separately where both occur.  Abbreviations, months and
weekdays come from the shared lexicon (``abbreviations``, ``months`` and
``weekdays``, see :doc:`/lexicon`); the lists of this module that only the
segmenter uses stay here, each with a comment saying how it is treated.
"""

from __future__ import annotations

from newsparse.lexicon import default_lexicon

__all__ = [
    "AFTER_TIME_CONTINUATIONS",
    "BOUNDARY_TITLES",
    "CREDIT_LABELS",
    "EXCLAMATORY_NAMES",
    "GENERAL_ABBREVIATIONS",
    "INNER_ABBREVIATIONS",
    "MONTHS",
    "MONTH_NAMES",
    "NUMBER_ABBREVIATIONS",
    "SENTENCE_STARTERS",
    "STATE_ABBREVIATIONS",
    "TIME_ABBREVIATIONS",
    "TIME_FRONTING",
    "TITLES",
    "WEEKDAYS",
    "WEEKDAY_NAMES",
    "is_abbreviation",
]


def _words(words: str) -> frozenset[str]:
    """Return the whitespace-separated words of *words*."""
    return frozenset(words.split())


def _with_upper(words: frozenset[str]) -> frozenset[str]:
    """Return *words* in their written, Title and UPPER case forms."""
    forms: set[str] = set()
    for word in words:
        forms.update((word, word[:1].upper() + word[1:], word.upper()))
    return frozenset(forms)


_LEXICON = default_lexicon()


def _of_class(name: str) -> frozenset[str]:
    """Return the lexicon's abbreviations of class *name*."""
    return frozenset(word for word, klass in _LEXICON.table("abbreviations") if klass == name)


def _abbreviations_of(table: str) -> tuple[str, ...]:
    """Return the abbreviations column of the ``months`` or ``weekdays`` table."""
    return tuple(
        value for row in _LEXICON.table(table) for value in row[-1].split(";") if value.strip()
    )


#: Full month and weekday names, as regular-expression alternations.
MONTH_NAMES: str = "|".join(row[0] for row in _LEXICON.table("months"))
WEEKDAY_NAMES: str = "|".join(row[0] for row in _LEXICON.table("weekdays"))


#: Titles written before a name (``Mr. Putin``, ``Sen. Warren``, ``Mt. Fuji``).
#: A period after them never ends a sentence when a capitalised word or a
#: number follows.  ``St.`` is a title (``St. Paul``) unless it follows a
#: capitalised word or a number (``Main St.``, ``5th st.``).
TITLES: frozenset[str] = _with_upper(_of_class("title"))

#: Titles that may also begin a sentence after an abbreviation
#: (``... at 6 p.m. Mr. Smith then went ...``).  Government and military
#: titles are absent on purpose: ``U.S. Sen. Warren`` is one sentence.
BOUNDARY_TITLES: frozenset[str] = frozenset({"Mr", "Mrs", "Ms", "Dr", "Prof", "Messrs"})

#: Abbreviations written before a number (``No. 5``, ``p. 55``, ``Vol. 3``).
#: Their period never ends a sentence, and belongs to their token, when a
#: number follows; elsewhere they are ordinary words (``the answer is no.``).
NUMBER_ABBREVIATIONS: frozenset[str] = _of_class("number")

#: Abbreviations that never end a sentence (``vs. Chelsea``, ``e.g. Paris``).
INNER_ABBREVIATIONS: frozenset[str] = _of_class("inner")

#: Month abbreviations.  Before a number they never end a sentence
#: (``Jan. 5``); before a capitalised word they do (``rose 3% in Jan. Economists``).
MONTHS: frozenset[str] = frozenset(
    form for word in _abbreviations_of("months") for form in (word, word.upper())
)

#: Weekday abbreviations, treated like months (``Sun.``, ``Sat.`` and ``Wed.`` are
#: left out: they are more often words).
WEEKDAYS: frozenset[str] = frozenset(_abbreviations_of("weekdays")) - {"Sat", "Sun", "Wed"}

#: Abbreviations that may end a sentence or stand inside one (``Apple Inc.``,
#: ``Pitt, Briggs & Co.``, ``5th st.``, ``etc.``).  Before a capitalised
#: word their period ends a sentence only when the word is a sentence
#: starter (:data:`SENTENCE_STARTERS`).
GENERAL_ABBREVIATIONS: frozenset[str] = _with_upper(_of_class("general") - {"al"}) | {"al"}

#: US state abbreviations in AP style (``Springfield, Ill.``).  Most are
#: also words (``Ill.``, ``Wash.``), so the segmenter treats them as
#: abbreviations only right after ``City,``.
STATE_ABBREVIATIONS: frozenset[str] = _of_class("state")

#: ``a.m.``/``p.m.`` in every spelling; followed by these words they do not
#: end a sentence (``5 p.m. ET``, ``10 a.m. Monday``).
TIME_ABBREVIATIONS: frozenset[str] = _of_class("time")

#: Words after ``a.m.``/``p.m.`` that continue the sentence.
AFTER_TIME_CONTINUATIONS: frozenset[str] = _words(
    """
    ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT BST CET CEST UTC IST JST AEST AEDT HKT SGT
    Eastern Central Mountain Pacific Local Beijing Moscow London Washington Tokyo
    """
) | frozenset(
    word
    for table in ("months", "weekdays")
    for row in _LEXICON.table(table)
    for word in (row[0], *row[-1].split(";"))
    if word
)

#: Words that open a fronted time phrase: ``At 5 a.m. Mr. Smith left`` is one
#: sentence when ``a.m.`` follows one of them within the first four words.
TIME_FRONTING: frozenset[str] = _words(
    "At By From Until Till Around About Before After Since Starting Beginning Shortly"
)

#: Names spelled with an exclamation or question mark (``Yahoo!``).
EXCLAMATORY_NAMES: frozenset[str] = frozenset({"Yahoo", "Jeopardy", "Wham", "Oklahoma"})

#: Labels of photo credits and captions in news copy (``Image: Reuters.``);
#: a sentence ends before them.
CREDIT_LABELS: frozenset[str] = frozenset(
    {"Image", "Images", "Photo", "Photos", "Photograph", "Picture", "Credit", "Video"}
)

#: Words that usually begin a sentence.  After an ambiguous abbreviation
#: (``U.S.``, ``Co.``, ``a.m.``, an initial ``I.``) a sentence ends only
#: when the next word is one of these: ``the U.S. The President ...``
#: splits, ``the U.S. Government ...`` does not.
SENTENCE_STARTERS: frozenset[str] = _words(
    """
    A An The This That These Those There Here It Its It's He He's His She She's Her
    They They're Their We We're Our I I'm I've I'd I'll You You're Your My
    Who Whom Whose What Which When Where Why How Whether If Unless Although Though While
    Whereas Because Since As After Before During Until Once Despite However Meanwhile
    Moreover Furthermore Nevertheless Nonetheless Instead Still Yet But And Or So Nor
    Also Then Now Today Tonight Yesterday Tomorrow Later Earlier Last Next Some Many Most
    Much More Several Few Both All Each Every Either Neither No None Nobody Nothing Other
    Others Another Such One Two Three Four Five Six Seven Eight Nine Ten Is Are Was Were
    Do Does Did Don't Doesn't Didn't Can Can't Could Couldn't Will Won't
    Would Wouldn't Should Shouldn't Has Have Had Hasn't Haven't Let Let's Please
    According In On At For By From With Without Under Over Among Between Through To
    Asked Speaking Officials Police Critics Analysts Experts Residents Authorities
    Yes Thus Hence Indeed Perhaps Maybe Even Only Just Not Never Always Often
    Sometimes Ultimately Finally First Second Third Overall Altogether Besides
    Similarly Likewise Otherwise Therefore Accordingly Consequently Elsewhere Already
    Again Together Though Although Afterwards Recently Currently
    """
)


def is_abbreviation(word: str) -> bool:
    """Whether *word* (without its final period) is a listed abbreviation.

    :param word: the word as written, without the trailing period.
    :return: ``True`` for titles, number, inner, month and general
        abbreviations.
    """
    return (
        word in TITLES
        or word in GENERAL_ABBREVIATIONS
        or word in NUMBER_ABBREVIATIONS
        or word in INNER_ABBREVIATIONS
        or word in MONTHS
        or word in WEEKDAYS
    )
