"""The plural of a model designation after its maker's name is the counted noun."""

from __future__ import annotations

import pytest

from .helpers import values_and_units


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The carrier will lease three Boeing 777s for its Asian routes.", [(3, "boeing 777")]),
        ("Qantas has ordered 12 Airbus A350s for its longest flights.", [(12, "airbus a350")]),
        ("Norway will buy 14 Lockheed F-35s next year.", [(14, "lockheed f-35")]),
        ("The regional airline flies nine Embraer E175s out of Denver.", [(9, "embraer e175")]),
        ("Two Bombardier Q400s were grounded after the incident.", [(2, "bombardier q400")]),
        ("The navy retired four Sikorsky S-70s on Friday.", [(4, "sikorsky s-70")]),
        ("The startup bought 40 Tesla Model 3s for its ride fleet.", [(40, "tesla model 3")]),
        ("Officials confirmed two more Airbus A321s will join the fleet.", [(2, "airbus a321")]),
        ("The operator added five new Boeing 787-9s to its fleet.", [(5, "new boeing 787-9")]),
        ("The museum restored six Supermarine Spitfire Mk9s.", [(6, "supermarine spitfire mk9")]),
    ],
)
def test_maker_and_model_plural(text: str, expected: list[tuple[float, str]]) -> None:
    assert values_and_units(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She threw 3 Sydney 1990s parties.", [(3, None)]),
        ("He owns 12 Boeing shares.", [(12, "boeing share")]),
    ],
)
def test_a_decade_or_plain_name_is_no_model(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert values_and_units(text) == expected
