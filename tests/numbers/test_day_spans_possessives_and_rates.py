"""Spans of days, figures after a possessive or a second verb, multiples of an amount,
plurals in ``-ies`` of regional nouns in ``-ie``, and rates written as one abbreviation."""

from __future__ import annotations

import pytest

from .helpers import claims, span, values_and_units


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The Harwick poll of 880 adults was taken Sept. 14 to 19.", "Sept. 14 to 19"),
        ("Voting in the union ballot ran from March 2 to 16, officials said.", "March 2 to 16"),
        ("The Lakeside regatta is held 21 to 24 August every year.", "21 to 24 August"),
        ("Tickets for the 11-14 July festival sold out in an hour.", "11-14 July"),
        ("Interviews were carried out Jan. 9-13 among 1,150 residents.", "Jan. 9-13"),
        ("Roadworks on the bypass will run from June 3 through 28.", "June 3 through 28"),
        ("The fieldwork took place between Oct. 4 and 10, 2025.", "Oct. 4 and 10, 2025"),
        ("Markets close for the holiday from 24 to 27 December.", "24 to 27 December"),
        ("The strike is set for Feb. 17–20 at three depots.", "Feb. 17–20"),
        ("The census team visited the valley on 5 to 9 April.", "5 to 9 April"),
        ("A heatwave warning covers July 8 until 12 for the coast.", "July 8 until 12"),
    ],
)
def test_a_span_of_days_is_one_date(text: str, written: str) -> None:
    dates = [c for c in claims(text) if c.kind == "date"]
    assert [span(text, c).rstrip(".") for c in dates] == [written]
    assert "end_day" in dates[0].attributes
    assert all(c.kind != "number" for c in claims(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Prices rose on March 3 to 12 per cent above last year.", 12),
        ("On May 4 and 40 more patients arrived on May 9.", 40),
        ("Membership rose on June 20 to 25 members.", 25),
        ("The index slid on March 1 to 2,400 points.", 2400),
        ("Sales rose on May 5 to 10.5 per cent.", 10.5),
        ("Tickets went on sale June 2 to 3,000 fans.", 3000),
    ],
)
def test_a_later_number_that_is_no_day_stays_a_figure(text: str, value: float) -> None:
    assert value in [v for v, _ in values_and_units(text)]
    assert all("end_day" not in c.attributes for c in claims(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Okonkwo won the ward with 18,233 votes to his closest challenger's 11,904.",
            [(18233, "vote"), (11904, "vote")],
        ),
        (
            "The incumbent polled 6,412 votes to the Greens candidate's 5,087, a recount showed.",
            [(6412, "vote"), (5087, "vote")],
        ),
        (
            "Rovers took 41 points this season, compared with City's 37.",
            [(41, "point"), (37, "point")],
        ),
        (
            "The Hawks kicked 14 goals against the Swans' 9 in a lopsided first half.",
            [(14, "goal"), (9, "goal")],
        ),
        (
            "The party now holds 63 seats, up from its founder's 28 in 1998.",
            [(63, "seat"), (28, "seat")],
        ),
        (
            "The squad won 212 medals, against the hosts' 187, the team manager said.",
            [(212, "medal"), (187, "medal")],
        ),
        (
            "Marlow collected 2,140 signatures, versus the council's 1,310.",
            [(2140, "signature"), (1310, "signature")],
        ),
        (
            "She finished with 1,048 votes to Pemberton's 993 after the final count.",
            [(1048, "vote"), (993, "vote")],
        ),
        (
            "The new clinic sees 340 patients a week, more than the old hospital's 290.",
            [(340, "patient per week"), (290, "patient per week")],
        ),
        (
            "The Tigers scored 27 tries this season, compared with the Lions' 19.",
            [(27, "try"), (19, "try")],
        ),
        (
            "Delgado drew 41,200 votes against the sitting mayor's 39,870 on Sunday.",
            [(41200, "vote"), (39870, "vote")],
        ),
    ],
)
def test_a_figure_after_a_possessive_shares_the_noun_of_its_parallel(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The tour included a visit to Boeing's 787 in Seattle.",
        "Reviewers compared it with Apple's 15 Pro, and found it faster.",
    ],
)
def test_a_possessive_name_with_no_figure_before_keeps_its_number(text: str) -> None:
    assert values_and_units(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blaze destroyed 140 homes and damaged 620 since Friday, the fire service said.",
            [(140, "home"), (620, "home")],
        ),
        (
            "The outbreak has infected 312 pupils and hospitalised 41 since term began.",
            [(312, "pupil"), (41, "pupil")],
        ),
        (
            "Troops detained 58 suspects and released 22 after questioning.",
            [(58, "suspect"), (22, "suspect")],
        ),
        (
            "The airline grounded 36 jets and inspected 19 following the engine fault.",
            [(36, "jet"), (19, "jet")],
        ),
        (
            "The flood swept away 70 cattle and drowned 45 until the levee was repaired.",
            [(70, "cattle"), (45, "cattle")],
        ),
        (
            "Rangers rescued 17 hikers and treated 6 as the storm closed in.",
            [(17, "hiker"), (6, "hiker")],
        ),
        (
            "The quake flattened 230 buildings and cracked 900 when it struck at dawn.",
            [(230, "building"), (900, "building")],
        ),
        (
            "The trust vaccinated 4,800 children and screened 2,150 amid the outbreak.",
            [(4800, "child"), (2150, "child")],
        ),
        (
            "Inspectors shut 12 eateries and fined 30 since the new rules took effect.",
            [(12, "eatery"), (30, "eatery")],
        ),
        (
            "The gang robbed 9 banks and targeted 14 once the guards had left.",
            [(9, "bank"), (14, "bank")],
        ),
    ],
)
def test_a_second_verbs_object_before_an_adjunct_of_time(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Farmers planted twice as many hectares of sorghum as last season.", 2.0),
        ("The new kiln uses roughly twice as much gas as the old one.", 2.0),
        ("Nearly twice as many cyclists used the bridge in June.", 2.0),
        ("Exporters shipped almost twice as much copper as forecast.", 2.0),
        ("The county logged thrice as many burglaries as its neighbour.", 3.0),
        ("Volunteers collected more than twice as many signatures as needed.", 2.0),
        ("The clinic now sees twice as many patients a day.", 2.0),
        ("The rebuilt dam holds twice as much water.", 2.0),
        ("Shoppers spent twice as much on toys as a year ago, the survey found.", 2.0),
        ("Bookings at the resort are running at thrice as many as before the fire.", 3.0),
    ],
)
def test_twice_as_many_is_a_multiple(text: str, value: float) -> None:
    multiples = [c for c in claims(text) if c.kind == "multiple"]
    assert [(c.value, c.unit) for c in multiples] == [(value, "count")]


@pytest.mark.parametrize(
    "text",
    [
        "Okafor scored twice as the visitors came from behind.",
        "The committee meets twice as a rule.",
        "The engine is twice as loud as the old one.",
    ],
)
def test_twice_as_without_many_or_much_is_no_multiple(text: str) -> None:
    assert not [c for c in claims(text) if c.kind == "multiple"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thieves stole four bakkies from a dealership in Polokwane.", [(4, "bakkie")]),
        ("The council hired 30 tradies to fix storm damage.", [(30, "tradie")]),
        ("Police stopped 12 bikies at a roadblock near Dubbo.", [(12, "bikie")]),
        ("The depot employs 85 truckies on night shifts.", [(85, "truckie")]),
        ("Royal Mail took on 200 extra posties for Christmas.", [(200, "extra postie")]),
        ("The machine swallowed three toonies and a loonie.", [(3, "toonie")]),
        ("The shelter rehomed 14 budgies and two parrots.", [(14, "budgie"), (2, "parrot")]),
        ("Judges named six kelpies finalists at the dog trials.", [(6, "kelpie")]),
        ("The market sold 240 hoagies before noon.", [(240, "hoagie")]),
        ("The breeder listed nine shelties and four collies.", [(9, "sheltie"), (4, "collie")]),
        ("Nurses reported 60 sickies in the week of the final.", [(60, "sickie")]),
    ],
)
def test_a_regional_noun_in_ie_keeps_it(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Tanjong Rhu flat sold for S$1,640 psf, a record.", [(1640, "SGD per square foot")]),
        (
            "Office rents in Central eased to HK$98 psf a month.",
            [(98, "HKD per square foot per month")],
        ),
        ("The plot fetched about $410 PSF, brokers said.", [(410, "USD per square foot")]),
        ("Shop space in the mall leases at RM12 psf.", [(12, "MYR per square foot")]),
        ("Land on the ridge went for S$22,400 psm last year.", [(22400, "SGD per square metre")]),
        ("A studio flat in Leith now lets at £1,150 pcm.", [(1150, "GBP per month")]),
        ("Rooms near the campus cost £165 pw, the survey found.", [(165, "GBP per week")]),
        ("The post pays €58,000 p.a. plus a car allowance.", [(58000, "EUR per year")]),
        ("Studios in the tower are offered at A$520 pw.", [(520, "AUD per week")]),
        ("The warehouse was valued at £38 psf by the agent.", [(38, "GBP per square foot")]),
        ("Graduate trainees start on £31,500 p.a. in Manchester.", [(31500, "GBP per year")]),
    ],
)
def test_an_abbreviation_after_an_amount_is_its_rate(
    text: str, expected: list[tuple[float, str]]
) -> None:
    assert values_and_units(text) == expected
