# ruff: noqa: E501 (one invented sentence per line)
"""Head lines, characterisations after a closed report, appositive tails, questions in subordinate clauses.

Every text is invented.  The lines above an article's first paragraph of
prose that end on a word are its headline and deck, and report nothing,
commas or not.  After ``CONTENT, SPEAKER CUE,`` a relative clause with a
verb of characterising and its own quotation (``in a move critics called
“...”``) is a report of its own.  A noun phrase after a cue that interrupts
a whole clause (``..., he said, roughly the same number as ...``) is in
apposition to that clause, no more content.  A verb of asking after
``and`` that goes on a clause of time inside the content (``said the family
found out when he came over and asked why ...``) is part of that content.
``a`` with a singular noun and then a plural of people (``a move critics
called``) is no one noun phrase: the plural is the speaker.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Prairie town’s old grain elevator finds new life, owners say\n\n"
            "ESTEVAN — The wooden elevator that stood empty for 20 years will reopen as a bakery, its owners said.",
            "The wooden elevator that stood empty for 20 years will reopen as a bakery",
        ),
        (
            "Ferry fares to rise again in spring\n\n"
            "Operator says fuel costs are to blame, but islanders plan to fight the increase at a hearing\n\n"
            "Fares on the Corbin Island ferry will rise by eight per cent in April, the operator said Tuesday.",
            "Fares on the Corbin Island ferry will rise by eight per cent in April",
        ),
        (
            "Stray dog walks 90 km home, family says\n\n"
            "A terrier that vanished from a rest stop turned up on its own porch nine days later, its owners said.",
            "A terrier that vanished from a rest stop turned up on its own porch nine days later",
        ),
        (
            "Hospital parking fees scrapped, board confirms\n\n"
            "By Odile Ferrante-Wu\n\n"
            "Patients will no longer pay to park at Larchmere General, the hospital board confirmed Monday.",
            "Patients will no longer pay to park at Larchmere General",
        ),
        (
            "LOCAL NEWS\n\n"
            "Snow day cancels exams, but school board says no makeup date set yet\n\n"
            "Winter exams at three high schools will not be rescheduled, the board said in a statement.",
            "Winter exams at three high schools will not be rescheduled",
        ),
    ],
)
def test_the_lines_above_the_first_paragraph_report_nothing(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [quote for quote, _ in fast_quotes(text)] == [content]


def test_a_single_line_without_a_stop_still_reports(fast_quotes: QuoteRows) -> None:
    assert [q for q, _ in fast_quotes("The vote is too close to call, she says")] == [
        "The vote is too close to call"
    ]


@pytest.mark.parametrize(
    ("text", "quotation", "speaker_word"),
    [
        (
            "The city will add two night buses, Mayor Ilse Varga announced Monday, in a move riders called “too little, too late.”",
            "“too little, too late.”",
            "riders",
        ),
        (
            "Tuition will rise by nine per cent, the college said Tuesday, in a decision that students called “a cash grab.”",
            "“a cash grab.”",
            "students",
        ),
        (
            "The ferry will sail only twice a week, the minister said, in a change islanders have branded “a betrayal.”",
            "“a betrayal.”",
            "islanders",
        ),
        (
            "The clinic will close at noon on weekends, the health authority confirmed, in what nurses called “a disaster waiting to happen.”",
            "“a disaster waiting to happen.”",
            "nurses",
        ),
        (
            "Library hours will be cut on Sundays, the board announced, with what patrons dubbed “a kick in the teeth.”",
            "“a kick in the teeth.”",
            "patrons",
        ),
    ],
)
def test_a_characterisation_with_its_quotation_after_a_closed_report_is_a_quote(
    fast_quotes: QuoteRows, text: str, quotation: str, speaker_word: str
) -> None:
    rows = fast_quotes(text)
    found = [name for quote, name in rows if quote == quotation]
    assert found, rows
    assert found[0] is not None and found[0].split()[-1] == speaker_word


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The pantry now serves about 220 families a week, she said, roughly the same number as before the fire.",
            "The pantry now serves about 220 families a week",
        ),
        (
            "Ridership rose to 41,000 trips in October, the transit agency said, the highest monthly total since it began counting.",
            "Ridership rose to 41,000 trips in October",
        ),
        (
            "The shelter took in 312 cats this year, Ms. Okonjo said, nearly a third of them kittens.",
            "The shelter took in 312 cats this year",
        ),
        (
            "The harvest came in three weeks late, the growers’ association said, the latest start in a decade.",
            "The harvest came in three weeks late",
        ),
        (
            "Volunteers planted 1,800 trees along the creek, he said, a record for the group.",
            "Volunteers planted 1,800 trees along the creek",
        ),
    ],
)
def test_a_noun_phrase_after_an_interrupting_cue_is_no_content(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [quote for quote, _ in fast_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "Prices rose again in May, she said, the costs are out of control.",
            "the costs are out of control",
        ),
        (
            "The depot will close in March, he said, the owners sold the land last year.",
            "the owners sold the land last year",
        ),
        (
            "The rink will stay open, she said, the township paid for the new boards.",
            "the township paid for the new boards",
        ),
    ],
)
def test_a_clause_after_an_interrupting_cue_is_still_content(
    fast_quotes: QuoteRows, text: str, clause: str
) -> None:
    assert clause in [quote for quote, _ in fast_quotes(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Her brother, Tomasz Iwanek, said the family only learned of the sale when he visited in June and asked why the barn was empty.",
            "the family only learned of the sale when he visited in June and asked why the barn was empty",
        ),
        (
            "Ms. Adeyemi said the trouble started after she moved in and asked whether the heating worked.",
            "the trouble started after she moved in and asked whether the heating worked",
        ),
        (
            "The coach said the mood changed once they saw the schedule and asked how the team would travel.",
            "the mood changed once they saw the schedule and asked how the team would travel",
        ),
        (
            "Mr. Lindqvist said he grew suspicious when they phoned twice and asked if he lived alone.",
            "he grew suspicious when they phoned twice and asked if he lived alone",
        ),
        (
            "The owner said she knew something was wrong because he came back an hour later and asked what time the shop closed.",
            "she knew something was wrong because he came back an hour later and asked what time the shop closed",
        ),
    ],
)
def test_a_question_going_on_a_clause_of_time_stays_in_the_content(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [quote for quote, _ in fast_quotes(text)] == [content]


def test_a_question_after_the_report_itself_is_a_second_report(fast_quotes: QuoteRows) -> None:
    rows = [
        q
        for q, _ in fast_quotes(
            "Ms. Haldane said the budget was late and asked why the audit was skipped."
        )
    ]
    assert rows == ["the budget was late", "why the audit was skipped"]


@pytest.mark.parametrize(
    ("text", "quotation", "speaker"),
    [
        (
            "Council adopted a budget teachers called “a slow squeeze.”",
            "“a slow squeeze.”",
            "teachers",
        ),
        (
            "The province signed a deal nurses have branded “a broken promise.”",
            "“a broken promise.”",
            "nurses",
        ),
        (
            "Transit fares go up on Monday, in a change commuters dubbed “the winter tax.”",
            "“the winter tax.”",
            "commuters",
        ),
        (
            "The mill will stay shut until spring, its owners said, a delay loggers called “the last nail.”",
            "“the last nail.”",
            "loggers",
        ),
        (
            "The court upheld the fine, a ruling fishermen called “a gift to the big boats.”",
            "“a gift to the big boats.”",
            "fishermen",
        ),
    ],
)
def test_a_plural_after_a_singular_noun_and_its_article_is_the_speaker(
    fast_quotes: QuoteRows, text: str, quotation: str, speaker: str
) -> None:
    assert (quotation, speaker) in fast_quotes(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A dozen nurses said the ward was unsafe.", "A dozen nurses"),
        ("A group of teachers said the plan was rushed.", "A group of teachers"),
    ],
)
def test_a_quantity_after_the_article_keeps_one_phrase(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    assert [name for _, name in fast_quotes(text)] == [speaker]
