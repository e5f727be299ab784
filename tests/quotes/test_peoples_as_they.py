# ruff: noqa: E501 (one invented paragraph per line)
"""``they`` for peoples named in the plural: ``Kenyans``, ``the Saudis’``.

Invented paragraphs through the fast pipeline, one class of rule per test.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import speaker_of
from tests.quotes.test_speaker_rules import speakers


# -- a people named in the plural in the last two sentences, over an older antecedent ---
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The union said the talks had stalled. Negotiators flew to Nairobi on Monday.\n\nThe envoy met Kenyans at a market in the capital. “We want jobs, not promises,” they said.",
            "Kenyans",
        ),
        (
            "Aid groups warned of a poor harvest in March. Donors pledged more money.\n\nA week later the minister toured villages and spoke with Malawians about the drought. “The rains never came,” they told her.",
            "Malawians",
        ),
        (
            "Opposition parties boycotted the vote. Observers called it orderly.\n\nThe count was delayed by a power cut. It angered many Zimbabweans, and they said the result could not be trusted.",
            "Zimbabweans",
        ),
        (
            "Club officials said the stadium was full. Stewards opened extra gates.\n\nThe match ended in a draw. The loudest jeers came from the Brazilians behind the goal. “We deserved to win,” they said.",
            "Brazilians",
        ),
        (
            "Shareholders approved the merger at the meeting. Analysts expect job cuts.\n\nThe new plant will be built near Warsaw. It will hire Poles first, and they say wages have not kept up.",
            "Poles",
        ),
        (
            "Investors sold shares after the report. Traders said volumes were thin.\n\nThe oil deal was signed in Riyadh. Its terms suit the Saudis’. “We will keep output steady,” they said.",
            "Saudis",
        ),
        (
            "Police said the march was peaceful. Organisers counted 4,000 people.\n\nThe protest passed the embassy without incident. At the gate the crowd was mostly Palestinians. “We want the siege to end,” they said.",
            "Palestinians",
        ),
        (
            "Federal lawmakers debated the bill for hours. Senators then adjourned.\n\nThe plan would cut aid to Haiti. That worries Haitians in Miami. “Families back home depend on the money,” they said.",
            "Haitians",
        ),
        (
            "Farm lobby groups asked for relief. Exporters backed them.\n\nThe ban on beef imports ended on Friday. The ministry announced it to Argentines at a rally, and they said prices would fall.",
            "Argentines",
        ),
        (
            "Hotel owners reported a record season. Tour operators agreed.\n\nVisitor numbers from Asia rose by a third. The museum drew crowds of Filipinos over the holiday. “It was worth the trip,” they said.",
            "Filipinos",
        ),
        (
            "Rescue teams searched the rubble overnight. Volunteers brought food.\n\nThe quake struck before dawn. It left thousands of Turks without homes, and they said help came too slowly.",
            "Turks",
        ),
    ],
)
def test_a_people_named_in_the_last_two_sentences_is_what_they_continues(
    text: str, name: str
) -> None:
    assert speakers(text)[-1][1] == name


# -- what keeps its place -------------------------------------------------------------------
def test_the_subject_of_the_sentence_keeps_they_over_a_people_it_names() -> None:
    text = "Union leaders met Kenyans on the picket line on Monday. “We will not back down,” they said."
    assert speaker_of(speakers(text), "back down") == "Union leaders"


def test_an_institution_that_spoke_keeps_they() -> None:
    text = "The Ridgeway council met residents on Tuesday. The council said they would vote on the plan in May."
    assert speaker_of(speakers(text), "vote on the plan") == "The council"
