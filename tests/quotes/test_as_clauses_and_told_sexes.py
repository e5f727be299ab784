"""``As X said, ...``; fronted ``as`` phrases; a sex a noun told outlasts pronoun votes.

Every text here is invented.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


# -- ``as`` and the speaker before the cue: the main clause after it was said ----------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "As his daughter, Gianna, said, the family would keep fighting.",
            "the family would keep fighting",
            "Gianna",
        ),
        (
            "As her lawyer, Okafor, argued, the contract was never signed.",
            "the contract was never signed",
            "Okafor",
        ),
        (
            "As the club's captain, Rangi Wells, said, the team had nothing left.",
            "the team had nothing left",
            "Rangi Wells",
        ),
        (
            "As their neighbour, Tevita, explained, the river rose in an hour.",
            "the river rose in an hour",
            "Tevita",
        ),
        (
            "As the mayor, Ines Varga, noted, the budget had been cut twice.",
            "the budget had been cut twice",
            "Ines Varga",
        ),
    ],
)
def test_as_and_the_speaker_before_a_cue_leave_the_main_clause_as_what_was_said(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert fast_quotes(text) == [(content, speaker)]


# -- a fronted ``as`` phrase and the clause after the cue are one report ----------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ann Roy runs the mill. As prices rose, she said, families cut back.",
            "As prices rose, she said, families cut back",
        ),
        (
            "Ann Roy runs the mill. As a result, she said, the plant will close.",
            "As a result, she said, the plant will close",
        ),
        (
            "Tom Berg coaches the side. As the season wore on, he said, the players tired.",
            "As the season wore on, he said, the players tired",
        ),
        (
            "Lena Ruiz owns the cafe. As rents climbed, she said, the street emptied.",
            "As rents climbed, she said, the street emptied",
        ),
        (
            "Omar Haddad leads the union. As talks stalled, he said, members grew angry.",
            "As talks stalled, he said, members grew angry",
        ),
    ],
)
def test_a_fronted_as_phrase_and_the_clause_after_the_cue_are_one_report(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [quote for quote, _name in fast_quotes(text)] == [content]


# -- a sex a gendered noun told is not outvoted by the pronouns after the name ----------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Harjit Bains drove a taxi for 26 years. His wife, Manpreet, a school "
            "supervisor, said she didn't believe him until he came home in the middle "
            "of his shift.\n\n“He never comes home early,” she said.",
            "Manpreet",
        ),
        (
            "Pita Rewi coaches the club. His sister, Aroha, the team's physio, said she "
            "warned him that he would need a new knee before his next season.\n\n"
            "“He never listens,” she said.",
            "Aroha",
        ),
        (
            "Dana Kovac runs the shelter. Her husband, Teodor, a carpenter, said he built "
            "her a kennel after she asked her sister for one and after her old one broke.\n\n"
            "“She never gives up,” he said.",
            "Teodor",
        ),
    ],
)
def test_a_gendered_noun_before_a_name_outlasts_the_pronouns_after_it(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    rows = fast_quotes(text)
    assert rows[-1][1] == speaker
