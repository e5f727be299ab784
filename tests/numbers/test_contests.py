"""Figures set against each other: dash tallies of votes, shares of a poll, runs for wickets.

A tally written with a dash is two numbers when a word of voting comes
before it, a noun of a decision after it, or a poll or an election is the
sentence's subject; a sports score stays one ``score`` claim.  Shares set
against each other in a contest or a poll are two values, ranges stay
ranges.  ``187 for 4 in 34 overs`` and ``scored 2 in 9 minutes`` are no
ratio like ``one in five``.
Every sentence here is invented for the test; each states the values and units
of the sentence's quantities (dates, ranks and ordinals left out).
"""

from __future__ import annotations

import pytest

from .helpers import Expected, check_values, quantities


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The parish council passed the levy 9-3.", [(9, None), (3, None)]),
        ("The bylaw passed 11-4 after a long debate.", [(11, None), (4, None)]),
        ("The court ruled 5-4 that the map was lawful.", [(5, None), (4, None)]),
        ("Justices handed down a 7-2 ruling in the water case.", [(7, None), (2, None)]),
        ("A 6-3 majority sided with the landlord.", [(6, None), (3, None)]),
        ("The panel reached an 8-1 decision in March.", [(8, None), (1, None)]),
        ("The jury returned a 10-2 verdict.", [(10, None), (2, None)]),
        ("Senators confirmed the nominee 53-47.", [(53, None), (47, None)]),
        ("The assembly rejected the budget 44-39.", [(44, None), (39, None)]),
        ("The appeals court upheld the fine 2-1.", [(2, None), (1, None)]),
        ("The board approved the plan 6-1 on Wednesday.", [(6, None), (1, None)]),
        ("A 4-3 split ruling cleared the mayor.", [(4, None), (3, None)]),
        ("The opposition led 53-47 in the latest poll.", [(53, None), (47, None)]),
        ("Among likely voters the incumbent leads 52-48.", [(52, None), (48, None)]),
    ],
)
def test_a_dash_tally_of_votes_is_two_numbers(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "The Falcons won 3-2 at home.",
        "Rovers led 2-1 at half-time.",
        "The Hornets won 98-91 on the road.",
        "She came back from 5-2 down in the decider.",
        "City passed the ball well and won 2-0.",
    ],
)
def test_a_sports_score_stays_one_score(text: str) -> None:
    assert [c.kind for c in quantities(text)] == ["score"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor leads her rival 47% to 41%.", [(47, "percentage"), (41, "percentage")]),
        (
            "Labour leads 44 per cent to 38 in the capital.",
            [(44, "percentage"), (38, "percentage")],
        ),
        ("The senator trails 43% to 49% in the suburbs.", [(43, "percentage"), (49, "percentage")]),
        (
            "The union leads by 9 points, 52% to 43%, among members.",
            [(9, "point"), (52, "percentage"), (43, "percentage")],
        ),
        ("Yes won 55% to 45% across the island.", [(55, "percentage"), (45, "percentage")]),
        ("She beat the incumbent 61% to 39%.", [(61, "percentage"), (39, "percentage")]),
        (
            "The governor edged his rival 50.4% to 49.6%.",
            [(50.4, "percentage"), (49.6, "percentage")],
        ),
        (
            "A poll of members found 62% to 31% against the merger.",
            [(62, "percentage"), (31, "percentage")],
        ),
        (
            "The survey had the coalition on 39% to 35% for Labor.",
            [(39, "percentage"), (35, "percentage")],
        ),
        ("The challenger is ahead 48 per cent to 46.", [(48, "percentage"), (46, "percentage")]),
    ],
)
def test_shares_set_against_each_other_are_two_values(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnout rose from 58% to 63% in the poll.", [((58, 63), "percentage")]),
        ("Support for the plan is between 40% and 45% among voters.", [((40, 45), "percentage")]),
        ("The poll found a 4% to 5% rise in rents likely.", [((4, 5), "percentage")]),
        ("Voters expect inflation of 3% to 4% next year.", [((3, 4), "percentage")]),
    ],
)
def test_ranges_in_a_poll_stay_ranges(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hosts were 143 for 3 in 29 overs at tea.", [(143, None), (3, None), (29, "over")]),
        ("They slumped to 61 for 6 in 18 overs.", [(61, None), (6, None), (18, "over")]),
        ("Kent closed on 208 for 2 in 50 overs.", [(208, None), (2, None), (50, "over")]),
        ("The openers put on 98 for 0 in 12 overs.", [(98, None), (0, None), (12, "over")]),
        ("The tourists were 12 for 2 in 5 overs.", [(12, None), (2, None), (5, "over")]),
        ("The seamers had them 40 for 1 in 9 overs.", [(40, None), (1, None), (9, "over")]),
        ("The striker scored 2 in 9 minutes.", [(2, None), (9, "minute")]),
        ("The side lost 4 in 6 weeks.", [(4, None), (6, "week")]),
        ("The fund doubled 3 in 10 years.", [(3, None), (10, "year")]),
        ("Prices rose 5 in 8 months.", [(5, None), (8, "month")]),
        ("One in five adults has never voted.", [(0.2, None)]),
    ],
)
def test_a_pair_for_wickets_or_a_count_in_a_span_is_no_ratio(text: str, expected: Expected) -> None:
    check_values(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senators rejected the amendment 58 to 41.", [(58, None), (41, None)]),
        ("The assembly passed the bill 77 to 20.", [(77, None), (20, None)]),
        ("Members approved the resolution 140-12.", [(140, None), (12, None)]),
        ("Councillors adopted the clause 9 to 4.", [(9, None), (4, None)]),
        ("The chamber rejected the proposition 33-30.", [(33, None), (30, None)]),
        ("Delegates voted the article 212 to 87.", [(212, None), (87, None)]),
        ("The board approved the rule 5 to 2.", [(5, None), (2, None)]),
        ("The senate passed the act 66-31.", [(66, None), (31, None)]),
        ("The committee endorsed the amendment 14 to 6.", [(14, None), (6, None)]),
        ("Lawmakers overturned the section 301 to 118.", [(301, None), (118, None)]),
    ],
)
def test_a_tally_after_a_label_noun_is_two_numbers(text: str, expected: Expected) -> None:
    check_values(text, expected)
