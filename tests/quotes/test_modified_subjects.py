"""Detection rules for subjects with modifiers, titles, coordinated cues and verbs of naming."""

from __future__ import annotations

import pytest

from newsparse.builtin.quotes.processor import QuoteExtractor
from newsparse.model import Document

EXTRACT = QuoteExtractor()

Row = tuple[str, str, str | None]


def quotes(text: str) -> list[Row]:
    found = EXTRACT.extract(Document(text))
    return [
        (
            text[q.start : q.end],
            q.kind,
            text[q.cue.start : q.cue.end] if q.cue else None,
        )
        for q in found
    ]


def spans(text: str) -> list[str]:
    return [row[0] for row in quotes(text)]


# -- an indefinite appositive after a description subject -------------------------
@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The cyclist, a 44-year-old teacher, told police the lights were out.",
            "the lights were out",
            "told",
        ),
        (
            "The landlord, a retired engineer, said the boiler had been replaced.",
            "the boiler had been replaced",
            "said",
        ),
        (
            "One neighbour, a mother of three, said the road was unsafe at night.",
            "the road was unsafe at night",
            "said",
        ),
        (
            "The owner, an avid collector of maps, told the paper he had paid too much.",
            "he had paid too much",
            "told",
        ),
        (
            "The caretaker, a man in his sixties, said the roof leaked every winter.",
            "the roof leaked every winter",
            "said",
        ),
    ],
)
def test_an_indefinite_appositive_passes_to_the_subject(text: str, content: str, cue: str) -> None:
    assert (content, "indirect", cue) in quotes(text)


# -- a negated infinitive is no report ------------------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "One tenant, who asked not to be named, told the council the flat was damp.",
            "the flat was damp",
        ),
        (
            "A guard, who asked not to be identified, said the gate was left open.",
            "the gate was left open",
        ),
        (
            "A farmer who asked not to be named said the river had burst its banks.",
            "the river had burst its banks",
        ),
        (
            "Two staff members, who asked not to be quoted, said the shop would shut.",
            "the shop would shut",
        ),
        (
            "A parent, who asked not to be identified, told the board the bus was late.",
            "the bus was late",
        ),
    ],
)
def test_asked_not_to_be_named_is_no_cue(text: str, content: str) -> None:
    rows = quotes(text)
    assert any(row[0] == content for row in rows)
    assert all(row[2] != "asked" for row in rows)


# -- a past participle and its phrase after a description subject ----------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A council memo circulated on Monday said the depot would close.",
            "the depot would close",
        ),
        (
            "A study published in the spring said the glacier was shrinking.",
            "the glacier was shrinking",
        ),
        (
            "An audit released by the ministry said the accounts were incomplete.",
            "the accounts were incomplete",
        ),
        (
            "A letter signed by forty doctors said the clinic was understaffed.",
            "the clinic was understaffed",
        ),
        (
            "The report tabled at the hearing said the fees had doubled.",
            "the fees had doubled",
        ),
    ],
)
def test_a_participle_phrase_after_the_subject(text: str, content: str) -> None:
    assert content in spans(text)


def test_a_named_subject_and_a_past_tense_verb_is_no_participle_phrase() -> None:
    rows = quotes("Mayor Ada Brill visited on Friday and said the pool would reopen.")
    assert rows == [("the pool would reopen", "indirect", "said")]


# -- a modifier before a title belongs to the name ---------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plan's author, state Sen. Ruth Okafor, said the vote was close.",
            ("the vote was close", "indirect", "said"),
        ),
        (
            "Its sponsor, state Rep. Ian Moss, said the bill would pass.",
            ("the bill would pass", "indirect", "said"),
        ),
        (
            "The measure's critic, state Sen. Lena Ortiz, called the budget “a gimmick.”",
            ("“a gimmick.”", "direct", "called"),
        ),
        (
            "Its champion, state Gov. Hal Brewer, said the tax was fair.",
            ("the tax was fair", "indirect", "said"),
        ),
        (
            "The bill's author, state Rep. Nina Lutz, told reporters the talks had failed.",
            ("the talks had failed", "indirect", "told"),
        ),
    ],
)
def test_a_word_before_a_title_is_no_cue(text: str, expected: Row) -> None:
    rows = quotes(text)
    assert expected in rows
    assert all(row[2] != "state" for row in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Many farmers say Mr. Reed was right about the drought.",
        "Officials state Gov. Brewer will sign the bill.",
    ],
)
def test_a_cue_after_its_subject_before_a_title_stays_a_cue(text: str) -> None:
    assert quotes(text)


# -- a coordinated tensed cue ends the content before it ------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The club said the pitch was flooded and warned fans to stay away.",
            "the pitch was flooded",
        ),
        (
            "The utility said power would return by noon and urged customers to be patient.",
            "power would return by noon",
        ),
        (
            "The mayor said the budget was balanced and promised voters a referendum.",
            "the budget was balanced",
        ),
        (
            "The coach said the team was tired and cautioned fans against expecting much.",
            "the team was tired",
        ),
        (
            "The airline said the flights were cancelled and advised travellers to rebook.",
            "the flights were cancelled",
        ),
    ],
)
def test_a_coordinated_cue_ends_the_content(text: str, content: str) -> None:
    assert quotes(text)[0][0] == content


def test_a_coordinated_verb_in_the_content_stays() -> None:
    assert spans("She said the mayor would go and tell the board.") == [
        "the mayor would go and tell the board"
    ]


# -- brand is a verb of naming -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        ("Residents have branded the new car park “a death trap”.", "“a death trap”"),
        ("The union branded the offer “an insult”.", "“an insult”"),
        ("Critics branded the scheme “a waste of money”.", "“a waste of money”"),
        ("The coach branded it “a disgrace”.", "“a disgrace”"),
        ("Fans branded the referee “a joke”.", "“a joke”"),
    ],
)
def test_brand_names_with_a_quotation(text: str, quotation: str) -> None:
    assert (quotation, "direct", "branded") in quotes(text)


def test_brand_without_a_quotation_is_no_quote() -> None:
    assert quotes("The firm branded its new phones in blue.") == []


# -- a noun phrase with a postmodifier closing its sentence after a comma ----------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The merger will be announced on Monday, people familiar with the deal said.",
            "The merger will be announced on Monday",
        ),
        (
            "The striker is set to join a rival club, sources close to the player said.",
            "The striker is set to join a rival club",
        ),
        (
            "The vote has been delayed, officials briefed on the plan said.",
            "The vote has been delayed",
        ),
        (
            "Two ministers will resign this week, aides familiar with their plans said.",
            "Two ministers will resign this week",
        ),
        (
            "The factory will shut in May, workers familiar with the schedule said.",
            "The factory will shut in May",
        ),
    ],
)
def test_a_closing_subject_with_a_postmodifier(text: str, content: str) -> None:
    assert (content, "indirect", "said") in quotes(text)


def test_a_closing_subject_holds_no_verb() -> None:
    rows = quotes("The plan will fail, and the people who wrote it with the mayor said so.")
    assert all(row[0] != "The plan will fail" for row in rows)


# -- an adverbial participle with no content stays in the content --------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A cook has sued the cafe, alleging he was dismissed after complaining about mould.",
            "he was dismissed after complaining about mould",
        ),
        (
            "The pilot said she was grounded after speaking to a reporter.",
            "she was grounded after speaking to a reporter",
        ),
        (
            "He claimed he was demoted after complaining to his manager.",
            "he was demoted after complaining to his manager",
        ),
        (
            "The teacher said she was warned before talking to parents.",
            "she was warned before talking to parents",
        ),
        (
            "A driver alleged he was sacked after testifying at the inquiry.",
            "he was sacked after testifying at the inquiry",
        ),
    ],
)
def test_an_adverbial_participle_stays_in_the_content(text: str, content: str) -> None:
    assert content in spans(text)


def test_an_adverbial_participle_with_content_reports() -> None:
    rows = quotes("The mayor said the road would reopen, before adding that it was safe.")
    assert ("that it was safe", "indirect", "adding") in rows


# -- an absolute phrase after an inverted cue is no part of the quotation -------------
@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        ("“We lost everything,” she said, her hands shaking.", "“We lost everything,”"),
        ("“It is over,” he said, tears running down his face.", "“It is over,”"),
        ("“Never again,” the coach said, his voice hoarse.", "“Never again,”"),
        ("“I forgive him,” the widow said, clutching a photograph.", "“I forgive him,”"),
        ("“We will rebuild,” the mayor said, standing in the rubble.", "“We will rebuild,”"),
    ],
)
def test_an_absolute_phrase_after_the_cue_is_left_out(text: str, quotation: str) -> None:
    assert (quotation, "direct", "said") in quotes(text)


def test_a_clause_after_the_cue_continues_the_quotation() -> None:
    assert quotes("“Frankly,” she said, the plan is dead.") == [
        ("“Frankly,” she said, the plan is dead", "mixed", "said")
    ]


# -- a concessive clause after a comma is the writer's aside -------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor said the pool would reopen in June, though no date had been set.",
            "the pool would reopen in June",
        ),
        (
            "Officials said the bridge was safe, although engineers had raised concerns.",
            "the bridge was safe",
        ),
        (
            "She argued the tax was fair, though critics disagreed.",
            "the tax was fair",
        ),
        (
            "The club confirmed the striker had signed, though terms were not disclosed.",
            "the striker had signed",
        ),
        (
            "He insisted the plant would stay open, although orders had fallen.",
            "the plant would stay open",
        ),
    ],
)
def test_a_concessive_clause_ends_the_content(text: str, content: str) -> None:
    assert content in spans(text)


def test_though_without_a_comma_stays_in_the_content() -> None:
    assert spans("She said she would go though it was late.") == ["she would go though it was late"]


# -- a description before a closing speaker's name belongs to the reporting clause ----
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "She died peacefully at home on Sunday, her daughter, Maeve, said.",
            "She died peacefully at home on Sunday",
        ),
        (
            "The shop will close in March, its owner, Tariq Aziz, said.",
            "The shop will close in March",
        ),
        (
            "The boat sank within minutes, the harbour master, Ewan Roe, said.",
            "The boat sank within minutes",
        ),
        (
            "The match will go ahead, the club's secretary, Lin Park, said.",
            "The match will go ahead",
        ),
        (
            "He was never told about the fine, his lawyer, Dana Voss, said.",
            "He was never told about the fine",
        ),
    ],
)
def test_a_closing_appositive_stays_out_of_the_content(text: str, content: str) -> None:
    assert content in spans(text)


# -- a prepositional complement before a phrase set off by commas ---------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A spokeswoman for the airline, speaking after the hearing, said the fleet was safe.",
            "the fleet was safe",
        ),
        (
            "A lawyer for the family, reached by phone, said the appeal would go ahead.",
            "the appeal would go ahead",
        ),
        (
            "A source at the ministry, speaking anonymously, said the budget was late.",
            "the budget was late",
        ),
        (
            "The head of the union, in a letter to members, said the deal was poor.",
            "the deal was poor",
        ),
        (
            "An official with the agency, asked about the delay, said staff were short.",
            "staff were short",
        ),
    ],
)
def test_a_complement_before_an_interrupting_phrase(text: str, content: str) -> None:
    assert (content, "indirect", "said") in quotes(text)


# -- a with phrase after a description subject ----------------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "A teacher with 20 years of experience said the rules were unclear.",
            "the rules were unclear",
        ),
        (
            "A farmer with 300 acres of wheat said the harvest was late.",
            "the harvest was late",
        ),
        (
            "A pilot with 12,000 hours of flying said the runway was too short.",
            "the runway was too short",
        ),
        (
            "A family with three young sons said the house had flooded twice.",
            "the house had flooded twice",
        ),
        (
            "A charity with 40 shops across the region said sales had fallen.",
            "sales had fallen",
        ),
    ],
)
def test_a_with_phrase_after_the_subject(text: str, content: str) -> None:
    assert (content, "indirect", "said") in quotes(text)


def test_a_coordinated_manner_verb_stays_in_the_content() -> None:
    assert spans("She said the children laughed and cried all night.") == [
        "the children laughed and cried all night"
    ]


def speaker_mentions(text: str) -> list[str]:
    found = EXTRACT.extract(Document(text))
    return [text[q.speaker.start : q.speaker.end] for q in found if q.speaker is not None]


# -- the object of a postmodifier is no speaker ---------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "An engineer familiar with the bridge said the cables were worn.",
            "An engineer familiar with the bridge",
        ),
        (
            "Nurses at the hospital said the wards were full.",
            "Nurses at the hospital",
        ),
        (
            "Critics in the opposition said the bill was rushed.",
            "Critics in the opposition",
        ),
        (
            "Farmers with land near the river say the banks are eroding.",
            "Farmers with land near the river",
        ),
        (
            "Reports in the local press had claimed the coach would quit.",
            "Reports in the local press",
        ),
    ],
)
def test_the_subject_is_the_whole_postmodified_phrase(text: str, speaker: str) -> None:
    assert speaker_mentions(text) == [speaker]
