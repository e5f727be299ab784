"""Speaker rules on news never seen: invented sentences, one class of rule per test.

Each case goes through the fast pipeline (segmenter, entity recogniser,
quote stage), as a user would run it.
"""

from __future__ import annotations

import pytest

from newsparse.builtin.fast.entities.processor import entities_spec
from newsparse.builtin.fast.segment_processor import segment_spec
from newsparse.builtin.quotes.boilerplate import is_boilerplate
from newsparse.builtin.quotes.processor import QuoteExtractor
from newsparse.model import Document, Quote

_SEGMENT = segment_spec().factory({})
_ENTITIES = entities_spec().factory({})
_QUOTES = QuoteExtractor()


def speakers(text: str) -> list[tuple[str, str | None]]:
    """(quote text, speaker's canonical name) of each quote the fast pipeline finds."""
    doc = Document(text)
    doc = doc.with_layers(_SEGMENT(doc), processor="fast.segment")
    doc = doc.with_layers(_ENTITIES(doc), processor="fast.entities")
    quotes = [q for q in _QUOTES.extract(doc) if isinstance(q, Quote)]
    return [(text[q.start : q.end], q.speaker.name if q.speaker else None) for q in quotes]


def last_speaker(text: str) -> str | None:
    found = speakers(text)
    assert found, f"no quote found in {text!r}"
    return found[-1][1]


# -- time words and sentence openers are no part of a name -------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On Friday Acme disclosed that its profits fell by half.", "Acme"),
        ("In March Velanta said that the plant would close.", "Velanta"),
        ("Late Tuesday Orvane Systems said it would cut 200 jobs.", "Orvane Systems"),
        ("Last week Premier Dana Whitfield said the budget was balanced.", "Dana Whitfield"),
        ("Yesterday Kestrel Labs said that the breach was contained.", "Kestrel Labs"),
    ],
)
def test_time_words_and_openers_are_not_glued_to_names(text: str, name: str) -> None:
    assert last_speaker(text) == name


# -- photo credits ---------------------------------------------------------------
@pytest.mark.parametrize(
    "caption",
    [
        "Mayor Lena Ortiz speaks at the rally in 2015. The Daily Courier.",
        "Coach Tom Hale watches the game on Sunday. (Herald File Photo)",
        "Workers repair the bridge on Main Street. Northern Wire Service.",
    ],
)
def test_a_caption_closed_by_a_bare_credit_is_page_furniture(caption: str) -> None:
    assert is_boilerplate(caption)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The bill moved through the U.S. Congress.",
        "The plan was approved by the Board of Health.",
        "“We won,” she said. Mr. Tan.",
        "It is over, she told Reuters.",
    ],
)
def test_prose_ending_with_a_name_is_no_caption(paragraph: str) -> None:
    assert not is_boilerplate(paragraph)


def test_a_credit_is_no_antecedent_of_they() -> None:
    text = (
        "The Greens met on Monday.\n\n"
        "Party leader Ana Ruiz waves to supporters. The Daily Courier.\n\n"
        "Most voters, they argue, will back the plan."
    )
    assert last_speaker(text) != "The Daily Courier"


# -- apposition ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("“We are heartbroken,” says her partner, Tom Reyes.", "Tom Reyes"),
        ("“We will appeal,” said the company's lawyer, Priya Natarajan.", "Priya Natarajan"),
        ("“We will appeal,” said a spokesperson for the union, Dana Whitfield.", "Dana Whitfield"),
        ("“It was chaos,” said a neighbour of the family, Omar Haddad.", "Omar Haddad"),
        ("“Nobody told us,” said Whitfield’s neighbour, Ahmed Karimi.", "Ahmed Karimi"),
    ],
)
def test_the_name_in_apposition_is_the_speaker(text: str, name: str) -> None:
    assert last_speaker(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Brightwall, the security firm, found the flaw. "
            "“The breach was serious,” the security firm said.",
            "Brightwall",
        ),
        (
            "Yesterday Ostrava, a mining company based in Brno, hired staff. "
            "Later the company said it had hired 50 people.",
            "Ostrava",
        ),
        (
            "Norvik, the shipping company, lost a vessel. Talks stalled. "
            "“We are looking for the crew,” the company said.",
            "Norvik",
        ),
    ],
)
def test_an_institution_introduced_by_apposition_is_what_its_description_names(
    text: str, name: str
) -> None:
    assert last_speaker(text) == name


# -- descriptions ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Karl Brandt taught for years. “No carmaker makes money on it,” "
            "the lanky, bespectacled professor said.",
            "Karl Brandt",
        ),
        (
            "Karl Brandt, who held the post for years, will run. The former "
            "sergeant-at-arms of the Legislative Assembly said Monday he is considering a run.",
            "Karl Brandt",
        ),
        (
            "Foreign Minister Anna Kowalski met the envoy. “Talks went well,” the minister said.",
            "Anna Kowalski",
        ),
        (
            "Jon Weller, the mayor of Dunmore, spoke at length. "
            "“The bridge is unsafe,” the mayor said.",
            "Jon Weller",
        ),
    ],
)
def test_a_definite_description_takes_the_person_it_describes(text: str, name: str) -> None:
    assert last_speaker(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Local 832 of the Food Workers Union represents the cooks. The cooks "
            "will be covered, according to the union's Friday release.",
            "Food Workers Union",
        ),
        ("A statement from the Dunmore Council said the vote was delayed.", "Dunmore Council"),
        ("A letter from Mayor Ana Ruiz said the vote was delayed.", "Ana Ruiz"),
        (
            "Acme Inc. shares fell. The claim was false, "
            "according to a statement from the company.",
            "Acme Inc.",
        ),
        (
            "The claim was false, according to a report by the Fraser Institute.",
            "Fraser Institute",
        ),
    ],
)
def test_a_document_speaks_for_its_author(text: str, name: str) -> None:
    assert last_speaker(text) == name


def test_a_persons_document_is_no_institution() -> None:
    text = (
        "Marta Olsen runs Kestrel Labs. The flaw was patched, according to Olsen's report.\n\n"
        "Later the company announced that the audit was done."
    )
    assert last_speaker(text) == "Kestrel Labs"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ana Ruiz left early. A spokeswoman for the mayor said the vote was delayed.",
            "A spokeswoman for the mayor",
        ),
        (
            "Justice Sean Dunphy heard the case. A Superior Court of Ontario judge chastised "
            "Acme Radio on Friday, saying the station had been “playing games” with members.",
            "A Superior Court of Ontario judge",
        ),
    ],
)
def test_a_description_ends_at_its_verb_and_keeps_its_complement(text: str, name: str) -> None:
    assert last_speaker(text) == name


# -- delayed identification ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A Dunmore hockey coach says he is amazed by the video.\n\n"
            "Tom Hale said the video is kind.",
            "Tom Hale",
        ),
        (
            "A spokeswoman for the mayor said the vote was delayed.\n\n"
            "“We regret it,” said Lena Ortiz.",
            "Lena Ortiz",
        ),
        (
            "One former director said on Friday that he would return. "
            "Joseph Marr told the Herald he left the board last winter.",
            "Joseph Marr",
        ),
    ],
)
def test_an_indefinite_description_is_named_in_the_next_sentence(text: str, name: str) -> None:
    assert speakers(text)[0][1] == name


def test_a_person_named_before_is_no_delayed_identification() -> None:
    text = "Tom Hale arrived. A witness said the car was fast. Tom Hale said the road was wet."
    assert speakers(text)[0][1] == "A witness"


# -- pronouns --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Daniel Ortega arrived late. Maria Fernandez greeted him. “It was tense,” she said.",
            "Maria Fernandez",
        ),
        (
            "Keisha Brown spoke first. Then Omar Haddad rose. “We disagree,” he said.",
            "Omar Haddad",
        ),
        (
            "Karen Wu spoke. Then Thomas Klein answered. “The deal is done,” she said.",
            "Karen Wu",
        ),
        (
            "Thomas Klein spoke. Then Karen Wu answered. “The deal is done,” he said.",
            "Thomas Klein",
        ),
        ("Orvane Systems posted a loss. “Demand weakened,” it said.", "Orvane Systems"),
        ("Orvane Systems posted a loss. It said demand had weakened.", "Orvane Systems"),
    ],
)
def test_pronouns_take_the_most_recent_compatible_antecedent(text: str, name: str) -> None:
    assert last_speaker(text) == name


# -- subjects after a time phrase, institutions by kind ---------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "On Thursday the Harbour Authority confirmed the closure. "
            "It said repairs would take a year.",
            "Harbour Authority",
        ),
        (
            "Last week Norvik Shipping confirmed the closure. “Repairs will take a year,” it said.",
            "Norvik Shipping",
        ),
        (
            "Vantor Bank said on Monday it would close 40 branches. "
            "In a statement, the lender said demand had fallen.",
            "Vantor Bank",
        ),
        (
            "Photo: Lena Park/Metro Daily\n\n"
            "Security firm Brightwall said it had found the flaw. "
            "“It was serious,” the company said.",
            "Brightwall",
        ),
    ],
)
def test_institutions_are_found_after_time_phrases_and_by_their_kind(text: str, name: str) -> None:
    assert last_speaker(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom left. “We are devastated,” the family said.", "the family"),
        ("The family firmly said that they would sue.", "The family"),
        ("“Prices will rise,” warned economist Priya Raman of TD Bank.", "Priya Raman"),
        (
            "A spokesperson for Premier Doug Ford said he would attend.",
            "A spokesperson for Premier Doug Ford",
        ),
    ],
)
def test_collective_nouns_affiliations_and_titles_inside_descriptions(text: str, name: str) -> None:
    assert last_speaker(text) == name
