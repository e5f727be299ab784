# ruff: noqa: E501 (one invented sentence per line)
"""Descriptions of people the article named once: whom ``the former minister`` or ``the recruit`` names.

Invented sentences through the fast pipeline.
"""

from __future__ import annotations

import pytest
from tests.quotes.test_speaker_rules import last_speaker, speakers


# -- a past holder: ``the former minister`` is the predecessor, ``the minister`` is not ------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Finance Minister Ana Holt said the budget was balanced. Her predecessor as finance minister, Tom Reyes, said the figures hid a deficit. “It was never balanced,” the former minister said.",
            "Tom Reyes",
        ),
        (
            "Finance Minister Ana Holt said the budget was balanced. Her predecessor as finance minister, Tom Reyes, said the figures hid a deficit. The minister said the books were open.",
            "Ana Holt",
        ),
        (
            "Labour Minister Dev Sandhu said talks would resume. His predecessor as labour minister, Conservative MP Clara Voss, said the union had been misled. “Nothing has changed,” the former minister said.",
            "Clara Voss",
        ),
        (
            "Chief executive Dana Morrow said two plants would close. The firm’s founder, Luis Ortega, stepped down as chief executive last year. In a blog post, the former chief executive argued the plants could be saved.",
            "Luis Ortega",
        ),
        (
            "Rovers head coach Pat Quinlan said the striker had set a standard. The striker’s first coach, Helga Brandt, flew in from Oslo. The former coach recalled that the striker spoke no Norwegian.",
            "Helga Brandt",
        ),
        (
            "Mayor Lina Okafor said the arena would open in May. The onetime mayor, Gus Pirelli, said the budget was too small. The mayor said the budget was final.",
            "Lina Okafor",
        ),
    ],
)
def test_a_past_holder_is_what_a_former_role_names(text: str, name: str) -> None:
    assert last_speaker(text) == name


# -- an indefinite description named by a definite apposition after it ----------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dozens came to the hearing. A nurse who works nights at the clinic said the cuts would hurt patients. The woman, Gail Monroe, said she had worked there for a decade.",
            "Gail Monroe",
        ),
        (
            "The hall needs more help. One new volunteer, a 20-year-old who works at a feed store, said he signed up after a barn fire. The volunteer, Owen Tate, urged others to join.",
            "Owen Tate",
        ),
        (
            "Regulars kept coming. A retired welder, who has eaten there every week since 2001, said he would be back. “Best pie in town,” the retiree, Hal Brock, joked.",
            "Hal Brock",
        ),
        (
            "The mill closed on Friday. One of the laid-off millwrights said he learned of the closure from a text. The man, Rudy Faber, said he had worked there 30 years.",
            "Rudy Faber",
        ),
        (
            "A spokesperson for the transit agency said the route was under review. The depot’s manager, Ines Kowal, said buses were full every morning. Riders signed a petition. The spokesperson, Lena Orr, later wrote that a decision would come in June.",
            "Lena Orr",
        ),
        (
            "A father who waited three hours said the clinic was overwhelmed. The man, Ravi Menon, said his son had a fever.",
            "Ravi Menon",
        ),
    ],
)
def test_a_definite_apposition_names_the_described_speaker(text: str, name: str) -> None:
    assert speakers(text)[0][1] == name
