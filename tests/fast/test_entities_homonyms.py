"""A one-word town that is also a given name: a person where the document shows one.

Every text here is invented.
"""

from __future__ import annotations

import pytest

from newsparse.builtin.fast.entities import FastEntityRecognizer
from newsparse.builtin.fast.segment_processor import FastSegmenter
from newsparse.model import Document

RECOGNIZER = FastEntityRecognizer()
SEGMENTER = FastSegmenter()


def labels(text: str, word: str) -> list[str]:
    """Return the label of every mention of *word* alone in *text*, in text order."""
    doc = Document(text)
    doc = doc.with_layers(SEGMENTER(doc), processor="fast.segment")
    return [e.label for e in RECOGNIZER(doc)["entities"] if text[e.start : e.end] == word]


# -- the subject of a verb of thinking, perceiving, feeling or speaking -----------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tyler thought about the lake all evening.", "Tyler"),
        ("When the bus came, Austin remembered his keys.", "Austin"),
        ("Madison smiled at the photographers outside the court.", "Madison"),
        ("Florence said the result was the best of her career.", "Florence"),
        ("Orlando wondered whether the bridge would hold.", "Orlando"),
        ("Regina felt the cold before anyone else did.", "Regina"),
        ("After the final whistle, Denver admitted the team had been lucky.", "Denver"),
        ("Charlotte laughed and handed over the trophy.", "Charlotte"),
        ("Eugene quietly explained the rules to the new volunteers.", "Eugene"),
        ("Tracy heard the siren from the kitchen.", "Tracy"),
        ("Quincy believes the library should open on Sundays.", "Quincy"),
    ],
)
def test_the_subject_of_a_verb_only_a_person_heads_is_a_person(text: str, word: str) -> None:
    assert labels(text, word) == ["PERSON"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Victoria announced new rules for its coastal parks.", "Victoria"),
        ("Georgia said the border crossing would reopen.", "Georgia"),
    ],
)
def test_a_state_or_capital_that_speaks_is_its_government(text: str, word: str) -> None:
    assert labels(text, word) == ["GPE"]


# -- a possessive before a kin noun ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tyler's parents were away for the weekend.", "Tyler"),
        ("The prize went to Austin's sister, a welder.", "Austin"),
        ("Madison's father coached the junior side for a decade.", "Madison"),
        ("Nobody had met Florence's husband before the wedding.", "Florence"),
        ("Orlando's grandmother still runs the bakery.", "Orlando"),
        ("Regina's children walked to school in the snow.", "Regina"),
        ("Police spoke to Denver's brother on Tuesday.", "Denver"),
        ("Charlotte's wife is a nurse at the county hospital.", "Charlotte"),
        ("Eugene's uncle left him the farm.", "Eugene"),
        ("Victoria's mother sang in the choir.", "Victoria"),
        ("The court heard from Stanley's daughters.", "Stanley"),
    ],
)
def test_a_possessive_before_a_kin_noun_is_a_person(text: str, word: str) -> None:
    assert labels(text, word) == ["PERSON"]


# -- the object of a verb of feeling -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Grief overwhelmed Tyler for months.", "Tyler"),
        ("The noise frightened Austin more than the dark.", "Austin"),
        ("The verdict angered Madison and her lawyers.", "Madison"),
        ("The letter comforted Florence on a hard day.", "Florence"),
        ("Nothing pleased Orlando that winter.", "Orlando"),
        ("The long silence annoyed Regina.", "Regina"),
        ("The injury depressed Denver for a season.", "Denver"),
        ("The crowd delighted Charlotte at the finish line.", "Charlotte"),
        ("The new coach irritated Eugene from the first practice.", "Eugene"),
        ("The decision disappointed Victoria, who had hoped to stay.", "Victoria"),
    ],
)
def test_the_object_of_a_verb_of_feeling_is_a_person(text: str, word: str) -> None:
    assert labels(text, word) == ["PERSON"]


# -- a relative who --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tyler, who is nine, won the spelling contest.", "Tyler"),
        ("The match was won by Austin, who scored twice.", "Austin"),
        ("Madison, who runs the shop, opened early.", "Madison"),
        ("Florence, who retired last year, still writes.", "Florence"),
        ("Orlando, who joined the club in 2019, left in June.", "Orlando"),
        ("Regina, who grew up on the coast, teaches sailing.", "Regina"),
        ("The award went to Denver, who coaches the under-12s.", "Denver"),
        ("Charlotte, who is a pilot, flew the last leg.", "Charlotte"),
        ("Eugene, who founded the choir, conducted it for forty years.", "Eugene"),
        ("Victoria, who is seven, lost her first tooth.", "Victoria"),
    ],
)
def test_a_name_before_a_relative_who_is_a_person(text: str, word: str) -> None:
    assert labels(text, word) == ["PERSON"]


# -- a pronoun that continues it ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tyler ran to the shed. He found the ladder behind the door.", "Tyler"),
        ("Austin opened the gate. He waved at the mail carrier.", "Austin"),
        ("Madison packed the car. She left before dawn.", "Madison"),
        ("Florence took the early train. She was home by noon.", "Florence"),
        ("Orlando kicked the ball over the fence. He ran after it.", "Orlando"),
        ("Regina locked the studio. She walked to the station.", "Regina"),
        ("Denver missed the penalty. He sat alone in the locker room.", "Denver"),
        ("Charlotte signed the contract. She starts in March.", "Charlotte"),
        ("Eugene fixed the roof in a day. He charged nothing.", "Eugene"),
        ("Stanley painted the fence blue. He liked the colour.", "Stanley"),
    ],
)
def test_a_name_opening_a_sentence_continued_by_he_or_she_is_a_person(text: str, word: str) -> None:
    assert labels(text, word) == ["PERSON"]


# -- one document, one reading -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Tyler was alone at home. Tyler thought about the lake. The dog followed Tyler.",
            "Tyler",
            ["PERSON", "PERSON", "PERSON"],
        ),
        (
            "Austin scored twice on Saturday. Austin said the pitch was heavy.",
            "Austin",
            ["PERSON", "PERSON"],
        ),
        (
            "Madison starts at the mill on Monday. Madison's mother drove her there.",
            "Madison",
            ["PERSON", "PERSON"],
        ),
        (
            "Coach Ray Bell picked Denver for the final. Denver, who is 19, "
            "has played twice. Fans cheered Denver.",
            "Denver",
            ["PERSON", "PERSON", "PERSON"],
        ),
        (
            "Florence grew up in Tyler. Florence remembered the heat of its summers.",
            "Florence",
            ["PERSON", "PERSON"],
        ),
        (
            "Regina opened the bakery in 2010. Regina felt it was time to retire.",
            "Regina",
            ["PERSON", "PERSON"],
        ),
        (
            "Eugene won the race. Eugene smiled for the cameras.",
            "Eugene",
            ["PERSON", "PERSON"],
        ),
        (
            "Charlotte was the youngest. Charlotte's brother was the oldest.",
            "Charlotte",
            ["PERSON", "PERSON"],
        ),
        (
            "Orlando is a carpenter. Orlando believes in doing things once.",
            "Orlando",
            ["PERSON", "PERSON"],
        ),
        (
            "Tracy drove the truck. Tracy noticed the smoke first.",
            "Tracy",
            ["PERSON", "PERSON"],
        ),
    ],
)
def test_a_word_shown_to_be_a_person_is_that_person_throughout(
    text: str, word: str, expected: list[str]
) -> None:
    assert labels(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Tyler thought about moving. Tyler's parents said no. In the end he stayed in Tyler.",
            "Tyler",
            ["PERSON", "PERSON", "GPE"],
        ),
        (
            "Austin said he would drive. Austin's wife agreed, "
            "though the roads near Austin were flooded.",
            "Austin",
            ["PERSON", "PERSON", "GPE"],
        ),
        (
            "Madison's sister studies in Madison. Madison, who is 17, visits her often.",
            "Madison",
            ["PERSON", "GPE", "PERSON"],
        ),
    ],
)
def test_a_place_context_keeps_its_mention_a_place_in_a_document_of_the_person(
    text: str, word: str, expected: list[str]
) -> None:
    assert labels(text, word) == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Austin said it would lift the water limits. Reservoirs near Austin are full.", "Austin"),
        ("Tyler reported three new cases on Monday, all in Tyler itself.", "Tyler"),
    ],
)
def test_more_place_contexts_than_person_ones_keep_a_place(text: str, word: str) -> None:
    assert "PERSON" not in labels(text, word)


# -- places stay places --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Flights to Austin were cancelled after the storm.", "Austin"),
        ("The Tyler office will close in May.", "Tyler"),
        ("She was born in Madison and studied law.", "Madison"),
        ("Tyler, Texas, hosts a rose festival every October.", "Tyler"),
        ("Prices in Orlando rose by 4% last year.", "Orlando"),
        ("The team flew from Denver to Regina on Friday.", "Denver"),
        ("Charlotte has added 12,000 jobs since January.", "Charlotte"),
        ("Austin's mayor said the bridge would reopen.", "Austin"),
        ("Crews worked through the night near Eugene.", "Eugene"),
        ("The council in Quincy voted to fund the library.", "Quincy"),
        ("Florence is crowded with tourists in August.", "Florence"),
    ],
)
def test_a_town_without_a_person_context_stays_a_place(text: str, word: str) -> None:
    assert labels(text, word) == ["GPE"]


# -- a person's full name opening with the word -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Isabel Ruiz runs the studio. Most days Isabel works until midnight.", "Isabel"),
        ("Tyler Greene kept goal. The coach praised Tyler after the match.", "Tyler"),
        ("Austin Pike won the vote. Supporters carried Austin through the hall.", "Austin"),
        ("Madison Kerr, 14, won the essay prize. Judges gave Madison a book token.", "Madison"),
        ("Florence Abara opened a clinic. Patients wait hours to see Florence.", "Florence"),
        ("Orlando Reyes fixes bikes. Neighbours bring Orlando their punctures.", "Orlando"),
        ("Regina Holt teaches piano. Pupils visit Regina on Saturdays.", "Regina"),
        (
            "Charlotte Wren sings in the band. The crowd wanted Charlotte back on stage.",
            "Charlotte",
        ),
        ("Eugene Marsh builds boats. Everyone calls Eugene when a hull leaks.", "Eugene"),
        ("Stanley Oduya drives the school bus. Children wave at Stanley every morning.", "Stanley"),
    ],
)
def test_a_word_that_opens_a_person_s_full_name_is_that_person_alone(text: str, word: str) -> None:
    assert labels(text, word) == ["PERSON"]


def test_a_full_name_does_not_outweigh_a_place_context() -> None:
    text = "Austin Pike is nine. His family lives in Austin, near the river."
    assert labels(text, "Austin") == ["GPE"]


# -- the name after a verb of saying, ending the clause -------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('"We were lucky," said Tyler.', "Tyler"),
        ('"The road is closed," Mr. Hale told Austin.', "Austin"),
        ('"Is it far?" asked Madison.', "Madison"),
        ("The trip was cancelled, explained Florence, because of the snow.", "Florence"),
        ('"Not yet," replied Orlando.', "Orlando"),
        ("The idea came from the pupils, added Regina.", "Regina"),
        ('"It was my fault," admitted Denver.', "Denver"),
        ("The bus was late again, wrote Charlotte.", "Charlotte"),
        ('"Keep the change," insisted Eugene.', "Eugene"),
        ('"Come back soon," urged Tracy.', "Tracy"),
    ],
)
def test_a_name_ending_the_clause_after_a_verb_of_saying_is_a_person(text: str, word: str) -> None:
    assert labels(text, word) == ["PERSON"]


# -- a possessive before a part of the body ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tyler's face went red when the teacher called his name.", "Tyler"),
        ("The ball struck Austin's knee in the second half.", "Austin"),
        ("Madison's hands were shaking as she signed.", "Madison"),
        ("Florence's eyes are failing, but she still reads.", "Florence"),
        ("Orlando's shoulder kept him out of the final.", "Orlando"),
        ("Regina's feet ached after the march.", "Regina"),
        ("Doctors set Denver's wrist on Friday.", "Denver"),
        ("Charlotte's hair was cut short for the part.", "Charlotte"),
        ("Eugene's teeth chattered in the cold.", "Eugene"),
        ("Stanley's back has troubled him for years.", "Stanley"),
    ],
)
def test_a_possessive_before_a_part_of_the_body_is_a_person(text: str, word: str) -> None:
    assert labels(text, word) == ["PERSON"]
