"""A currency's noun without its country (``2,150 cedis a tonne``), times taken written in
clock form (``clocked 27:04.61``, ``in 2:11:48``), and the set scores of a match
(``won 6-2, 3-6, 7-6``).

A currency's noun alone names it when the reference data's names of no other
currency end in it and it is no common English word; a race time or a lap in
clock form is no claim (neither a time of day nor two numbers); each set of a
run of set scores is a ``score``, the smaller number first too.  Every
sentence here is invented for the test.
"""

from __future__ import annotations

import re

import pytest

from .helpers import Expected, check_values, claims, quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Growers in the Volta valley will be paid 2,150 cedis per tonne from March.",
            [(2150, "GHS per metric ton")],
        ),
        (
            "Tomatoes now sell for 640 cedis a crate at Makola, up from 410 cedis.",
            [(640, "GHS per crate"), (410, "GHS per crate")],
        ),
        ("A litre of cooking oil costs 95 birr in Hawassa.", [(95, "ETB per litre")]),
        ("Rickshaw pullers charge 60 takas a ride since the fuel rise.", [(60, "BDT per ride")]),
        (
            "The republic's fund will lend 45 billion tenge to small farms.",
            [(45e9, "KZT")],
        ),
        ("Bus fares in Yangon rose to 300 kyats a trip on Monday.", [(300, "MMK per trip")]),
        (
            "Cashew buyers offered 38 meticals per kilogram at the Nampula market.",
            [(38, "MZN per kilogram")],
        ),
        (
            "Teachers in Port Esper demanded 25,000 gourdes a month, up from 18,000 gourdes.",
            [(25_000, "HTG per month"), (18_000, "HTG per month")],
        ),
        ("Police seized 1.2 million lempiras in cash at the border.", [(1.2e6, "HNL")]),
        ("A night at the guesthouse costs 120,000 riels.", [(120_000, "KHR")]),
        ("The club paid a transfer fee of 900,000 pula for the striker.", [(900_000, "BWP")]),
        ("Each family received 2,500 dalasis in relief aid.", [(2500, "GMD")]),
    ],
)
def test_a_currency_noun_without_its_country_is_money(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was treated for stage 3 colon cancer last year.", "money"),
        ("The twins won 4 gold medals between them.", "money"),
        ("Ranchers in the delta sold 200 pesos' worth of feed.", "money"),
    ],
)
def test_a_common_or_shared_currency_noun_names_no_currency(text: str, expected: str) -> None:
    codes = {c.unit for c in quantities(text) if c.kind == expected}
    assert not codes & {"CRC", "ZWG", "ARS", "MXN"}, (text, codes)


@pytest.mark.parametrize(
    "text",
    [
        "Kemboi clocked 27:04.61 in the 10,000m final.",
        "Aldana won the city marathon in 2:11:48 on a humid morning.",
        "Verhoef took pole with a lap of 1:31.207 in the final session.",
        "The course record of 2:06:15 has stood since the race began.",
        "Her winning time was 4:02.87, a personal best.",
        "The relay team finished in 3:14.09 to claim bronze.",
        "Okafor swam 15:48.3 in the heats.",
        "The defending champion crossed the line in 1:02:55.",
        "His split of 58:40 at halfway put him on record pace.",
        "Tamsin Orr ran 31:22 for the women's title.",
    ],
)
def test_a_time_taken_in_clock_form_is_no_claim(text: str) -> None:
    clock = re.search(r"[0-9]+:[0-9:.]*[0-9]", text)
    assert clock is not None
    touching = [
        (text[c.start : c.end], c.kind)
        for c in claims(text)
        if c.start < clock.end() and clock.start() < c.end
    ]
    assert touching == [], touching


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("The ceasefire took effect at 10:30:00 a.m. local time.", 10),
        ("The first train leaves at 5:45 a.m. on weekdays.", 5),
        ("Polls closed at 21:00:00 GMT on Thursday.", 21),
    ],
)
def test_a_time_of_day_in_clock_form_stays_a_date(text: str, hour: int) -> None:
    times = [c for c in claims(text) if c.kind == "date" and "hour" in c.attributes]
    assert [c.attributes["hour"] for c in times] == [hour]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profits are divided on a 60:40 split between the partners.", [(60, None), (40, None)]),
    ],
)
def test_a_split_of_a_whole_in_clock_form_stays_two_numbers(text: str, expected: Expected) -> None:
    check_values(text, expected)


def _scores(text: str) -> list[tuple[int, int]]:
    return [tuple(c.attributes["score"]) for c in claims(text) if c.kind == "score"]


@pytest.mark.parametrize(
    ("text", "scores"),
    [
        (
            "Mira Castell won the singles title 6-2, 3-6, 7-6 after almost three hours.",
            [(6, 2), (3, 6), (7, 6)],
        ),
        ("The top seed lost 4-6, 6-3, 5-7 to a qualifier.", [(4, 6), (6, 3), (5, 7)]),
        (
            "Dunmore Volley won the cup final 25-19, 22-25, 25-21, 25-16.",
            [(25, 19), (22, 25), (25, 21), (25, 16)],
        ),
        ("Abara beat the holder 3-6, 6-1, 6-4 in the quarter-finals.", [(3, 6), (6, 1), (6, 4)]),
        (
            "Lindgren saved two match points before winning 6-7 (5-7), 7-5, 6-4.",
            [(6, 7), (5, 7), (7, 5), (6, 4)],
        ),
        ("The Ostrava pair took the title 21-17, 18-21, 21-19.", [(21, 17), (18, 21), (21, 19)]),
        ("She came through 2-6, 6-4, 6-0 in the heat.", [(2, 6), (6, 4), (6, 0)]),
        (
            "Hallam's women won 23-25, 25-20, 25-22 and 25-18.",
            [(23, 25), (25, 20), (25, 22), (25, 18)],
        ),
        ("Pereira lost to the wildcard 1-6, 6-7 in the first round.", [(1, 6), (6, 7)]),
        ("The qualifier upset the fifth seed 7-5, 4-6, 6-4.", [(7, 5), (4, 6), (6, 4)]),
        ("Teenager Ana Vell won the junior title 6-4, 6-1.", [(6, 4), (6, 1)]),
        (
            "Priya Kaur took the badminton final 21-18 19-21 21-15 on Sunday.",
            [(21, 18), (19, 21), (21, 15)],
        ),
        ("Ossie Hale lost 4-6 6-7 (3-7) to a lucky loser.", [(4, 6), (6, 7), (3, 7)]),
    ],
)
def test_each_set_of_a_match_is_a_score(text: str, scores: list[tuple[int, int]]) -> None:
    assert _scores(text) == scores


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The survey split adults into groups aged 18-24, 25-34 and 35-44.",
            [(18, 24), (25, 34), (35, 44)],
        ),
        ("Shoe sizes 3-5, 6-8 are sold out.", [(3, 5), (6, 8)]),
    ],
)
def test_a_list_of_ranges_has_no_set_scores(text: str, expected: list[tuple[int, int]]) -> None:
    assert _scores(text) == []
    found = [c.value for c in quantities(text)]
    for low, high in expected:
        assert (low, high) in found, found
