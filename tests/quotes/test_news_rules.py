"""Rules for news written in any house style: cues inside the content, sources,
quantifier subjects, hearers, descriptions, what is no quote, and speakers.

Every sentence is invented; each rule has at least five.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Dan Okoro runs the port. The ferry, he says, will be late again.",
            "The ferry, he says, will be late again",
            "Dan Okoro",
        ),
        (
            "Mayor Leo Brandt opened the bridge. Somehow the town will recover, adds Mayor Brandt.",
            "Somehow the town will recover",
            "Leo Brandt",
        ),
        (
            "The hall, Petra Lind said, would open in the spring.",
            "The hall, Petra Lind said, would open in the spring",
            "Petra Lind",
        ),
        (
            "Omar Haddad coaches the club. The defence, he admitted, was a mess.",
            "The defence, he admitted, was a mess",
            "Omar Haddad",
        ),
        (
            "Prices will keep rising all year, warns economist Carla Mendes.",
            "Prices will keep rising all year",
            "Carla Mendes",
        ),
    ],
)
def test_content_around_a_mid_sentence_or_trailing_cue(
    text: str,
    content: str,
    speaker: str,
    fast_quotes: Callable[[str], list[tuple[str, str | None]]],
) -> None:
    assert (content, speaker) in fast_quotes(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Hal Boyd chairs the board. The dam, in his words, is a national embarrassment.",
            "The dam, in his words, is a national embarrassment",
            "Hal Boyd",
        ),
        (
            "Rita Vance left early. In her words, the budget is a fantasy.",
            "the budget is a fantasy",
            "Rita Vance",
        ),
        (
            "The dam will be finished by June, according to the engineer, Hal Boyd.",
            "The dam will be finished by June",
            "Hal Boyd",
        ),
        (
            "The plant, according to Mara Quinn, has never made a profit.",
            "The plant, according to Mara Quinn, has never made a profit",
            "Mara Quinn",
        ),
        (
            "According to Ivo Petrak, the lake froze twice this winter.",
            "the lake froze twice this winter",
            "Ivo Petrak",
        ),
    ],
)
def test_sources_inside_the_content(
    text: str,
    content: str,
    speaker: str,
    fast_quotes: Callable[[str], list[tuple[str, str | None]]],
) -> None:
    assert (content, speaker) in fast_quotes(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Some argued that the vote had been rigged.", "that the vote had been rigged"),
        ("Many warned that prices would rise.", "that prices would rise"),
        ("Others said the plan came too late.", "the plan came too late"),
        ("Several insisted that the school stay open.", "that the school stay open"),
        ("Critics claimed the count was flawed.", "the count was flawed"),
    ],
)
def test_quantifier_subjects_report_speech(
    text: str, content: str, fast_quotes: Callable[[str], list[tuple[str, str | None]]]
) -> None:
    assert content in [found for found, _ in fast_quotes(text)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Nina Park told detectives that she saw a blue van.",
            "that she saw a blue van",
            "Nina Park",
        ),
        (
            "Nina Park told the inquiry panel the alarms had failed.",
            "the alarms had failed",
            "Nina Park",
        ),
        ("Greta Lund told the court he had been at home.", "he had been at home", "Greta Lund"),
        (
            "Sami Holm told shareholders at the meeting that sales had doubled.",
            "that sales had doubled",
            "Sami Holm",
        ),
        (
            "Ada Brook told local farmers the rain would come on Friday.",
            "the rain would come on Friday",
            "Ada Brook",
        ),
    ],
)
def test_told_takes_any_hearer(
    text: str,
    content: str,
    speaker: str,
    fast_quotes: Callable[[str], list[tuple[str, str | None]]],
) -> None:
    assert (content, speaker) in fast_quotes(text)


@pytest.mark.parametrize(
    ("text", "inside", "speaker"),
    [
        (
            'Nina Park described the plan as "reckless and cruel."',
            "reckless and cruel",
            "Nina Park",
        ),
        ('Leon Marsh called the delay "a joke."', "a joke", "Leon Marsh"),
        (
            "Ines Roth characterised the offer as “an insult to every nurse.”",
            "an insult to every nurse",
            "Ines Roth",
        ),
        ('Tomas Vrba described the talks as "frank but useful."', "frank but useful", "Tomas Vrba"),
        (
            'Ruth Aldana called the ruling "a gift to polluters."',
            "a gift to polluters",
            "Ruth Aldana",
        ),
    ],
)
def test_call_or_describe_x_as_y(
    text: str, inside: str, speaker: str, fast_quotes: Callable[[str], list[tuple[str, str | None]]]
) -> None:
    assert any(inside in found and who == speaker for found, who in fast_quotes(text))


@pytest.mark.parametrize(
    "text",
    [
        "Crowds gather outside the stadium on Sunday. (Ana Lima/Daily Courier)",
        "Analysts believe the company will cut jobs.",
        "Many residents think the new road is a mistake.",
        "Economists expect the bank to hold rates.",
        "LOCAL NEWS",
        "Fans wave flags before the final. (Jon Ekberg/City Post)",
        "Investors estimate the deal is worth two billion.",
    ],
)
def test_captions_belief_verbs_and_labels_are_no_quotes(
    text: str, fast_quotes: Callable[[str], list[tuple[str, str | None]]]
) -> None:
    assert fast_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("On Friday Acme disclosed that it had sold the plant.", "Acme"),
        ("In March Velanta said sales had doubled.", "Velanta"),
        ("Yesterday Corvex announced that it would cut prices.", "Corvex"),
        ("May Chen said the bank would close.", "May Chen"),
        ("On Monday Halvorsen said the plan was dead.", "Halvorsen"),
    ],
)
def test_a_time_word_or_opener_is_never_part_of_a_name(
    text: str, speaker: str, fast_quotes: Callable[[str], list[tuple[str, str | None]]]
) -> None:
    assert [who for _, who in fast_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The house is quiet now, says her partner, Tom Reyes.", "Tom Reyes"),
        ("The bridge is safe, said the engineer, Lotte Berg.", "Lotte Berg"),
        ("The river is rising, according to the warden, Paul Ennis.", "Paul Ennis"),
        ("We will win, said the coach, Maria Soto.", "Maria Soto"),
        ("The shop will close, says its owner, Raj Patel.", "Raj Patel"),
    ],
)
def test_the_name_in_an_apposition_is_the_speaker(
    text: str, speaker: str, fast_quotes: Callable[[str], list[tuple[str, str | None]]]
) -> None:
    assert [who for _, who in fast_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Gus Hale runs the bakery. “We bake at four,” he said.", "Gus Hale"),
        ("Lorna Whitby runs the farm. “The rain saved us,” she said.", "Lorna Whitby"),
        ("Declan Moss coached the side. “It was a good day,” he said.", "Declan Moss"),
        ("Edith Crane sang first. “I was nervous,” she said.", "Edith Crane"),
        ("Bradley Fenn won the race. “My legs were gone,” he said.", "Bradley Fenn"),
    ],
)
def test_pronouns_follow_the_sex_of_common_given_names(
    text: str, speaker: str, fast_quotes: Callable[[str], list[tuple[str, str | None]]]
) -> None:
    assert [who for _, who in fast_quotes(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Marchers fill the square. (Ana Lima/Daily Courier)\n"
            "Oren Falk leads the march. “We will not go home,” he said.",
            "Oren Falk",
        ),
        (
            "A boat in the harbour. (Tom Ivers/Harbour News)\n"
            "Nell Price owns the boat. “She floats,” she said.",
            "Nell Price",
        ),
        (
            "Snow on the pass. (Kai Berg/Mountain Post)\nThe road is closed, police said.",
            None,
        ),
        (
            "The new library. (Ruth Sand/Town Times)\n"
            "Ida Moen built it. “It took years,” she said.",
            "Ida Moen",
        ),
        (
            "Voters queue early. (Sam Otto/Daily Courier)\n"
            "Lena Voss voted first. “I had to,” she said.",
            "Lena Voss",
        ),
    ],
)
def test_a_photo_credit_is_never_an_antecedent(
    text: str, speaker: str | None, fast_quotes: Callable[[str], list[tuple[str, str | None]]]
) -> None:
    found = [who for _, who in fast_quotes(text)]
    if speaker is None:
        assert all(who is None or who.lower() == "police" for who in found)
    else:
        assert found == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The security firm Brightwall was hired in May. The firm said the alarms worked.",
            "Brightwall",
        ),
        (
            "The bakery retailer Crumbly opened ten shops. The retailer said sales were strong.",
            "Crumbly",
        ),
        (
            "The mining company Ostrava Metals cut jobs. The company said demand had fallen.",
            "Ostrava Metals",
        ),
        (
            "The airline Skyvale cancelled flights. The airline said the storm was to blame.",
            "Skyvale",
        ),
        (
            "The charity Warm Homes raised money. The charity said winter would be hard.",
            "Warm Homes",
        ),
    ],
)
def test_descriptions_resolve_to_the_entity_they_refer_to(
    text: str, speaker: str, fast_quotes: Callable[[str], list[tuple[str, str | None]]]
) -> None:
    assert [who for _, who in fast_quotes(text)][-1] == speaker
