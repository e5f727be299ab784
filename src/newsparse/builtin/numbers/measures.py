"""Units of measurement and currencies the extractor knows, with their normalised names.

Unit names follow the normalised vocabulary of the CQE and quantulum3
extractors (British spelling, singular: ``"kilometre per hour"``,
``"percentage"``, ``"metric ton"``); money carries its ISO 4217 code.  To
add a unit, add a :class:`UnitDef` with its written forms; to add a
currency, a :class:`CurrencyDef` with its signs and names.  The scanner
sorts all surfaces by length, so ``km/h`` wins over ``km``.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import NamedTuple

__all__ = ["CURRENCIES", "MINOR_CURRENCIES", "UNITS", "CurrencyDef", "UnitDef"]


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


#: Units of measurement.  Order does not matter: the scanner sorts surfaces by length.
UNITS: tuple[UnitDef, ...] = (
    # -- percentages and points ------------------------------------------------------
    UnitDef(
        "percentage",
        "percent",
        ("per cent", "per-cent", "percent", "percentage", "pct", "pct.", "pc"),
        ("%", "％"),
    ),
    UnitDef("percentage point", "percent", ("percentage points", "percentage point", "ppt", "pp")),
    UnitDef("basis point", "percent", ("basis points", "basis point", "bps", "bp")),
    UnitDef("point", "measure", ("points", "point", "pts", "pt")),
    # -- length ----------------------------------------------------------------------
    UnitDef("metre", "measure", ("metres", "metre", "meters", "meter"), ("m",)),
    UnitDef(
        "kilometre",
        "measure",
        ("kilometres", "kilometre", "kilometers", "kilometer", "kms"),
        ("km", "KM", "Km"),
    ),
    UnitDef(
        "centimetre", "measure", ("centimetres", "centimetre", "centimeters", "centimeter"), ("cm",)
    ),
    UnitDef(
        "millimetre", "measure", ("millimetres", "millimetre", "millimeters", "millimeter"), ("mm",)
    ),
    UnitDef(
        "micrometre",
        "measure",
        ("micrometres", "micrometre", "micrometers", "micrometer", "microns", "micron"),
        ("μm", "µm"),
    ),
    UnitDef(
        "nanometre", "measure", ("nanometres", "nanometre", "nanometers", "nanometer"), ("nm",)
    ),
    UnitDef("picometre", "measure", ("picometres", "picometre", "picometers", "picometer")),
    UnitDef(
        "decimetre", "measure", ("decimetres", "decimetre", "decimeters", "decimeter"), ("dm",)
    ),
    UnitDef("mile", "measure", ("miles", "mile"), ("mi",)),
    UnitDef("nautical mile", "measure", ("nautical miles", "nautical mile"), ("nmi",)),
    UnitDef("yard", "measure", ("yards", "yard", "yds", "yd")),
    UnitDef("foot", "measure", ("feet", "foot"), ("ft", "′")),
    UnitDef("inch", "measure", ("inches", "inch"), ("″",)),
    UnitDef("light year", "measure", ("light years", "light-years", "light year", "light-year")),
    # -- area ------------------------------------------------------------------------
    UnitDef(
        "square metre",
        "measure",
        (
            "square metres",
            "square metre",
            "square meters",
            "square meter",
            "sq m",
            "sq. m",
            "sqm",
            "sq metres",
            "sq meters",
        ),
        ("m2", "m²"),
    ),
    UnitDef(
        "square kilometre",
        "measure",
        (
            "square kilometres",
            "square kilometre",
            "square kilometers",
            "square kilometer",
            "sq km",
            "sq. km",
        ),
        ("km2", "km²"),
    ),
    UnitDef(
        "square centimetre",
        "measure",
        ("square centimetres", "square centimetre", "square centimeters", "square centimeter"),
        ("cm2", "cm²"),
    ),
    UnitDef(
        "square mile", "measure", ("square miles", "square mile", "sq mi", "sq miles", "sq. mi")
    ),
    UnitDef(
        "square foot",
        "measure",
        ("square feet", "square foot", "sq ft", "sq. ft", "sq feet", "sq. ft.", "sqft"),
    ),
    UnitDef("acre", "measure", ("acres", "acre")),
    UnitDef("hectare", "measure", ("hectares", "hectare"), ("ha",)),
    # -- volume ----------------------------------------------------------------------
    UnitDef("litre", "measure", ("litres", "litre", "liters", "liter"), ("L",)),
    UnitDef(
        "millilitre",
        "measure",
        ("millilitres", "millilitre", "milliliters", "milliliter"),
        ("ml", "mL"),
    ),
    UnitDef(
        "cubic metre",
        "measure",
        ("cubic metres", "cubic metre", "cubic meters", "cubic meter"),
        ("m3", "m³"),
    ),
    UnitDef("cubic foot", "measure", ("cubic feet", "cubic foot"), ("cu ft",)),
    UnitDef("gallon", "measure", ("gallons", "gallon"), ("gal",)),
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
    UnitDef("barrel of oil", "measure", ("barrels of oil", "barrel of oil")),
    UnitDef("barrel", "measure", ("barrels", "barrel", "bbl")),
    UnitDef("pint", "measure", ("pints", "pint")),
    UnitDef("quart", "measure", ("quarts", "quart")),
    UnitDef("ounce", "measure", ("fluid ounces", "fluid ounce", "ounces", "ounce", "oz", "fl oz")),
    UnitDef("cup", "measure", ("cups", "cup")),
    UnitDef("tablespoon", "measure", ("tablespoons", "tablespoon", "tbsp")),
    UnitDef("teaspoon", "measure", ("teaspoons", "teaspoon", "tsp")),
    UnitDef("bushel", "measure", ("bushels", "bushel")),
    # -- mass ------------------------------------------------------------------------
    UnitDef(
        "kilogram",
        "measure",
        ("kilograms", "kilogram", "kilogrammes", "kilogramme", "kilos", "kilo"),
        ("kg", "Kg", "KG", "kgs"),
    ),
    UnitDef("gram", "measure", ("grams", "gram", "grammes", "gramme"), ("g", "gr")),
    UnitDef(
        "milligram", "measure", ("milligrams", "milligram", "milligrammes", "milligramme"), ("mg",)
    ),
    UnitDef(
        "microgram",
        "measure",
        ("micrograms", "microgram", "microgrammes", "microgramme", "mcg"),
        ("μg", "µg"),
    ),
    UnitDef(
        "metric ton",
        "measure",
        ("metric tons", "metric ton", "metric tonnes", "tonnes", "tonne"),
        ("t",),
    ),
    UnitDef("ton", "measure", ("tons", "ton")),
    UnitDef("pound-mass", "measure", ("pounds", "pound", "lbs", "lb")),
    UnitDef("stone", "measure", ("stone",)),
    UnitDef("carat", "measure", ("carats", "carat")),
    # -- speed -----------------------------------------------------------------------
    UnitDef(
        "mile per hour",
        "measure",
        ("miles per hour", "miles an hour", "mile per hour", "mile an hour", "mph", "mi/h"),
        ("MPH",),
    ),
    UnitDef(
        "kilometre per hour",
        "measure",
        (
            "kilometres per hour",
            "kilometers per hour",
            "kilometres an hour",
            "kilometers an hour",
            "kilometre per hour",
            "kilometer per hour",
            "km/h",
            "km/hr",
            "kph",
            "kmph",
            "kmh",
            "km per hour",
        ),
    ),
    UnitDef(
        "metre per second",
        "measure",
        ("metres per second", "meters per second", "metre per second", "meter per second", "m/s"),
    ),
    UnitDef("knot", "measure", ("knots", "knot")),
    UnitDef("mile per gallon", "measure", ("miles per gallon", "mile per gallon", "mpg")),
    # -- temperature -----------------------------------------------------------------
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
            "celsius",
            "centigrade",
        ),
        ("°C", "° C", "ºC", "C"),
    ),
    UnitDef(
        "fahrenheit",
        "measure",
        (
            "degrees fahrenheit",
            "degree fahrenheit",
            "degrees f",
            "° fahrenheit",
            "°fahrenheit",
            "fahrenheit",
        ),
        ("°F", "° F", "ºF", "F"),
    ),
    UnitDef("kelvin", "measure", ("kelvins", "kelvin")),
    UnitDef("degree", "measure", ("degrees", "degree"), ("°", "º")),
    UnitDef("radian", "measure", ("radians", "radian", "rad")),
    UnitDef("turn", "measure", ("turns", "turn")),
    # -- power, energy, electricity ---------------------------------------------------
    UnitDef("watt", "measure", ("watts", "watt"), ("W",)),
    UnitDef("kilowatt", "measure", ("kilowatts", "kilowatt"), ("kW", "KW", "kw")),
    UnitDef("megawatt", "measure", ("megawatts", "megawatt"), ("MW", "Mw")),
    UnitDef("gigawatt", "measure", ("gigawatts", "gigawatt"), ("GW",)),
    UnitDef("terawatt", "measure", ("terawatts", "terawatt"), ("TW",)),
    UnitDef(
        "kilowatt hour",
        "measure",
        ("kilowatt hours", "kilowatt-hours", "kilowatt hour", "kilowatt-hour"),
        ("kWh", "KWh", "kwh"),
    ),
    UnitDef(
        "megawatt hour",
        "measure",
        ("megawatt hours", "megawatt-hours", "megawatt hour", "megawatt-hour"),
        ("MWh",),
    ),
    UnitDef(
        "gigawatt hour",
        "measure",
        ("gigawatt hours", "gigawatt-hours", "gigawatt hour", "gigawatt-hour"),
        ("GWh",),
    ),
    UnitDef(
        "terawatt hour",
        "measure",
        ("terawatt hours", "terawatt-hours", "terawatt hour", "terawatt-hour"),
        ("TWh",),
    ),
    UnitDef("horsepower", "measure", ("horsepower", "horse power", "hp"), ("PS", "HP")),
    UnitDef("brake horsepower", "measure", ("brake horsepower", "bhp")),
    UnitDef("joule", "measure", ("joules", "joule")),
    UnitDef("kilocalorie", "measure", ("kilocalories", "kilocalorie", "kcal")),
    UnitDef("calorie", "measure", ("calories", "calorie")),
    UnitDef("british thermal unit", "measure", ("british thermal units", "btus", "btu"), ("BTU",)),
    UnitDef("mega british thermal unit", "measure", ("mmbtu",), ("MMBtu", "mmBTU")),
    UnitDef("volt", "measure", ("volts", "volt"), ("V",)),
    UnitDef("kilovolt", "measure", ("kilovolts", "kilovolt"), ("kV",)),
    UnitDef("ampere", "measure", ("amperes", "ampere", "amps", "amp")),
    UnitDef("ampere per square centimetre", "measure", ("a/cm2", "a/cm²")),
    UnitDef(
        "milliampere-hour",
        "measure",
        ("milliampere-hours", "milliampere hours", "milliamp hours", "mah"),
        ("mAh",),
    ),
    UnitDef("farad", "measure", ("farads", "farad")),
    UnitDef("ohm", "measure", ("ohms", "ohm"), ("Ω",)),
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
    UnitDef("newton", "measure", ("newtons", "newton")),
    # -- pressure, sound, concentration ---------------------------------------------------
    UnitDef("pascal", "measure", ("pascals", "pascal"), ("Pa",)),
    UnitDef("kilopascal", "measure", ("kilopascals", "kilopascal"), ("kPa",)),
    UnitDef("megapascal", "measure", ("megapascals", "megapascal"), ("MPa",)),
    UnitDef("gigapascal", "measure", ("gigapascals", "gigapascal"), ("GPa",)),
    UnitDef("pound per square inch", "measure", ("pounds per square inch", "psi")),
    UnitDef("bar", "measure", ("bars",), ("bar",)),
    UnitDef("decibel", "measure", ("decibels", "decibel"), ("dB",)),
    UnitDef("parts-per-billion", "measure", ("parts per billion", "parts-per-billion", "ppb")),
    UnitDef("part per million", "measure", ("parts per million", "parts-per-million", "ppm")),
    UnitDef("microgram per gram", "measure", ("micrograms per gram", "microgrammes per gramme")),
    # -- data and frequency --------------------------------------------------------------
    UnitDef("bit", "measure", ("bits", "bit")),
    UnitDef("byte", "measure", ("bytes", "byte")),
    UnitDef("kilobyte", "measure", ("kilobytes", "kilobyte"), ("KB", "kB")),
    UnitDef("megabyte", "measure", ("megabytes", "megabyte"), ("MB",)),
    UnitDef("gigabyte", "measure", ("gigabytes", "gigabyte", "gigs"), ("GB", "Gb")),
    UnitDef("terabyte", "measure", ("terabytes", "terabyte"), ("TB",)),
    UnitDef("petabyte", "measure", ("petabytes", "petabyte"), ("PB",)),
    UnitDef("megabit", "measure", ("megabits", "megabit"), ("mb", "Mb")),
    UnitDef(
        "megabit per second", "measure", ("megabits per second", "mbps", "mbit/s"), ("Mbps", "Mb/s")
    ),
    UnitDef(
        "gigabit per second", "measure", ("gigabits per second", "gbps", "gbit/s"), ("Gbps", "Gb/s")
    ),
    UnitDef("hertz", "measure", ("hertz", "hz")),
    UnitDef("kilohertz", "measure", ("kilohertz", "khz")),
    UnitDef("megahertz", "measure", ("megahertz", "mhz")),
    UnitDef("gigahertz", "measure", ("gigahertz", "ghz")),
    UnitDef(
        "revolutions per minute", "measure", ("revolutions per minute", "rpm", "revs per minute")
    ),
    UnitDef("win above replacement", "measure", ("wins above replacement",), ("WAR",)),
    UnitDef("megapixel", "measure", ("megapixels", "megapixel"), ("MP",)),
    # -- time ------------------------------------------------------------------------------
    UnitDef("millisecond", "duration", ("milliseconds", "millisecond", "msec"), ("ms",)),
    UnitDef("microsecond", "duration", ("microseconds", "microsecond"), ("μs", "µs")),
    UnitDef("nanosecond", "duration", ("nanoseconds", "nanosecond"), ("ns",)),
    UnitDef("second", "duration", ("seconds", "second", "secs", "sec"), ("s",)),
    UnitDef("minute", "duration", ("minutes", "minute", "mins", "min")),
    UnitDef("hour", "duration", ("hours", "hour", "hrs", "hr"), ("h",)),
    UnitDef("day", "duration", ("days", "day")),
    UnitDef("night", "duration", ("nights", "night")),
    UnitDef("week", "duration", ("weeks", "week", "wks")),
    UnitDef("fortnight", "duration", ("fortnights", "fortnight")),
    UnitDef("month", "duration", ("months", "month", "mos")),
    UnitDef("quarter", "duration", ("quarters",)),
    UnitDef("year", "duration", ("years", "year", "yrs", "yr")),
    UnitDef("decade", "duration", ("decades", "decade")),
    UnitDef("century", "duration", ("centuries", "century")),
    UnitDef("millennium", "duration", ("millennia", "millennium")),
    # -- multiples -------------------------------------------------------------------------
    UnitDef("count", "multiple", ("times", "fold")),
)

#: Currencies.  ``$`` alone is read as US dollars; prefixed dollars (``C$``,
#: ``HK$``, ``A$``) carry their own code.
CURRENCIES: tuple[CurrencyDef, ...] = (
    CurrencyDef(
        "USD",
        (
            "US$",
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
            "$US",
            "$",
            "USD",
            "＄",
        ),
        (
            "us dollars",
            "us dollar",
            "u.s. dollars",
            "u.s. dollar",
            "american dollars",
            "united states dollars",
            "dollars",
            "dollar",
            "usd",
            "bucks",
        ),
    ),
    CurrencyDef(
        "CAD",
        ("C$", "CA$", "CAD$", "Can$", "c$", "cad$", "C $", "c $", "$C", "CAD"),
        ("canadian dollars", "canadian dollar", "cad"),
    ),
    CurrencyDef(
        "AUD",
        ("A$", "AU$", "AUD$", "aud$", "$A", "$AU", "AUD"),
        ("australian dollars", "australian dollar", "aussie dollars", "aud"),
    ),
    CurrencyDef(
        "NZD",
        ("NZ$", "NZD$", "nzd$", "nz$", "$NZ", "NZD"),
        ("new zealand dollars", "new zealand dollar", "nzd"),
    ),
    CurrencyDef(
        "HKD",
        ("HK$", "HK $", "hk$", "hk $", "HKD$", "HKD"),
        ("hong kong dollars", "hong kong dollar", "hkd"),
    ),
    CurrencyDef("SGD", ("S$", "SG$", "SGD"), ("singapore dollars", "singapore dollar", "sgd")),
    CurrencyDef(
        "TWD",
        ("NT$", "NTD"),
        ("taiwan dollars", "taiwan dollar", "new taiwan dollars", "taiwanese dollars"),
    ),
    CurrencyDef(
        "MXN", ("MX$", "Mex$", "mex$", "MXN$", "mxn$", "MXN"), ("mexican pesos", "mexican peso")
    ),
    CurrencyDef("BRL", ("R$", "BRL"), ("brazilian reais", "brazilian real", "reais")),
    CurrencyDef("EUR", ("€", "EUR", "EUR="), ("euros", "euro", "eur")),
    CurrencyDef(
        "GBP",
        ("£", "GBP", "PS"),
        ("pounds sterling", "pound sterling", "british pounds", "sterling", "gbp"),
    ),
    CurrencyDef("JPY", ("¥", "Y=", "JPY", "JPY=", "円"), ("japanese yen", "yen", "jpy")),
    CurrencyDef(
        "CNY",
        ("元", "RMB", "CNY", "CN¥"),
        ("chinese yuan", "yuan", "renminbi", "rmb", "cny", "kuai"),
    ),
    CurrencyDef("CHF", ("CHF", "SFr"), ("swiss francs", "swiss franc", "francs", "franc", "chf")),
    CurrencyDef(
        "RUB",
        ("₽", "RUB"),
        ("russian roubles", "russian rubles", "roubles", "rouble", "rubles", "ruble"),
    ),
    CurrencyDef(
        "INR",
        ("₹", "Rs.", "Rs", "INR"),
        ("indian rupees", "indian rupee", "rupees", "rupee", "inr"),
    ),
    CurrencyDef("LKR", ("ரூ", "LKR"), ("sri lankan rupees", "sri lankan rupee")),
    CurrencyDef("PKR", ("PKR",), ("pakistani rupees", "pakistani rupee")),
    CurrencyDef("KRW", ("₩", "KRW"), ("south korean won", "korean won", "won")),
    CurrencyDef(
        "ILS", ("₪", "NIS", "ILS"), ("new israeli shekels", "israeli shekels", "shekels", "shekel")
    ),
    CurrencyDef("TRY", ("₺", "TL"), ("turkish lira", "turkish liras", "lira", "liras")),
    CurrencyDef("DKK", ("DKK",), ("danish crowns", "danish kroner", "danish krone", "dkk")),
    CurrencyDef(
        "SEK",
        ("SEK",),
        ("swedish crowns", "swedish kronor", "swedish krona", "kronor", "krona", "sek"),
    ),
    CurrencyDef(
        "NOK",
        ("NOK",),
        ("norwegian crowns", "norwegian kroner", "norwegian krone", "kroner", "krone", "nok"),
    ),
    CurrencyDef("MYR", ("RM", "MYR"), ("malaysian ringgit", "ringgit")),
    CurrencyDef("ZAR", ("ZAR",), ("south african rand", "rand")),
    CurrencyDef("THB", ("฿", "THB"), ("thai baht", "baht")),
    CurrencyDef("IDR", ("Rp", "IDR"), ("indonesian rupiah", "rupiah")),
    CurrencyDef("PHP", ("₱", "PHP"), ("philippine pesos", "philippine peso")),
    CurrencyDef("VND", ("₫", "VND"), ("vietnamese dong", "dong")),
    CurrencyDef("NGN", ("₦", "NGN"), ("nigerian naira", "naira")),
    CurrencyDef("UAH", ("₴", "UAH"), ("ukrainian hryvnias", "hryvnias", "hryvnia")),
    CurrencyDef("PLN", ("PLN",), ("polish zlotys", "zlotys", "zloty", "zlotych")),
    CurrencyDef("HUF", ("HUF",), ("hungarian forints", "forints", "forint")),
    CurrencyDef("CZK", ("CZK",), ("czech crowns", "czech korunas", "koruna", "korunas")),
    CurrencyDef("AED", ("AED",), ("emirati dirhams", "uae dirhams", "dirhams", "dirham")),
    CurrencyDef("SAR", (), ("saudi riyals", "riyals", "riyal")),
    CurrencyDef("EGP", ("EGP",), ("egyptian pounds", "egyptian pound")),
    CurrencyDef("ARS", (), ("argentine pesos", "argentinian pesos")),
    CurrencyDef("CLP", (), ("chilean pesos",)),
    CurrencyDef("COP", (), ("colombian pesos",)),
    CurrencyDef("HRK", ("HRK",), ("croatian kuna", "kuna", "kn")),
    CurrencyDef("GEL", ("₾",), ("georgian lari", "lari")),
    CurrencyDef("LAK", ("₭",), ("lao kip", "kip")),
    CurrencyDef("CRC", ("₡",), ("costa rican colones", "costa rican colón", "colones", "colón")),
    CurrencyDef("KES", ("KSh", "KES"), ("kenyan shillings", "kenyan shilling")),
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
