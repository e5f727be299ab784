"""A number before a plural counts that plural, not the verb of saying after it.

Every sentence is invented.  ``A nurse who has worked nights for 20 years
says ...``: a noun that modifies another is singular (``50 member states``),
so after a number and a plural (``20 years``) an ``-s`` form is the verb of
the subject before them, and the counted plural ends that subject.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "A nurse who has worked nights for 20 years says the ward is unsafe.",
            "the ward is unsafe",
            "A nurse who has worked nights for 20 years",
        ),
        (
            "A driver who has covered the route for 12 years says the potholes are getting worse.",
            "the potholes are getting worse",
            "A driver who has covered the route for 12 years",
        ),
        (
            "A tenant who has paid rent on time for 9 years says the eviction is unfair.",
            "the eviction is unfair",
            "A tenant who has paid rent on time for 9 years",
        ),
        (
            "A volunteer who has sorted donations for 15 months says the food bank is overwhelmed.",
            "the food bank is overwhelmed",
            "A volunteer who has sorted donations for 15 months",
        ),
        (
            "A lifeguard who has watched the beach for 7 summers says the currents have changed.",
            "the currents have changed",
            "A lifeguard who has watched the beach for 7 summers",
        ),
    ],
)
def test_a_counted_plural_before_a_verb_of_saying_ends_its_subject(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert fast_quotes(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "More than 50 member states claims were rejected.",
        "About 40 news reports appeared that week.",
    ],
)
def test_a_number_before_a_singular_modifier_still_counts_the_noun(
    fast_quotes: QuoteRows, text: str
) -> None:
    assert fast_quotes(text) == []
