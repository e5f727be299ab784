"""Rates carried to an amount compared with them, ``half as many``, telephone numbers,
a score after a possessive before the noun of the result, participles after an adverb
in ``-ly``, subjects such as ``passenger numbers`` and the bare object of a repeated
verb."""

from __future__ import annotations

import pytest

from .helpers import claims, values_and_units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Diesel now sells for R23.10 a litre at coastal pumps, down from R24.35.",
            [(23.1, "ZAR per litre"), (24.35, "ZAR per litre")],
        ),
        (
            "Tenants in the Brookfield flats pay £1,150 a month, up from £1,020.",
            [(1150, "GBP per month"), (1020, "GBP per month")],
        ),
        (
            "Growers were paid 62 cents per kilogram compared with about 48 cents.",
            [(62, "cent per kilogram"), (48, "cent per kilogram")],
        ),
        (
            "The clinic charges $95 per visit for uninsured patients, up from $80.",
            [(95, "USD per visit"), (80, "USD per visit")],
        ),
        (
            "Each household used 310 litres per day last summer, compared with 270 litres now.",
            [(310, "litre per day"), (270, "litre per day")],
        ),
        (
            "Coffee beans fetched €4.20 a kilo at auction, down from €5.10 in spring.",
            [(4.2, "EUR per kilogram"), (5.1, "EUR per kilogram")],
        ),
        (
            "Ferry fares rose to NZ$78 per passenger, compared to NZ$66 before the merger.",
            [(78, "NZD per passenger"), (66, "NZD per passenger")],
        ),
        (
            "The streaming service costs $11.49 a month versus $9.99 for its rival.",
            [(11.49, "USD per month"), (9.99, "USD per month")],
        ),
        (
            "Rice farmers sold paddy at ₹2,300 per quintal, up from ₹2,040.",
            [(2300, "INR per quintal"), (2040, "INR per quintal")],
        ),
        (
            "Parking at the hospital costs £3.80 an hour, compared with £2.50 at the station.",
            [(3.8, "GBP per hour"), (2.5, "GBP per hour")],
        ),
        (
            "Commuters paid S$2.10 per trip on average, down from about S$2.30.",
            [(2.1, "SGD per trip"), (2.3, "SGD per trip")],
        ),
    ],
)
def test_an_amount_compared_with_a_rate_takes_its_rate(text: str, expected: list[object]) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # a bare ``from`` opens the amount of a change
            "The dividend climbs to 42 cents a share from 38 cents.",
            [(42, "cent per share"), (38, "cent")],
        ),
        (
            # not of one order of size: a total, not the same rate
            "Fees are $40 per student, up from $2 million in grants last year.",
            [(40, "USD per student"), (2000000, "USD")],
        ),
        (
            # another figure between: the rate is not the one compared
            "Tickets cost $25 a seat and 300 were sold, compared with $900 in sponsorship.",
            [(25, "USD per seat"), (300, None), (900, "USD")],
        ),
    ],
)
def test_an_amount_not_compared_with_the_rate_right_before_keeps_its_unit(
    text: str, expected: list[object]
) -> None:
    found = values_and_units(text)
    for value, unit in expected:
        if unit is not None:
            assert (value, unit) in found, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "The Marlow food bank fed 1,200 families this winter, half as many as last year.",
        "Half as many swallows nested under the bridge this spring.",
        "The new boiler burns roughly half as much oil as the one it replaced.",
        "Only half as many candidates sat the exam in the western districts.",
        "Ferries carried half as many cars as in the summer months.",
        "Shops in the arcade took half as much on Saturday as a week before.",
        "Nearly half as many applications arrived for the second round.",
        "The reservoir now holds half as much water as it did in May.",
        "Fewer pupils walk to school: half as many as a decade ago, the survey says.",
        "Clinics recorded half as many flu cases as the health board expected.",
    ],
)
def test_half_as_many_is_a_multiple_of_one_half(text: str) -> None:
    multiples = [c for c in claims(text) if c.kind == "multiple"]
    assert [(c.value, c.unit) for c in multiples] == [(0.5, "count")]


@pytest.mark.parametrize(
    "text",
    [
        "She cut the loaf in half as the guests arrived.",
        "Half of the 40 stalls were empty.",
        "The tower is half as tall as the spire.",
    ],
)
def test_half_without_as_many_or_as_much_is_no_multiple(text: str) -> None:
    assert not [c for c in claims(text) if c.kind == "multiple"]


@pytest.mark.parametrize(
    "text",
    [
        "Witnesses should ring the inquiry team on 0800 321 4477.",
        "Call the helpline on 0300 123 4567 for details.",
        "Residents can phone (555) 284-9031 to book a collection.",
        "The embassy's number in London is +44 20 7946 0321.",
        "Bookings are taken on 020 7946 0857 on weekdays.",
        "Text 07700 900461 to report a pothole.",
        "The Dunmore office can be reached on 01 632 9981 during the week.",
        "For tickets dial 0113 496 0550 or visit the box office.",
        "Anyone affected may contact 0161 496 0072 or write to the council.",
        "The out-of-hours line, 0345 600 1234, is staffed by volunteers.",
    ],
)
def test_a_telephone_number_is_no_quantity(text: str) -> None:
    assert values_and_units(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The club was founded in 1998 and grew 2004 2010 2016.", []),
        ("Volunteers planted 120 450 and 3,000 trees in three years.", [120.0, 3000.0]),
    ],
)
def test_number_groups_that_are_no_telephone_number_stay_figures(
    text: str, expected: list[float]
) -> None:
    found = [v for v, _ in values_and_units(text)]
    for value in expected:
        assert any(value in (v if isinstance(v, tuple) else (v,)) for v in found), (text, found)


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("Mbeki scored 31 points in the Falcons' 102-97 victory.", (102, 97)),
        ("It was Rovers' 4-1 win that kept them up.", (4, 1)),
        ("The Lions' 27-24 loss to Calder ended their run.", (27, 24)),
        ("The Rangers' 3-0 defeat at home shocked the town.", (3, 0)),
        ("After the Otters' 88-85 triumph, fans poured onto the court.", (88, 85)),
        ("The Saints' 2-2 draw with Kirkby left them fourth.", (2, 2)),
        ("The Wolves' 6-1 thrashing of Pell Vale was their best result.", (6, 1)),
        ("The Comets' 110-92 rout of the Pilots was the biggest of the year.", (110, 92)),
        ("The Bulldogs' 1-0 upset of the champions stunned the league.", (1, 0)),
        ("The Harriers' 35-10 victories over both rivals sealed the title.", (35, 10)),
    ],
)
def test_a_score_after_a_possessive_before_the_result_is_a_score(
    text: str, score: tuple[int, int]
) -> None:
    scores = [c for c in claims(text) if c.kind == "score"]
    assert [tuple(c.attributes["score"]) for c in scores] == [score]


@pytest.mark.parametrize(
    "text",
    [
        "Boeing's 737-800 fleet was grounded.",
        "The county's 2019-2024 plan was approved.",
    ],
)
def test_a_possessive_before_numbers_and_no_result_noun_reads_no_score(text: str) -> None:
    assert not [c for c in claims(text) if c.kind == "score"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The trust will open 48 newly built social homes next year.", "social home"),
        ("Police found 12 recently bought handguns in the boot.", "handgun"),
        ("The farm sold 300 freshly laid eggs at the market.", "egg"),
        ("Inspectors checked 25 newly made wooden cabinets.", "wooden cabinet"),
        ("Officers seized 40 recently sold bicycles.", "bicycle"),
        ("The museum displays 16 newly found Roman coins.", "roman coin"),
        ("There are 90 newly built student flats on the campus.", "student flat"),
        ("Divers recovered six recently bought fishing boats.", "fishing boat"),
        ("The scheme funds 200 newly dug village wells.", "village well"),
        ("Fishers landed 14 newly caught river crabs.", "river crab"),
    ],
)
def test_a_participle_after_an_adverb_in_ly_is_left_out(text: str, unit: str) -> None:
    assert [u for _, u in values_and_units(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The estate has 48 built homes and 20 plots.", "built home"),
        ("The charity gave out 30 very warm coats.", "warm coat"),
    ],
)
def test_a_participle_without_an_adverb_before_it_is_unchanged(text: str, unit: str) -> None:
    assert unit in [u for _, u in values_and_units(text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "Passenger numbers at Kestrel Field rose 9% to 2.4 million last year.",
            2_400_000,
            "passenger",
        ),
        ("Visitor numbers at the castle fell to 61,000 after the fire.", 61_000, "visitor"),
        ("Pupil numbers at Hollins Academy have climbed to 1,340.", 1340, "pupil"),
        ("Last winter, patient numbers on the ward dropped to 212.", 212, "patient"),
        ("Tourist numbers in the Lakeland towns jumped 18% to 880,000.", 880_000, "tourist"),
        ("Student numbers at the campus slipped to about 9,700 this autumn.", 9700, "student"),
        ("Nurse numbers in the region grew to 14,250 by March.", 14_250, "nurse"),
        ("Member numbers at the Tarn rowing club fell to 3,150.", 3150, "member"),
        ("Volunteer totals at the food bank rose to 420 in December.", 420, "volunteer"),
        ("Claimant counts in the borough fell by 300 to 5,800.", 5800, "claimant"),
    ],
)
def test_a_subject_of_nouns_and_numbers_counts_the_nouns(
    text: str, value: float, unit: str
) -> None:
    assert (value, unit) in values_and_units(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sales numbers rose to 400 in the quarter.", 400),
        ("The numbers rose to 400 by noon.", 400),
        ("NHS numbers fell to 12,000 over the year.", 12_000),
    ],
)
def test_a_subject_without_a_counted_noun_before_numbers_stays_bare(
    text: str, value: float
) -> None:
    assert (value, None) in values_and_units(text)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        (
            "A gentle bike ride burns about 250 calories, while a hill run can burn up to 700.",
            700,
            "calorie",
        ),
        (
            "The old ferry carried 120 passengers; the new one can carry up to 300.",
            300,
            "passenger",
        ),
        (
            "The small hall seats 180 people, and the main auditorium seats nearly 1,100.",
            1100,
            "people",
        ),
        ("Each turbine produces 3.5 megawatts, but the new ones produce up to 6.", 6, "megawatt"),
        (
            "The first tank holds 40 litres of fuel, while the spare can hold up to 25.",
            25,
            "litre",
        ),
        ("The shelter houses 60 dogs, and the new wing will house as many as 90.", 90, "dog"),
        (
            "The bakery sells 800 loaves a day, while its new branch sells about 300.",
            300,
            "loaf per day",
        ),
        (
            "A compact car emits 110 grams per kilometre, whereas an SUV emits up to 190.",
            190,
            "gram per kilometre",
        ),
        (
            "Coach Reyes signed 14 players in the summer, and the club plans to sign up to 5.",
            5,
            "player",
        ),
        ("The plant employed 2,300 workers in 2019, but it employs just 900.", 900, "worker"),
    ],
)
def test_the_bare_object_of_a_repeated_verb_counts_the_first_object(
    text: str, value: float, unit: str
) -> None:
    assert (value, unit) in values_and_units(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # another verb: the second object is not the first one's kind
        ("The team scored 31 points, while its rivals conceded 12.", 12),
        # no second clause: one verb, two objects
        ("The mill employs 400 staff and 12 apprentices from 19 towns.", 19),
    ],
)
def test_a_bare_number_after_another_verb_takes_no_noun_of_a_repeated_verb(
    text: str, value: float
) -> None:
    assert (value, "point") not in values_and_units(text)
    assert (value, "staff") not in values_and_units(text)
