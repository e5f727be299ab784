"""Vote tallies after a long object; a fraction word before a minor unit of money.

``passed the stopgap spending bill 271-159``: a word of voting up to five
words before a dash pair, the larger first, makes it the votes for and
against, not a bill's number.  ``slipped half a cent``: a fraction, ``a``
and a minor unit measure that unit.  Every sentence here is invented for
the test.
"""

from __future__ import annotations

import pytest

from .helpers import quantities


def units(text: str) -> list[tuple[object, str | None]]:
    return [(round(c.value, 4), c.unit) for c in quantities(text) if isinstance(c.value, float)]


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("The House passed the stopgap spending bill 271-159, ending the standoff.", (271, 159)),
        ("The Senate approved the long-delayed farm bill 68-31, sending it on.", (68, 31)),
        ("MPs rejected the opposition's housing amendment 301-212, after a debate.", (301, 212)),
        ("The assembly passed the new state budget bill 44-17, its third attempt.", (44, 17)),
        (
            "Lawmakers approved the sweeping immigration reform bill 230-201, officials said.",
            (230, 201),
        ),
        (
            "The council adopted the revised zoning code amendment 9-4, ending months of work.",
            (9, 4),
        ),
        ("The Senate passed the annual defence spending bill 85-14, a bipartisan vote.", (85, 14)),
        ("The chamber passed the emergency flood relief bill 390-22, clearing the way.", (390, 22)),
        ("Delegates ratified the new party rule change 512-88, officials said.", (512, 88)),
        ("The Senate confirmed the new transport bill 51-49 on Monday.", (51, 49)),
    ],
)
def test_tally_after_long_object(text: str, votes: tuple[int, int]) -> None:
    found = units(text)
    assert (float(votes[0]), None) in found, found
    assert (float(votes[1]), None) in found, found


def test_bill_number_stays_a_label() -> None:
    text = "Senate Bill 271 was introduced by the senator in March."
    assert (271.0, None) not in units(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sterling slipped half a cent against the dollar.", (0.5, "cent")),
        ("The euro gained half a cent on Tuesday.", (0.5, "cent")),
        ("Petrol rose a quarter of a cent overnight.", (0.25, "cent")),
        ("The rand fell half a cent after the data.", (0.5, "cent")),
        ("The loonie firmed a quarter of a cent.", (0.25, "cent")),
        ("Bread went up half a cent a loaf.", (0.5, "cent per loaf")),
        ("The Aussie dollar added half a cent to 66.1 US cents.", (0.5, "cent")),
        ("Diesel eased three quarters of a cent a litre.", (0.75, "cent per litre")),
        ("The kiwi shed half a cent in early trade.", (0.5, "cent")),
        ("The share price dipped half a penny.", (0.5, "penny")),
    ],
)
def test_fraction_of_minor_unit(text: str, expected: tuple[float, str]) -> None:
    assert expected in units(text)


@pytest.mark.parametrize(
    "text",
    [
        "Half a century ago the town was a village.",
        "Half of the centre was flooded.",
    ],
)
def test_fraction_without_money(text: str) -> None:
    assert not [unit for _, unit in units(text) if unit in ("cent", "penny")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The river rose half an inch overnight.", (0.5, "inch")),
        ("Rain fell for half an hour.", (0.5, "hour")),
        ("The family owns half an acre.", (0.5, "acre")),
        ("Half an ounce of gold was seized.", (0.5, "ounce")),
        ("Sea level crept up half an inch a decade.", (0.5, "inch per decade")),
        ("The train was half an hour late.", (0.5, "hour")),
        ("The plot is half an acre in size.", (0.5, "acre")),
        ("Snow lay half an inch deep on the roads.", (0.5, "inch")),
        ("The meeting ran half an hour over.", (0.5, "hour")),
        ("Police found half an ounce of cannabis.", (0.5, "ounce")),
    ],
)
def test_half_an_before_unit(text: str, expected: tuple[float, str]) -> None:
    assert expected in units(text), units(text)
