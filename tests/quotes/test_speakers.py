"""Speaker resolution: names, titles, pronouns, descriptions, institutions, documents."""

from __future__ import annotations

import pytest

from newsparse.attribution.mentions import Mention
from newsparse.attribution.names import NameIndex, strip_titles
from newsparse.builtin.quotes.processor import QuoteExtractor
from newsparse.builtin.quotes.speakers import SpeakerResolver
from newsparse.model import Document, Entity

EXTRACT = QuoteExtractor()


def speakers(doc: Document) -> list[tuple[str, str | None, str | None]]:
    """(quote text, speaker mention, canonical name) for each quote."""
    text = doc.text
    return [
        (
            text[q.start : q.end],
            text[q.speaker.start : q.speaker.end] if q.speaker else None,
            q.speaker.name if q.speaker else None,
        )
        for q in EXTRACT.extract(doc)
    ]


def entity(text: str, surface: str, label: str, name: str, n: int, occurrence: int = 0) -> Entity:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Entity(id=f"e{n}", start=start, end=start + len(surface), label=label, name=name)


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Mr. Putin", "Putin"),
        ("Prime Minister Justin Trudeau", "Justin Trudeau"),
        ("But Joseph Whitfield", "Joseph Whitfield"),
        ("Justice Marian Okafor", "Marian Okafor"),
        ("President", "President"),
    ],
)
def test_strip_titles(name: str, bare: str) -> None:
    assert strip_titles(name) == bare


def test_short_names_take_the_fullest_name_in_the_article() -> None:
    text = "Rosalind Achebe teaches history.\n\n“There is a logic to it,” Achebe said."
    assert speakers(Document(text)) == [("“There is a logic to it,”", "Achebe", "Rosalind Achebe")]


def test_honorific_name_resolves_to_the_full_name() -> None:
    text = "Russian President Vladimir Putin arrived.\n\n“We are grateful,” Mr. Putin said."
    assert speakers(Document(text)) == [("“We are grateful,”", "Mr. Putin", "Vladimir Putin")]


def test_acronym_resolves_to_the_name_it_abbreviates() -> None:
    text = (
        "Harbours, Rivers and Fisheries Northland sent a letter.\n\n"
        "HRFN said the review can take up to two years."
    )
    rows = speakers(Document(text))
    assert rows == [
        (
            "the review can take up to two years",
            "HRFN",
            "Harbours, Rivers and Fisheries Northland",
        )
    ]


def test_entity_names_are_canonical_names() -> None:
    text = "Chinese leader Xi Jinping met guests. “We will cooperate,” the Chinese leader said."
    layer = [
        entity(text, "Chinese", "NORP", "Chinese", 1),
        entity(text, "Xi Jinping", "PERSON", "Xi Jinping", 2),
    ]
    rows = speakers(Document(text, {"entities": layer}))
    assert rows == [("“We will cooperate,”", "the Chinese leader", "Xi Jinping")]


def test_pronoun_takes_the_most_recent_compatible_person() -> None:
    text = (
        "Ms. Greta Solberg won the race. Mr. Owen Pratt, her trainer, watched.\n\n"
        "“I’m going to give it everything,” she said."
    )
    rows = speakers(Document(text))
    assert rows == [("“I’m going to give it everything,”", "she", "Greta Solberg")]


def test_pronoun_it_takes_an_institution_that_spoke() -> None:
    text = (
        "Northvale Power Authority said 12,000 homes were left in the dark on Tuesday.\n\n"
        "“Teams are out repairing the lines,” it said."
    )
    rows = speakers(Document(text))
    assert rows[-1] == ("“Teams are out repairing the lines,”", "it", "Northvale Power Authority")


def test_appositive_description_leaves_the_name_as_speaker() -> None:
    text = (
        "Mikhail Orlov, a senior lecturer in economics at the University of Toronto, "
        "said the visit is a “continuation of an older pattern.”"
    )
    rows = speakers(Document(text))
    assert rows == [
        (
            "the visit is a “continuation of an older pattern.”",
            "Mikhail Orlov",
            "Mikhail Orlov",
        )
    ]


def test_a_statement_and_its_sides_speak_as_the_signatories() -> None:
    text = (
        "Russia said it will deepen ties with Beijing this year. "
        "The joint statement says dialogue between both sides must continue. "
        "Both sides said the talks were productive."
    )
    rows = speakers(Document(text))
    assert [(row[1], row[2]) for row in rows] == [
        ("Russia", "Russia"),
        ("The joint statement", "Russia and China"),
        ("Both sides", "Russia and China"),
    ]


def test_groups_speak_under_their_own_names_when_no_statement_is_mentioned() -> None:
    text = "Both sides said the talks were productive. The council said it would meet again."
    rows = speakers(Document(text))
    assert [(row[1], row[2]) for row in rows] == [
        ("Both sides", "Both sides"),
        ("The council", "The council"),
    ]


def test_document_of_a_speaker_names_its_author() -> None:
    text = (
        "The Lakeside Dairy Council said in a statement that milk is nutritious. "
        "The statement also said that dropping it could backfire."
    )
    rows = speakers(Document(text))
    assert [row[2] for row in rows] == [
        "Lakeside Dairy Council",
        "Lakeside Dairy Council",
    ]


def test_definite_role_description_points_back_to_its_holder() -> None:
    text = (
        "Westbury Mayor Helen Marchetti spoke on Monday.\n\n"
        "The mayor claimed that a review was done."
    )
    rows = speakers(Document(text))
    assert rows == [("that a review was done", "The mayor", "Helen Marchetti")]


def test_resolver_never_invents_a_pronoun_antecedent() -> None:
    text = "He said it."
    resolver = SpeakerResolver(text, NameIndex(text, []))
    assert resolver.resolve(Mention(0, 2, "pronoun")) is None


def test_a_pronoun_skips_people_of_the_other_sex() -> None:
    text = "Pat Quinn spoke. She left. Chris Moore spoke. He said no."
    resolver = SpeakerResolver(text, NameIndex(text, []))
    resolver.note_subject(Mention(0, 9, "name"))
    she = text.index("She")
    first = resolver.resolve(Mention(she, she + 3, "pronoun"))
    assert first is not None and first.name == "Pat Quinn"
    resolver.note_subject(Mention(text.index("Chris"), text.index(" spoke. He"), "name"))
    resolver.note_subject(Mention(0, 9, "name"))
    he = text.index("He")
    second = resolver.resolve(Mention(he, he + 2, "pronoun"))
    assert second is not None and second.name == "Chris Moore"


def test_peek_answers_as_resolve_does_and_remembers_nothing() -> None:
    text = "Zorvan Holt left the stage. She waved. He said no."
    resolver = SpeakerResolver(text, NameIndex(text, []))
    resolver.note_subject(Mention(0, 11, "name"))
    she = text.index("She")
    peeked = resolver.peek(Mention(she, she + 3, "pronoun"))
    assert peeked is not None and peeked.name == "Zorvan Holt"
    he = text.index("He ")
    # peeking with ``she`` taught no sex: ``he`` may still take Dana Holt
    later = resolver.peek(Mention(he, he + 2, "pronoun"))
    assert later is not None and later.name == "Zorvan Holt"
    resolved = resolver.resolve(Mention(she, she + 3, "pronoun"))
    assert resolved is not None and resolved.name == "Zorvan Holt"
    # resolving ``she`` did: ``he`` has no antecedent now
    assert resolver.peek(Mention(he, he + 2, "pronoun")) is None


def test_peek_resolves_a_description_without_looking_ahead() -> None:
    text = "Harbour Mayor Lena Kovac opened the pier. The mayor smiled."
    resolver = SpeakerResolver(text, NameIndex(text, []))
    resolver.note_subject(Mention(text.index("Lena"), text.index(" opened"), "name"))
    start = text.index("The mayor")
    peeked = resolver.peek(Mention(start, start + len("The mayor"), "description"))
    assert peeked is not None and peeked.name == "Lena Kovac"
