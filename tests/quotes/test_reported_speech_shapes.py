"""Reported speech in less common shapes, and sentences that only look like it.

Every sentence is invented.  Each test names the class of construction it
covers, not the words of any article.
"""

from __future__ import annotations

import pytest

from newsparse.builtin.quotes.processor import QuoteExtractor
from newsparse.model import Document

EXTRACT = QuoteExtractor()


def quotes(text: str) -> list[tuple[str, str | None]]:
    """Return (content, speaker mention) of each quote of *text*."""
    out: list[tuple[str, str | None]] = []
    for span in EXTRACT.extract(Document(text)):
        speaker = span.speaker
        mention = text[speaker.start : speaker.end] if speaker is not None else None
        out.append((text[span.start : span.end], mention))
    return out


# -- a subject set off from its cue by a long phrase -----------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The chair of the Millbrook Tenants’ Association, a retired nurse who has "
            "lived on the estate for 30 years, said rents had doubled since 2015.",
            "rents had doubled since 2015",
            "The chair of the Millbrook Tenants’ Association",
        ),
        (
            "The owner of the bakery, a former pastry chef who moved to Moncton from "
            "Lyon in 2009, said she would reopen in the spring.",
            "she would reopen in the spring",
            "The owner of the bakery",
        ),
        (
            "The head of the Farmers’ Co-operative, speaking after the vote, said the "
            "new levy would hurt small growers.",
            "the new levy would hurt small growers",
            "The head of the Farmers’ Co-operative",
        ),
    ],
)
def test_subject_before_a_long_appositive_with_a_relative_clause(
    text: str, content: str, speaker: str
) -> None:
    assert quotes(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Conservation groups, including Ecojustice and the Harbour Watch Society, "
            "say the pipeline threatens salmon habitat.",
            "the pipeline threatens salmon habitat",
            "Conservation groups",
        ),
        (
            "Local growers, like Ana Ruiz and Tom Hale, say the frost wiped out half the crop.",
            "the frost wiped out half the crop",
            "Local growers",
        ),
        (
            "The minister, speaking at Ridgeview Collegiate, said the school would get a new gym.",
            "the school would get a new gym",
            "The minister",
        ),
    ],
)
def test_a_name_inside_a_prepositional_or_participial_phrase_is_no_appositive(
    text: str, content: str, speaker: str
) -> None:
    assert quotes(text) == [(content, speaker)]


# -- a clause of contrast with its own speaker and cue ---------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union argued the contract violated the labour code, while the employer "
            "maintained it was within its rights.",
            [
                ("the contract violated the labour code", "The union"),
                ("it was within its rights", "the employer"),
            ],
        ),
        (
            "Ms. Dhillon insisted the count was rigged, whereas her rival said the vote "
            "had been fair.",
            [
                ("the count was rigged", "Ms. Dhillon"),
                ("the vote had been fair", "her rival"),
            ],
        ),
    ],
)
def test_a_clause_of_contrast_holds_a_second_attribution(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert quotes(text) == expected


def test_a_clause_of_contrast_without_a_cue_stays_in_the_content() -> None:
    text = "Ms. Roy said the shop would close, while the rent kept rising."
    assert quotes(text) == [("the shop would close, while the rent kept rising", "Ms. Roy")]


# -- a relative clause with a cue of its own before the main clause's cue -------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ms. Park, who said she had waited six hours in the emergency room, told "
            "reporters the system was broken.",
            [
                ("she had waited six hours in the emergency room", "Ms. Park"),
                ("the system was broken", "Ms. Park"),
            ],
        ),
        (
            "Jonas Weller, who says he lost his savings in the scheme, told the court "
            "the broker had lied to him.",
            [
                ("he lost his savings in the scheme", "Jonas Weller"),
                ("the broker had lied to him", "Jonas Weller"),
            ],
        ),
    ],
)
def test_a_relative_clause_reports_its_own_content_before_the_main_cue(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert quotes(text) == expected


# -- ``say`` naming a speech act ----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "She said goodbye to her students on Friday after 31 years in the classroom.",
        "The crew said farewell to the old ferry at a ceremony in the harbour.",
        "The coach said sorry to the fans for the team's poor start to the season.",
        "Before the meal, the bishop said grace in French and in Mi'kmaq.",
    ],
)
def test_say_with_a_greeting_or_an_apology_reports_nothing(text: str) -> None:
    assert quotes(text) == []


def test_say_before_no_and_a_clause_still_reports() -> None:
    text = "The fire chief said no one was hurt in the blast."
    assert quotes(text) == [("no one was hurt in the blast", "The fire chief")]


# -- ``according to`` set off inside the content of another cue ------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Ms. Kaur said the plant, according to the union, would lay off 200 workers "
            "next month.",
            "the plant, according to the union, would lay off 200 workers next month",
            "Ms. Kaur",
        ),
        (
            "The mayor told reporters the pool, according to engineers, would need a new roof.",
            "the pool, according to engineers, would need a new roof",
            "The mayor",
        ),
    ],
)
def test_according_to_inside_reported_content_does_not_split_it(
    text: str, content: str, speaker: str
) -> None:
    assert quotes(text) == [(content, speaker)]


# -- where the content of an infinitive after a hearer starts ----------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The embassy urged Portuguese citizens to avoid the border crossings.",
            "to avoid the border crossings",
        ),
        (
            "The ministry advises all travellers heading to Peru to check the latest "
            "advisory before they leave.",
            "to check the latest advisory before they leave",
        ),
        (
            "The mayor urged the owners of ground-floor flats to move their cars uphill.",
            "to move their cars uphill",
        ),
    ],
)
def test_a_hearer_before_an_infinitive_is_no_content(text: str, content: str) -> None:
    assert [found for found, _ in quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The treasurer told analysts the company expected prices to stabilise by the autumn.",
            "the company expected prices to stabilise by the autumn",
        ),
        ("The union urged the shift to renewables.", "the shift to renewables"),
    ],
)
def test_a_clause_or_a_noun_phrase_before_to_stays_in_the_content(text: str, content: str) -> None:
    assert [found for found, _ in quotes(text)] == [content]


# -- a writer's comment after a closing dash ----------------------------------------
def test_a_relative_after_a_closing_dash_is_no_content() -> None:
    text = (
        "The agency said travellers should still take care when visiting the "
        "islands — which is the advice it has given since 2019."
    )
    assert [found for found, _ in quotes(text)] == [
        "travellers should still take care when visiting the islands"
    ]


def test_a_phrase_between_two_dashes_stays_in_the_content() -> None:
    text = (
        "The mayor said it was volunteers — the church groups and the hockey "
        "parents — who kept the shelter open."
    )
    assert [found for found, _ in quotes(text)] == [
        "it was volunteers — the church groups and the hockey parents — who kept the shelter open"
    ]


# -- phrases set off one after another between a subject and its cue --------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Mr Cole, 54, of Harrogate, told the Echo he had been sleeping in his car for a month.",
            "he had been sleeping in his car for a month",
            "Mr Cole",
        ),
        (
            "The driver, 61, from Moncton, said the brakes had failed on the hill.",
            "the brakes had failed on the hill",
            "The driver",
        ),
    ],
)
def test_stacked_phrases_between_a_subject_and_its_cue(
    text: str, content: str, speaker: str
) -> None:
    assert quotes(text) == [(content, speaker)]


# -- a cue inside a relative clause ---------------------------------------------------
def test_a_cue_after_the_relative_pronoun_and_its_subject_reports_up_to_the_comma() -> None:
    text = "The bill, which Liberals say will lower costs, passed second reading on Monday."
    assert [found for found, _ in quotes(text)] == ["will lower costs"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Mensah, who called the findings “alarming,” said more research was needed.",
            [("“alarming,”", "Dr. Mensah"), ("more research was needed", "Dr. Mensah")],
        ),
        (
            "The union, which described the offer as “an insult,” said its members would strike.",
            [
                ("the offer as “an insult,”", "The union"),
                ("its members would strike", "The union"),
            ],
        ),
    ],
)
def test_a_quotation_closing_a_relative_clause_leaves_the_main_cue_its_subject(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert quotes(text) == expected


# -- ``to`` after a verb of saying: a hearer, not an infinitive ----------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ms. Lowe complained to officers that the music had gone on all night.",
            "that the music had gone on all night",
        ),
        (
            "Mr. Ferris admitted to police that he had taken the boat without asking.",
            "that he had taken the boat without asking",
        ),
    ],
)
def test_a_noun_of_persons_after_to_and_before_that_is_the_hearer(text: str, content: str) -> None:
    assert [found for found, _ in quotes(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The army promised to police the border.",
        "The couple told their story to a packed community hall on Tuesday.",
        "Grandpa told the same joke to every guest at the wedding.",
    ],
)
def test_to_before_a_verb_or_a_recipient_reports_nothing(text: str) -> None:
    assert quotes(text) == []


# -- a quantifier that a relative clause restricts is the subject -------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Many who spoke at the meeting said they would move away if the quarry opened.",
            "they would move away if the quarry opened",
            "Many who spoke at the meeting",
        ),
        (
            "Some who had waited since dawn said the line had not moved in an hour.",
            "the line had not moved in an hour",
            "Some who had waited since dawn",
        ),
    ],
)
def test_a_quantifier_with_a_relative_clause_is_the_speaker(
    text: str, content: str, speaker: str
) -> None:
    assert quotes(text) == [(content, speaker)]


# -- a noun of speech heading the subject: its content ends before the main verb ----
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The city’s claim that the land was contaminated was rejected by the court.",
            "the land was contaminated",
        ),
        (
            "The mayor’s promise that fares would not rise has not been kept.",
            "fares would not rise",
        ),
    ],
)
def test_a_that_clause_in_the_subject_ends_before_the_main_verb(text: str, content: str) -> None:
    assert [found for found, _ in quotes(text)] == [content]


def test_a_that_clause_after_the_verb_keeps_its_coordinated_clauses() -> None:
    text = "Critics mocked the mayor’s promise that fares would not rise and taxes would fall."
    assert [found for found, _ in quotes(text)] == ["fares would not rise and taxes would fall"]


# -- sentences that look like reported speech and report nothing --------------------
@pytest.mark.parametrize(
    "text",
    [
        # belief, perception, knowledge and plan verbs
        "Many residents believe the new bridge will ease traffic on the east side.",
        "Officials fear the outbreak could spread to neighbouring farms before spring.",
        "Ms. Harlow noticed the gate had been left open when she returned from work.",
        "Mr Pemberton realised the door had been forced only when he saw the broken lock.",
        "Witnesses saw the van swerve into the oncoming lane shortly after midnight.",
        "The tenants learned the building had been sold only when the new owner arrived.",
        "Most economists expect the central bank will hold its rate steady in July.",
        "Families hope the inquiry will finally explain what went wrong that night.",
        "The board decided the school would close at the end of June.",
        "Ottawa intends to table the bill before the summer recess.",
        # reported questions
        "The mayor asked whether the city could afford another year of deficits.",
        "Reporters asked the premier why the hospital had been delayed again.",
        # ``the said``, a noun complement that is no speech, a document's content
        "The said vehicle was towed from the lot and held as evidence.",
        "The fact that the bridge was closed for a month angered commuters in Lévis.",
        "The idea that taxes would fall after the election proved popular with voters.",
        "Records show the company paid no corporate tax in 2022.",
        # future, modal and intended speech
        "The minister will announce the new funding for rural clinics on Friday.",
        "The company is expected to announce as many as 300 layoffs next week.",
        "The premier could say more about the pipeline when the legislature resumes.",
        "Ms. Ruiz declined to comment on the lawsuit.",
        "The premier refused to say whether he would run again.",
        # a verb of saying with a noun phrase or no object
        "He said little during the two-hour hearing and left without speaking to reporters.",
        "The team announced a three-year contract extension for its head coach on Monday.",
        "The company denied any wrongdoing.",
        "The mayor stressed the importance of public transit.",
        "The minister added three new members to the board.",
        "He claimed the top prize at the regional science fair in April.",
        "The mayor pointed to rising costs as the main reason for the tax hike.",
        "The company did not respond to a request for comment.",
        # captions and credits
        "Firefighters battle a blaze at a warehouse on Dundas Street on Tuesday. "
        "(Jamie Ross/The Record)",
    ],
)
def test_sentences_that_only_look_like_reported_speech(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The bridge will reopen to traffic in June, the Transport Ministry said on Thursday.",
            "The bridge will reopen to traffic in June",
        ),
        (
            "Mr. Ortiz was quoted as saying the merger was dead and that nobody at the "
            "firm would miss it.",
            "the merger was dead and that nobody at the firm would miss it",
        ),
        (
            "The principal said the school would close in June, that staff would be moved "
            "and that parents would be told by letter.",
            "the school would close in June, that staff would be moved and that parents "
            "would be told by letter",
        ),
        (
            "The funding is nowhere near enough, said Rosa Almeida, who runs the shelter "
            "on King Street.",
            "The funding is nowhere near enough",
        ),
        (
            "Speaking to reporters after practice, the coach conceded his team had been outplayed.",
            "his team had been outplayed",
        ),
        (
            "The ministry’s spokesperson, Jean-Marc Arsenault, would only say the file "
            "was under review.",
            "the file was under review",
        ),
        (
            "Ms. Vance, asked about the timeline, replied that the work would be done by spring.",
            "that the work would be done by spring",
        ),
    ],
)
def test_reported_speech_in_less_common_shapes(text: str, content: str) -> None:
    assert [found for found, _ in quotes(text)] == [content]


# -- more speakers and hearers around the cue -----------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The province’s largest fishing group, the North Shore Trawlermen, warned "
            "that a full closure would put 600 people out of work.",
            "North Shore Trawlermen",
        ),
        (
            "The island’s ferry users, the Kelp Bay Commuters, warned that a full "
            "closure would put 600 people out of work.",
            "Kelp Bay Commuters",
        ),
    ],
)
def test_a_name_with_the_in_apposition_to_a_subject_is_the_speaker(text: str, speaker: str) -> None:
    assert quotes(text) == [("that a full closure would put 600 people out of work", speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The arena will close in June, the mayor told councillors.",
            "The arena will close in June",
            "the mayor",
        ),
        (
            "The county is to ask the province for emergency money to finish the "
            "bridge, the county’s chief administrator has told councillors.",
            "The county is to ask the province for emergency money to finish the bridge",
            "the county’s chief administrator",
        ),
    ],
)
def test_a_hearer_closing_the_reporting_clause_leaves_the_content_before_it(
    text: str, content: str, speaker: str
) -> None:
    assert quotes(text) == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Parents at Elm Street School have been told by the school board that the "
            "school will merge with another campus next year.",
            "that the school will merge with another campus next year",
            "the school board",
        ),
        (
            "Residents were told by police that the road would stay closed overnight.",
            "that the road would stay closed overnight",
            "police",
        ),
    ],
)
def test_a_passive_cue_with_an_agent_reports_the_agents_words(
    text: str, content: str, speaker: str
) -> None:
    assert quotes(text) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The minister is said to be furious about the leak.",
        "Residents were told to stay indoors until the leak was fixed.",
        "The contract, said to be worth $40 million, was signed on Monday.",
    ],
)
def test_a_passive_cue_without_an_agent_names_no_speaker(text: str) -> None:
    assert quotes(text) == []


def test_a_subordinator_before_a_number_is_a_preposition_inside_the_content() -> None:
    text = (
        "The board’s announcement that enrolment had fallen by a third since 2015 "
        "was disputed by parents."
    )
    assert [found for found, _ in quotes(text)] == ["enrolment had fallen by a third since 2015"]


# -- layout: headlines, link lines, lists and colons ----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Mayor says fares will rise in January\n\nThe city will hold a public meeting on Tuesday.",
        "The pool will reopen in May.\n\nRelated: Council says no to bike lanes on "
        "Main Street\n\nThe library will stay closed.",
    ],
)
def test_a_headline_or_a_link_line_reports_nothing(text: str) -> None:
    assert quotes(text) == []


def test_a_paragraph_that_lost_its_stop_still_reports() -> None:
    text = "He has not decided yet, he says"
    assert [found for found, _ in quotes(text)] == ["He has not decided yet"]


def test_words_before_a_colon_are_no_part_of_the_content_before_a_cue() -> None:
    text = (
        "Ms. Brill disagreed: the city had frozen fares for six years, she noted, "
        "while costs had risen."
    )
    assert quotes(text)[0][0] == "the city had frozen fares for six years"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "1. Landlords must give 90 days’ notice, the province says.",
            "Landlords must give 90 days’ notice",
        ),
        (
            "2) Fines for illegal evictions will double, according to the ministry.",
            "Fines for illegal evictions will double",
        ),
    ],
)
def test_a_list_items_number_is_no_part_of_the_content(text: str, content: str) -> None:
    assert [found for found, _ in quotes(text)] == [content]


# -- verbs of evidence with a subject that cannot speak -----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "His record suggests he will not back down easily.",
        "The wreckage suggests the pilot tried to land on the frozen lake.",
    ],
)
def test_a_verb_of_evidence_with_a_thing_as_subject_reports_nothing(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Its co-founder confirmed the firm had laid off a quarter of its staff.",
            "the firm had laid off a quarter of its staff",
        ),
        (
            "The lead researcher suggested the drug could be tested on children next year.",
            "the drug could be tested on children next year",
        ),
    ],
)
def test_a_verb_of_evidence_with_a_person_as_subject_still_reports(text: str, content: str) -> None:
    assert [found for found, _ in quotes(text)] == [content]


# -- a content without a subject ends before the main verb ---------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The man police say was driving the car fled on foot.", "was driving the car"),
        (
            "The woman officials say had been missing since Friday was found safe on Sunday.",
            "had been missing since Friday",
        ),
    ],
)
def test_a_content_opening_with_its_verb_ends_before_the_main_verb(text: str, content: str) -> None:
    assert [found for found, _ in quotes(text)] == [content]


def test_a_passive_cue_whose_agent_says_nothing_reports_nothing() -> None:
    text = (
        "His views were echoed by several tax lawyers I spoke to this week about the "
        "new rules, as they had been last year."
    )
    assert quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "On March 3, 2021, the mayor made the following remark:\n\n“We will rebuild.”",
        "A lesson from the coach: 'Play every shift like it is your last.'",
    ],
)
def test_a_short_line_ending_on_a_colon_or_a_quotation_is_no_headline(text: str) -> None:
    assert quotes(text) != []


def test_a_name_opening_the_clause_before_a_phrase_set_off_by_commas_is_the_speaker() -> None:
    text = "Senator Dana Whitfield, in particular, said the tariffs would hurt farmers."
    assert quotes(text) == [("the tariffs would hurt farmers", "Dana Whitfield")]


def test_a_document_as_subject_of_a_verb_of_evidence_still_reports() -> None:
    text = "The coroner’s report suggests the crash could have been prevented."
    assert [found for found, _ in quotes(text)] == ["the crash could have been prevented"]
