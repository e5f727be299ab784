"""Compound rates, container units, spans after a material, and figures they share.

A price per a unit of measurement followed by a span of time has two
denominators (``€7.10 per square metre a month``); a twenty-foot equivalent
unit (``TEU``) is a unit of container shipping; a count of things of a
material followed by a span of time is a rate (``6,300 sacks of flour a
day``); a ``from`` range right after a range of a rate restates it; an
elliptical count passes over the worth of the count before it (``24 jets
worth $1.1bn ... options on 12 more``); and a level after ``to reach``
counts the noun of the change before it; a span of time before ``after``
and a number that is no year is a rate (``£12.90 an hour after 9 days of
walkouts``); cents after a dollar's country word are cents (``3.12
Singapore cents per unit``); an index level after ``to`` takes no currency
from an earlier level (``while the dollar index fell to 103.6``).  Every
sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from .helpers import unit_of


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Prime shop rents in Tollbridge hit £14.20 per square foot a month.",
            14.2,
            "GBP per square foot per month",
        ),
        (
            "Grade A offices let at HK$71 per sq ft per month in Quarry Point.",
            71.0,
            "HKD per square foot per month",
        ),
        (
            "The average rent eased to S$9.85 psf a month, the agency said.",
            9.85,
            "SGD per square foot per month",
        ),
        (
            "Warehouses near the airport fetch €7.10 per square metre a month.",
            7.1,
            "EUR per square metre per month",
        ),
        (
            "Retail space on Marlow Street costs $48 a square foot a year.",
            48.0,
            "USD per square foot per year",
        ),
        (
            "Tenants in the new tower pay A$1,150 per square metre per year.",
            1150.0,
            "AUD per square metre per year",
        ),
        (
            "Co-working desks went for R210 per square metre a month in Sandown.",
            210.0,
            "ZAR per square metre per month",
        ),
        (
            "Farmland leases rose to $310 an acre a year in the county.",
            310.0,
            "USD per acre per year",
        ),
        (
            "Pasture rents of NZ$95 per hectare a year were common, valuers said.",
            95.0,
            "NZD per hectare per year",
        ),
        (
            "Hauliers charged ₹18 per kilometre a day for the hired trucks.",
            18.0,
            "INR per kilometre per day",
        ),
        (
            "Cold storage costs C$2.40 per cubic foot a month at the port.",
            2.4,
            "CAD per cubic foot per month",
        ),
    ],
)
def test_rate_with_two_denominators(text: str, value: object, unit: str) -> None:
    assert unit_of(text, value) == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # guards: one denominator, or a time phrase after it
        ("Office rents reached £62 per square foot in the district.", 62.0, "GBP per square foot"),
        ("Petrol cost €1.79 a litre a year ago.", 1.79, "EUR per litre"),
        ("Tenants paid $2,300 a month for a two-bedroom flat.", 2300.0, "USD per month"),
        ("The fine was £40 per day of delay.", 40.0, "GBP per day"),
    ],
)
def test_one_denominator_stays_one(text: str, value: object, unit: str) -> None:
    assert unit_of(text, value) == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The terminal at Osterby handled 9.4 million TEU last year.", 9400000.0),
        ("Carrow Line took delivery of two ships of 23,500 TEU each.", 23500.0),
        ("Throughput at the port rose to 3.1m TEUs in the first half.", 3100000.0),
        ("The new berth can take vessels of up to 18,000 TEU.", 18000.0),
        ("Port Saltery moved 2.2 million TEU in its busiest year.", 2200000.0),
        ("A 15,000-TEU container ship ran aground off Halvik.", 15000.0),
        ("Volumes at Keelport fell to 612,000 TEU in March.", 612000.0),
        ("The line ordered six 16,000 TEU vessels from a Korean yard.", 16000.0),
        ("Rail services moved 240,000 TEUs inland, up from 205,000 TEUs.", 240000.0),
        ("The hub expects to handle 5 million TEU by 2030.", 5000000.0),
        ("Feeder ships of 1,800 TEU serve the island ports.", 1800.0),
        ("Rotterline's order book stands at 410,000 TEU, brokers said.", 410000.0),
        ("The canal was closed to ships above 20,000 TEU for a week.", 20000.0),
    ],
)
def test_container_unit(text: str, value: float) -> None:
    assert unit_of(text, value) == "teu"


def test_container_unit_written_out_is_a_counted_noun() -> None:
    text = "Its fleet has a capacity of 1.7 million twenty-foot equivalent units."
    assert unit_of(text, 1700000.0) == "twenty-foot equivalent unit"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The bakery co-op milled 6,300 sacks of flour a day in winter.", 6300.0, "sack per day"),
        ("Lowmoor Rail ran 1,150 wagons of coal a week to the coast.", 1150.0, "wagon per week"),
        ("The depot loaded 420 tankers of diesel a month, up 8%.", 420.0, "tanker per month"),
        ("Growers sent 72,000 crates of apples a week to the cities.", 72000.0, "crate per week"),
        ("The dairy fills 18,000 bottles of milk a day.", 18000.0, "bottle per day"),
        (
            "Volunteers handed out 2,400 bags of rice per week at the centre.",
            2400.0,
            "bag per week",
        ),
        (
            "The quarry shipped 950 truckloads of gravel a month last year.",
            950.0,
            "truckload per month",
        ),
        ("The mill produces 300 bales of cotton a day at full capacity.", 300.0, "bale per day"),
        (
            "Barges carried 5,600 containers of grain a year on the canal.",
            5600.0,
            "container per year",
        ),
        ("The brewery sells 40,000 kegs of ale a year.", 40000.0, "keg per year"),
        # guards: a time phrase, and a denominator that is no span of time
        ("They shipped 40 crates of fruit a year ago.", 40.0, "crate"),
        ("The club sold 300 bottles of wine a guest at the gala.", 300.0, "bottle"),
    ],
)
def test_span_after_material(text: str, value: float, unit: str) -> None:
    assert unit_of(text, value) == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Orvell Brands raised its outlook to between $2.10 and $2.25 a share, "
            "from $1.95 to $2.15 previously.",
            (1.95, 2.15),
            "USD per share",
        ),
        (
            "The miner now sees costs of A$1,450 to A$1,520 an ounce, "
            "from A$1,380 to A$1,460 earlier.",
            (1380.0, 1460.0),
            "AUD per ounce",
        ),
        (
            "Tollgate cut its guidance to 88-94p a share, from 95-102p in March.",
            (95.0, 102.0),
            "penny per share",
        ),
        (
            "Landlords now ask €1,900 to €2,100 a month, from €1,700 to €1,850 a year ago.",
            (1700.0, 1850.0),
            "EUR per month",
        ),
        (
            "The bank expects earnings of C$9.80 to C$10.20 per share, "
            "from C$9.40 to C$9.90 before.",
            (9.4, 9.9),
            "CAD per share",
        ),
        (
            "Growers were offered R5.10 to R5.60 a kilogram, from R4.80 to R5.20 last season.",
            (4.8, 5.2),
            "ZAR per kilogram",
        ),
        (
            "Harnwick lifted its payout target to 40 to 45 cents a share, from 36 to 40 cents.",
            (36.0, 40.0),
            "cent per share",
        ),
        (
            "Day rates for the rigs rose to $410,000 to $450,000 a day, from $380,000 to $400,000.",
            (380000.0, 400000.0),
            "USD per day",
        ),
        (
            "Fares will be S$1.90 to S$2.40 a trip, from S$1.70 to S$2.10 now.",
            (1.7, 2.1),
            "SGD per trip",
        ),
        (
            "Nurses will earn £19.50 to £21 an hour, from £18 to £19.80 previously.",
            (18.0, 19.8),
            "GBP per hour",
        ),
        # guards: a total of another order, and a single amount after a bare from
        (
            "Rents are £900-1,000 a month, from £2 million to £3 million in fees last year.",
            (2000000.0, 3000000.0),
            "GBP",
        ),
        ("The dividend rises to 85 cents a share from 80 cents.", 80.0, "cent"),
    ],
)
def test_range_restating_a_rate_range(text: str, value: object, unit: str) -> None:
    assert unit_of(text, value) == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Aeronova ordered 24 regional jets worth $1.1bn and took options on 12 more.",
            12.0,
            "regional jet",
        ),
        (
            "The navy bought eight frigates worth £3.2 billion, with an option on four more.",
            4.0,
            "frigate",
        ),
        (
            "Tresco Rail signed for 30 trains worth €900m and holds rights to 15 more.",
            15.0,
            "train",
        ),
        (
            "The city leased 200 electric buses worth $160 million, with a clause for 50 more.",
            50.0,
            "electric bus",
        ),
        (
            "Kalvo Air agreed to buy 18 widebody jets valued at $6.3bn, "
            "with purchase rights on 10 more.",
            10.0,
            "widebody jet",
        ),
        (
            "The board approved 40 wind turbines worth A$350 million and plans for 25 more.",
            25.0,
            "wind turbine",
        ),
        (
            "Marrin Shipping ordered six tankers worth $540m at list prices, "
            "with options on three more.",
            3.0,
            "tanker",
        ),
        (
            "The army took 120 trucks worth R2.4bn, with an option on 60 more next year.",
            60.0,
            "truck",
        ),
        (
            "Dellwyn Mining bought 14 haul trucks worth C$70 million and has a deal for 6 more.",
            6.0,
            "haul truck",
        ),
        (
            "The carrier firmed up 50 narrowbody aircraft worth $6bn, with options on 30 more.",
            30.0,
            "narrowbody aircraft",
        ),
        # guards: an amount without worth before it lends its unit
        ("They paid $5 million for the site and another 2 million.", 2000000.0, "USD"),
        ("Police found 3 stolen cars and nine more on the farm.", 9.0, "car"),
    ],
)
def test_ellipsis_passes_over_the_worth_of_a_count(text: str, value: float, unit: str) -> None:
    assert unit_of(text, value) == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Belo Telecom added 2.4 million customers in the year to reach 31.8 million.",
            31800000.0,
            "customer",
        ),
        ("The charity lost 1,200 members in 2024 to stand at 18,300.", 18300.0, "member"),
        (
            "The league gained 40,000 subscribers over the summer to hit 500,000.",
            500000.0,
            "subscriber",
        ),
        ("The airline shed 900 jobs to reach 11,400.", 11400.0, "job"),
        ("Vantel signed up 310,000 users last quarter to hit 4.2 million.", 4200000.0, "user"),
        ("The county added 1,450 homes this year to total 62,000.", 62000.0, "home"),
        ("The union gained 3,600 nurses since March to reach 41,000.", 41000.0, "nurse"),
        ("The museum added 80,000 visitors in August to total 1.1 million.", 1100000.0, "visitor"),
        ("The bank shed 2,300 branches over a decade to stand at 4,900.", 4900.0, "branch"),
        ("The network added 700 chargers in the quarter to hit 9,200.", 9200.0, "charger"),
        # guard: an infinitive that is no verb of reaching
        ("The firm added 300 staff this year to meet 2,000 orders.", 2000.0, "order"),
    ],
)
def test_level_after_to_reach_counts_the_change_noun(text: str, value: float, unit: str) -> None:
    assert unit_of(text, value) == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Cleaners at Orbway won £12.90 an hour after 9 days of walkouts.", 12.9, "GBP per hour"),
        ("Drivers secured $24.50 an hour after 14 weeks of talks.", 24.5, "USD per hour"),
        ("The crews were promised A$38 an hour after 3 rounds of voting.", 38.0, "AUD per hour"),
        ("Porters now earn €15.20 an hour after 6 months of negotiation.", 15.2, "EUR per hour"),
        ("Guards will get R42 an hour after 21 days on strike.", 42.0, "ZAR per hour"),
        ("Nurses won C$52 an hour after 2 years of arbitration.", 52.0, "CAD per hour"),
        ("Tutors were offered NZ$31 an hour after 5 weeks of pickets.", 31.0, "NZD per hour"),
        (
            "The lease was set at $9,400 a month after 18 months of disputes.",
            9400.0,
            "USD per month",
        ),
        ("Day rates rose to £410 a day after 12 weeks of shortages.", 410.0, "GBP per day"),
        ("Bus drivers settled for S$19 an hour after 4 days of stoppages.", 19.0, "SGD per hour"),
        # guards: after a year or a noun phrase, ``a year after`` is a time phrase
        ("Prices rose to $5 a month after 2019.", 5.0, "USD"),
        ("Pay rose to $18 an hour after the strike.", 18.0, "USD"),
    ],
)
def test_rate_before_after_and_a_number(text: str, value: float, unit: str) -> None:
    assert unit_of(text, value) == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Harbour REIT paid out 3.12 Singapore cents per unit for the half.",
            3.12,
            "cent per unit",
        ),
        ("The miner declared a dividend of 18 Australian cents a share.", 18.0, "cent per share"),
        ("Calloway Trust raised its payout to 6.4 Canadian cents a unit.", 6.4, "cent per unit"),
        ("The final dividend was 9 New Zealand cents a share.", 9.0, "cent per share"),
        ("Kowloon Lines will pay 27 Hong Kong cents a share.", 27.0, "cent per share"),
        ("Distributions fell to 2.05 Singapore cents per unit.", 2.05, "cent per unit"),
        ("Dividends of 11.5 Australian cents per share were declared.", 11.5, "cent per share"),
        ("The trust distributed 4.8 Canadian cents a unit in March.", 4.8, "cent per unit"),
        ("Shareholders get 35 Hong Kong cents per share.", 35.0, "cent per share"),
        ("The interim payout rose to 5.5 New Zealand cents a share.", 5.5, "cent per share"),
        # guard: plain cents
        ("Its payout was 40 cents a share, up from 36 cents.", 40.0, "cent per share"),
    ],
)
def test_cents_after_a_dollar_country(text: str, value: float, unit: str) -> None:
    assert unit_of(text, value) == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Brent rose to $84.10, while the dollar index fell to 103.6.", 103.6),
        ("The yen firmed to $0.0068 and the dollar index slipped to 101.9.", 101.9),
        ("Gold climbed to $2,318 an ounce, while the dollar index eased to 104.7.", 104.7),
        ("Sterling rose to $1.2840, but the dollar index climbed to 102.25.", 102.25),
        ("Copper fell to $9,120, while the mining index dropped to 611.4.", 611.4),
        ("The euro gained to $1.0911 and the trade-weighted index rose to 99.2.", 99.2),
        ("Oil slid to $77.80 while the energy index fell to 688.3.", 688.3),
        ("The rand firmed to $0.0541, while the emerging-market index climbed to 1,042.6.", 1042.6),
        ("Silver jumped to $29.40, and the bullion index rose to 412.8.", 412.8),
        ("The loonie fell to $0.7302 while the dollar index rose to 105.05.", 105.05),
    ],
)
def test_index_level_takes_no_currency(text: str, value: float) -> None:
    assert unit_of(text, value) is None


def test_level_after_the_same_preposition_keeps_its_currency() -> None:
    assert unit_of("Brent rose to $85, while WTI fell to 81.", 81.0) == "USD"
