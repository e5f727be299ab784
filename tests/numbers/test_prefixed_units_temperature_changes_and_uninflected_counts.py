"""Units from pint's prefixes and ratios, changes in bare ``degrees`` on the sentence's
scale, compound unit symbols before a noun, and counts of nouns whose plural is their
singular."""

from __future__ import annotations

import pytest

from .helpers import Expected, check_values


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Physicists at Brenlow cooled the niobium sample to 40 millikelvin.",
            [(40, "millikelvin")],
        ),
        (
            "The sensor keeps working at 250 microkelvin, its makers claim.",
            [(250, "microkelvin")],
        ),
        ("A vapour cloud of rubidium was held at 85 nanokelvin.", [(85, "nanokelvin")]),
        ("The dilution fridge keeps the qubits below 15 mK.", [(15, "millikelvin")]),
        (
            "Salinity in the lagoon climbed to 41 parts-per-thousand by March.",
            [(41, "parts-per-thousand")],
        ),
        (
            "Tests found 140 parts per trillion of solvent in the Calder wells.",
            [(140, "parts-per-trillion")],
        ),
        ("Brine at the outfall reached 38 parts per thousand.", [(38, "parts-per-thousand")]),
        ("The filters cut it to just 1 part per trillion.", [(1, "parts-per-trillion")]),
        (
            "The Vexo S4 ships with a 4,700 milliampere-hour battery.",
            [(4700, "milliampere-hour")],
        ),
        ("The atom trap holds the gas at 50 µK.", [(50, "microkelvin")]),
        ("The power bank stores 20 ampere hours.", [(20, "ampere-hour")]),
        ("Grid batteries at the depot hold 3 kAh each.", [(3, "kiloampere-hour")]),
    ],
)
def test_units_from_pint_prefixes_and_ratios(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ashgrove hit 44.1C on Monday before a southerly dropped the temperature by "
            "15 degrees within two hours.",
            [(44.1, "celsius"), (15, "celsius"), (2, "hour")],
        ),
        (
            "After peaking at 39 degrees Celsius, temperatures plunged 14 degrees overnight.",
            [(39, "celsius"), (14, "celsius")],
        ),
        (
            "Readings climbed to 101F in Dalton, up 9 degrees from Sunday.",
            [(101, "fahrenheit"), (9, "fahrenheit")],
        ),
        (
            "The mercury fell 22 degrees to 31F as the front moved through.",
            [(22, "fahrenheit"), (31, "fahrenheit")],
        ),
        (
            "Forecasters expect 35C on Thursday, with the change cutting maximums by "
            "12 degrees on Friday.",
            [(35, "celsius"), (12, "celsius")],
        ),
        (
            "The lake warmed by 3 degrees last summer, reaching 27 degrees Celsius.",
            [(3, "celsius"), (27, "celsius")],
        ),
        (
            "It was 93 degrees Fahrenheit at noon, but a storm knocked the reading down "
            "by 20 degrees.",
            [(93, "fahrenheit"), (20, "fahrenheit")],
        ),
        (
            "The city shivered at minus 8C, its overnight low falling 6 degrees.",
            [(-8, "celsius"), (6, "celsius")],
        ),
        (
            "Sea temperatures rose 2 degrees to 29.5C off the reef this month.",
            [(2, "celsius"), (29.5, "celsius")],
        ),
        (
            "Pavement readings hit 140F while air temperatures dropped 11 degrees after dusk.",
            [(140, "fahrenheit"), (11, "fahrenheit")],
        ),
    ],
)
def test_change_in_degrees_takes_the_scale_of_the_reading(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dissolved oxygen fell well below the 2 mg/l threshold for fish.",
            [(2, "milligram per litre")],
        ),
        ("Nitrate in the Orrin bore hit 50 mg/l in May.", [(50, "milligram per litre")]),
        ("Brewers want a 30 g/l sugar cap dropped.", [(30, "gram per litre")]),
        (
            "The 7.8 km/s orbital speed was reached in nine minutes.",
            [(7.8, "kilometre per second"), (9, "minute")],
        ),
        ("Growers reported a 3 t/ha yield on the dry plots.", [(3, "metric ton per hectare")]),
        ("The pump keeps a 2 l/min flow through the filter.", [(2, "litre per minute")]),
        ("Doctors capped the 30 mg/d dose for older patients.", [(30, "milligram per day")]),
        (
            "The smelter's 500,000 t/a expansion was approved on Friday.",
            [(500000, "metric ton per year")],
        ),
        ("Inspectors found a 12 µg/l lead reading at the school.", [(12, "microgram per litre")]),
        ("A 9 kg/l density figure was quoted by the supplier.", [(9, "kilogram per litre")]),
    ],
)
def test_compound_symbols_keep_their_denominator(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency now tracks 1,420 spacecraft in low orbit.", [(1420, "spacecraft")]),
        (
            "Fishery officers counted 2,800 Atlantic salmon at the weir.",
            [(2800, "atlantic salmon")],
        ),
        ("Rangers counted 212 elk on the ridge.", [(212, "elk")]),
        ("The reserve is home to 45 moose and 300 bison.", [(45, "moose"), (300, "bison")]),
        ("Crews hauled 80 swordfish from the longlines.", [(80, "swordfish")]),
        ("Anglers landed 16 trout in the derby.", [(16, "trout")]),
        ("The navy fields 12 hovercraft on the coast.", [(12, "hovercraft")]),
        ("Divers tagged 35 Pacific halibut off Kessock Point.", [(35, "pacific halibut")]),
        (
            "The ark carried 600 wildebeest across the river, the ranger said.",
            [(600, "wildebeest")],
        ),
        ("Smokehouses bought 4,000 herring from the morning boats.", [(4000, "herring")]),
        ("Trawlers landed 900 Norwegian mackerel.", [(900, "norwegian mackerel")]),
    ],
)
def test_counts_of_nouns_whose_plural_is_their_singular(text: str, expected: Expected) -> None:
    check_values(text, expected)
