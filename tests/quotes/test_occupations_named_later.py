# ruff: noqa: E501 (one invented sentence per line)
"""An occupation named later by the very role: ``A Federal Court judge`` ... ``Justice Ana Ruiz``.

An indefinite description of a modified occupation (``A Superior Court
judge has ruled ...``), named in no sentence right after it, takes the
first person within a few sentences whom the article gives the very role
(a title that stands for it: ``Justice``, ``Judge``) once with no modifier
of its own, even when the description's modifier is not written there.
Invented sentences through the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, speaker_of


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "A Superior Court judge has ruled that the city acted unlawfully when it closed the park.\n\n"
            "Residents had camped there for months.\n\n"
            "In a ruling released Monday, Justice Ana Ruiz wrote that the closure had no basis in law.",
            "that the city acted unlawfully",
            "Ana Ruiz",
        ),
        (
            "A provincial court judge has ruled that the landlord must return the deposits.\n\n"
            "The tenants had waited two years.\n\n"
            "In her reasons, Judge Lena Park said the landlord had kept the money “without any excuse”.",
            "that the landlord must return",
            "Lena Park",
        ),
        (
            "A federal judge has ruled that the ban on the rally was unconstitutional.\n\n"
            "Organisers had sued the city in March.\n\n"
            "In a 20-page decision, Judge Omar Haddad wrote that the ban “silenced lawful speech”.",
            "that the ban on the rally was",
            "Omar Haddad",
        ),
        (
            "A senior fire inspector said the blaze started in a kitchen.\n\n"
            "No one was hurt.\n\n"
            "In a statement on Tuesday, Inspector Carla Mendes said the smoke alarms had no batteries.",
            "the blaze started in a kitchen",
            "Carla Mendes",
        ),
        (
            "A Tax Court judge has ruled that the charity must repay $2 million.\n\n"
            "The charity had claimed the money as donations.\n\n"
            "In his judgment, Justice Ian Moss said the claims were “plainly false”.",
            "that the charity must repay $2",
            "Ian Moss",
        ),
        (
            "A district court judge has ruled that the mine can reopen.\n\n"
            "Environmental groups had asked for a delay.\n\n"
            "In a brief order, Judge Ola Brandt said the groups had not shown any harm.",
            "that the mine can reopen",
            "Ola Brandt",
        ),
        (
            "A county court judge has ruled that the council must rebuild the wall.\n\n"
            "Neighbours had complained for a decade.\n\n"
            "In his ruling, Judge Paul Ashby said the council had ignored its duty.",
            "that the council must rebuild",
            "Paul Ashby",
        ),
        (
            "An Ontario Superior Court judge has ruled that the strike can go ahead.\n\n"
            "The union had asked for a quick decision.\n\n"
            "In her reasons, Justice Priya Nandakumar wrote that the law was clear.",
            "that the strike can go ahead",
            "Priya Nandakumar",
        ),
        (
            "A senior building inspector said the tower was unsafe.\n\n"
            "Residents were moved out on Friday.\n\n"
            "In a report on Monday, Inspector Hal Brent said cracks ran through every floor.",
            "the tower was unsafe",
            "Hal Brent",
        ),
        (
            "A small claims court judge has ruled that the garage must refund the repair bill.\n\n"
            "The driver had paid $4,000 for a new engine.\n\n"
            "In her decision, Judge Amy Fulton said the work was never done.",
            "that the garage must refund th",
            "Amy Fulton",
        ),
        (
            "A youth court judge has ruled that the teenager can be named.\n\n"
            "The boy is charged with arson.\n\n"
            "In a brief ruling, Judge Mick Tully said the public interest outweighed his privacy.",
            "that the teenager can be named",
            "Mick Tully",
        ),
    ],
)
def test_an_occupation_is_named_by_the_very_role_later(
    fast_quotes: QuoteRows, text: str, content: str, name: str
) -> None:
    assert speaker_of(fast_quotes(text), content) == name
