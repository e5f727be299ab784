"""Subjects a cue reads past or through: time phrases and abbreviations.

A time phrase may stand between a subject and its cue (``The union late
Friday said``), and a subject may end with the period of an abbreviation
(``Acme Widgets Inc. said``); an abbreviation after a comma is a place or a
party, no speaker.  Every sentence is invented.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Mayor Dana Whitlow this week said the ferry would run again by June.",
            "the ferry would run again by June",
            "Dana Whitlow",
        ),
        (
            "The union this past weekend said most of its 400 members had voted to strike.",
            "most of its 400 members had voted to strike",
            "The union",
        ),
        (
            "Councillor Omar Haddad earlier this month called the budget a “disgrace” on radio.",
            "a “disgrace” on radio",
            "Omar Haddad",
        ),
        (
            "Petra Lind earlier this year told reporters that the bridge would reopen in spring.",
            "that the bridge would reopen in spring",
            "Petra Lind",
        ),
        (
            "The harbour board this morning said it would close two of its four piers.",
            "it would close two of its four piers",
            "The harbour board",
        ),
    ],
)
def test_time_phrase_between_subject_and_cue(
    text: str,
    content: str,
    speaker: str,
    fast_quotes: Callable[[str], list[tuple[str, str | None]]],
) -> None:
    assert fast_quotes(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Brightwater Foods Inc. said it would cut 300 jobs at its bakery.",
            "it would cut 300 jobs at its bakery",
            "Brightwater Foods Inc.",
        ),
        (
            "Halvorsen Shipping Co. said its profit fell by a third last quarter.",
            "its profit fell by a third last quarter",
            "Halvorsen Shipping Co.",
        ),
        (
            "Marlow Steel Corp. said the new mill would open in the autumn.",
            "the new mill would open in the autumn",
            "Marlow Steel Corp.",
        ),
        (
            "A spokesperson for Tarrant Mining Ltd. said the mine would stay shut.",
            "the mine would stay shut",
            "A spokesperson for Tarrant Mining Ltd.",
        ),
        (
            "Gordon Pike Jr. said the family would sell the farm next year.",
            "the family would sell the farm next year",
            "Gordon Pike Jr.",
        ),
    ],
)
def test_subject_ending_with_an_abbreviation(
    text: str,
    content: str,
    speaker: str,
    fast_quotes: Callable[[str], list[tuple[str, str | None]]],
) -> None:
    assert fast_quotes(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Dana Whitlow of Springfield, Ill. said the plan would fail.",
        "Senator Omar Haddad, D-Mass. said the bill would pass.",
        "A farmer from Salem, Ore. said the harvest was poor.",
    ],
)
def test_abbreviation_after_a_comma_is_no_speaker(
    text: str, fast_quotes: Callable[[str], list[tuple[str, str | None]]]
) -> None:
    assert all(speaker is None or "," not in speaker for _, speaker in fast_quotes(text))
    assert not any(speaker in ("Ill.", "D-Mass.", "Ore.") for _, speaker in fast_quotes(text))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Maria Lopez runs the agency. Ottawa has asked the envoy for clemency, she said.",
            "Ottawa has asked the envoy for clemency",
            "Maria Lopez",
        ),
        (
            "Tom Reyes chairs the board. The union warned of delays all winter, he said.",
            "The union warned of delays all winter",
            "Tom Reyes",
        ),
        (
            "Petra Lind leads the crew. The town has answered the call for help, she said.",
            "The town has answered the call for help",
            "Petra Lind",
        ),
        (
            "Omar Haddad coaches the side. The club asked fans for patience, he said.",
            "The club asked fans for patience",
            "Omar Haddad",
        ),
        (
            "Dana Whitlow is the mayor. Residents called the hotline all night, she said.",
            "Residents called the hotline all night",
            "Dana Whitlow",
        ),
    ],
)
def test_cue_that_reports_nothing_is_inside_the_content(
    text: str,
    content: str,
    speaker: str,
    fast_quotes: Callable[[str], list[tuple[str, str | None]]],
) -> None:
    assert (content, speaker) in fast_quotes(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The port official told reporters more than 80 per cent of the boats were insured.",
            "more than 80 per cent of the boats were insured",
            "The port official",
        ),
        (
            "Dana Whitlow told reporters nearly 40 families had lost power.",
            "nearly 40 families had lost power",
            "Dana Whitlow",
        ),
        (
            "Petra Lind told the board half of the budget had already been spent.",
            "half of the budget had already been spent",
            "Petra Lind",
        ),
        (
            "Omar Haddad assured fans 30 new seats would be ready by March.",
            "30 new seats would be ready by March",
            "Omar Haddad",
        ),
        (
            "Tom Reyes told the council fewer than ten bridges needed repairs.",
            "fewer than ten bridges needed repairs",
            "Tom Reyes",
        ),
    ],
)
def test_quantity_opens_the_content_after_a_hearer(
    text: str,
    content: str,
    speaker: str,
    fast_quotes: Callable[[str], list[tuple[str, str | None]]],
) -> None:
    assert fast_quotes(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The 31-year-old left wing said his new linemates kept finding him open.",
            "his new linemates kept finding him open",
            "The 31-year-old left wing",
        ),
        (
            "The young wing said the team had to tighten up in its own end.",
            "the team had to tighten up in its own end",
            "The young wing",
        ),
        (
            "The eldest sibling said the farm would be sold in the spring.",
            "the farm would be sold in the spring",
            "The eldest sibling",
        ),
        (
            "A former underling said the minister rarely read the briefings.",
            "the minister rarely read the briefings",
            "A former underling",
        ),
        (
            "The youngest offspring said the estate should go to the town.",
            "the estate should go to the town",
            "The youngest offspring",
        ),
    ],
)
def test_noun_ending_in_ing_is_a_person_description(
    text: str,
    content: str,
    speaker: str,
    fast_quotes: Callable[[str], list[tuple[str, str | None]]],
) -> None:
    assert fast_quotes(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The utility advised residents not to drive through flooded roads.",
            "not to drive through flooded roads",
            "The utility",
        ),
        (
            "Dana Whitlow notified tenants not to use the lifts until Monday.",
            "not to use the lifts until Monday",
            "Dana Whitlow",
        ),
        (
            "The council reminded drivers not to park on the bridge during repairs.",
            "not to park on the bridge during repairs",
            "The council",
        ),
        (
            "Petra Lind told employees never to share passwords with anyone.",
            "never to share passwords with anyone",
            "Petra Lind",
        ),
        (
            "Omar Haddad told fans never to throw anything onto the ice.",
            "never to throw anything onto the ice",
            "Omar Haddad",
        ),
    ],
)
def test_negated_infinitive_after_a_hearer(
    text: str,
    content: str,
    speaker: str,
    fast_quotes: Callable[[str], list[tuple[str, str | None]]],
) -> None:
    assert fast_quotes(text) == [(content, speaker)]
