# ruff: noqa: E501 (one invented sentence per line)
"""A verb of saying coordinated with an earlier verb shares its subject.

Every sentence is invented.  ``Inspectors have closed two wells, and say
more may follow``: the plain form ``say`` after ``and`` agrees with the
subject of the first verb, whose auxiliary (``have``, ``are``) tells that it
is plural.  Two names joined by ``and`` (``Owen and Carys Pryce``) are the
whole subject a second verb shares.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Inspectors have closed two wells near the landfill, and say more may follow.",
            "more may follow",
            "Inspectors",
        ),
        (
            "The rangers are tracking a second bear, and say the trail will stay shut.",
            "the trail will stay shut",
            "The rangers",
        ),
        (
            "Volunteers have counted 40 nests this spring and say the colony is recovering.",
            "the colony is recovering",
            "Volunteers",
        ),
        (
            "The organizers were surprised by the turnout, and say the fair will return next year.",
            "the fair will return next year",
            "The organizers",
        ),
        (
            "Firefighters have contained most of the blaze, but say hot spots remain.",
            "hot spots remain",
            "Firefighters",
        ),
    ],
)
def test_a_plain_form_after_and_shares_a_plural_subject(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert fast_quotes(text) == [(content, speaker)]


def test_a_plain_form_after_a_singular_subject_is_no_cue(fast_quotes: QuoteRows) -> None:
    assert fast_quotes("The mayor has reviewed the file and say nothing more.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Lena and Omar Haddad have farmed the valley since 1990, and say the new dam will flood their orchard.",
            "the new dam will flood their orchard",
            "Lena and Omar Haddad",
        ),
        (
            "Rita and Joe Castell ran the bakery for 30 years and said the rent had tripled.",
            "the rent had tripled",
            "Rita and Joe Castell",
        ),
        (
            "Mei Lin and Tom Brandt have run the clinic since 2015, and say demand has never been higher.",
            "demand has never been higher",
            "Mei Lin and Tom Brandt",
        ),
        (
            "Ada and Ivan Petrov bought the building last year and said the roof was already leaking.",
            "the roof was already leaking",
            "Ada and Ivan Petrov",
        ),
        (
            "Nora and Sam Whitby have coached the team for a decade, and say the league is dying.",
            "the league is dying",
            "Nora and Sam Whitby",
        ),
    ],
)
def test_two_names_joined_by_and_are_the_subject_a_second_verb_shares(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert fast_quotes(text) == [(content, speaker)]
