"""Ages after a noun of people and a bound whatever follows them, a change of age ``from``
one age ``to`` another, a bare figure after a bound that repeats the verb of its parallel
rate, a level whose noun the count before it names, and a rate per span of time after a
counted noun and its postmodifier."""

from __future__ import annotations

import pytest

from .helpers import Expected, check_values, quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Flu jabs are free this winter, with children under five making up most of the queue.",
            [(5, "year of age")],
        ),
        (
            "The council will visit pensioners over 75 living alone before Christmas.",
            [(75, "year of age")],
        ),
        (
            "Kids under 12 must be accompanied by an adult at the Marlow lido.",
            [(12, "year of age")],
        ),
        (
            "Doctors said adults over 60 who catch the virus should rest at home.",
            [(60, "year of age")],
        ),
        (
            "Boys under 16 were barred from the Brentholm tournament after the brawl.",
            [(16, "year of age")],
        ),
        (
            "Seniors aged over 70 account for a third of all falls treated at St Aldric's.",
            [(70, "year of age"), (0.3333, None)],
        ),
        (
            "Teenagers under 18 face a curfew in the Dunmere estate from Friday.",
            [(18, "year of age")],
        ),
        (
            "The gym offers cheaper rates to women over 50 and free classes to retirees.",
            [(50, "year of age")],
        ),
        (
            "Babies under two need a separate seat, the airline told families flying to Korsa.",
            [(2, "year of age")],
        ),
        (
            "Men over 40 are twice as likely to skip a check-up, the Hallbridge survey found.",
            [(40, "year of age")],
        ),
        (
            "Youngsters under 14 travelling alone will need a signed form from June.",
            [(14, "year of age")],
        ),
    ],
)
def test_an_age_after_people_and_a_bound_whatever_follows(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # a noun that counts: the number is no age
        "Children under 12 hours old were kept in the incubator ward.",
        # not a noun of people
        "Shares under 5 rarely rally, the Pellham analyst said.",
    ],
)
def test_no_age_without_people_or_with_a_noun(text: str) -> None:
    assert all(c.unit != "year of age" for c in quantities(text)), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Parliament voted to cut the voting age from 18 to 16 in local elections.",
            [((16, 18), "year of age")],
        ),
        (
            "The Farrowmere assembly lowered the age of criminal responsibility from 14 to 12.",
            [((12, 14), "year of age")],
        ),
        (
            "Ministers will raise the minimum age for buying energy drinks from 16 to 18.",
            [((16, 18), "year of age")],
        ),
        (
            "The minimum age for jury service was cut from 21 to 18 last spring.",
            [((18, 21), "year of age")],
        ),
        (
            "Under the plan the state pension age rises from 66 to 68, costing workers two years.",
            [((66, 68), "year of age"), (2, "year")],
        ),
        (
            "Officials want the age limit for bus drivers lowered from 70 to 65.",
            [((65, 70), "year of age")],
        ),
        (
            "The league dropped the age limit from 23 to 21 for its summer tournament.",
            [((21, 23), "year of age")],
        ),
        (
            "Colston lowered its driving age from 17 to 16, the transport minister said.",
            [((16, 17), "year of age")],
        ),
        (
            "The retirement age for judges will rise to 75 under the reform.",
            [(75, "year of age")],
        ),
        (
            "Marrisburg is raising the school leaving age to 18, two years later than before.",
            [(18, "year of age"), (2, "year")],
        ),
        (
            "The age of consent was raised from 14 to 16 after a long campaign.",
            [((14, 16), "year of age")],
        ),
    ],
)
def test_a_change_of_age_is_one_age_or_range(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ``of working age`` describes the people counted: no age changes
        (
            "The share of people of working age fell from 64 to 61 per cent.",
            [((61, 64), "percentage")],
        ),
        # the noun of the change is another
        ("Average ages rose while membership fell from 900 to 700.", [((700, 900), None)]),
        # an ascending pair without ``from`` is read as before
        ("Those aged 16 to 18 may apply.", [((16, 18), "year of age")]),
    ],
)
def test_no_change_of_age_without_the_noun(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Halvorsen bursary will pay fees for about 150 pupils a year from poorer homes.",
            [(150, "pupil per year")],
        ),
        (
            "The Pinecrest hospice now takes 40 patients a month from across the valley.",
            [(40, "patient per month")],
        ),
        (
            "The new ferry will carry 2,000 passengers a day from the mainland.",
            [(2000, "passenger per day")],
        ),
        (
            "Scouts said the club signs 15 players a season from abroad.",
            [(15, "player per season")],
        ),
        (
            "The shelter rehomes roughly 600 dogs a year from council pounds.",
            [(600, "dog per year")],
        ),
        (
            "Quarry lorries make 90 trips a week from the Ashgrove pit.",
            [(90, "trip per week")],
        ),
        (
            "The programme brings 300 nurses from overseas each year to Vellan hospitals.",
            [(300, "nurse per year")],
        ),
        (
            "The burns unit treats about 25 children with scalds every month.",
            [(25, "child per month")],
        ),
        (
            "The charity trains 80 volunteers in rural parishes a year.",
            [(80, "volunteer per year")],
        ),
        (
            "Border staff turned back 1,200 lorries at the Kessin crossing a week in June.",
            [(1200, "lorry per week")],
        ),
        (
            "The academy will take 60 apprentices a year from local schools.",
            [(60, "apprentice per year")],
        ),
    ],
)
def test_a_rate_after_a_counted_noun_and_its_postmodifier(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a point in time after ``from``: no rate
        ("The chain hopes to run 300 stores a year from now.", [(300, "store")]),
        ("Ticket sales reached 4,000 a week from the start.", [(4000, None)]),
        # a time phrase after the postmodifier
        ("The plant employed 40 staff at the old site a year earlier.", [(40, "staff")]),
        ("Police held 30 people at the border a week after the raid.", [(30, "people")]),
    ],
)
def test_no_rate_before_a_point_in_time(text: str, expected: Expected) -> None:
    check_values(text, expected)
