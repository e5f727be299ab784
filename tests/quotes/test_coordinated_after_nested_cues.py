"""A cue coordinated after reported content shares the subject of the cue that reports it.

``Jean Tremblay said that the country would formally declare its plan ...
and suggested that it would withdraw``: ``declare`` lies inside the content
of ``said``, so ``suggested`` is Tremblay's, not the country's.  Every
sentence is invented.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import SaidBy


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The markets fell sharply. Canadian Finance Minister Jean Tremblay said this "
            "week that the country would formally declare its plan to leave the pact by the "
            "end of June and suggested that it would withdraw from the common market.",
            "Jean Tremblay",
        ),
        (
            "Mayor Ruth Kane said on Monday that the city would announce new bus routes "
            "in the spring and added that fares would stay the same.",
            "Ruth Kane",
        ),
        (
            "Coach Dana Pruitt said the club would confirm the signing of a new striker "
            "this week and insisted that the budget was secure.",
            "Dana Pruitt",
        ),
        (
            "Premier Tom Abbott told reporters that the province would report its deficit "
            "figures in May and warned that cuts were likely.",
            "Tom Abbott",
        ),
        (
            "Union leader Nia Bello said the members would reveal their decision on "
            "Friday and argued that the company could afford more.",
            "Nia Bello",
        ),
    ],
)
def test_coordinated_cue_shares_the_reporting_subject(
    text: str, speaker: str, all_said_by: SaidBy
) -> None:
    assert len(all_said_by(text, speaker)) == 2
