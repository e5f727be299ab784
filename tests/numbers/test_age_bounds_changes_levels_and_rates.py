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
        # ``aged`` and a bound, whatever noun or pronoun stands before
        ("Those aged over 65 will get the booster first in Tarnwick.", [(65, "year of age")]),
        ("Residents aged over 75 can apply for the Hollins grant.", [(75, "year of age")]),
        ("Patients aged at least 80 were left out of the trial.", [(80, "year of age")]),
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
        # the level first, then the age it changed from; a copula before the level
        (
            "The Dunmore plan raises the voting age to 16 from 18.",
            [(16, "year of age"), (18, "year of age")],
        ),
        (
            "In Pellavia the retirement age is 65, up from 60 in 2010.",
            [(65, "year of age"), (60, "year of age")],
        ),
        ("The average age of the squad stands at 27.", [(27, "year of age")]),
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Members who swam at least 40 lengths a week had 20% fewer injuries than those"
            " who swam fewer than 10.",
            [(40, "length per week"), (20, "percentage"), (10, "length per week")],
        ),
        (
            "Runners who logged 50 miles a week cut their risk by 15% compared with those"
            " who logged fewer than 20.",
            [(50, "mile per week"), (15, "percentage"), (20, "mile per week")],
        ),
        (
            "Patients who slept at least seven hours a night had a 25% lower risk than those"
            " who slept less than five.",
            [(7, "hour per night"), (25, "percentage"), (5, "hour per night")],
        ),
        (
            "Teams that scored more than 30 points a game won 70% of matches, compared with"
            " 40% for those that scored fewer than 20.",
            [
                (30, "point per game"),
                (70, "percentage"),
                (40, "percentage"),
                (20, "point per game"),
            ],
        ),
        (
            "Cows that grazed for nine hours a day gave 12% more milk than cows that grazed"
            " for fewer than six.",
            [(9, "hour per day"), (12, "percentage"), (6, "hour per day")],
        ),
        (
            "Commuters who cycled more than 20 km a day took 30% fewer sick days than those"
            " who cycled under 5.",
            [(20, "kilometre per day"), (30, "percentage"), (5, "kilometre per day")],
        ),
        (
            "Farms that planted 200 trees a hectare lost 40% less soil than farms that"
            " planted fewer than 50.",
            [(200, "tree per hectare"), (40, "percentage"), (50, "tree per hectare")],
        ),
        (
            "Firms that posted 5 adverts a month hired 25% more staff than firms that posted"
            " fewer than 2.",
            [(5, "advert per month"), (25, "percentage"), (2, "advert per month")],
        ),
        (
            "Readers who bought three books a month were 60% likelier to vote than readers"
            " who bought fewer than two.",
            [(3, "book per month"), (60, "percentage"), (2, "book per month")],
        ),
        (
            "Bakeries that baked 500 loaves a day made 18% more profit, compared with those"
            " that baked about 200.",
            [(500, "loaf per day"), (18, "percentage"), (200, "loaf per day")],
        ),
        (
            "Pupils who practised 45 minutes a day scored 10% higher than pupils who practised"
            " less than 15.",
            [(45, "minute per day"), (10, "percentage"), (15, "minute per day")],
        ),
        # a noun and ``with`` repeated
        (
            "Classes with 30 pupils scored 8% lower than classes with fewer than 20.",
            [(30, "pupil"), (8, "percentage"), (20, "pupil")],
        ),
        (
            "Homes with three bedrooms sold 5% faster in Orrin than homes with more than four.",
            [(3, "bedroom"), (5, "percentage"), (4, "bedroom")],
        ),
    ],
)
def test_a_bound_figure_repeating_a_verb_takes_its_rate(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another verb: the rate is not the one repeated
        (
            "Members who swam 40 lengths a week had 20% fewer injuries than those who ran"
            " fewer than 10.",
            [(40, "length per week"), (20, "percentage"), (10, "percentage")],
        ),
        # a verb of change repeated is read as changes are
        (
            "Sales rose 4% in May and rose 6 in June.",
            [(4, "percentage"), (6, "percentage")],
        ),
    ],
)
def test_no_rate_without_the_verb_repeated(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bakery group will open 120 new shops, taking its total to about 1,900.",
            [(120, "new shop"), (1900, "shop")],
        ),
        (
            "Harlow Homes built 800 additional flats, bringing its total to nearly 12,000.",
            [(800, "additional flat"), (12000, "flat")],
        ),
        (
            "Vantry Air ordered 14 extra jets, taking its total to roughly 90.",
            [(14, "extra jet"), (90, "jet")],
        ),
        (
            "The firm added 2,400 new employees, taking its headcount to about 3.1 million.",
            [(2400, "new employee"), (3100000, "employee")],
        ),
        (
            "Officials logged 312 fresh infections on Monday, bringing the tally to just"
            " over 9,000.",
            [(312, "fresh infection"), (9000, "infection")],
        ),
        # modifiers before the noun of the total
        (
            "Storms killed 14 more people overnight, taking the death toll to 212.",
            [(14, "people"), (212, "people")],
        ),
        (
            "Orvane hired 400 engineers, lifting its global total to 9,800.",
            [(400, "engineer"), (9800, "engineer")],
        ),
        (
            "Kelsall airport handled 18.2 million passengers last year, up 6% on 2023, but"
            " still short of the 21 million it handled before the strike.",
            [(18200000, "passenger"), (6, "percentage"), (21000000, "passenger")],
        ),
        (
            "The brewery sold 1.2 million barrels, up 4%, short of the 1.5 million it had"
            " hoped for.",
            [(1200000, "barrel"), (4, "percentage"), (1500000, "barrel")],
        ),
        (
            "The port moved 3.4 million containers, down 2%, well below the 4 million it"
            " moved in 2021.",
            [(3400000, "container"), (2, "percentage"), (4000000, "container")],
        ),
        (
            "Marden Rovers drew 18,000 fans a game, up 5%, yet far below the 25,000 they"
            " drew a decade ago.",
            [(18000, "fan per game"), (5, "percentage"), (25000, "fan per game")],
        ),
        (
            "The mill shipped 640,000 tonnes, up 3%, but shy of the 700,000 it shipped"
            " before the fire.",
            [(640000, "metric ton"), (3, "percentage"), (700000, "metric ton")],
        ),
        (
            "The zoo welcomed 910,000 visitors, up 12% on the year, still below the 1.1"
            " million it welcomed in 2019.",
            [(910000, "visitor"), (12, "percentage"), (1100000, "visitor")],
        ),
    ],
)
def test_a_level_counts_the_noun_of_the_count_before(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a percentage alone before: nothing counted
        ("Inflation hit 5.2%, above the 4 it had forecast.", [(5.2, "percentage"), (4, None)]),
    ],
)
def test_no_level_without_a_count_before(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The average Pelora user sends 40 messages a day, up 10% on last year, compared"
            " with 25 in 2019.",
            [(40, "message per day"), (10, "percentage"), (25, "message per day")],
        ),
        (
            "Brackley airport handled 23.4 million passengers, up 9%, compared with 21.5"
            " million in 2019.",
            [(23400000, "passenger"), (9, "percentage"), (21500000, "passenger")],
        ),
        (
            "Dealers sold 12,000 cars, down 4% on the year, versus 15,000 before the pandemic.",
            [(12000, "car"), (4, "percentage"), (15000, "car")],
        ),
        (
            "The Ostley mill produced 80 tonnes a day, up 5%, against 60 a decade ago.",
            [(80, "metric ton per day"), (5, "percentage"), (60, "metric ton per day")],
        ),
        (
            "Rangers averaged 31,000 fans a game, up 7%, compared with 27,500 in the"
            " relegation season.",
            [(31000, "fan per game"), (7, "percentage"), (27500, "fan per game")],
        ),
        (
            "The food bank handed out 2,300 parcels, up 18% on March, compared to 1,400 a"
            " year earlier.",
            [(2300, "parcel"), (18, "percentage"), (1400, "parcel")],
        ),
        (
            "Callers made 900 complaints a week, down 12%, versus about 1,300 in the spring.",
            [(900, "complaint per week"), (12, "percentage"), (1300, "complaint per week")],
        ),
        (
            "The library lent 56,000 books, up 3% on 2023, against 61,000 before the closures.",
            [(56000, "book"), (3, "percentage"), (61000, "book")],
        ),
        (
            "The Varno line carried 4.1 million riders, up 22%, compared with 2.8 million in"
            " its first year.",
            [(4100000, "rider"), (22, "percentage"), (2800000, "rider")],
        ),
        (
            "Crews cleared 640 kilometres of drains, down 9%, compared with 700 the year before.",
            [(640, "kilometre"), (9, "percentage"), (700, "kilometre")],
        ),
    ],
)
def test_a_figure_compared_after_a_change_aside_takes_the_count(
    text: str, expected: Expected
) -> None:
    check_values(text, expected)


def test_a_change_compared_alone_stays_a_percentage() -> None:
    check_values(
        "Revenue rose 12%, compared with 9 in the previous quarter.",
        [(12, "percentage"), (9, "percentage")],
    )
