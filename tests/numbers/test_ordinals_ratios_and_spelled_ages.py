"""Ordinals written with digits, ratios after ``only``, letter currencies after a price verb,
and ages: spelled after ``aged``, ``N-year-olds``, and after a personal pronoun."""

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
