"""A change keeps its own scale; apposed ages after a named modifier; bare changes by a subject.

``fell by 32,000 to 6.4 million``: the change is 32,000, not 32 billion; a
scale word is shared only by a true range.  ``A Brisbane teacher, 41,``:
an age between commas after a person's noun that proper names modify.
``thefts fell by 87 to 1,204``: a plural subject counts a bare change and
its bare level.  Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from .helpers import quantities


def units(text: str) -> list[tuple[object, str | None]]:
    return [(round(c.value, 4), c.unit) for c in quantities(text) if isinstance(c.value, float)]


def values(text: str) -> list[float]:
    found: list[float] = []
    for claim in quantities(text):
        ends = claim.value if isinstance(claim.value, tuple) else (claim.value,)
        found.extend(round(end, 4) for end in ends if isinstance(end, float))
    return found


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The number of people on the list fell by 32,000 to 6.4 million in May.", 32000.0),
        ("The number of households in arrears rose by 18,500 to 1.23 million.", 18500.0),
        ("The number of passengers fell by 250,000 to 9.8 million last year.", 250000.0),
        ("The number of claimants rose by 45,000 to 1.6 million in June.", 45000.0),
        ("The number of visitors grew by 120,000 to 4.2 million this summer.", 120000.0),
        ("The number of subscribers climbed by 310,000 to 12.5 million.", 310000.0),
        ("The number of pupils fell by 14,000 to 8.1 million in 2025.", 14000.0),
        ("The number of tenants rose by 61,000 to 2.04 million in March.", 61000.0),
        ("The number of drivers dropped by 72,000 to 3.3 million.", 72000.0),
        ("The number of jobs vacant fell by 23,000 to 1.1 million in April.", 23000.0),
    ],
)
def test_change_keeps_its_own_scale(text: str, change: float) -> None:
    found = values(text)
    assert change in found, found
    assert change * 1_000_000 not in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Six to seven thousand fans marched.", 6000.0),
        ("The plan will cost 1.2 to 1.5 billion dollars.", 1_200_000_000.0),
        ("About 2.5 to 3 million people live in the region.", 2_500_000.0),
        ("It will cost $1.2 to $1.5 billion.", 1_200_000_000.0),
        ("The number of people on the list rose by 0.2 to 6.4 million.", 200_000.0),
    ],
)
def test_range_and_fraction_still_share_scale(text: str, value: float) -> None:
    assert value in values(text)


@pytest.mark.parametrize(
    "text",
    [
        "A Gold Coast man, 29, has been fined for speeding.",
        "A Brisbane teacher, 41, was charged on Monday.",
        "The Melbourne mother, 35, said she was relieved.",
        "A Perth grandfather, 72, won the lottery.",
        "The Leeds-born striker, 24, signed a new deal.",
        "A New York City firefighter, 48, died in the blaze.",
        "The Sydney woman, 19, was taken to hospital.",
        "A Toronto cyclist, 56, was struck by a van.",
        "The Cork farmer, 63, told the court he was innocent.",
        "An Auckland student, 22, has been arrested.",
    ],
)
def test_age_after_named_modifier(text: str) -> None:
    ages = [c for c in quantities(text) if c.unit == "year of age"]
    assert len(ages) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The Sydney suburb of 12,000 residents, 40 kilometres away, flooded.",
        "A Gold Coast man paid $29, the court heard.",
    ],
)
def test_no_age_without_apposition(text: str) -> None:
    assert not [c for c in quantities(text) if c.unit == "year of age"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Burglaries in the county fell by 40 to 212 last year.",
            [(40.0, "burglary"), (212.0, "burglary")],
        ),
        ("Thefts rose by 87 to 1,204 in the quarter.", [(87.0, "theft"), (1204.0, "theft")]),
        (
            "Robberies rose 3% to 900, while murders nationally fell by 412 to 6,545.",
            [(412.0, "murder"), (6545.0, "murder")],
        ),
        (
            "Evictions in the city climbed by 150 to 2,310.",
            [(150.0, "eviction"), (2310.0, "eviction")],
        ),
        ("Arrests dropped by 26 to 480 over the holiday.", [(26.0, "arrest"), (480.0, "arrest")]),
        (
            "Complaints jumped by 1,020 to 9,400 in March.",
            [(1020.0, "complaint"), (9400.0, "complaint")],
        ),
        ("Admissions have risen by 300 to 7,700.", [(300.0, "admission"), (7700.0, "admission")]),
        ("Bankruptcies plunged by 18 to 64 in 2025.", [(18.0, "bankruptcy"), (64.0, "bankruptcy")]),
        ("Shootings declined by 45 to 95 last year.", [(45.0, "shooting"), (95.0, "shooting")]),
        (
            "Thefts fell to 300, while burglaries officially rose by 20 to 120.",
            [(20.0, "burglary"), (120.0, "burglary")],
        ),
    ],
)
def test_plural_subject_counts_bare_change_and_level(
    text: str, expected: list[tuple[float, str]]
) -> None:
    found = units(text)
    for pair in expected:
        assert pair in found, found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Prices fell by 12 to 212 last year.", 212.0),
        ("Sales rose by 40 to 300 in the quarter.", 300.0),
    ],
)
def test_measured_subject_counts_no_change(text: str, value: float) -> None:
    assert (value, None) in units(text)


@pytest.mark.parametrize(
    "text",
    [
        "NHS waiting lists in the north fell by 5,100 to 388,000 in May.",
        "BBC licence fees rose by 2,000 to 41,000.",
    ],
)
def test_acronym_subject_counts_nothing(text: str) -> None:
    assert all(unit is None for _, unit in units(text)), units(text)
