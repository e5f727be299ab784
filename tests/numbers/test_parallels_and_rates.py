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
