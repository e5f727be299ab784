"""Sentence shapes the numeric-claims stage reads by structure, not by word lists.

Every sentence here is invented for the test.  Each test states the values
and units of the sentence's quantities (dates, ranks and ordinals left out).
"""

from __future__ import annotations

import pytest

from .helpers import Expected, check_values, claims, quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bakery sold 4,000 loaves in March and 3,200 in April.",
            [(4000, "loaf"), (3200, "loaf")],
        ),
        ("The dealer sold 40 cars on Monday and 25 on Tuesday.", [(40, "car"), (25, "car")]),
        (
            "The museum drew 8,100 visitors in spring and 6,400 in autumn.",
            [(8100, "visitor"), (6400, "visitor")],
        ),
        (
            "The clinic treated 310 patients in 2021 and 290 in 2022.",
            [(310, "patient"), (290, "patient")],
        ),
        ("The shelter housed 75 dogs at its peak and 40 at the end.", [(75, "dog"), (40, "dog")]),
        ("Rainfall was 80 mm in July and 12 in August.", [(80, "millimetre"), (12, "millimetre")]),
        ("The fund lost $3 million in May and 2 in June.", [(3e6, "USD"), (2e6, "USD")]),
        (
            "The ferry carried 900 passengers on Friday and 1,100 on Saturday.",
            [(900, "passenger"), (1100, "passenger")],
        ),
        (
            "The index fell 1.5% in Tokyo and 0.9 in Seoul.",
            [(1.5, "percentage"), (0.9, "percentage")],
        ),
        ("The team scored 31 goals at home and 18 away.", [(31, "goal"), (18, None)]),
        (
            "The farm picked 12 tonnes during the first week and 9 during the second.",
            [(12, "metric ton"), (9, "metric ton")],
        ),
        (
            "The ferry sailed 610 kilometres, versus 540 a year earlier.",
            [(610, "kilometre"), (540, "kilometre")],
        ),
        (
            "The glacier thinned by 2.4 metres in 2019 and 1.7 last year.",
            [(2.4, "metre"), (1.7, "metre")],
        ),
        (
            "The charity raised $2.5 million, compared with 1.8 the year before.",
            [(2.5e6, "USD"), (1.8e6, "USD")],
        ),
        (
            "Jobless claims were 4.9 per cent against 5.3 previously.",
            [(4.9, "percentage"), (5.3, "percentage")],
        ),
        ("The shelter took in 12 cats and 7 on Sunday.", [(12, "cat"), (7, None)]),
        (
            "The river rose 3 metres, and 14 homes and 2 of the bridges were shut.",
            [(3, "metre"), (14, "home"), (2, "bridge")],
        ),
    ],
)
def test_unit_carried_from_a_parallel_figure(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The league fined three more clubs.", [(3, "club")]),
        ("The school hired two other teachers.", [(2, "teacher")]),
        ("Police arrested five additional suspects.", [(5, "additional suspect")]),
        ("The council built 40 newly designed homes.", [(40, "home")]),
        ("The airline added 12 extra flights.", [(12, "extra flight")]),
        ("She wrote a 12 page report.", [(12, "page")]),
        ("They bought a 6 cylinder engine.", [(6, "cylinder")]),
        ("He booked a 3 night stay at the resort.", [(3, "night")]),
        ("The firm issued a 40 page guide.", [(40, "page")]),
        (
            "The club signed seven more players and three other scouts.",
            [(7, "player"), (3, "scout")],
        ),
        ("Voters elected 14 largely unknown candidates.", [(14, "unknown candidate")]),
        ("The side lost 6 very tight matches.", [(6, "tight match")]),
        ("They sold 9 quite small flats.", [(9, "small flat")]),
    ],
)
def test_counted_noun_across_quantifiers_adverbs_and_compounds(
    text: str, expected: Expected
) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill produced 1.8m tonnes of steel.", [(1.8e6, "metric ton")]),
        ("The firm sold 7m of its phones last year.", [(7e6, "phone")]),
        ("The new model is 20k cheaper than the old one.", [(20000, None)]),
        ("The port handled 3.1m barrels of crude.", [(3.1e6, "barrel")]),
        ("The plant recycles 2m litres of water a day.", [(2e6, "litre per day")]),
        ("Organisers expect eight to nine thousand runners.", [((8000, 9000), "runner")]),
        ("Between two and three hundred people came.", [((200, 300), "people")]),
        ("The bank has 2m of its customers online.", [(2e6, "customer")]),
        ("He earns 45k a year.", [(45000, None)]),
        ("A 30m yacht docked in the harbour.", [(30, "metre")]),
        ("The sprinter won the 200m final.", [(200, "metre")]),
    ],
)
def test_scale_letters_and_shared_scale_words(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tickets cost $20/$25 at the door.", [((20, 25), "USD")]),
        ("Entry is £5/£7 for adults.", [((5, 7), "GBP")]),
        ("Prices went from $3 to $4 to $6 within a month.", [(3, "USD"), (4, "USD"), (6, "USD")]),
        (
            "Fees rose from €10 to €15 to €22 over a decade.",
            [(10, "EUR"), (15, "EUR"), (22, "EUR")],
        ),
        ("The term runs one to two years.", [((1, 2), "year")]),
        ("The repairs will take one to four weeks.", [((1, 4), "week")]),
        ("Shares fell from $45 to $39 on Monday.", [((39, 45), "USD")]),
        ("The price dropped from €90 to €70.", [((70, 90), "EUR")]),
        ("Rents climbed from $1,200 to $1,500 a month.", [((1200, 1500), "USD per month")]),
        ("Output slid from 12 to 9 tonnes.", [((9, 12), "metric ton")]),
        ("The wait grew from two to five hours.", [((2, 5), "hour")]),
    ],
)
def test_range_shapes(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He ordered an 8- or 10-ounce steak.", [(8, "ounce"), (10, "ounce")]),
        ("Buyers choose a 13- or 15-inch screen.", [(13, "inch"), (15, "inch")]),
        ("The trail is a 5- or 10-kilometre loop.", [(5, "kilometre"), (10, "kilometre")]),
        ("Pick a 2- or 4-litre bottle.", [(2, "litre"), (4, "litre")]),
        ("They offer a 30- or 60-minute class.", [(30, "minute"), (60, "minute")]),
        ("Sign a 12- or 24-month contract.", [(12, "month"), (24, "month")]),
        ("Choose a 1- or 2-year plan.", [(1, "year"), (2, "year")]),
        ("Take a 20- or 40-foot container.", [(20, "foot"), (40, "foot")]),
        ("Try the 6- or 12-pack.", [(6, "pack"), (12, "pack")]),
        ("Book a 3- or 5-day tour.", [(3, "day"), (5, "day")]),
        ("The trip takes three or four days.", [((3, 4), "day")]),
    ],
)
def test_hyphen_or_gives_two_values(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stocks: Nikkei -0.8% Hang Seng -1.4%", [(-0.8, "percentage"), (-1.4, "percentage")]),
        ("Markets: FTSE -0.5% DAX -0.7%", [(-0.5, "percentage"), (-0.7, "percentage")]),
        ("Commodities: Copper -2.1% Silver -0.3%", [(-2.1, "percentage"), (-0.3, "percentage")]),
        ("Bonds: Bund -0.02% Gilt -0.04%", [(-0.02, "percentage"), (-0.04, "percentage")]),
        ("Crypto: Bitcoin -4.2% Ether -5.5%", [(-4.2, "percentage"), (-5.5, "percentage")]),
        ("Asia: Kospi -1.1%", [(-1.1, "percentage")]),
        ("Europe: CAC -0.9% IBEX -1.3%", [(-0.9, "percentage"), (-1.3, "percentage")]),
        ("Wheat -1.6% Corn -0.8%", [(-1.6, "percentage"), (-0.8, "percentage")]),
        ("Currencies: Yen -0.4% Rand -1.2%", [(-0.4, "percentage"), (-1.2, "percentage")]),
        ("Energy: Brent -2.4% Gas -3.3%", [(-2.4, "percentage"), (-3.3, "percentage")]),
        ("The Model -3 prototype was shown.", []),
    ],
)
def test_signed_figures_in_market_lists(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 1500 protesters marched on Sunday.", [(1500, "protester")]),
        ("Nearly 2400 jobs were lost.", [(2400, "job")]),
        ("Some 1800 runners took part.", [(1800, "runner")]),
        ("The club sold 1300 season tickets.", [(1300, "season ticket")]),
        ("Roughly 1100 homes lost power.", [(1100, "home")]),
        ("The charity fed 1600 families.", [(1600, "family")]),
        ("Around 1900 students applied.", [(1900, "student")]),
        ("Crews cleared 1250 trees.", [(1250, "tree")]),
        ("The law was passed in 1998.", []),
        ("Since 2005, the town has grown.", []),
        ("The bridge opened in May 1932.", []),
    ],
)
def test_round_four_digit_quantities_and_years(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her daughter, who was 9, survived the crash.", [(9, "year of age")]),
        ("The man, who is 40, called police.", [(40, "year of age")]),
        ("His brother, who turned 30, moved abroad.", [(30, "year of age")]),
        ("The keeper, 35, signed a new deal.", [(35, "year of age")]),
        ("A woman, 52, was fined.", [(52, "year of age")]),
        ("The boy, 11, raised money for charity.", [(11, "year of age")]),
        ("Driver Tom Keane, 44, was unhurt.", [(44, "year of age")]),
        ("Nurse Mia Lopez, 29, was praised.", [(29, "year of age")]),
        ("Her father, who was 71, died at home.", [(71, "year of age")]),
        ("The singer, 27, cancelled the tour.", [(27, "year of age")]),
        ("In the end, 12 people were rescued.", [(12, "people")]),
    ],
)
def test_ages_without_year_old(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Half the seats were empty.", [(0.5, None)]),
        ("She won half the vote.", [(0.5, None)]),
        ("Half its staff were laid off.", [(0.5, None)]),
        ("One fifth of voters stayed home.", [(0.2, None)]),
        ("A quarter of residents oppose the plan.", [(0.25, None)]),
        ("Two thirds of the budget goes on wages.", [(0.6667, None)]),
        ("Sales rose threefold.", [(3, "count")]),
        ("Profits jumped tenfold.", [(10, "count")]),
        ("Costs rose 2-fold.", [(2, "count")]),
        ("Demand grew fivefold in a decade.", [(5, "count")]),
        ("Exports are six times higher.", [(6, "count")]),
    ],
)
def test_fractions_and_multiples(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He averaged 24.1 ppg.", [(24.1, "point per game")]),
        ("She posted 8.3 apg.", [(8.3, "assist per game")]),
        ("The centre grabbed 11.2 rpg.", [(11.2, "rebound per game")]),
        ("The guard had 2.1 spg.", [(2.1, "steal per game")]),
        ("He blocked 3.4 bpg.", [(3.4, "block per game")]),
        (
            "He averaged 19.5 ppg and 6.2 rpg.",
            [(19.5, "point per game"), (6.2, "rebound per game")],
        ),
        ("She averaged 22.6 points per game.", [(22.6, "point per game")]),
        (
            "He is averaging 11.4 points and 7.9 rebounds a game.",
            [(11.4, "point per game"), (7.9, "rebound per game")],
        ),
        ("The keeper allowed 0.8 goals per match.", [(0.8, "goal per match")]),
        ("The striker scored 1.1 goals a game.", [(1.1, "goal per game")]),
        ("He earns $10 an hour and $500 a week.", [(10, "USD per hour"), (500, "USD per week")]),
    ],
)
def test_sports_rates(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Samples held 37.8 micrograms per gram of lead.", [(37.8, "microgram per gram")]),
        ("Swedish shops charge 40 kronor a kilo.", [(40, "SEK per kilogram")]),
        ("Fuel costs $1.20 a litre.", [(1.2, "USD per litre")]),
        ("The dose is 5 mg/kg.", [(5, "milligram per kilogram")]),
        ("Copper sold at $8,450 per tonne.", [(8450, "USD per metric ton")]),
        ("The paint covers 12 square metres per litre.", [(12, "square metre per litre")]),
        ("Milk costs 95p a litre.", [(95, "penny per litre")]),
        ("The pump moves 40 litres per second.", [(40, "litre per second")]),
        ("The train reached 300 km/h.", [(300, "kilometre per hour")]),
        ("Ore grades were 3 grams per tonne.", [(3, "gram per metric ton")]),
        ("Sales rose 4.8% to $13 billion a year earlier.", [(4.8, "percentage"), (1.3e10, "USD")]),
    ],
)
def test_units_compose_with_per(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hotel charges 1,200 zł per night.", [(1200, "PLN per night")]),
        ("Wages rose to 45,000 Kč a month.", [(45000, "CZK per month")]),
        ("The utility will spend R4.5 billion on substations.", [(4.5e9, "ZAR")]),
        ("The mayor won a third term.", []),
        ("The side reached a quarter final.", []),
        ("Profits fell by a third last year.", [(0.3333, None)]),
        ("A third of voters stayed home.", [(0.3333, None)]),
        ("It costs a quarter million dollars.", [(250000, "USD")]),
        ("The part is PLX-R18.", []),
        ("The grade was Q3 in the report.", []),
    ],
)
def test_local_currency_symbols_and_ordinal_fractions(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The five biggest banks lost money.", [(5, "big bank")]),
        ("The 10 busiest airports reopened.", [(10, "busy airport")]),
        ("The three largest forest fires were contained.", [(3, "large forest fire")]),
        ("The 20 most expensive restaurants are in Paris.", [(20, "expensive restaurant")]),
        ("The 4 least crowded beaches were cleaned.", [(4, "beach")]),
        ("The two coldest weeks were in January.", [(2, "week")]),
        ("The six oldest houses were saved.", [(6, "old house")]),
        ("The 5 wealthiest families own half the land.", [(5, "wealthy family"), (0.5, None)]),
        ("The 3 safest cars were German.", [(3, "safe car")]),
        ("One of the best screens was on sale.", [(1, "good screen")]),
        ("The 12 poorest districts got aid.", [(12, "poor district")]),
        ("Firefighters tackled 3 forest fires.", [(3, "forest fire")]),
        ("Lenders cut 2 interest rates.", [(2, "interest rate")]),
    ],
)
def test_superlatives_by_morphology(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The gauge fell 0.6 to 1,284 by noon.",
            [(0.6, None), (1284, None)],
        ),
        ("Prices fell 2 to 3 points.", [((2, 3), "point")]),
        ("Yields rose 4 to 6 per cent.", [((4, 6), "percentage")]),
    ],
)
def test_change_then_level_is_no_range(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The drone climbed to 1,200 feet and 80 km/h.",
            [(1200, "foot"), (80, "kilometre per hour")],
        ),
        (
            "The guard averaged 21.5 points and 6 assists a game.",
            [(21.5, "point per game"), (6, "assist per game")],
        ),
    ],
)
def test_denominator_shared_only_within_one_dimension(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rookie completed 19 of 27 passes.", [(19, "pass"), (27, "pass")]),
        ("Four of seven jurors agreed.", [(4, "juror"), (7, "juror")]),
        (
            "The guard hit 11 three-pointers and two free-throws.",
            [(11, "three-pointer"), (2, "free-throw")],
        ),
        ("The town hosted 60 well-wishers.", [(60, "well-wisher")]),
    ],
)
def test_part_of_a_counted_whole_and_hyphenated_plurals(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The survey asked 900 adults aged 30 to 45.", [(900, "adult"), ((30, 45), "year of age")]),
        ("Pupils aged 7-10 took part.", [((7, 10), "year of age")]),
    ],
)
def test_age_ranges(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The striker has 200-plus goals.", [(200, "goal")]),
        ("The ship sailed 3,000-plus miles.", [(3000, "mile")]),
        ("A 12,000-strong crowd watched.", [(12000, None)]),
        ("Some 60-odd delegates voted.", [(60, "delegate")]),
        ("The charity funds 45 NGOs and 8 ATMs.", [(45, "ngo"), (8, "atm")]),
    ],
)
def test_quantity_suffixes_and_acronym_plurals(text: str, expected: Expected) -> None:
    check_values(text, expected)


def test_plus_suffix_is_a_lower_bound() -> None:
    (claim,) = quantities("The striker has 200-plus goals.")
    assert claim.qualifier == "more than"
    (odd,) = quantities("Some 60-odd delegates voted.")
    assert odd.approximate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The index fell 31.5 points to 4,120.8.", [(31.5, "point"), (4120.8, "point")]),
        ("The index rose 1.1% to 4,120.", [(1.1, "percentage"), (4120, None)]),
    ],
)
def test_level_after_a_change_takes_the_change_unit(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Workers absorbed 1.8 mSv in a year.", [(1.8, "millisievert")]),
        (
            "Readings reached 40 microsieverts an hour.",
            [(40, "microsievert per hour")],
        ),
        ("The lot held 9 gray vans.", [(9, "gray van")]),
    ],
)
def test_radiation_dose_units_from_the_reference_data(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Half a million tourists came.", [(500000, "tourist")]),
        ("The app has a half-million users.", [(500000, "user")]),
        ("The strike lasted a month and a half.", [(1.5, "month")]),
        ("They walked a kilometre and a half.", [(1.5, "kilometre")]),
        ("She baked a loaf and a half.", [(0.5, None)]),
    ],
)
def test_halves_of_scales_and_units(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cell ran at 0.8 A/cm2.", [(0.8, "ampere per square centimetre")]),
        ("The panel bears 40 N/m2.", [(40, "newton per square metre")]),
        ("Fuel holds 45 J/kg.", [(45, "joule per kilogram")]),
        ("She got 5 A and 2 B/C marks.", [(5, None), (2, None)]),
    ],
)
def test_one_letter_symbols_as_numerators_of_compound_units(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fine was 5,000 kronor and 20 lakh rupees.",
            [(5000, "SEK"), (2e6, "INR")],
        ),
        ("The ticket was 12 dollars 40.", [(12.4, "USD")]),
        ("She paid 300 euros and 20 million yen.", [(300, "EUR"), (2e7, "JPY")]),
    ],
)
def test_cents_only_when_no_second_amount_follows(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "unit", "qualifier"),
    [
        ("The band played to 30 or so fans.", "fan", "about"),
        ("The storm felled 200 or more trees.", "tree", "at least"),
        ("The trial lasts 10 or fewer days.", "day", "at most"),
    ],
)
def test_or_bounds_before_the_noun(text: str, unit: str, qualifier: str) -> None:
    (claim,) = quantities(text)
    assert (claim.unit, claim.qualifier) == (unit, qualifier)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crane lifts 35 kN.", [(35, "kilonewton")]),
        ("Lunch costs 60 kn in Split.", [(60, "HRK")]),
    ],
)
def test_unit_symbol_as_written_before_a_currency_name(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two plain-clothes detectives waited.", [(2, "plain-clothes detective")]),
        ("The shop took 500 pre-orders on Monday.", [(500, "pre-order")]),
        ("The film cost a quarter of a million dollars.", [(250000, "USD")]),
        ("Three quarters of a billion people watched.", [(7.5e8, "people")]),
        ("Half of the 40 seats were empty.", [(0.5, None), (40, "seat")]),
    ],
)
def test_hyphenated_modifiers_and_fractions_of_a_scale(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank made a 0.5 percentage-point cut.", [(0.5, "percentage point")]),
        ("It was a 25-basis-point rise.", [(25, "basis point")]),
    ],
)
def test_hyphenated_units_of_several_words(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The index rose 41 points, or 0.9 per cent, to 4,620.",
            [(41, "point"), (0.9, "percentage"), (4620, "point")],
        ),
        ("The gauge slid 12 points to 980.", [(12, "point"), (980, "point")]),
    ],
)
def test_level_after_a_change_and_its_percentage_aside(text: str, expected: Expected) -> None:
    check_values(text, expected)


def test_scores_before_punctuation() -> None:
    text = "She won 6-4, 7-5. They drew 1-1."
    scores = [c for c in claims(text) if c.kind == "score"]
    assert [tuple(c.attributes["score"]) for c in scores] == [(6, 4), (7, 5), (1, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The running back gained 5.2 yards per carry.", [(5.2, "yard per carry")]),
        ("The toll bridge charges $4.75 per vehicle.", [(4.75, "USD per vehicle")]),
        ("The college raised fees by £900 per student.", [(900, "GBP per student")]),
        ("The new therapy costs €3,400 per dose.", [(3400, "EUR per dose")]),
        ("The hotel charges $180 per night.", [(180, "USD per night")]),
        ("Women had 1.6 children per woman on average.", [(1.6, "child per woman")]),
        ("The pitcher threw 14.2 pitches per inning.", [(14.2, "pitch per inning")]),
        ("The clinic saw 32 patients per doctor.", [(32, "patient per doctor")]),
        ("The grant pays 40 cents per kilometre driven.", [(40, "cent per kilometre")]),
        ("The farm uses 9 litres per cow each day.", [(9, "litre per cow")]),
        ("The fee is 2 per cent per transaction.", [(2, "percentage per transaction")]),
        ("Seats cost $90 per the agreement.", [(90, "USD")]),
        ("Rates of $12 per Reuters were quoted.", [(12, "USD")]),
        ("It costs $5 perhaps.", [(5, "USD")]),
        ("The rule costs $8 per se.", [(8, "USD")]),
        ("The show charged a $15-per-ticket fee.", [(15, "USD per ticket")]),
    ],
)
def test_any_noun_after_per_is_a_denominator(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The port handled 9.1 million containers, up from 8.4 million.",
            [(9.1e6, "container"), (8.4e6, "container")],
        ),
        (
            "The college enrolled 12,000 students, down from 12,800.",
            [(12000, "student"), (12800, "student")],
        ),
        (
            "The zoo welcomed 640,000 visitors, compared with 590,000 in 2019.",
            [(640000, "visitor"), (590000, "visitor")],
        ),
        (
            "The club sold 31,000 season tickets versus 28,000 a year earlier.",
            [(31000, "season ticket"), (28000, "season ticket")],
        ),
        (
            "The bakery sold 5,500 pies, against 4,900 the year before.",
            [(5500, "pie"), (4900, "pie")],
        ),
        (
            "Police made 210 arrests, compared to 180 last year.",
            [(210, "arrest"), (180, "arrest")],
        ),
        (
            "The airline flew 3 million passengers in June, up from about 2.6 million.",
            [(3e6, "passenger"), (2.6e6, "passenger")],
        ),
        (
            "The charity trained 400 volunteers, more than 350 in the spring.",
            [(400, "volunteer"), (350, "volunteer")],
        ),
        (
            "The plant built 70,000 cars, fewer than 75,000 in 2022.",
            [(70000, "car"), (75000, "car")],
        ),
        (
            "The shop had 120 complaints, down from 150.",
            [(120, "complaint"), (150, "complaint")],
        ),
        ("The coach named 23 players and 4 in reserve.", [(23, "player"), (4, None)]),
    ],
)
def test_compared_number_takes_the_counted_noun(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The carrier leases 64 aircraft and owns 20.", [(64, "aircraft"), (20, "aircraft")]),
        ("The navy ordered 4 aircraft carriers.", [(4, "aircraft carrier")]),
        ("The farmer lost 200 sheep in the snow.", [(200, "sheep")]),
        ("Thieves took 35 cattle and six pigs.", [(35, "cattle"), (6, "pig")]),
        ("The bank employs 900 staff in Leeds.", [(900, "staff")]),
        ("The lake holds 12 fish species.", [(12, "fish species")]),
        ("The hatchery released 5,000 deer or more.", [(5000, "deer")]),
        ("Some 300 personnel were moved.", [(300, "personnel")]),
        ("The network runs 3 news channels.", [(3, "news channel")]),
        ("Anglers landed 40 fish and 3 eels.", [(40, "fish"), (3, "eel")]),
        ("The studio made 2 series of the show.", [(2, "series")]),
        ("Two well-known cable news hosts quit.", [(2, "well-known cable news host")]),
    ],
)
def test_nouns_with_an_unmarked_plural_end_the_phrase(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The app has 40 million monthly active users.", [(4e7, "monthly active user")]),
        ("The paper sells 90,000 daily copies.", [(90000, "daily copy")]),
        ("The show has 12 weekly episodes.", [(12, "weekly episode")]),
        ("The firm files 4 quarterly reports.", [(4, "quarterly report")]),
        ("He lost 3 costly appeals.", [(3, "costly appeal")]),
        ("The home cares for 45 elderly residents.", [(45, "elderly resident")]),
        ("Police logged 25 deadly attacks.", [(25, "deadly attack")]),
        ("The club played 6 friendly matches.", [(6, "friendly match")]),
        ("The team held 8 hourly briefings.", [(8, "hourly briefing")]),
        ("The council built 40 newly designed homes.", [(40, "home")]),
        ("Voters elected 9 largely unknown candidates.", [(9, "unknown candidate")]),
        ("The lab hired 5 highly skilled chemists.", [(5, "chemist")]),
    ],
)
def test_adjectives_in_ly_stay_in_the_counted_noun(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Hawks lost three of their last four games.", [(3, "game"), (4, "game")]),
        ("The side won seven of its last nine matches.", [(7, "match"), (9, "match")]),
        ("She won four of her past six races.", [(4, "race"), (6, "race")]),
        ("He missed two of his first five kicks.", [(2, "kick"), (5, "kick")]),
        ("They sold eight of the ten paintings.", [(8, "painting"), (10, "painting")]),
        ("Six of their twelve flights were late.", [(6, "flight"), (12, "flight")]),
        ("Nine of the club's eleven coaches left.", [(9, "coach"), (11, "coach")]),
        ("Five of the three-ton satellites failed.", [(5, "three-ton satellite"), (3, "ton")]),
        ("One of our two vans broke down.", [(1, "van"), (2, "van")]),
        ("Three of its four new stores opened.", [(3, "new store"), (4, "new store")]),
    ],
)
def test_part_of_a_whole_counted_by_a_number_word(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The index closed up 45 points at 7,610.", [(45, "point"), (7610, "point")]),
        ("The gauge ended down 12.5 points at 2,301.4.", [(12.5, "point"), (2301.4, "point")]),
        (
            "The board index finished up 30 points, or 0.4 per cent, at 7,020.",
            [(30, "point"), (0.4, "percentage"), (7020, "point")],
        ),
        ("The benchmark slipped 8 points at 1,990 on Friday.", [(8, "point"), (1990, "point")]),
        ("Crude rose $1.20 at $81.50.", [(1.2, "USD"), (81.5, "USD")]),
        ("The barometer fell 4 hPa at 990 by dusk.", [(4, "hectopascal"), (990, "hectopascal")]),
        ("The gauge rose 3 points at noon.", [(3, "point")]),
        ("The index rose 1.1% at 4,120.", [(1.1, "percentage"), (4120, None)]),
        ("The river rose 2 metres at 14 sites.", [(2, "metre"), (14, "site")]),
        ("The index added 9 points to 3,480.", [(9, "point"), (3480, "point")]),
    ],
)
def test_level_a_change_ended_at_takes_its_unit(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The contract is worth $40 million Canadian dollars.", [(4e7, "CAD")]),
        ("The mine was sold for $2.5 billion Australian.", [(2.5e9, "AUD")]),
        ("It paid $60 million in Singapore dollars.", [(6e7, "SGD")]),
        ("The bonds raised $300m New Zealand dollars.", [(3e8, "NZD")]),
        ("Fares rose to $12 Hong Kong dollars.", [(12, "HKD")]),
        ("The grant of $5,000 Canadian, paid in May, helped.", [(5000, "CAD")]),
        ("He received $5,000 Canadian investment.", [(5000, "USD")]),
        ("The fund holds $2 billion in Canadian shares.", [(2e9, "USD")]),
        ("The fee is US$90 Canadian.", [(90, "USD")]),
        ("The loonie bought 74.5 U.S. cents.", [(74.5, "cent")]),
        ("The drink costs 80 US cents.", [(80, "cent")]),
    ],
)
def test_a_bare_dollar_named_by_its_country_after_the_amount(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The firm, with a value of $20 billion, has a staff of 400.",
            [(2e10, "USD"), (400, None)],
        ),
        ("A fine of $3 million followed a probe of 12.", [(3e6, "USD"), (12, None)]),
        ("Growth of 3% came with a rise of 40 in the index.", [(3, "percentage"), (40, None)]),
        ("A loss of 5 kg left him at a weight of 70.", [(5, "kilogram"), (70, None)]),
        ("A budget of €2m paid for a crew of 15.", [(2e6, "EUR"), (15, None)]),
        ("A yield of 4.2% drew a field of 30.", [(4.2, "percentage"), (30, None)]),
        ("With a lead of 6 points, she faced a margin of 2.", [(6, "point"), (2, None)]),
        ("A rise of 2 metres hit a town of 9,000.", [(2, "metre"), (9000, None)]),
        ("The price of £5 drew a queue of 200.", [(5, "GBP"), (200, None)]),
        ("A top speed of 300 km/h and a range of 500.", [(300, "kilometre per hour"), (500, None)]),
        ("The index rose by 2 percent but fell by 1.", [(2, "percentage"), (1, "percentage")]),
    ],
)
def test_of_after_a_noun_lends_no_unit(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The firm said 1,200 of its 5,000 workers would go.",
            [(1200, "worker"), (5000, "worker")],
        ),
        ("Some 2,400 of the 9,000 tickets were unsold.", [(2400, "ticket"), (9000, "ticket")]),
        ("About 1,050 of their 3,300 members voted.", [(1050, "member"), (3300, "member")]),
        ("Only 12,000 of the 40,000 homes had power.", [(12000, "home"), (40000, "home")]),
        ("Nearly 3,100 of its 3,500 stores reopened.", [(3100, "store"), (3500, "store")]),
        ("Police said 1,500 of the 2,000 marchers left.", [(1500, "marcher"), (2000, "marcher")]),
        ("The club kept 25 of its 30 players.", [(25, "player"), (30, "player")]),
        ("The audit found 1,020 of 4,400 claims were false.", [(1020, "claim"), (4400, "claim")]),
        ("In all, 1,375 of the 2,750 seats were filled.", [(1375, "seat"), (2750, "seat")]),
        ("She sold 2.5 of the 10 tonnes.", [(2.5, "metric ton"), (10, "metric ton")]),
        ("A third of the 6,000 staff left.", [(0.3333, None), (6000, "staff")]),
    ],
)
def test_part_with_grouped_digits_counts_the_whole(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shop sells 40 cheap, cheerful dresses.", [(40, "cheap cheerful dress")]),
        ("After the 2014 shooting, Vickers spoke.", []),
        ("In the 2015 general election, Liberal candidates won.", []),
        ("After the 2014 election, voters left.", []),
        ("There were 12 dead, many injured.", [(12, None)]),
        ("The team won 3 games, 2 at home.", [(3, "game"), (2, None)]),
        ("The panel had 7 women, 5 men.", [(7, "woman"), (5, "man")]),
        ("Rivals chose 6 strong, fast horses.", [(6, "strong fast horse")]),
        ("By the 2020 vote, turnout fell.", []),
        ("The 5 biggest banks, lenders said, failed.", [(5, "big bank")]),
    ],
)
def test_a_comma_ends_the_counted_noun_unless_it_joins_two_adjectives(
    text: str, expected: Expected
) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The flu infected 2,300 people and killed 41.", [(2300, "people"), (41, "people")]),
        ("The dealer sold 300 cars and leased 40 last month.", [(300, "car"), (40, "car")]),
        ("Police arrested 20 people and charged 5.", [(20, "people"), (5, "people")]),
        (
            "Troops detained 12 suspects and released 7 on Friday.",
            [(12, "suspect"), (7, "suspect")],
        ),
        ("The club won 12 games and lost 3.", [(12, "game"), (3, "game")]),
        ("The farm planted 900 trees but lost 120 in the drought.", [(900, "tree"), (120, "tree")]),
        ("The school admitted 80 pupils and expelled 2.", [(80, "pupil"), (2, "pupil")]),
        ("The agency rescued 64 dogs and rehomed 50 in May.", [(64, "dog"), (50, "dog")]),
        (
            "The firm has 300 staff and plans to hire 50 engineers.",
            [(300, "staff"), (50, "engineer")],
        ),
        ("The shelter took in 12 cats and 7 on Sunday.", [(12, "cat"), (7, None)]),
        ("He has 3 dogs and is 40.", [(3, "dog"), (40, None)]),
        ("Shares rose 5% and reached 4,000.", [(5, "percentage"), (4000, None)]),
    ],
)
def test_object_of_a_second_verb_counts_the_first_objects_noun(
    text: str, expected: Expected
) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They signed a billion-dollar deal.", [(1e9, "USD")]),
        ("He won a 20-dollar bet.", [(20, "USD")]),
        ("She found a 500-euro note.", [(500, "EUR")]),
        ("The 10-yen coin is small.", [(10, "JPY")]),
        ("It was a 100-rupee fine.", [(100, "INR")]),
        ("He bought a million-pound home.", [(1e6, "GBP")]),
        ("It was a 2-pound bag of sugar.", [(2, "pound-mass")]),
        ("He paid a million pounds.", [(1e6, "GBP")]),
        ("The club paid two million pounds.", [(2e6, "GBP")]),
        ("The dog weighs forty pounds.", [(40, "pound-mass")]),
        ("It is a 5-year plan.", [(5, "year")]),
    ],
)
def test_currency_names_hyphened_to_a_number_and_pounds_in_millions(
    text: str, expected: Expected
) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The fund is worth $1.2T.", [(1.2e12, "USD")]),
        ("Apple is worth $3T, up from $2.5T.", [(3e12, "USD"), (2.5e12, "USD")]),
        ("The firm earned $12.5MM last year.", [(1.25e7, "USD")]),
        ("Debt hit €2.1T in May.", [(2.1e12, "EUR")]),
        ("The loan was £40MM.", [(4e7, "GBP")]),
        ("The startup raised $5B.", [(5e9, "USD")]),
        ("The salary is $120K.", [(1.2e5, "USD")]),
        ("The scanner uses a 1.5 T magnet.", [(1.5, None)]),
        ("The 3T model sold out.", []),
        ("Profits were $4.5M, up from $3.9M.", [(4.5e6, "USD"), (3.9e6, "USD")]),
    ],
)
def test_money_scale_letters(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A father of three won £50,000 on the lottery.", [(3, None), (50000, "GBP")]),
        ("Of the nine candidates, four won their seats.", [(9, "candidate"), (4, "candidate")]),
        ("The team of five won the final.", [(5, None)]),
        ("Only two won the prize this year.", [(2, None)]),
        ("All three won a medal and two won $5,000 each.", [(3, None), (2, None), (5000, "USD")]),
        ("A coffee costs 4,500 won in Seoul.", [(4500, "KRW")]),
        ("The fund lost 3 trillion won the same week.", [(3e12, "KRW")]),
        ("Lunch costs 9,000 won a head.", [(9000, "KRW per head")]),
        ("He paid 500 euros the next day.", [(500, "EUR")]),
        ("She changed 200 pounds the day before.", [(200, "pound-mass")]),
        ("Tickets cost 30 euros, and a taxi costs 90 rand.", [(30, "EUR"), (90, "ZAR")]),
        ("Rice costs 12 rand a kilo.", [(12, "ZAR per kilogram")]),
    ],
)
def test_a_currency_name_spelled_like_a_verb(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pop idol, 29, has a new album.", [(29, "year of age")]),
        ("The former world champion, 41, retired.", [(41, "year of age")]),
        ("A retired school teacher, 66, was robbed.", [(66, "year of age")]),
        ("The young striker, 19, scored twice.", [(19, "year of age")]),
        ("Her elder sister, 24, gave evidence.", [(24, "year of age")]),
        ("The new club captain, 31, signed on.", [(31, "year of age")]),
        ("A local bus driver, 58, was praised.", [(58, "year of age")]),
        ("The film director, 72, won an award.", [(72, "year of age")]),
        ("Their eldest son, 16, was at home.", [(16, "year of age")]),
        ("An off-duty nurse, 37, stopped to help.", [(37, "year of age")]),
    ],
)
def test_ages_after_a_noun_phrase_between_commas(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The crowd grew from 8,000 to nearly 11,000.", [((8000, 11000), None)]),
        ("Prices rose from $3 to about $5.", [((3, 5), "USD")]),
        ("Output climbed from 40 to roughly 55 tonnes.", [((40, 55), "metric ton")]),
        ("The queue went from 20 to around 90 people.", [((20, 90), "people")]),
        ("Rents rose from €700 to almost €900.", [((700, 900), "EUR")]),
        ("Fees went from 2% to approximately 3.5%.", [((2, 3.5), "percentage")]),
        ("The herd shrank from 300 to some 120 cows.", [((120, 300), "cow")]),
        ("The town grew from 5,000 to nearly 9,000 residents.", [((5000, 9000), "resident")]),
        ("Wait times went from 10 to about 45 minutes.", [((10, 45), "minute")]),
        ("Costs rose from £1.2m to nearly £2m.", [((1.2e6, 2e6), "GBP")]),
    ],
)
def test_an_approximation_cue_before_the_second_end_of_a_range(
    text: str, expected: Expected
) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales fell for a fifth straight month.", []),
        ("The mayor won a fourth consecutive term.", []),
        ("The index rose for a sixth successive session.", []),
        ("The band plans a tenth studio album.", []),
        ("She is chasing a fifth world title.", []),
        ("Rents rose by a fifth last year.", [(0.2, None)]),
        ("Only a tenth were sold.", [(0.1, None)]),
        ("A fifth of the staff left.", [(0.2, None)]),
        ("The drug cut admissions by a sixth.", [(0.1667, None)]),
        ("Exports are a fifth higher.", [(0.2, None)]),
        ("About a tenth of voters were undecided.", [(0.1, None)]),
    ],
)
def test_a_fraction_word_before_a_noun_is_an_ordinal(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ship had 400 passengers and 35 crew.", [(400, "passenger"), (35, "crew")]),
        ("Twelve crew were rescued.", [(12, "crew")]),
        ("The yacht has 6 crew on board.", [(6, "crew")]),
        ("The airline hired 300 crew this year.", [(300, "crew")]),
        ("The plane carried 150 people and 7 crew.", [(150, "people"), (7, "crew")]),
        ("The ship had 20 crew members on board.", [(20, "crew member")]),
        ("The flood killed 3,000 livestock.", [(3000, "livestock")]),
        ("The farm keeps 800 poultry.", [(800, "poultry")]),
        ("The regiment sent 900 infantry to the border.", [(900, "infantry")]),
        ("Two crews of 12 were sent.", [(2, "crew"), (12, None)]),
        ("The vessel's 14 crew and 2 divers were safe.", [(14, "crew"), (2, "diver")]),
    ],
)
def test_collective_nouns_counted_after_a_number(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It pays 85 cents a share from 80 cents.", [(85, "cent per share"), (80, "cent")]),
        ("The offer rose to $41 a share from $38.", [(41, "USD per share"), (38, "USD")]),
        ("Fares went to €3 a ticket from €2.50.", [(3, "EUR per ticket"), (2.5, "EUR")]),
        ("The levy is £5 a household from April.", [(5, "GBP per household")]),
        ("Bonuses fell to $900 a head from $1,200.", [(900, "USD per head"), (1200, "USD")]),
        ("It pays 12 cents a share.", [(12, "cent per share")]),
        ("Sales were $5 million a year earlier.", [(5e6, "USD")]),
        ("Profit was €2 billion a year before.", [(2e9, "EUR")]),
        ("Output hit 40 tonnes a day later.", [(40, "metric ton")]),
        ("He earns $10 an hour and $500 a week.", [(10, "USD per hour"), (500, "USD per week")]),
    ],
)
def test_a_rate_other_than_time_before_from(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The motion passed by 52 votes to 47.", [(52, "vote"), (47, "vote")]),
        ("The board voted 7 votes to 2 in favour.", [(7, "vote"), (2, "vote")]),
        ("The council backed it by 31 votes to 12.", [(31, "vote"), (12, "vote")]),
        ("The team won 3 games to 1.", [(3, "game"), (1, "game")]),
        ("She took the match 6 sets to 4.", [(6, "set"), (4, "set")]),
        ("The union won 40 seats to 35 on Friday.", [(40, "seat"), (35, "seat")]),
        ("The amendment fell by 280 votes to 301.", [(280, "vote"), (301, "vote")]),
        ("The club edged it 2 legs to 1.", [(2, "leg"), (1, "leg")]),
        ("Delegates chose her by 900 ballots to 640.", [(900, "ballot"), (640, "ballot")]),
        ("Members approved the deal, 118 votes to 40.", [(118, "vote"), (40, "vote")]),
        ("Between 3 and 5 people died.", [((3, 5), "people")]),
        ("Some 3 to 5 people died.", [((3, 5), "people")]),
        ("Rooms range from 3 beds to 5 beds.", [((3, 5), "bed")]),
    ],
)
def test_a_tally_of_counts_is_two_figures(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two men, aged 24 and 31, were charged.",
            [(2, "man"), (24, "year of age"), (31, "year of age")],
        ),
        (
            "Three boys aged 12, 14 and 15 were hurt.",
            [(3, "boy"), (12, "year of age"), (14, "year of age"), (15, "year of age")],
        ),
        ("The sisters, aged 8 and 10, were unhurt.", [(8, "year of age"), (10, "year of age")]),
        ("Twins aged 6 were found safe.", [(6, "year of age")]),
        ("The victims, aged 18 to 25, were students.", [((18, 25), "year of age")]),
        ("Children aged 5 or older can enter.", [(5, "year of age")]),
        (
            "Pupils aged 11, 12 or 13 took part.",
            [(11, "year of age"), (12, "year of age"), (13, "year of age")],
        ),
        ("The couple, aged 70 and 68, moved in.", [(70, "year of age"), (68, "year of age")]),
        ("Players aged 16 and 17 were picked.", [(16, "year of age"), (17, "year of age")]),
        ("The brothers, aged 19 and 22, run the shop.", [(19, "year of age"), (22, "year of age")]),
    ],
)
def test_ages_coordinated_after_aged(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor promised 500 more police officers.", [(500, "police officer")]),
        ("The firm has 40 staff members.", [(40, "staff member")]),
        ("Some 300 people attended the talks.", [(300, "people")]),
        ("The 12 police cars were damaged.", [(12, "police car")]),
        ("Two staff were sacked.", [(2, "staff")]),
        ("Nine police vans arrived.", [(9, "police van")]),
        ("The hospital lost 60 staff nurses.", [(60, "staff nurse")]),
        (
            "About 80 police officers and 20 staff attended.",
            [(80, "police officer"), (20, "staff")],
        ),
        ("The school hired 4 staff and 2 cooks.", [(4, "staff"), (2, "cook")]),
        ("Around 250 people were evacuated.", [(250, "people")]),
    ],
)
def test_a_plural_that_is_its_own_singular_before_a_plural_noun(
    text: str, expected: Expected
) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Mexican bank earned 14.6 billion pesos.", [(1.46e10, "MXN")]),
        ("The Kenyan firm lost 300 million shillings.", [(3e8, "KES")]),
        ("The Philippine government set aside 50 billion pesos.", [(5e10, "PHP")]),
        ("The Argentine lender swapped 9 billion pesos.", [(9e9, "ARS")]),
        ("A Colombian court fined the firm 2 billion pesos.", [(2e9, "COP")]),
        ("The Chilean miner paid 800 million pesos in tax.", [(8e8, "CLP")]),
        ("The Ugandan ministry spent 4 billion shillings.", [(4e9, "UGX")]),
        ("The Tanzanian bank lent 70 billion shillings.", [(7e10, "TZS")]),
        ("The Algerian state invested 20 billion dinars.", [(2e10, "DZD")]),
        ("He paid 40 pesos for lunch.", [(40, "peso")]),
        ("The Swiss firm sold 40 watches.", [(40, "watch")]),
    ],
)
def test_a_shared_currency_noun_named_by_a_country_adjective(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The boxer weighed in at 15st 2lb.", [(15, "stone"), (2, "pound-mass")]),
        ("She lost 3st in a year.", [(3, "stone")]),
        ("The 18st rugby player was dropped.", [(18, "stone")]),
        ("He came in at 12st 9lb.", [(12, "stone"), (9, "pound-mass")]),
        ("The 101st Airborne arrived.", []),
        ("He finished 1st and she was 31st.", []),
        ("Output rose to 900,000 boe a day.", [(900000, "barrel of oil equivalent per day")]),
        (
            "The field holds 2 million barrels of oil equivalent.",
            [(2e6, "barrel of oil equivalent")],
        ),
        ("Reserves fell to 40m boe.", [(4e7, "barrel of oil equivalent")]),
        ("The well pumps 5,000 barrels of oil a day.", [(5000, "barrel of oil per day")]),
    ],
)
def test_stones_and_barrels_of_oil_equivalent(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gold was down 0.6% by 0500 GMT.", [(0.6, "percentage")]),
        ("The market opened at 0930 ET with 2500 traders.", [(2500, "trader")]),
        ("The ship docked at 1415 UTC.", []),
        ("Trading resumed at 0800 BST on Monday.", []),
        ("The blast was heard at 2330 CET.", []),
        ("The strike began at 0600 EST, and 300 workers joined.", [(300, "worker")]),
        ("The index rose 1.2% by 1100 GMT.", [(1.2, "percentage")]),
        ("Talks ended at 2145 PT without a deal.", []),
        ("Oil fell 40 cents by 0715 GMT.", [(40, "cent")]),
        ("Troops moved 2500 GMT.", [(2500, None)]),
        ("The bank hired 1200 staff in 2020.", [(1200, "staff")]),
    ],
)
def test_four_digits_before_a_time_zone_are_a_time(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Net income rose to 412 mln dlrs.", [(4.12e8, "USD")]),
        ("Earnings were 1.02 dlrs per share.", [(1.02, "USD per share")]),
        ("The deal is worth 2.5 billion dlrs.", [(2.5e9, "USD")]),
        ("Sales fell to 380 mln dlrs from 410 mln dlrs.", [(3.8e8, "USD"), (4.1e8, "USD")]),
        ("It paid 40 dlrs a share in cash.", [(40, "USD per share")]),
        ("Revenue was 96 mln dlrs in the quarter.", [(9.6e7, "USD")]),
        ("The fine was 500,000 dlrs.", [(500000, "USD")]),
        ("Profit hit 1.1 billion dlrs, up 8 pct.", [(1.1e9, "USD"), (8, "percentage")]),
        ("The bonds raised 300 mln dlrs.", [(3e8, "USD")]),
        ("Costs were 12 dlrs a barrel.", [(12, "USD per barrel")]),
    ],
)
def test_wire_abbreviations_of_dollars(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank cut rates by a quarter point.", [(0.25, "point")]),
        ("The bank raised rates by a quarter-point.", [(0.25, "point")]),
        ("He ran a quarter mile.", [(0.25, "mile")]),
        ("She ran a quarter-mile lap.", [(0.25, "mile")]),
        ("The pipe is a quarter inch wide.", [(0.25, "inch")]),
        ("Add a quarter teaspoon of salt.", [(0.25, "teaspoon")]),
        ("The quarter final is on Sunday.", []),
        ("A quarter-final awaits.", []),
        ("The third quarter was strong.", []),
        ("A quarter of residents oppose the plan.", [(0.25, None)]),
        ("The board meets every quarter.", []),
    ],
)
def test_a_quarter_before_a_unit(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The carrier ordered 40 A321neo jets.", [(40, "a321neo jet")]),
        ("The carrier ordered 40 A320 jets.", [(40, "a320 jet")]),
        ("The air force bought 12 F-35 fighters.", [(12, "f-35 fighter")]),
        ("The army received 30 M1 tanks.", [(30, "m1 tank")]),
        ("The 3 B2 bombers flew home.", [(3, "b2 bomber")]),
        ("The 12 G20 leaders met.", [(12, "g20 leader")]),
        ("The navy has 6 F-18 squadrons.", [(6, "f-18 squadron")]),
        ("The railway bought 25 T3 trams.", [(25, "t3 tram")]),
        ("Part 24703 L-202 was replaced.", []),
        ("Owners of 11 Pro Max phones complained.", []),
        ("The team has 5 players.", [(5, "player")]),
    ],
)
def test_a_model_designation_before_the_counted_noun(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The festival drew 25,000 visitors over three days, up from 19,000.",
            [(25000, "visitor"), (3, "day"), (19000, "visitor")],
        ),
        (
            "Sales rose 5% over two years, up from 3 the year before.",
            [(5, "percentage"), (2, "year"), (3, "percentage")],
        ),
        (
            "The shelter took in 400 dogs in six months, against 310 a year earlier.",
            [(400, "dog"), (6, "month"), (310, "dog")],
        ),
        (
            "The fair sold 9,000 tickets during four days, down from 11,000.",
            [(9000, "ticket"), (4, "day"), (11000, "ticket")],
        ),
        (
            "The app gained 2 million users within 48 hours, up from 1.2 million.",
            [(2e6, "user"), (48, "hour"), (1.2e6, "user")],
        ),
        (
            "Police made 120 arrests for 10 days, compared with 95.",
            [(120, "arrest"), (10, "day"), (95, "arrest")],
        ),
        (
            "The port moved 4 million tonnes in 3 months, up from 3.5 million.",
            [(4e6, "metric ton"), (3, "month"), (3.5e6, "metric ton")],
        ),
        (
            "The strike lasted 3 days in 2019 and 5 in 2020.",
            [(3, "day"), (5, "day")],
        ),
        (
            "The charity raised £40,000 after two weeks, versus £25,000.",
            [(40000, "GBP"), (2, "week"), (25000, "GBP")],
        ),
        (
            "The bank hired 300 staff over a year, up from 250.",
            [(300, "staff"), (250, "staff")],
        ),
    ],
)
def test_a_duration_after_a_preposition_is_no_term_of_a_comparison(
    text: str, expected: Expected
) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Norwegian fund gained 1.4 trillion crowns.", [(1.4e12, "NOK")]),
        ("The Danish group earned 3 billion crowns.", [(3e9, "DKK")]),
        ("The Swedish lender lost 2 billion crowns.", [(2e9, "SEK")]),
        ("The Czech brewer made 2 billion crowns.", [(2e9, "CZK")]),
        ("He paid 40 crowns for lunch.", [(40, "crown")]),
        ("The 6ft 2in star, 33, bought a watch.", [(6, "foot"), (2, "inch"), (33, "year of age")]),
        ("The 5ft tall jockey, 24, won.", [(5, "foot"), (24, "year of age")]),
        ("The 18st forward, 29, retired.", [(18, "stone"), (29, "year of age")]),
        ("The 7ft centre, 21, signed.", [(7, "foot"), (21, "year of age")]),
        ("In the 2020 season, 12, were hurt.", [(12, None)]),
    ],
)
def test_plural_currency_names_and_ages_after_measures(text: str, expected: Expected) -> None:
    check_values(text, expected)
