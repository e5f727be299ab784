"""Word lists of the fast segmenter: abbreviations, sentence starters, list bullets.

Every list is a frozenset of exact spellings, without the final period:
the segmenter looks words up as they are written, so ``"Co"`` and ``"co"``
are listed separately where both occur.  To extend a list, add the
spelling here; each list's comment says how the segmenter treats it.
"""

from __future__ import annotations

__all__ = [
    "AFTER_TIME_CONTINUATIONS",
    "BOUNDARY_TITLES",
    "CREDIT_LABELS",
    "EXCLAMATORY_NAMES",
    "GENERAL_ABBREVIATIONS",
    "INNER_ABBREVIATIONS",
    "MONTHS",
    "NUMBER_ABBREVIATIONS",
    "SENTENCE_STARTERS",
    "STATE_ABBREVIATIONS",
    "TIME_ABBREVIATIONS",
    "TIME_FRONTING",
    "TITLES",
    "WEEKDAYS",
    "is_abbreviation",
]


def _words(words: str) -> frozenset[str]:
    """Return the whitespace-separated words of *words*."""
    return frozenset(words.split())


def _with_upper(words: str) -> frozenset[str]:
    """Return the words of *words* in their written, Title and UPPER case forms."""
    forms: set[str] = set()
    for word in words.split():
        forms.update((word, word[:1].upper() + word[1:], word.upper()))
    return frozenset(forms)


#: Titles written before a name (``Mr. Putin``, ``Sen. Warren``, ``Mt. Fuji``).
#: A period after them never ends a sentence when a capitalised word or a
#: number follows.  ``St.`` is a title (``St. Paul``) unless it follows a
#: capitalised word or a number (``Main St.``, ``5th st.``).
TITLES: frozenset[str] = _with_upper(
    """
    Mr Mrs Ms Messrs Mmes Mx Dr Drs Prof Profs Gov Govs Sen Sens Rep Reps
    Gen Gens Lt Col Maj Capt Cpl Sgt Pvt Adm Cmdr Brig Ens Spc Cdr Comdr
    Pres Supt Det Insp Atty Amb Hon Rev Revd Msgr Fr Br Mme Mlle Rt Asst Assoc
    Mt Ft Pt St Ste
    """
)

#: Titles that may also begin a sentence after an abbreviation
#: (``... at 6 p.m. Mr. Smith then went ...``).  Government and military
#: titles are absent on purpose: ``U.S. Sen. Warren`` is one sentence.
BOUNDARY_TITLES: frozenset[str] = frozenset({"Mr", "Mrs", "Ms", "Dr", "Prof", "Messrs"})

#: Abbreviations written before a number (``No. 5``, ``p. 55``, ``Vol. 3``).
#: Their period never ends a sentence, and belongs to their token, when a
#: number follows; elsewhere they are ordinary words (``the answer is no.``).
NUMBER_ABBREVIATIONS: frozenset[str] = _words(
    """
    No Nos no nos Nr nr N° Nº n° nº p pp P Pp Vol vol Vols vols Art art Arts Fig fig Figs figs
    Sec sec Ch ch Chap chap Para para Pt pt Ref ref Rm rm Tel tel Ext ext Op op
    Ed ed Rte Hwy Ver ver Ca ca c Approx approx Est est pop Pop
    """
)

#: Abbreviations that never end a sentence (``vs. Chelsea``, ``e.g. Paris``).
INNER_ABBREVIATIONS: frozenset[str] = _words(
    """
    vs Vs VS v cf Cf viz Viz e.g i.e eg ie approx Approx ca incl Incl esp Esp
    excl Excl resp w.r.t
    """
)

#: Month abbreviations.  Before a number they never end a sentence
#: (``Jan. 5``); before a capitalised word they do (``rose 3% in Jan. Economists``).
MONTHS: frozenset[str] = _words(
    """
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    JAN FEB MAR APR JUN JUL AUG SEP SEPT OCT NOV DEC
    """
)

#: Weekday abbreviations, treated like months (``Sun.``, ``Sat.`` and ``Wed.`` are
#: left out: they are more often words).
WEEKDAYS: frozenset[str] = _words("Mon Tue Tues Thu Thur Thurs Fri")

#: Abbreviations that may end a sentence or stand inside one (``Apple Inc.``,
#: ``Pitt, Briggs & Co.``, ``5th st.``, ``etc.``).  Before a capitalised
#: word their period ends a sentence only when the word is a sentence
#: starter (:data:`SENTENCE_STARTERS`).
GENERAL_ABBREVIATIONS: frozenset[str] = _with_upper(
    """
    inc corp ltd co llc plc bros cos assn dept depts div govt intl natl univ
    jr sr esq st ave blvd rd hwy ln sq pkwy etc
    mfg mgr mktg dist mln bln bn tn pct yr yrs hr hrs mos wk wks
    """
) | {"al"}

#: US state abbreviations in AP style (``Springfield, Ill.``).  Most are
#: also words (``Ill.``, ``Wash.``), so the segmenter treats them as
#: abbreviations only right after ``City,``.
STATE_ABBREVIATIONS: frozenset[str] = _words(
    """
    Ala Ariz Ark Calif Cal Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich
    Minn Miss Mo Mont Neb Nebr Nev Okla Ore Oreg Pa Penn Penna Tenn Tex Va Vt Wash
    Wis Wisc Wyo Alta Ont Que Man Sask
    """
)

#: ``a.m.``/``p.m.`` in every spelling; followed by these words they do not
#: end a sentence (``5 p.m. ET``, ``10 a.m. Monday``).
TIME_ABBREVIATIONS: frozenset[str] = frozenset(
    {"a.m", "p.m", "A.M", "P.M", "am", "pm", "AM", "PM", "a.m.", "p.m."}
)

#: Words after ``a.m.``/``p.m.`` that continue the sentence.
AFTER_TIME_CONTINUATIONS: frozenset[str] = _words(
    """
    ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT BST CET CEST UTC IST JST AEST AEDT HKT SGT
    Eastern Central Mountain Pacific Local Beijing Moscow London Washington Tokyo
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun
    """
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
