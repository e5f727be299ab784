"""Detection: cues of another tense after ``and``, ``asked how``, ages, hearers.

A verb of saying after ``and`` shares the subject of the cue before it only
when it shares that cue's tense (``said ... and warned``); a present form
after a past cue (``said ... competitors and brands selling ...``) is a
word of the content.  A verb of inquiring before ``how`` or ``why`` and a
clause reports the question (``asked how the bus would get there``).  A
person's age in commas after a name belongs to the subject of a reported
clause (``confirmed Ana Lutu, 33, would start``).
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows

TENSE_CLASH = [
    (
        "Analyst Perpetua Loomis said family grocers were squeezed between discounters "
        "and brands selling straight to shoppers.",
        "family grocers were squeezed between discounters and brands selling straight to shoppers",
    ),
    (
        "Trainer Obed Ruskin said young riders learned fastest from coaches and notes "
        "taken after every lesson.",
        "young riders learned fastest from coaches and notes taken after every lesson",
    ),
    (
        "The port’s harbourmaster, Idris Fenwick, said the fleet was hurt by fuel costs "
        "and claims filed by injured crews.",
        "the fleet was hurt by fuel costs and claims filed by injured crews",
    ),
    (
        "Ms Haldane said the archive was built from letters and reports written by "
        "district nurses.",
        "the archive was built from letters and reports written by district nurses",
    ),
    (
        "Surveyor Tamsin Achebe said the treaty covered provinces and states bordering the lakes.",
        "the treaty covered provinces and states bordering the lakes",
    ),
    (
        "Councillor Bram Oyelaran argued the budget favoured suburbs and charges "
        "levied on small traders.",
        "the budget favoured suburbs and charges levied on small traders",
    ),
]


@pytest.mark.parametrize(("text", "content"), TENSE_CLASH)
def test_present_form_after_a_past_cue_is_content(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    rows = fast_quotes(text)
    assert [quote for quote, _ in rows] == [content], rows


@pytest.mark.parametrize(
    "text",
    [
        "Ms Ferrante conceded the group’s garden tools unit was losing money and said "
        "a buyer would be found by autumn.",
        "Dr Quist admitted the hospital’s patient records system was outdated and "
        "warned that staff were overstretched.",
    ],
)
def test_cue_after_and_shares_the_subject_of_its_own_tense(
    fast_quotes: QuoteRows, text: str
) -> None:
    rows = fast_quotes(text)
    speaker = text.split(" ", 2)[1]
    assert len(rows) == 2, rows
    assert all(name == speaker for _, name in rows), rows


def test_cues_of_one_tense_stay_coordinated(fast_quotes: QuoteRows) -> None:
    rows = fast_quotes("The warden said the trail was shut and warned that hikers should keep off.")
    assert len(rows) == 2, rows


ASKED_QUESTIONS = [
    (
        "One commuter, who rides the ferry daily, asked how the crossing could be cut "
        "without notice.",
        "how the crossing could be cut without notice",
        "One commuter",
    ),
    (
        "Senator Wilhelmina Ostrander asked why the agency had sat on the audit for a year.",
        "why the agency had sat on the audit for a year",
        "Wilhelmina Ostrander",
    ),
    (
        "At the hearing, Mr Tobiah Venn asked why the tender had never been advertised.",
        "why the tender had never been advertised",
        "Tobiah Venn",
    ),
    (
        "A grandmother in the front row asked how pensioners were meant to pay the new fees.",
        "how pensioners were meant to pay the new fees",
        "A grandmother in the front row",
    ),
    (
        "Residents of the estate asked why their bins had not been emptied since March.",
        "why their bins had not been emptied since March",
        "Residents of the estate",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), ASKED_QUESTIONS)
def test_asked_question_is_an_indirect_quote(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    rows = fast_quotes(text)
    assert rows == [(content, speaker)], rows


@pytest.mark.parametrize(
    "text",
    [
        "The guide explained how the locks raise each barge.",
        "Volunteers asked how to register.",
        "A trustee asked whether the pool would reopen in spring.",
    ],
)
def test_question_after_other_verbs_or_without_clause_is_no_quote(
    fast_quotes: QuoteRows, text: str
) -> None:
    assert fast_quotes(text) == []


AGE_IN_CONTENT = [
    (
        "The club confirmed striker Amadou Kessler, 29, had signed a two-year extension.",
        "striker Amadou Kessler, 29, had signed a two-year extension",
    ),
    (
        "Prosecutors alleged Marguerite Oyelowo, 56, had taken cash from the till for years.",
        "Marguerite Oyelowo, 56, had taken cash from the till for years",
    ),
    (
        "The school announced Principal Hedda Lindqvist, 62, will retire in July.",
        "Principal Hedda Lindqvist, 62, will retire in July",
    ),
    (
        "The league confirmed goalkeeper Ilse Brandt, 24, would miss the final.",
        "goalkeeper Ilse Brandt, 24, would miss the final",
    ),
    (
        "Her lawyer insisted Casimir Dube, 38, was never at the depot that night.",
        "Casimir Dube, 38, was never at the depot that night",
    ),
]


@pytest.mark.parametrize(("text", "content"), AGE_IN_CONTENT)
def test_age_after_a_name_stays_in_the_reported_subject(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [quote for quote, _ in fast_quotes(text)] == [content]


HEARER_WITH_POSTMODIFIER = [
    (
        "Winifred Osei told the inquiry into the collapse of the footbridge that she had "
        "reported the cracks twice.",
        "that she had reported the cracks twice",
        "Winifred Osei",
    ),
    (
        "Dr Imelda Sorensen told the review into maternity care at Kelby General that "
        "midwives were overstretched.",
        "that midwives were overstretched",
        "Imelda Sorensen",
    ),
    (
        "Mr Oduya told the hearing into the fire at the Marlow Street flats that the "
        "alarms had failed.",
        "that the alarms had failed",
        "Oduya",
    ),
    (
        "Constable Rhys Arkwright told the tribunal into the shooting of a farmer that "
        "nobody had fired a warning shot.",
        "that nobody had fired a warning shot",
        "Rhys Arkwright",
    ),
    (
        "Bishop Aurelio Pinto told the commission into abuse in church schools that "
        "records had been burned.",
        "that records had been burned",
        "Aurelio Pinto",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), HEARER_WITH_POSTMODIFIER)
def test_hearer_with_a_prepositional_postmodifier_before_that(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    rows = fast_quotes(text)
    assert [quote for quote, _ in rows] == [content], rows
    assert rows[0][1] is not None and rows[0][1].endswith(speaker), rows


def test_relative_that_after_a_hearer_postmodifier_is_no_content(fast_quotes: QuoteRows) -> None:
    assert fast_quotes("He told the court about the plan that was drafted in May.") == []


NAME_AFTER_HEARER = [
    (
        "Prosecutor Anneke Voss told the court Halvorsen had emptied three trust accounts.",
        "Halvorsen had emptied three trust accounts",
    ),
    (
        "Ms Adeyemi told the jury Brennick was at the marina that night.",
        "Brennick was at the marina that night",
    ),
    (
        "Coach Lindiwe Moyo told the radio station Tamsyn Rowe would captain the side.",
        "Tamsyn Rowe would captain the side",
    ),
    (
        "The minister told the select committee Northgate Rail had missed every deadline.",
        "Northgate Rail had missed every deadline",
    ),
    (
        "Mr Caldwell told the weekly paper Ferncliff Quarry will close in spring.",
        "Ferncliff Quarry will close in spring",
    ),
]


@pytest.mark.parametrize(("text", "content"), NAME_AFTER_HEARER)
def test_name_after_a_hearer_opens_the_reported_clause(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [quote for quote, _ in fast_quotes(text)] == [content]
