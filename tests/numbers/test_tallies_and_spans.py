"""A tally's second count before an adjunct of time; a comparative's span before a clause."""

from __future__ import annotations

import pytest

from .helpers import values_and_units


@pytest.mark.parametrize(
    ("text", "first", "second", "unit"),
    [
        ("The motion carried by 31 votes to 9 after a tense sitting.", 31, 9, "vote"),
        ("The amendment fell by 41 votes to 14 following a walkout.", 41, 14, "vote"),
        ("The union backed the deal by 212 votes to 77 after a ballot.", 212, 77, "vote"),
        ("The board rejected the bid by 6 votes to 3 after lunch.", 6, 3, "vote"),
        ("The assembly passed the budget by 58 votes to 21 after midnight.", 58, 21, "vote"),
        ("Ferndale won 5 seats to 2 after the recount.", 5, 2, "seat"),
        ("The committee approved it by 11 votes to 2 after the hearing.", 11, 2, "vote"),
        ("The synod rejected it by 18 votes to 11 when the debate ended.", 18, 11, "vote"),
        (
            "The club members approved the merger by 410 votes to 96 once the polls closed.",
            410,
            96,
            "vote",
        ),
        ("The party held 12 seats to 10 until the by-election.", 12, 10, "seat"),
        ("The senate confirmed her by 53 votes to 47 after a marathon session.", 53, 47, "vote"),
    ],
)
def test_tally_before_an_adjunct_of_time(text: str, first: int, second: int, unit: str) -> None:
    assert values_and_units(text) == [(first, unit), (second, unit)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Owners will pay $90 more a year after the county raised the levy.", 90, "USD per year"),
        ("Commuters pay €6 more a week after the operator scrapped discounts.", 6, "EUR per week"),
        (
            "Tenants face £35 more a month after the landlord increased service charges.",
            35,
            "GBP per month",
        ),
        (
            "Households will pay $220 more a year after the utility hiked its rates.",
            220,
            "USD per year",
        ),
        ("Patients pay $15 more a month after it changed the plan.", 15, "USD per month"),
        ("Drivers will pay $4 less a week after the state lowered fuel duty.", 4, "USD per week"),
        (
            "Families will spend $500 more a year after the new tariffs kicked in.",
            500,
            "USD per year",
        ),
        (
            "Farmers get $30 extra a month after the ministry approved a subsidy.",
            30,
            "USD per month",
        ),
        ("Staff earn £80 more a week after they signed the new contract.", 80, "GBP per week"),
        (
            "Residents will pay $60 more a year before the city council reviewed the plan.",
            60,
            "USD per year",
        ),
    ],
)
def test_comparative_span_before_a_clause(text: str, value: int, unit: str) -> None:
    assert values_and_units(text) == [(value, unit)]


def test_span_before_a_point_in_time_is_no_rate() -> None:
    assert values_and_units("Prices were $12 more a year after the crash.") == [(12, "USD")]
