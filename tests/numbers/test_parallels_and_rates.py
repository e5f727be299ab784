"""Words that begin like a denominator, bare numbers parallel to a count, rates and ages."""

from __future__ import annotations

import pytest

from .helpers import quantities


def _units(text: str) -> dict[float, str | None]:
    return {float(c.value): c.unit for c in quantities(text) if isinstance(c.value, float)}


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The Kenyan crossed the line 4 seconds ahead of her rival.", 4, "second"),
        ("The champion sits 11 points ahead of the chasing pack.", 11, "point"),
        ("Our bus arrived 20 minutes ahead of schedule.", 20, "minute"),
        ("She closed out her win 3 strokes ahead.", 3, "stroke"),
        ("The Greens polled 6% ahead of the Liberals.", 6, "percentage"),
        ("The leader is now 2 laps ahead of everybody.", 2, "lap"),
        ("Work on the bridge is 5 months ahead of plan.", 5, "month"),
        ("The yacht was 12 miles ahead when the wind dropped.", 12, "mile"),
        ("Bids came in $4 million ahead of the reserve.", 4_000_000, "USD"),
        ("The home side went 2 goals ahead before the break.", 2, "goal"),
        ("Sales ran 8 per cent ahead of forecasts.", 8, "percentage"),
    ],
)
def test_ahead_is_no_denominator(text: str, value: float, unit: str) -> None:
    assert _units(text)[value] == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The rupee slid to Rs 83.9, while the Nifty lost 0.7% to 22,140.", 22_140),
        ("Gold climbed to $2,410 an ounce and the Dow rose 0.4% to 39,870.", 39_870),
        ("The krona weakened to 11.6 SEK as the OMX index fell 1.2% to 2,415.", 2_415),
        ("Bunds rallied to 98.2 euros; the DAX added 0.9 per cent to 18,312.", 18_312),
        ("Coffee jumped to 240 cents a pound while the CRB gained 2% to 290.", 290),
        ("Copper rose to $9,800 a tonne, and the BIST 100 shed 3% to 9,120.", 9_120),
        ("Home prices rose to £290,000 and the FTSE 100 climbed 0.3% to 8,150.", 8_150),
        ("Rents rose to €1,450 while the IPC slipped 0.5% to 55,400.", 55_400),
        ("Wheat rose to $6.10 a bushel, and the Bovespa jumped 1.8 percent to 128,500.", 128_500),
        ("The yen eased to ¥157 as the Nikkei advanced 1% to 38,640.", 38_640),
        ("Brent fell to $78 a barrel and the TSX dropped 0.6% to 21,990.", 21_990),
    ],
)
def test_an_index_level_after_a_percent_change_takes_no_earlier_currency(
    text: str, value: float
) -> None:
    assert _units(text)[value] is None


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("At least 12 miners were trapped and 30 rescued after the collapse.", 30, "miner"),
        ("Some 40 homes were destroyed and over 100 damaged by the storm.", 100, "home"),
        ("About 300 flights were cancelled and nearly 500 delayed on Friday.", 500, "flight"),
        ("Two officers were injured and three hospitalised, police said.", 3, "officer"),
        ("Some 2,000 workers were hired and 450 dismissed during the year.", 450, "worker"),
        ("At least 60 cars were towed and 25 recovered in the city.", 25, "car"),
        ("Around 80 passengers were evacuated and 12 treated for smoke.", 12, "passenger"),
        ("Five hostages were freed but 3 killed in the raid.", 3, "hostage"),
        ("Over 200 trees were felled last winter and 70 replanted.", 70, "tree"),
        ("Nine bridges have been repaired and about 14 closed.", 14, "bridge"),
        ("The rebels killed 12 soldiers and wounded about 30.", 30, "soldier"),
        ("The clinic vaccinated 900 children and screened over 1,200.", 1_200, "child"),
    ],
)
def test_a_coordinated_bare_number_counts_the_noun_of_its_clause_pair(
    text: str, value: float, unit: str
) -> None:
    assert _units(text)[value] == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The economy added 15,000 jobs, well short of the 40,000 expected.", 40_000, "job"),
        ("The team scored 41 goals, shy of the 50 targeted.", 50, "goal"),
        ("Builders started 1,100 homes, compared with the 1,300 projected.", 1_300, "home"),
        (
            "The airline flew 2.1 million passengers, fewer than the 2.4 million hoped.",
            2_400_000,
            "passenger",
        ),
        ("The charity recruited 300 volunteers, against the 450 planned.", 450, "volunteer"),
        ("Only 120 refugees were resettled, short of the 500 promised.", 500, "refugee"),
        ("The school enrolled 640 pupils, more than the 600 budgeted.", 600, "pupil"),
        ("Exporters shipped 18,000 containers, versus the 21,000 estimated.", 21_000, "container"),
        ("Police logged 75 burglaries, up from the 60 reported a year earlier.", 60, "burglary"),
        ("Inflation ran at 3.4%, above forecasts and short of the 3.6 feared.", 3.6, "percentage"),
        (
            "The mill produced 9,000 tonnes, well short of the 12,000 contracted.",
            12_000,
            "metric ton",
        ),
    ],
)
def test_a_bare_number_compared_with_the_expected_takes_the_noun_before(
    text: str, value: float, unit: str
) -> None:
    assert _units(text)[value] == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The visitors ran in five tries to two to win the cup.", 2, "try"),
        ("The Greens took 7 seats to 3 to seize the council.", 3, "seat"),
        ("The home side kicked four penalties to two to edge the match.", 2, "penalty"),
        ("United had 14 corners to 2 to underline their dominance.", 2, "corner"),
        ("She landed 61 punches to 40 to take the decision.", 40, "punch"),
        ("The champion served 19 aces to 4 to close out the final.", 4, "ace"),
        ("The motion carried by 312 votes to 270 to clear the chamber.", 270, "vote"),
        ("The hosts scored three goals to two to reach the final.", 2, "goal"),
        ("Our side won 11 frames to 7 to lift the title.", 7, "frame"),
        ("They collected 9 medals to 5 to top the table.", 5, "medal"),
    ],
)
def test_a_tally_before_an_infinitive_counts_its_noun(text: str, value: float, unit: str) -> None:
    assert _units(text)[value] == unit


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("The couple, both 74, met at a dance in 1969.", [74]),
        ("The twins, both 9, were rescued from the river.", [9]),
        ("The brothers, each 30, run the bakery together.", [30]),
        ("The neighbours, all 80, gathered for the photograph.", [80]),
        ("The couple, 66 and 70, sold their farm last spring.", [66, 70]),
        ("The sisters, 19 and 23, opened a cafe in the square.", [19, 23]),
        ("Okafor and Lindqvist, 28 and 35, were charged on Monday.", [28, 35]),
        ("The three men, 22, 25 and 31, appeared in court.", [22, 25, 31]),
        ("Mr and Mrs Pryce, both 81, renewed their vows.", [81]),
        ("Kowalski and Mensah, both 27, signed new deals.", [27]),
        ("Her grandparents, now 90 and 88, still live nearby.", [90, 88]),
    ],
)
def test_ages_apposed_to_people_read_together(text: str, ages: list[int]) -> None:
    found = [c for c in quantities(text) if c.unit == "year of age"]
    assert [c.value for c in found] == ages


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("A gallon of diesel averaged $4.12 across the state.", 4.12, "USD per gallon"),
        ("A kilo of rice now costs 80 rupees in the capital.", 80, "INR per kilogram"),
        ("A litre of unleaded sold for €1.79 on Friday.", 1.79, "EUR per litre"),
        ("An ounce of gold fetched about $2,400 in late trade.", 2_400, "USD per ounce"),
        ("A pound of ground beef cost $5.60 last month.", 5.6, "USD per pound-mass"),
        ("A tonne of iron ore changed hands at $118.", 118, "USD per metric ton"),
        ("In the market, a kilogram of tomatoes costs Rs 60.", 60, "INR per kilogram"),
        ("Prices climbed, and a barrel of Brent crude reached $91.", 91, "USD per barrel"),
        ("One litre of milk retails at £1.15 in most supermarkets.", 1.15, "GBP per litre"),
        ("A bushel of wheat traded at $6.20 in Chicago.", 6.2, "USD per bushel"),
        ("A gallon of heating oil climbed to C$1.95 this winter.", 1.95, "CAD per gallon"),
    ],
)
def test_a_price_whose_subject_is_one_unit_is_per_that_unit(
    text: str, value: float, unit: str
) -> None:
    assert _units(text)[value] == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Commuters will pay $15 more a month next year.", 15, "USD per month"),
        ("Renters face £40 extra a week under the new rules.", 40, "GBP per week"),
        ("The plan costs families €300 less a year.", 300, "EUR per year"),
        ("Nurses will earn A$90 more a week.", 90, "AUD per week"),
        ("Drivers would pay about $2 more a day to park.", 2, "USD per day"),
        ("Pensioners get £5.50 more a week in April.", 5.5, "GBP per week"),
        ("Farm workers earn R120 extra a month.", 120, "ZAR per month"),
        ("The levy adds ¥800 more a year for each household.", 800, "JPY per year"),
        ("Tenants will pay NZ$25 more a week in rent.", 25, "NZD per week"),
        ("Teachers would take home $1,200 less a year.", 1_200, "USD per year"),
    ],
)
def test_a_comparative_before_a_span_of_time_keeps_the_rate(
    text: str, value: float, unit: str
) -> None:
    assert _units(text)[value] == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Gas futures settled at $2.74 per million British thermal units.",
            2.74,
            "USD per million british thermal unit",
        ),
        ("Water costs $4 per thousand gallons in the county.", 4, "USD per thousand gallon"),
        ("Cotton fell to 71 cents per hundred pounds.", 71, "cent per hundred pound-mass"),
        ("The tariff is C$3.10 per thousand cubic feet.", 3.1, "CAD per thousand cubic foot"),
        ("Office space let for $95 per thousand square feet.", 95, "USD per thousand square foot"),
        ("Spot gas traded at €31 per million BTU.", 31, "EUR per million british thermal unit"),
        ("The charge is $1.50 per hundred litres.", 1.5, "USD per hundred litre"),
        ("Advertisers paid $28 per thousand viewers.", 28, "USD per thousand viewer"),
        ("The cost was £12 per million people served.", 12, "GBP per million people"),
        (
            "Henry Hub gas rose 6 cents to $3.02 per million British thermal units.",
            3.02,
            "USD per million british thermal unit",
        ),
    ],
)
def test_a_scale_inside_the_denominator_is_no_figure(text: str, value: float, unit: str) -> None:
    assert _units(text)[value] == unit
    assert 1_000_000 not in _units(text) and 1_000 not in _units(text) and 100 not in _units(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The levy will knock 0.4 of a percentage point off growth.", 0.4, "percentage point"),
        ("She won the sprint by 0.03 of a second.", 0.03, "second"),
        ("The index lost 0.5 of a point in late trade.", 0.5, "point"),
        ("Only 0.3 of a mile of the route remains unpaved.", 0.3, "mile"),
        ("The tremor lifted the pier 0.25 of an inch.", 0.25, "inch"),
        ("Each dose holds 0.2 of a gram of the drug.", 0.2, "gram"),
        ("Rates were cut by 0.75 of a percentage point.", 0.75, "percentage point"),
        ("The glacier retreated 0.6 of a kilometre last year.", 0.6, "kilometre"),
        ("Each bottle is 0.5 of a litre.", 0.5, "litre"),
        ("The well sank 0.1 of a metre over the summer.", 0.1, "metre"),
    ],
)
def test_a_decimal_below_one_of_a_unit_is_in_that_unit(text: str, value: float, unit: str) -> None:
    assert _units(text)[value] == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The Greens won 40 of the 90 seats, while Labour was reduced to 12.", 12, "seat"),
        ("The club sold 8,000 tickets, while the visitors were limited to 900.", 900, "ticket"),
        ("The union kept 120 members, but the rival branch was shrunken to 35.", 35, "member"),
        ("Rebels held 14 towns, whereas the militia was pushed back to 3.", 3, "town"),
        ("The north kept 60 beds, while the south ward was trimmed to 22 in May.", 22, "bed"),
        ("Ours fielded 11 players, but theirs were reduced to 9.", 9, "player"),
        ("The incumbent won 52 districts, while her rival was confined to 18.", 18, "district"),
        ("The airline flew 30 routes, but its rival was restricted to 12.", 12, "route"),
        ("The firm owned 200 stores, while its partner had been whittled down to 45.", 45, "store"),
        ("Tories won 310 seats, while the Liberals were reduced to 8.", 8, "seat"),
    ],
)
def test_a_contrasting_passive_clause_counts_the_noun_before(
    text: str, value: float, unit: str
) -> None:
    assert _units(text)[value] == unit


def test_an_active_change_to_a_level_takes_no_count() -> None:
    assert _units("The firm cut 300 jobs, while the FTSE rose to 7,400.")[7_400] is None
