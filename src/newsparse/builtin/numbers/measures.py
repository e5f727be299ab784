"""Units of measurement and currencies the extractor knows, with their normalised names.

Unit names follow the normalised vocabulary of the CQE and quantulum3
extractors (British spelling, singular: ``"kilometre per hour"``,
``"percentage"``, ``"metric ton"``); money carries its ISO 4217 code.

Most units and currencies come from reference data generated from
well-kept sources (pint's unit registry, ISO 4217 and CLDR) by
``scripts/generate_lexicon.py`` and read by
:mod:`newsparse.builtin.numbers.reference`.  The tables here hold only what
those sources do not: the idioms of news.  To add a unit or currency that a
source knows, upgrade the source and rerun the script; to add an idiom, add
a :class:`UnitDef` with its written forms or a :class:`CurrencyDef` with its
signs and names.  The scanner sorts all surfaces by length, so ``km/h`` wins
over ``km``.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import NamedTuple

__all__ = [
    "CURRENCIES",
    "MINOR_CURRENCIES",
    "RATE_ABBREVIATIONS",
    "UNITS",
    "CurrencyDef",
    "UnitDef",
]


class UnitDef(NamedTuple):
    """A unit of measurement.

    :param name: normalised name (``"kilometre per hour"``).
    :param kind: claim kind a figure in this unit gets (``"measure"``,
        ``"duration"``, ``"percent"``, ...).
    :param words: surfaces matched case-insensitively, plurals included.
    :param symbols: surfaces matched case-sensitively (``"km"``, ``"MW"``).
    """

    name: str
    kind: str
    words: tuple[str, ...] = ()
    symbols: tuple[str, ...] = ()


class CurrencyDef(NamedTuple):
    """A currency.

    :param code: ISO 4217 code (``XBT`` for bitcoin, which has none).
    :param symbols: signs and prefixes written next to the number, matched
        case-sensitively (``"US$"``, ``"€"``).
    :param names: names matched case-insensitively, plurals included.
    """

    code: str
    symbols: tuple[str, ...] = ()
    names: tuple[str, ...] = ()


#: Units of measurement the reference table (pint's registry, ``units.tsv``) does
#: not give, or gives without the news spellings written here: percentages and
#: points, rates news writes as one word (``bpd``, ``mpg``), spellings
#: (``kilos``, ``grammes``, ``kms``, ``sq ft``) and one-letter symbols, which
#: pint's table leaves out (``m``, ``g``, ``t``, ``C``).  These come first and
#: win where both name a surface.  Order does not matter otherwise: the
#: scanner sorts all surfaces by length.
_HAND_UNITS: tuple[UnitDef, ...] = (
    UnitDef(
        "percentage",
        "percent",
        ("per cent", "per-cent", "percent", "percentage", "pct", "pct.", "pc"),
        ("%", "％"),
    ),
    UnitDef("percentage point", "percent", ("percentage points", "percentage point", "ppt", "pp")),
    UnitDef("basis point", "percent", ("basis points", "basis point", "bps", "bp")),
    UnitDef("point", "measure", ("points", "point", "pts", "pt")),
    UnitDef("metre", "measure", (), ("m",)),
    UnitDef("kilometre", "measure", ("kms",), ("KM", "Km")),
    UnitDef("micrometre", "measure", ("microns", "micron")),
    UnitDef("picometre", "measure", ("picometres", "picometre", "picometers", "picometer")),
    UnitDef("yard", "measure", ("yds", "yd")),
    UnitDef("foot", "measure", (), ("ft", "′")),
    UnitDef("mile", "measure", (), ("mi",)),
    UnitDef("nautical mile", "measure", (), ("nmi",)),
    UnitDef("bar", "measure", (), ("bar",)),
    # Sports statistics per game, as box scores abbreviate them.
    UnitDef("point per game", "measure", ("ppg",)),
    UnitDef("rebound per game", "measure", ("rpg",)),
    UnitDef("assist per game", "measure", ("apg",)),
    UnitDef("steal per game", "measure", ("spg",)),
    UnitDef("block per game", "measure", ("bpg",)),
    UnitDef("goal per game", "measure", ("gpg",)),
    UnitDef("inch", "measure", (), ("″",)),
    UnitDef("square metre", "measure", ("sq m", "sq. m", "sqm", "sq metres", "sq meters")),
    UnitDef("square kilometre", "measure", ("sq km", "sq. km")),
    UnitDef("square mile", "measure", ("sq mi", "sq miles", "sq. mi")),
    UnitDef("square foot", "measure", ("sq ft", "sq. ft", "sq feet", "sq. ft.", "sqft")),
    UnitDef("hectare", "measure", (), ("ha",)),
    UnitDef("litre", "measure", (), ("L",)),
    UnitDef("millilitre", "measure", (), ("mL",)),
    UnitDef("cubic foot", "measure", (), ("cu ft",)),
    UnitDef("gallon", "measure", (), ("gal",)),
    UnitDef(
        "barrel per day",
        "measure",
        (
            "barrels per day",
            "barrels a day",
            "barrel a day",
            "barrel-a-day",
            "barrels-a-day",
            "barrels/day",
            "bpd",
            "b/d",
        ),
    ),
    UnitDef("barrel of oil", "measure", ("barrels of oil",)),
    UnitDef("barrel of oil equivalent", "measure", ("barrels of oil equivalent", "boe")),
    UnitDef("barrel", "measure", ("bbl",)),
    # The twenty-foot equivalent unit of container shipping, a unit of capacity
    # and throughput of ports and ships that no reference registry holds, by its
    # symbol; its name written out stays a counted noun.
    UnitDef("teu", "measure", (), ("TEU", "TEUs")),
    UnitDef("ounce", "measure", ("fluid ounces", "fluid ounce", "oz", "fl oz")),
    UnitDef("tablespoon", "measure", ("tbsp",)),
    UnitDef("teaspoon", "measure", ("tsp",)),
    UnitDef(
        "kilogram", "measure", ("kilogrammes", "kilogramme", "kilos", "kilo"), ("Kg", "KG", "kgs")
    ),
    UnitDef("gram", "measure", ("grammes", "gramme"), ("g", "gr")),
    UnitDef("milligram", "measure", ("milligrammes", "milligramme")),
    UnitDef("microgram", "measure", ("microgrammes", "microgramme", "mcg")),
    UnitDef("metric ton", "measure", ("metric tonnes",), ("t",)),
    UnitDef("pound-mass", "measure", ("pounds", "pound", "lbs", "lb")),
    UnitDef("stone", "measure", (), ("st",)),
    UnitDef("mile per hour", "measure", ("mph", "mi/h")),
    UnitDef(
        "kilometre per hour", "measure", ("km/h", "km/hr", "kph", "kmph", "kmh", "km per hour")
    ),
    UnitDef("metre per second", "measure", ("m/s",)),
    UnitDef("mile per gallon", "measure", ("miles per gallon", "mile per gallon", "mpg")),
    UnitDef(
        "celsius",
        "measure",
        (
            "degrees celsius",
            "degree celsius",
            "degrees centigrade",
            "degrees c",
            "° celsius",
            "°celsius",
            "centigrade",
        ),
        ("° C", "ºC", "C"),
    ),
    UnitDef(
        "fahrenheit",
        "measure",
        ("degrees fahrenheit", "degree fahrenheit", "degrees f", "° fahrenheit", "°fahrenheit"),
        ("° F", "ºF", "F"),
    ),
    UnitDef("degree", "measure", ("degrees", "degree"), ("°", "º")),
    UnitDef("radian", "measure", ("rad",)),
    UnitDef("turn", "measure", ("turns", "turn")),
    UnitDef("watt", "measure", (), ("W",)),
    UnitDef("kilowatt", "measure", (), ("KW", "kw")),
    UnitDef("megawatt", "measure", (), ("Mw",)),
    UnitDef("kilowatt hour", "measure", (), ("KWh", "kwh")),
    UnitDef("horsepower", "measure", ("horse power", "hp"), ("PS", "HP")),
    UnitDef("brake horsepower", "measure", ("brake horsepower", "bhp")),
    UnitDef("kilocalorie", "measure", ("kcal",)),
    UnitDef("british thermal unit", "measure", ("btus", "btu")),
    UnitDef("mega british thermal unit", "measure", ("mmbtu",), ("MMBtu", "mmBTU")),
    UnitDef("volt", "measure", (), ("V",)),
    UnitDef(
        "milliampere-hour",
        "measure",
        ("milliampere-hours", "milliampere hours", "milliamp hours", "mah"),
        ("mAh",),
    ),
    UnitDef("farad", "measure", ("farads", "farad")),
    UnitDef("ohm", "measure", (), ("Ω",)),
    UnitDef(
        "newton metre",
        "measure",
        ("newton metres", "newton meters", "newton metre", "newton meter"),
        ("Nm", "N·m"),
    ),
    UnitDef(
        "pound-foot",
        "measure",
        (
            "pound-feet",
            "pound feet",
            "pound-foot",
            "lb-ft",
            "lb ft",
            "lb.-ft.",
            "ft-lb",
            "foot-pounds",
        ),
    ),
    UnitDef("pascal", "measure", (), ("Pa",)),
    UnitDef("pound per square inch", "measure", ("psi",)),
    # Written with its hyphen, the light-year keeps it, as the compound names above do.
    UnitDef("light-year", "measure", ("light-years", "light-year")),
    UnitDef("parts-per-billion", "measure", ("parts per billion", "parts-per-billion", "ppb")),
    UnitDef("part per million", "measure", ("parts-per-million", "ppm")),
    UnitDef("kilobyte", "measure", (), ("KB",)),
    UnitDef("gigabyte", "measure", ("gigs",), ("Gb",)),
    UnitDef("megabit", "measure", (), ("mb", "Mb")),
    UnitDef(
        "megabit per second", "measure", ("megabits per second", "mbps", "mbit/s"), ("Mbps", "Mb/s")
    ),
    UnitDef(
        "gigabit per second", "measure", ("gigabits per second", "gbps", "gbit/s"), ("Gbps", "Gb/s")
    ),
    UnitDef("hertz", "measure", ("hz",)),
    UnitDef("kilohertz", "measure", ("khz",)),
    UnitDef("megahertz", "measure", ("mhz",)),
    UnitDef("gigahertz", "measure", ("ghz",)),
    UnitDef("revolutions per minute", "measure", ("rpm", "revs per minute")),
    UnitDef("megapixel", "measure", ("megapixels", "megapixel"), ("MP",)),
    UnitDef("millisecond", "duration", ("msec",)),
    UnitDef("second", "duration", (), ("s",)),
    UnitDef("minute", "duration", ("mins", "min")),
    UnitDef("hour", "duration", (), ("h",)),
    UnitDef("night", "duration", ("nights", "night")),
    UnitDef("week", "duration", ("wks",)),
    UnitDef("month", "duration", ("mos",)),
    UnitDef("quarter", "duration", ("quarters",)),
    UnitDef("decade", "duration", ("decades", "decade")),
    UnitDef("count", "multiple", ("times", "fold")),
)


def _hyphenated(unit: UnitDef) -> UnitDef:
    """Add the hyphenated form of each word of several words (``percentage-point``).

    A unit of several words is hyphenated when it modifies a noun (``a
    50-basis-point hike``), as the reference table's generated words are.
    """
    extra = tuple(
        word.replace(" ", "-")
        for word in unit.words
        if " " in word and word.replace(" ", "-") not in unit.words
    )
    return unit._replace(words=unit.words + extra) if extra else unit


#: The hand-written units, each word of several words also hyphenated.
UNITS: tuple[UnitDef, ...] = tuple(_hyphenated(unit) for unit in _HAND_UNITS)

#: Currency idioms of news that ISO 4217 and CLDR (``currencies.tsv``) do not
#: give: ``$`` variants (``U.S.$``, ``C$``, ``S$``), bare names (``dollars``
#: is read as US dollars, ``francs`` as Swiss francs, ``yuan``, ``sterling``),
#: Reuters codes (``EUR=``), the rand's ``R`` and currencies ISO 4217 no
#: longer lists (``DEM``, ``NLG``) or never did (bitcoin, ``XBT``).  ``$``
#: alone is read as US dollars; prefixed dollars (``C$``, ``HK$``, ``A$``)
#: carry their own code.
CURRENCIES: tuple[CurrencyDef, ...] = (
    CurrencyDef(
        "USD",
        (
            "U.S.$",
            "U.S. $",
            "US $",
            "USD$",
            "usd$",
            "us$",
            "u.s.$",
            "u.s. $",
            "us $",
            "u.s $",
            "＄",
        ),
        (
            "u.s. dollars",
            "u.s. dollar",
            "american dollars",
            "united states dollars",
            "dollars",
            "dollar",
            "usd",
            "bucks",
            "dlrs",
            "dlr",
        ),
    ),
    CurrencyDef("CAD", ("C$", "CAD$", "Can$", "c$", "cad$", "C $", "c $", "$C"), ("cad",)),
    CurrencyDef("AUD", ("AU$", "AUD$", "aud$", "$A", "$AU"), ("aussie dollars", "aud")),
    CurrencyDef("NZD", ("NZD$", "nzd$", "nz$", "$NZ"), ("nzd",)),
    CurrencyDef("HKD", ("HK $", "hk$", "hk $", "HKD$"), ("hkd",)),
    CurrencyDef("SGD", ("S$", "SG$"), ("sgd",)),
    CurrencyDef("TWD", ("NTD",), ("taiwan dollars", "taiwan dollar", "taiwanese dollars")),
    CurrencyDef("MXN", ("Mex$", "mex$", "MXN$", "mxn$"), ()),
    CurrencyDef("BRL", (), ("brazilian reais", "reais")),
    CurrencyDef("EUR", ("EUR=",), ("eur",)),
    CurrencyDef("GBP", ("PS",), ("pounds sterling", "pound sterling", "sterling", "gbp")),
    CurrencyDef("JPY", ("Y=", "JPY=", "円"), ("yen", "jpy")),
    CurrencyDef("CNY", ("元", "RMB"), ("yuan", "renminbi", "rmb", "cny", "kuai")),
    CurrencyDef("CHF", ("SFr",), ("francs", "franc", "chf")),
    CurrencyDef("RUB", ("₽",), ("russian roubles", "roubles", "rouble", "rubles", "ruble")),
    CurrencyDef("INR", ("Rs.", "Rs"), ("rupees", "rupee", "inr")),
    CurrencyDef("LKR", ("ரூ",), ()),
    CurrencyDef("KRW", (), ("korean won", "won")),
    CurrencyDef("ILS", ("NIS",), ("new israeli shekels", "israeli shekels", "shekels", "shekel")),
    CurrencyDef("TRY", ("₺", "TL"), ("turkish liras", "lira", "liras")),
    CurrencyDef("DKK", (), ("danish crowns", "dkk")),
    CurrencyDef("SEK", (), ("swedish crowns", "kronor", "krona", "sek")),
    CurrencyDef("NOK", (), ("norwegian crowns", "kroner", "krone", "nok")),
    CurrencyDef("MYR", (), ("ringgit",)),
    CurrencyDef("ZAR", ("R",), ("rand",)),
    CurrencyDef("THB", ("฿",), ("baht",)),
    CurrencyDef("IDR", (), ("rupiah",)),
    CurrencyDef("VND", (), ("dong",)),
    CurrencyDef("NGN", ("₦",), ("naira",)),
    CurrencyDef("UAH", ("₴",), ("hryvnias", "hryvnia")),
    CurrencyDef("PLN", (), ("zlotys", "zloty", "zlotych")),
    CurrencyDef("HUF", (), ("forints", "forint")),
    CurrencyDef("CZK", (), ("czech crowns", "koruna", "korunas")),
    CurrencyDef("AED", (), ("emirati dirhams", "dirhams", "dirham")),
    CurrencyDef("SAR", (), ("riyals", "riyal")),
    CurrencyDef("ARS", (), ("argentinian pesos",)),
    CurrencyDef("HRK", ("HRK",), ("croatian kuna", "kuna", "kn")),
    CurrencyDef("GEL", ("₾",), ("lari",)),
    CurrencyDef("LAK", ("₭",), ("lao kip", "kip")),
    CurrencyDef("CRC", ("₡",), ("costa rican colones", "colones", "colón")),
    CurrencyDef("FIM", (), ("finnish markka", "finnish markkas", "markka", "markkas")),
    CurrencyDef(
        "DEM", ("DM",), ("deutsche marks", "deutsche mark", "german marks", "deutschmarks", "marks")
    ),
    CurrencyDef("NLG", (), ("dutch guilders", "dutch guilder", "guilders", "guilder")),
    CurrencyDef("ESP", (), ("spanish pesetas", "pesetas", "peseta")),
    CurrencyDef("FRF", (), ("french francs", "french franc")),
    CurrencyDef("ITL", (), ("italian lire", "italian lira", "lire")),
    CurrencyDef("XBT", ("₿", "BTC", "XBT"), ("bitcoins", "bitcoin", "btc")),
)

#: Minor currency units: written name to (unit name, ISO code of the major currency or "").
MINOR_CURRENCIES: MappingProxyType[str, tuple[str, str]] = MappingProxyType(
    {
        "cents": ("cent", ""),
        "cent": ("cent", ""),
        "¢": ("cent", ""),
        "pence": ("penny", "GBP"),
        "penny": ("penny", "GBP"),
        "p": ("penny", "GBP"),
        "sen": ("sen", "MYR"),
        "kopecks": ("kopeck", "RUB"),
        "kopeks": ("kopeck", "RUB"),
        "paise": ("paisa", "INR"),
        "satoshis": ("satoshi", "XBT"),
        "satoshi": ("satoshi", "XBT"),
        "mao": ("mao", "CNY"),
    }
)

#: Abbreviations of news that write a rate's ``per`` and its denominator as one word,
#: after an amount, to the denominator they name: property news prices floor area
#: ``psf`` (per square foot) and ``psm`` (per square metre), rents ``pcm`` (per calendar
#: month) and ``pw`` (per week), salaries ``p.a.`` (per annum).  pint's registry has
#: none of them (its ``psi`` is a pressure, pound-force per square inch).  Matched in
#: any case after money: ``S$3,524 psf`` is ``SGD per square foot``.
RATE_ABBREVIATIONS: MappingProxyType[str, str] = MappingProxyType(
    {
        "psf": "square foot",
        "psm": "square metre",
        "pcm": "month",
        "pw": "week",
        "p.a.": "year",
    }
)
