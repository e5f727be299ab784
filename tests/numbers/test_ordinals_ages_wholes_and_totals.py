"""Ordinals written with digits, ratios after ``only``, letter currencies after a price verb,
ages (spelled after ``aged``, ``N-year-olds``, after a personal pronoun), scaled parts of a
scaled whole, running totals, figures compared after an approximation, and counts after a
day's possessive."""

from __future__ import annotations

import pytest

from .helpers import Expected, check_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mbeki struck in the 23rd and 71st minutes to sink Rovers.", []),
        ("Goals in the 12th, 41st and 62nd minutes settled the tie.", []),
        ("The 31st and 52nd laps were the fastest of the night.", []),
        ("Her 21st birthday party drew 140 guests.", [(140, "guest")]),
        ("The club's 101st season opens on Saturday.", []),
        ("It was the 41st time the bill had been tabled.", []),
        ("A penalty in the 91st minute earned 3 points.", [(3, "point")]),
        ("The 61st and 62nd floors of the tower were sealed off.", []),
        ("Pickering, the 81st pick, signed for $4.5 million.", [(4.5e6, "USD")]),
        ("The regiment's 151st anniversary parade drew 2,000 people.", [(2000, "people")]),
        ("In the 71st over the visitors lost three wickets.", [(3, "wicket")]),
    ],
)
def test_digit_ordinals_are_no_quantities(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: stone written with ``st`` after a number whose ordinal is ``th``
        ("The lock forward weighs 17st 3lb.", [(17, "stone"), (3, "pound-mass")]),
        ("He shed 4st in eight months.", [(4, "stone"), (8, "month")]),
        ("The 15st wrestler was unbeaten.", [(15, "stone")]),
    ],
)
def test_stone_is_still_a_unit(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only one in four Year 6 pupils could swim 25 metres.", [(0.25, None), (25, "metre")]),
        ("Only one in five households owns a car.", [(0.2, None)]),
        ("Only one in three could name the premier.", [(0.3333, None)]),
        ("Only one out of ten drivers stopped at the crossing.", [(0.1, None)]),
        ("With only one in 20 homes insured, losses mounted.", [(0.05, None)]),
        ("Only one in six Grade 3 learners met the standard.", [(0.1667, None)]),
        ("Survey data showed only one in seven tenants knew their rights.", [(0.1429, None)]),
        ("Now only one in eight shops on the high street is open.", [(0.125, None)]),
        ("Only one in 12 applicants was offered a place.", [(0.0833, None)]),
        ("Only one in nine Form 2 students passed the test.", [(0.1111, None)]),
    ],
)
def test_one_in_n_after_only_is_a_fraction(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: ``the only one`` is a pronoun
        ("She was the only one in the room who voted no.", []),
        ("His only one in the set was a dud.", []),
        ("It was their only one in the series.", []),
    ],
)
def test_the_only_one_is_a_pronoun(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A loaf that cost N450 last year now sells for N1,100.", [(450, "NGN"), (1100, "NGN")]),
        ("The ride costs N800 each way.", [(800, "NGN")]),
        ("Tickets are priced at N500 for students.", [(500, "NGN")]),
        ("Traders paid N950 for a crate of tomatoes.", [(950, "NGN")]),
        ("Vendors now charge N300 for a sachet of water.", [(300, "NGN")]),
        ("The handset retails at N900 in Kano.", [(900, "NGN")]),
        ("A bag of cement fetched N7,800, up from N5,200.", [(7800, "NGN"), (5200, "NGN")]),
        ("Parents pay N250 a day for the school bus.", [(250, "NGN per day")]),
        ("The form, which cost just N200, sold out.", [(200, "NGN")]),
        ("Each plate of rice costing N600 was sold by noon.", [(600, "NGN")]),
        ("Residents are paying N350 for a bucket of water.", [(350, "NGN")]),
    ],
)
def test_letter_currency_after_a_price_verb(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: the letters of a name, with no price verb before them
        ("Stocks of N95 masks ran low.", []),
        ("Traffic on the N4 was backed up for 6 km.", [(6, "kilometre")]),
        ("The N2 masks cost R40 each.", [(40, "ZAR")]),
    ],
)
def test_letters_of_a_name_stay_names(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 14 victims, aged between three and eleven, were treated.",
            [(14, "victim"), ((3, 11), "year of age")],
        ),
        ("The boy, aged seven, was found safe.", [(7, "year of age")]),
        ("Four sisters aged between nine and 15 sang.", [(4, "sister"), ((9, 15), "year of age")]),
        ("Aged six, she moved to Lagos.", [(6, "year of age")]),
        ("He left school at the age of twelve.", [(12, "year of age")]),
        ("Pupils aged from five to eight took part.", [((5, 8), "year of age")]),
        ("Flu jabs for two-year-olds start in October.", [(2, "year of age")]),
        ("Half of 15-year-olds said they vape.", [(0.5, None), (15, "year of age")]),
        ("Places for three-year-olds were cut by 12%.", [(3, "year of age"), (12, "percentage")]),
        ("Tests on 18-month-olds found no harm.", [(18, "month of age")]),
        ("Nine-year-olds can join the choir.", [(9, "year of age")]),
    ],
)
def test_spelled_ages_and_nouns_of_age(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"I was 19 and broke," the singer said.', [(19, "year of age")]),
        ("She was 6 when the family moved to Leeds.", [(6, "year of age")]),
        ("He was 23 at the time of the crash.", [(23, "year of age")]),
        ("I am 70 and I still work.", [(70, "year of age")]),
        ("He turned 40 and retired.", [(40, "year of age")]),
        ("She turns 18 and can vote.", [(18, "year of age")]),
        ("He's 15, his coach said.", [(15, "year of age")]),
        ('"When I was 12, I sold fruit," she said.', [(12, "year of age")]),
        ("Looking back, she was 31 when she founded the firm.", [(31, "year of age")]),
        ("He will be 65 when the term ends.", [(65, "year of age")]),
    ],
)
def test_an_age_after_a_personal_pronoun(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: a noun follows, or the subject is no person
        ("He was 17 points behind the leader.", [(17, "point")]),
        ("It was 17 at the break.", [(17, None)]),
        ("She was 3 under par after nine holes.", [(3, None), (9, "hole")]),
    ],
)
def test_no_age_without_a_person_or_with_a_noun(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said 9.8 million of the 15.2 million eligible voters turned out.",
            [(9.8e6, "eligible voter"), (15.2e6, "eligible voter")],
        ),
        (
            "About 1.1 million of its 4.5 million subscribers left.",
            [(1.1e6, "subscriber"), (4.5e6, "subscriber")],
        ),
        (
            "Some 2.3 billion of the world's 8 billion people lack safe water.",
            [(2.3e9, "people"), (8e9, "people")],
        ),
        (
            "It sold 3 million of the 10 million shares on offer.",
            [(3e6, "share"), (1e7, "share")],
        ),
        (
            "Roughly 4.6 million of the 6 million registered taxpayers filed on time.",
            [(4.6e6, "taxpayer"), (6e6, "taxpayer")],
        ),
        (
            "Only 1.2 million of their 2.9 million members voted in the ballot.",
            [(1.2e6, "member"), (2.9e6, "member")],
        ),
        (
            "Nearly 700,000 of the 1.4 million pensioners got the payment.",
            [(700000, None), (1.4e6, "pensioner")],
        ),
        (
            "Couriers delivered 2.5 million of the 7.1 million parcels sent.",
            [(2.5e6, "parcel"), (7.1e6, "parcel")],
        ),
        (
            "Just 5.4 million of the 12 million households have broadband.",
            [(5.4e6, "household"), (1.2e7, "household")],
        ),
        (
            "A total of 1.9 million of the country's 3.3 million farmers got seed.",
            [(1.9e6, "farmer"), (3.3e6, "farmer")],
        ),
        (
            "Around 6.2 million of the 9 million tickets were sold online.",
            [(6.2e6, "ticket"), (9e6, "ticket")],
        ),
    ],
)
def test_a_scaled_part_of_a_scaled_whole_counts_its_noun(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Floods killed 31 people on Monday, taking the toll to 210.",
            [(31, "people"), (210, "people")],
        ),
        (
            "Officials confirmed 14 more deaths, bringing the toll to 96.",
            [(14, "death"), (96, "death")],
        ),
        (
            "The quake left 212 dead overnight, pushing the toll this week to 1,530.",
            [(212, None), (1530, None)],
        ),
        (
            "Rescuers found 9 bodies on Friday, raising the toll since the storm to 47.",
            [(9, "body"), (47, "body")],
        ),
        (
            "The agency logged 2,410 new measles cases and 17 deaths, taking the toll to 388.",
            [(2410, "new measles case"), (17, "death"), (388, "death")],
        ),
        (
            "Another 6 miners died on Sunday, lifting the toll to 23.",
            [(6, "miner"), (23, "miner")],
        ),
        (
            "Police reported 3 fatalities, bringing the toll for the year to 41.",
            [(3, "fatality"), (41, "fatality")],
        ),
        (
            "Heat claimed 58 lives last week, taking the toll this summer to 402.",
            [(58, "life"), (402, "life")],
        ),
        (
            "The virus killed 11 patients at the ward, bringing its toll to 35.",
            [(11, "patient"), (35, "patient")],
        ),
        (
            "Crews recovered 4 more victims, pushing the toll to 19, officials said.",
            [(4, "victim"), (19, "victim")],
        ),
        (
            "Militants killed 27 soldiers in the raid, taking the toll this month to 80.",
            [(27, "soldier"), (80, "soldier")],
        ),
    ],
)
def test_a_running_toll_counts_the_noun_of_the_count_before(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: a toll with no count before it counts nothing named
        ("The death toll rose to 62 on Tuesday.", [(62, None)]),
        ("The toll of the storm climbed to 140.", [(140, None)]),
    ],
)
def test_a_toll_without_a_count_before_counts_nothing(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ferry now crosses in about two hours, compared with nearly five now.",
            [(2, "hour"), (5, "hour")],
        ),
        (
            "Bills average $48 a month, compared with roughly 60 today.",
            [(48, "USD per month"), (60, "USD per month")],
        ),
        (
            "The new line cuts the trip to 35 minutes, compared with almost 50 currently.",
            [(35, "minute"), (50, "minute")],
        ),
        (
            "Turnout was 61%, compared with around 55 in 2019.",
            [(61, "percentage"), (55, "percentage")],
        ),
        (
            "Wait times fell to 18 weeks, compared with nearly 26 a year earlier.",
            [(18, "week"), (26, "week")],
        ),
        (
            "A litre of diesel costs R24.10, compared with roughly 19 last year.",
            [(24.1, "ZAR per litre"), (19, "ZAR per litre")],
        ),
        (
            "The plant emits 3.1 tonnes an hour, compared with almost 5 before the upgrade.",
            [(3.1, "metric ton per hour"), (5, "metric ton per hour")],
        ),
        (
            "Grain sells at $210 a tonne, compared with around 190 now.",
            [(210, "USD per metric ton"), (190, "USD per metric ton")],
        ),
        (
            "The flight takes 7 hours, compared with nearly 11 on the old route.",
            [(7, "hour"), (11, "hour")],
        ),
        (
            "Rents rose to £1,450 a month, compared with about 1,200 now.",
            [(1450, "GBP per month"), (1200, "GBP per month")],
        ),
    ],
)
def test_an_approximate_figure_after_compared_with_takes_the_parallel_unit(
    text: str, expected: Expected
) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fans queued for Sunday's 70-lap race.", [(70, "lap")]),
        ("Crews prepared for Monday's 8-stage climb.", [(8, "stage")]),
        ("A crowd of fans saw Saturday's 12-round bout.", [(12, "round")]),
        ("Rain cut short Friday's 18-hole round.", [(18, "hole")]),
        ("The board rejected Monday's 40-page report.", [(40, "page")]),
        ("Delegates walked out of Tuesday's 9-round talks.", [(9, "round")]),
        ("Ministers shelved Wednesday's 3-stage plan.", [(3, "stage")]),
        ("Reporters were barred from Thursday's 12-member panel.", [(12, "member")]),
        ("Volunteers marshalled Sunday's 40-lap relay.", [(40, "lap")]),
        ("Police closed roads for Saturday's 200-car rally.", [(200, "car")]),
        ("Nobody foresaw Friday's 15-seat swing.", [(15, "seat")]),
    ],
)
def test_a_count_after_a_days_possessive(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guard: a maker's possessive before a model's number is still a name's number
        ("Apple's 16 Pro sold out.", []),
        ("Samsung's 24 Ultra went on sale.", []),
    ],
)
def test_a_makers_possessive_keeps_its_model(text: str, expected: Expected) -> None:
    check_values(text, expected)
