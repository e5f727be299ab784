"""Word lists of the numeric-claim extractor: number words, scales, dates, cues and stop words.

Everything here is data.  :mod:`newsparse.builtin.numbers.scanner` compiles
it into regular expressions once, at import time.  To extend a list, add
entries here; the regular expressions pick them up (longer surfaces are
always tried before shorter ones).

Units and currencies are in :mod:`newsparse.builtin.numbers.measures`.
"""

from __future__ import annotations

from types import MappingProxyType

from newsparse.attribution.cue_lexicon import cues_by_class, inflect
from newsparse.lexicon import alternation, default_lexicon

__all__ = [
    "ADDED_MODIFIERS",
    "APPROXIMATORS",
    "AS_MANY_ADVERBS",
    "ATTRIBUTIVE_PLURALS",
    "CHANGE_NOUNS",
    "CHANGE_WORDS",
    "CLASSIFIER_NOUNS",
    "CONTEST_WORDS",
    "COUNT_NOUNS",
    "COUNT_STOPWORDS",
    "DATE_CUES",
    "ELLIPTICAL_QUANTIFIERS",
    "FRACTION_WORDS",
    "FREQUENCY_ADVERBS",
    "FUNCTION_WORDS",
    "HYPHEN_PREFIXES",
    "IDENTIFIER_NOUNS",
    "IE_NOUNS",
    "IRREGULAR_PARTICIPLES",
    "IRREGULAR_SINGULARS",
    "LETTER_CURRENCIES",
    "LETTER_SCALES",
    "LOWER_BOUNDS",
    "LY_ADJECTIVES",
    "LY_NOUNS",
    "MEASURED_PLURALS",
    "MODAL_WORDS",
    "MONTHS",
    "MULTIPLE_ADVERBS",
    "MULTIPLE_CUES",
    "MULTIPLE_PREDETERMINERS",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "PARTICIPLE",
    "PARTICIPLE_FORMS",
    "PERSON_AGE_NOUNS",
    "PLAIN_PARTICIPLES",
    "POLL_NOUNS",
    "PRICE_NOUNS",
    "PRICE_VERBS",
    "PRONOUN_DETERMINERS",
    "RACE_EVENTS",
    "REACHING_VERBS",
    "RESULT_NOUNS",
    "RESULT_VERBS",
    "SCALES",
    "SCALE_READINGS",
    "SUPERLATIVES",
    "SUPERLATIVE_ADVERBS",
    "TALLY_NOUNS",
    "TEMPERATURE_WORDS",
    "TRANSITIVE_CHANGE_WORDS",
    "UNINFLECTED_ENDINGS",
    "UNINFLECTED_NOUNS",
    "UN_VERBS",
    "UPPER_BOUNDS",
    "VAGUE_QUANTIFIERS",
    "VOTE_NOUNS",
    "VOTE_WORDS",
    "WEEKDAYS",
]


def _words(text: str) -> tuple[str, ...]:
    """Split a block of white-space separated words."""
    return tuple(text.split())


_NUMBER_WORDS = default_lexicon().table("number_words")


def _values_of(kind: str) -> dict[str, float]:
    """Return the words of one kind of the lexicon's ``number_words`` with their value."""
    return {word: float(value) for word, value, klass in _NUMBER_WORDS if klass == kind}


#: Cardinal number words and their values (the lexicon's ``number_words``).
NUMBER_WORDS: MappingProxyType[str, int] = MappingProxyType(
    {word: int(value) for word, value in _values_of("cardinal").items()}
)

#: Scale words and abbreviations (matched case-insensitively unless noted in the scanner).
SCALES: MappingProxyType[str, float] = MappingProxyType(_values_of("scale"))

#: Scales written as one letter right after a number (``$5m``).
LETTER_SCALES: MappingProxyType[str, float] = MappingProxyType(_values_of("letter scale"))

#: Fraction words: value of one part.
FRACTION_WORDS: MappingProxyType[str, float] = MappingProxyType(
    {
        "half": 1 / 2,
        "halves": 1 / 2,
        "third": 1 / 3,
        "thirds": 1 / 3,
        "quarter": 1 / 4,
        "quarters": 1 / 4,
        "fourth": 1 / 4,
        "fourths": 1 / 4,
        "fifth": 1 / 5,
        "fifths": 1 / 5,
        "sixth": 1 / 6,
        "sixths": 1 / 6,
        "eighth": 1 / 8,
        "eighths": 1 / 8,
        "tenth": 1 / 10,
        "tenths": 1 / 10,
        "hundredth": 1 / 100,
        "hundredths": 1 / 100,
        "thousandth": 1 / 1000,
        "thousandths": 1 / 1000,
    }
)

#: Plural scale words read as vague amounts: ``dozens`` is 12 to 120,
#: ``thousands`` 1,000 to 10,000, ``tens of millions`` 10 to 100 million.
VAGUE_QUANTIFIERS: MappingProxyType[str, float] = MappingProxyType(
    {
        "dozens": 12.0,
        "tens": 10.0,
        "hundreds": 1e2,
        "thousands": 1e3,
        "millions": 1e6,
        "billions": 1e9,
        "trillions": 1e12,
    }
)

#: Ordinal words and their rank (the lexicon's ``number_words``).
ORDINAL_WORDS: MappingProxyType[str, int] = MappingProxyType(
    {word: int(value) for word, value in _values_of("ordinal").items()}
)

#: Superlatives that state a rank (``largest supplier`` is rank 1).
SUPERLATIVES: frozenset[str] = frozenset(
    _words(
        """
        best biggest busiest cheapest coldest costliest deadliest deepest driest fastest fewest
        greatest heaviest highest hottest largest longest lowest oldest poorest richest shortest
        slowest smallest strongest tallest warmest weakest wealthiest wettest worst youngest
        """
    )
)

#: Words that make a superlative of the adjective after them and are left out of a counted noun.
SUPERLATIVE_ADVERBS: frozenset[str] = frozenset({"most", "least"})

#: Month names and abbreviations (lower case) to month numbers: the lexicon's ``months``.
MONTHS: MappingProxyType[str, int] = MappingProxyType(
    {
        word.lower(): int(number)
        for name, number, short in default_lexicon().table("months")
        for word in (name, *short.split(";"))
        if word
    }
)

#: Weekday names (lower case): the lexicon's ``weekdays``.
WEEKDAYS: frozenset[str] = frozenset(row[0].lower() for row in default_lexicon().table("weekdays"))

#: Words after which a four-digit number is a year (``in 2022``, ``since 1985``).
DATE_CUES: frozenset[str] = frozenset(
    _words(
        """
        after and around autumn before between by circa during early fall fiscal from her his in
        its late mid of season since spring summer the their this through till to until winter year
        """
    )
)

#: Lower-case nouns whose following number is a label (``article 5``, ``category 4``).
IDENTIFIER_NOUNS: frozenset[str] = frozenset(
    _words(
        """
        act amendment android annex apartment appendix article bill block box bus category channel
        chapter class clause code covid day district episode exit figure flight formula game gate
        gen generation grade highway hole interstate ios iphone issue item lane level line lot
        model no no. nos number page pages paragraph phase pier platform precinct prop proposition
        ps resolution room round route row rule section series stage step suite table terminal tier
        title track type unit version vitamin vol volume ward week windows xbox zone
        s&p sp ftse nikkei russell stoxx dax cac asx tsx sensex kospi
        """
    )
)

#: Words that may stand before a number with a hyphen without making it a name
#: (``minus-130``, ``mid-1972``, ``now-18``); ``COVID-19`` and ``F-35`` are names.
HYPHEN_PREFIXES: frozenset[str] = frozenset(
    _words(
        """
        minus negative sub mid pre post early late now next over under the an a about around
        nearly almost some up down year fiscal record all first than to from and or plus by at
        of in for with
        """
    )
)

#: Capitalised words that are no name when they stand before a number (``About 70%``).
FUNCTION_WORDS: frozenset[str] = frozenset(
    _words(
        """
        about around nearly almost roughly approximately exactly just only some over under more
        less fewer up down top another those these all every each between than since after
        before until till and or but the a an at in on by for with from to of as its their his
        her our my your we they he she it i you there here then now still also even record minus
        plus per like during within without
        """
    )
)

#: Words that end a counted noun phrase (``13,000 workers in ...`` stops at ``in``).
COUNT_STOPWORDS: frozenset[str] = frozenset(
    _words(
        """
        a about according across after again against ago all almost alone alongside already also
        although always amid among an and any apart apiece approximately are around as at away back
        be because been before behind being beneath between beyond both but by can cent combined
        could despite did do does down during each earlier either even ever every few for from had
        has have he her here his how i if in including inside instead into is it its just largely
        later least left less like lot lots mainly many may me might minus more most mostly much
        must my nearly neither never no nor not now of off on only onto or other others our out
        outside over overall own pc per percent plus remaining respectively roughly said same say
        says several shall she should since so some still such than that the their them then there
        these they this those though through throughout times to together too total toward towards
        under until up upon very via was we were what when where whether which while who whom whose
        why will with within without would yes yet you your
        """
    )
)

#: Words after which a number word such as ``one`` is a pronoun, not a figure.
PRONOUN_DETERMINERS: frozenset[str] = frozenset(
    _words(
        """
        a an another any bad better big each every favorite favourite first good last latest little
        new next no old one only other real right same second small such that the this which worse
        wrong
        """
    )
)

#: Adjectives in ``-ly``: those made on nouns of time (``monthly``, ``daily``) or on other
#: nouns (``friendly``, ``costly``, ``elderly``) describe the counted noun and stay in its
#: phrase; an ``-ly`` word made on an adjective (``newly``, ``largely``) is an adverb.
LY_ADJECTIVES: frozenset[str] = frozenset(
    _words(
        """
        hourly daily nightly weekly fortnightly monthly quarterly yearly
        costly cowardly deadly early elderly friendly holy kindly leisurely likely lively
        lonely lovely manly motherly neighbourly neighborly orderly scholarly timely ugly
        unfriendly unlikely worldly
        """
    )
)

#: Nouns in ``-ly`` (``family``, ``assembly``, ``ally``): a modifier of the counted noun
#: (``45 family homes``), not an adverb.
#: Adverbs of frequency (a closed class) and the span of time each one is a rate of:
#: ``CHF 450 million annually`` is ``CHF per year``.
FREQUENCY_ADVERBS: MappingProxyType[str, str] = MappingProxyType(
    {
        "hourly": "hour",
        "daily": "day",
        "nightly": "night",
        "weekly": "week",
        "fortnightly": "fortnight",
        "monthly": "month",
        "quarterly": "quarter",
        "yearly": "year",
        "annually": "year",
    }
)

#: Plural nouns of people named by their age or stage of life, after which
#: ``under`` or ``over`` and a bare number give an age (``children under five``).
PERSON_AGE_NOUNS: frozenset[str] = frozenset(
    _words(
        """
        children kids babies infants toddlers boys girls teens teenagers youngsters juniors
        minors adolescents adults seniors pensioners retirees men women people players
        """
    )
)

LY_NOUNS: frozenset[str] = frozenset(
    _words(
        """
        ally anomaly assembly belly bully butterfly dragonfly family firefly folly gully holly
        homily jelly lily monopoly oligopoly panoply rally reply supply tally trolly
        """
    )
)

#: Plural nouns that modify a plural noun after them (``12 sports cars``, ``40 sales
#: staff``): the counted noun is the one after them.
ATTRIBUTIVE_PLURALS: frozenset[str] = frozenset(
    _words(
        """
        arms athletics communications customs electronics futures goods humanities materials
        operations sales savings securities services sports systems
        """
    )
)

#: Words of voting before a tally (``voted 228 to 199``, ``passed 11-4``, ``ruled 5-4``):
#: its two numbers are no range, nor a score.  The verbs are those of a body that
#: decides by votes: a chamber passes or rejects, a court rules or upholds.
VOTE_WORDS: frozenset[str] = frozenset(
    _words(
        """
        vote voted votes voting ballot ballots passed approved rejected adopted ratified
        endorsed confirmed ruled upheld overturned
        """
    )
)

#: Nouns of a decision by votes after a tally written with a dash (``a 7-2 ruling``,
#: ``a 6-3 majority``, ``the 9-0 verdict``).
VOTE_NOUNS: frozenset[str] = frozenset(
    _words("vote votes ballot ruling rulings decision decisions verdict verdicts majority")
)

#: Nouns of a poll or an election: a sentence with one of them reads a dash pair
#: (``led 52-48``) as the shares of a contest, not a score.
POLL_NOUNS: frozenset[str] = frozenset(
    _words(
        """
        poll polls polling pollster survey surveys voter voters electorate election elections
        referendum ballot ballots two-party primaries
        """
    )
)

#: Words of a contest between parties or candidates: a percentage ``to`` another after
#: one of them (``leads 51% to 45%``, ``won 52 per cent to 48``) are the two sides'
#: shares, not a range.
CONTEST_WORDS: frozenset[str] = frozenset(
    _words(
        """
        lead leads led leading trail trails trailed trailing ahead behind beat beats beating
        defeated edged outpolled won win wins winning
        """
    )
)

#: Verbs of a game's result, before the opponent's name and the score (``beat Leeds
#: 3-1``, ``lost to Wigan 2-0``, ``drew with Porto 1-1``): the name does not make the
#: score part of a name (``Boeing 737``).
RESULT_VERBS: frozenset[str] = frozenset(
    _words(
        """
        beat beats beating defeat defeats defeated defeating edge edges edged edging
        thrash thrashed thrashing rout routs routed routing crush crushed crushing
        hammer hammered thump thumped trounce trounced down downed overcome overcame
        overpower overpowered outlast outlasted outscore outscored sweep swept
        whitewash whitewashed lose loses lost losing draw draws drew drawing tie tied
        ties tying stun stuns stunned stunning blank blanks blanked blanking upset
        upsets upsetting topple topples toppled toppling top tops topped topping
        shock shocks shocked pip pips pipped pipping best bests bested besting
        whip whips whipped whipping maul mauls mauled mauling outplay outplays
        outplayed outclass outclassed humble humbles humbled dump dumps dumped
        """
    )
)

#: Words of weather and temperature: a sentence with one of them reads ``30c`` as
#: degrees Celsius; elsewhere a ``c`` written after digits is cents (``245c``).
TEMPERATURE_WORDS: frozenset[str] = frozenset(
    _words(
        """
        temperature temperatures temp temps degree degrees celsius centigrade fahrenheit
        mercury thermometer heat heatwave warm warmer warmest warmth hot hotter hottest
        cold colder coldest cool cooler coolest chill chilly freezing frost frosty
        swelter sweltered sweltering weather snow snowfall rain sunny humid humidity
        """
    )
)

#: Adverbs of a multiple and their values (``twice the number``, ``thrice as many``).
MULTIPLE_ADVERBS: MappingProxyType[str, float] = MappingProxyType({"twice": 2.0, "thrice": 3.0})

#: Adverbs of a multiple before ``as many`` or ``as much`` and their values: those above,
#: and ``half`` (``half as many as in 2019``), a multiple below one.
AS_MANY_ADVERBS: MappingProxyType[str, float] = MappingProxyType({**MULTIPLE_ADVERBS, "half": 0.5})

#: Multiplicative predeterminers and their values (``more than double the average``,
#: ``almost triple what it was``); read as multiples only after a comparison, an
#: approximation or a copula, since they are verbs as often (``to double the size``).
MULTIPLE_PREDETERMINERS: MappingProxyType[str, float] = MappingProxyType(
    {"double": 2.0, "triple": 3.0, "quadruple": 4.0}
)

#: Words right before a multiplicative predeterminer that make it a multiple: comparisons,
#: approximations and copulas (``more than double``, ``almost triple``, ``is double``).
MULTIPLE_CUES: tuple[str, ...] = (
    *_words("than almost nearly about around roughly some over just well"),
    "close to",
    *_words("is was are were be been being"),
)

#: Quantifiers and pronouns that leave a count's noun unsaid (``nine more``, ``another
#: 2,500``, ``nine of them``), by place (``after``, ``before``, ``pronoun``), each with
#: the figures that may lend it their noun (``any``, or only a ``count``).
ELLIPTICAL_QUANTIFIERS: MappingProxyType[str, MappingProxyType[str, str]] = MappingProxyType(
    {
        place: MappingProxyType(
            {
                word: antecedent
                for word, where, antecedent in default_lexicon().table("ellipsis_words")
                if where == place
            }
        )
        for place in ("after", "before", "pronoun")
    }
)
#: Nouns that name how many there are of what their ``of`` phrase names (``number``,
#: ``tally``).
COUNT_NOUNS: frozenset[str] = default_lexicon().words("count_nouns")
#: Nouns of a running total a new count brings to a level (``bringing the toll to``),
#: besides :data:`COUNT_NOUNS`: the lexicon's ``tally_nouns``.
TALLY_NOUNS: frozenset[str] = default_lexicon().words("tally_nouns")
#: Adjectives of addition before a counted noun (``350 new stores``), left out of the noun
#: of the total such a count brings a tally to: the lexicon's ``added_modifiers``.
ADDED_MODIFIERS: frozenset[str] = default_lexicon().words("added_modifiers")
#: Nouns that name a price or a level a price is compared with (``the national
#: average of``): the lexicon's ``price_nouns``.
PRICE_NOUNS: frozenset[str] = default_lexicon().words("price_nouns")
#: Verbs whose object is a price (``cost``, ``priced``): the lexicon's ``price_verbs``.
PRICE_VERBS: frozenset[str] = default_lexicon().words("price_verbs")
#: Plural nouns that name amounts measured, not things counted (``prices``, ``sales``):
#: the lexicon's ``measured_plurals``.
MEASURED_PLURALS: frozenset[str] = default_lexicon().words("measured_plurals")
#: Nouns that name a reading on a scale written before its number (``magnitude-6.8``):
#: the lexicon's ``scale_readings``.
SCALE_READINGS: frozenset[str] = default_lexicon().words("scale_readings")
#: Singular nouns that count the members of the kind their ``of`` phrase names (``12,000
#: head of cattle``): the lexicon's ``classifier_nouns``.
CLASSIFIER_NOUNS: frozenset[str] = default_lexicon().words("classifier_nouns")
#: Nouns of a game's result written after its score (``the Hawks' 118-104 victory``): the
#: lexicon's ``result_nouns``.
RESULT_NOUNS: frozenset[str] = default_lexicon().words("result_nouns")
#: Nouns that name a race after its distance (``the 400m hurdles``): the lexicon's
#: ``race_events``.
RACE_EVENTS: frozenset[str] = default_lexicon().words("race_events")
#: Nouns whose singular ends in an ``-s`` that is no plural ending (``canvas``, ``lens``):
#: the lexicon's ``s_singulars``.
S_SINGULARS: frozenset[str] = default_lexicon().words("s_singulars")
#: Letters local papers glue before an amount (``N``, ``Sh``), by letters: the
#: currencies they may stand for (the default first) and whether they count only
#: before a scale word or grouped digits: the lexicon's ``letter_currencies``.
LETTER_CURRENCIES: MappingProxyType[str, tuple[tuple[str, ...], bool]] = MappingProxyType(
    {
        letters: (tuple(c for c in codes.split(";") if c), form == "scaled")
        for letters, codes, form in default_lexicon().table("letter_currencies")
    }
)
#: Nouns whose singular ends in ``-us`` (``bonus``, ``census``): the lexicon's
#: ``us_singulars``; another word in ``-us`` is a plural (``menus``).
US_SINGULARS: frozenset[str] = default_lexicon().words("us_singulars")
#: Nouns whose plural is their singular (``salmon``, ``moose``) and the endings of such
#: compounds (``aircraft``, ``swordfish``): the lexicon's ``uninflected_nouns``.
UNINFLECTED_NOUNS: frozenset[str] = frozenset(
    noun for noun, how in default_lexicon().table("uninflected_nouns") if how == "word"
)
UNINFLECTED_ENDINGS: tuple[str, ...] = tuple(
    noun for noun, how in default_lexicon().table("uninflected_nouns") if how == "ending"
)
#: Forms of verbs that bring a total or a price to a level after ``to`` (``bringing the
#: payout to``): the lexicon's ``bringing_verbs``.
BRINGING_VERBS: frozenset[str] = default_lexicon().words("bringing_verbs")
#: Verbs that reach a level after ``to`` (``added 3.1 million subscribers to reach``):
#: the lexicon's ``reaching_verbs``.
REACHING_VERBS: frozenset[str] = default_lexicon().words("reaching_verbs")
#: Past participles of irregular verbs in ``-n`` (``stolen``, ``written``), left out of a
#: counted noun like those in ``-ed``.
IRREGULAR_PARTICIPLES: frozenset[str] = default_lexicon().words("participles")
#: Past participles of irregular verbs in neither ``-ed`` nor ``-n`` (``hurt``, ``sold``):
#: the lexicon's ``plain_participles``.
PLAIN_PARTICIPLES: frozenset[str] = default_lexicon().words("plain_participles")
#: The participles of both lists above as one alternation (no group), for patterns.
PARTICIPLE_FORMS: str = alternation([*PLAIN_PARTICIPLES, *IRREGULAR_PARTICIPLES])
#: A past participle as a pattern group: a word in ``-ed`` or one of the forms above
#: (``injured``, ``hurt``, ``stolen``).
PARTICIPLE: str = r"(?:[a-z]{3,}ed|" + PARTICIPLE_FORMS + r")"
#: Verbs in ``un-`` whose forms in ``-ed`` are participles (``unveil``, ``unite``): the
#: lexicon's ``un_verbs``.
UN_VERBS: frozenset[str] = default_lexicon().words("un_verbs")
#: Words in ``-ie`` whose plural is written ``-ies`` (``birdie``, ``calorie``), generated
#: from wordfreq: their plurals keep the ``-ie`` in the singular (``bodies`` is ``body``).
IE_NOUNS: frozenset[str] = default_lexicon().words("ie_nouns")

#: Singular of irregular plural nouns (and of words whose ``-s`` is not a plural).
IRREGULAR_SINGULARS: MappingProxyType[str, str] = MappingProxyType(
    {
        "people": "people",
        "men": "man",
        "women": "woman",
        "children": "child",
        "feet": "foot",
        "teeth": "tooth",
        "geese": "goose",
        "mice": "mouse",
        "police": "police",
        "staff": "staff",
        "personnel": "personnel",
        "cattle": "cattle",
        # Nouns in ``-o`` whose plural adds ``-es`` (a closed class in English grammars;
        # ``shoes`` and ``canoes`` keep their ``e``).
        **{
            f"{noun}es": noun
            for noun in _words(
                "buffalo cargo domino echo embargo hero mango mosquito motto potato tomato"
                " tornado torpedo veto volcano"
            )
        },
        # Collective nouns that count their members after a number (``35 crew``).
        "crew": "crew",
        "livestock": "livestock",
        "poultry": "poultry",
        "infantry": "infantry",
        "clergy": "clergy",
        "sheep": "sheep",
        "fish": "fish",
        "deer": "deer",
        "aircraft": "aircraft",
        "series": "series",
        "species": "species",
        "news": "news",
        # Nouns written only with their ``-s`` (diseases, fields of study, pluralia
        # tantum): ``143 measles cases`` counts ``measles case``.
        "measles": "measles",
        "mumps": "mumps",
        "rabies": "rabies",
        "diabetes": "diabetes",
        "herpes": "herpes",
        "physics": "physics",
        "economics": "economics",
        "politics": "politics",
        "mathematics": "mathematics",
        "athletics": "athletics",
        "gymnastics": "gymnastics",
        "ethics": "ethics",
        "electronics": "electronics",
        "crossroads": "crossroads",
        "outskirts": "outskirts",
        "savings": "savings",
        "earnings": "earnings",
        "scissors": "scissors",
        "trousers": "trousers",
        "binoculars": "binoculars",
        "data": "data",
        "media": "media",
        "criteria": "criterion",
        "phenomena": "phenomenon",
        "lives": "life",
        "wives": "wife",
        "knives": "knife",
        "wolves": "wolf",
        "halves": "half",
        "shelves": "shelf",
        "leaves": "leaf",
        "thieves": "thief",
        "pies": "pie",
        "ties": "tie",
        "lies": "lie",
        "indices": "index",
        "matrices": "matrix",
        "analyses": "analysis",
        "crises": "crisis",
        "theses": "thesis",
        "bases": "base",
        "cases": "case",
        "houses": "house",
        "horses": "horse",
        "nurses": "nurse",
        "courses": "course",
        "purchases": "purchase",
        "releases": "release",
        "responses": "response",
        "licenses": "license",
        "licences": "licence",
        "expenses": "expense",
        "increases": "increase",
        "decreases": "decrease",
        "cruises": "cruise",
        "buses": "bus",
        "abuses": "abuse",
        "excuses": "excuse",
        "fuses": "fuse",
        "refuses": "refuse",
        "phases": "phase",
        "databases": "database",
        "warehouses": "warehouse",
        "businesses": "business",
        "premises": "premises",
        "headquarters": "headquarters",
        "barracks": "barracks",
        "means": "means",
        "aids": "aid",
        "axes": "axe",
        "oases": "oasis",
        # Latin and Greek plurals.
        "alumni": "alumnus",
        "fungi": "fungus",
        "cacti": "cactus",
        "nuclei": "nucleus",
        "stimuli": "stimulus",
        "radii": "radius",
        "bacteria": "bacterium",
        "curricula": "curriculum",
        "millennia": "millennium",
        "memoranda": "memorandum",
        "strata": "stratum",
        "vertebrae": "vertebra",
        "larvae": "larva",
        "antennae": "antenna",
        "formulae": "formula",
        "appendices": "appendix",
        "hypotheses": "hypothesis",
        "diagnoses": "diagnosis",
        "syntheses": "synthesis",
        "parentheses": "parenthesis",
    }
)

#: Approximation cues, normalised to ``"about"`` in the claim's qualifier.
APPROXIMATORS: tuple[str, ...] = (
    "approximately",
    "approx.",
    "approx",
    "about",
    "around",
    "roughly",
    "some",
    "nearly",
    "almost",
    "an estimated",
    "estimated",
    "close to",
    "circa",
    "ca.",
    "c.",
    "or so",
    "in the region of",
    "in the neighbourhood of",
    "in the neighborhood of",
    "somewhere around",
    "somewhere near",
    "upward of",
    "~",
    "≈",
)

#: Lower-bound cues and their normalised qualifier.
LOWER_BOUNDS: MappingProxyType[str, str] = MappingProxyType(
    {
        "more than": "more than",
        "over": "more than",
        "above": "more than",
        "exceeding": "more than",
        "in excess of": "more than",
        "upwards of": "more than",
        "well over": "more than",
        "just over": "more than",
        "greater than": "more than",
        "higher than": "more than",
        "larger than": "more than",
        "bigger than": "more than",
        "north of": "more than",
        "beyond": "more than",
        "topping": "more than",
        "at least": "at least",
        "no less than": "at least",
        "no fewer than": "at least",
        "not less than": "at least",
        "a minimum of": "at least",
        "minimum of": "at least",
        ">": "more than",
        "≥": "at least",
        ">=": "at least",
    }
)

#: Upper-bound cues and their normalised qualifier.
UPPER_BOUNDS: MappingProxyType[str, str] = MappingProxyType(
    {
        "less than": "less than",
        "fewer than": "less than",
        "under": "less than",
        "below": "less than",
        "just under": "less than",
        "lower than": "less than",
        "smaller than": "less than",
        "shy of": "less than",
        "just shy of": "less than",
        "short of": "less than",
        "barely": "less than",
        "up to": "up to",
        "as much as": "up to",
        "as many as": "up to",
        "as high as": "up to",
        "at most": "at most",
        "no more than": "at most",
        "not more than": "at most",
        "a maximum of": "at most",
        "maximum of": "at most",
        "<": "less than",
        "≤": "at most",
        "<=": "at most",
        "sub": "less than",
    }
)

#: Verbs and adverbs that make the following figure an amount of change.
CHANGE_WORDS: MappingProxyType[str, str] = MappingProxyType(
    {
        **dict.fromkeys(
            _words(
                """
                rose rise rises rising risen increased increase increases increasing gained gain
                gains gaining jumped jump jumps jumping climbed climb climbs climbing grew grow
                grows growing grown surged surge surges surging soared soar soars soaring advanced
                advance advances advancing added adding up rallied rally rallies rallying spiked
                widened accelerated rebounded rebound firmed strengthened appreciated
                """
            ),
            "up",
        ),
        **dict.fromkeys(
            _words(
                """
                fell fall falls falling fallen dropped drop drops dropping declined decline
                declines declining lost lose loses losing slid slide slides sliding slipped slip
                slips slipping plunged plunge plunges plunging plummeted plummet plummets
                plummeting tumbled tumble tumbles tumbling sank sink sinks sinking sunk decreased
                decrease decreases decreasing down eased ease eases easing dipped dip dips dipping
                shed sheds shedding slumped slump slumps shrank shrink shrinks shrinking shrunk
                contracted retreated retreat retreats crashed tanked sagged weakened narrowed
                depreciated
                """
            ),
            "down",
        ),
    }
)

#: The one-word forms of the lexicon's verbs of reported speech (``said``, ``warned``), whose
#: reported clause may open with a counted subject (``said pothole repairs had risen``).
REPORTING_VERB_FORMS: frozenset[str] = frozenset(
    form
    for klass in ("speech", "report")
    for base in cues_by_class(default_lexicon())[klass]
    if " " not in base
    for form in inflect(base)
)

#: Organisations named by one word, lower-case (the lexicon's ``organisations``, names
#: and aliases): a sentence's capitalised first word that names one is no common noun
#: (``Tesla deliveries``).
ONE_WORD_ORGANISATIONS: frozenset[str] = frozenset(
    name.lower()
    for row in default_lexicon().table("organisations")
    for name in (row[0], *(row[1].split(";") if len(row) > 1 else ()))
    if name.strip() and " " not in name.strip()
)

#: Words before a verb's base form that make what it says expected or possible, not
#: reported: the modal verbs and the ``to`` of an infinitive (``could rise by``, ``is
#: expected to grow by``).
MODAL_WORDS: frozenset[str] = frozenset(
    _words("can could may might must shall should will would to")
)

#: Verbs that make the figure an amount of change only with ``by`` (``raised it by 5%``).
TRANSITIVE_CHANGE_WORDS: MappingProxyType[str, str] = MappingProxyType(
    {
        **dict.fromkeys(
            _words(
                """
                raised raise raises raising boosted boost boosts lifted lift lifts expanded expand
                expands improved improve improves hiked hike hikes upped extended
                """
            ),
            "up",
        ),
        **dict.fromkeys(
            _words(
                """
                cut cuts cutting reduced reduce reduces reducing lowered lower lowers slashed slash
                trimmed trim trims narrowed shortened
                """
            ),
            "down",
        ),
    }
)

#: Nouns and adverbs after a figure that make it an amount of change (``a 5% rise``).
CHANGE_NOUNS: MappingProxyType[str, str] = MappingProxyType(
    {
        **dict.fromkeys(
            _words(
                """
                rise increase gain jump climb growth surge hike boost rally higher improvement
                uptick raise
                """
            ),
            "up",
        ),
        **dict.fromkeys(
            _words(
                """
                fall drop decline decrease cut loss slump slide plunge lower reduction dip
                contraction downturn
                """
            ),
            "down",
        ),
    }
)
