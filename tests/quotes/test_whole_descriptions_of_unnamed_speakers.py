"""An unnamed speaker is the whole noun phrase that describes it.

A speaker the article never names is referred to by its description, and the
description is the whole noun phrase, as GGT writes it (``a person familiar
with the negotiations``, ``people arrested at the camp``): a reduced relative
clause with a present or past participle (``Commuters waiting at the stop``,
``Lawyers representing the family``), a participle with words of time after a
plural of people (``People arrested last week``), a relative clause ending in a passive
participle (``A resident who asked not to be identified``), a plural
possessor (``the tenants’ association``) and a plural speaker noun after a
word capitalised only because it opens the sentence (``Tenant groups``).  An
office or campaign written with its head's possessive (``Premier Dana
Whitlock’s office said``) speaks as itself, not as its head.  A relative
clause after a source set off by commas (``according to X, which ...``)
describes the source and reports nothing.  Every sentence is invented.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows, SaidBy


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Commuters waiting at the stop said the buses had been late all week.",
            "the buses had been late all week",
            "Commuters waiting at the stop",
        ),
        (
            "Lawyers representing the family said the settlement was fair.",
            "the settlement was fair",
            "Lawyers representing the family",
        ),
        (
            "Volunteers working at the shelter say demand has doubled since spring.",
            "demand has doubled since spring",
            "Volunteers working at the shelter",
        ),
        (
            "Engineers hired by the county said the culvert should have been replaced"
            " a decade ago.",
            "the culvert should have been replaced a decade ago",
            "Engineers hired by the county",
        ),
        (
            "Investigators examining the wreck said the pilot had radioed for help twice.",
            "the pilot had radioed for help twice",
            "Investigators examining the wreck",
        ),
        (
            "Shoppers leaving the mall told the Courier that prices had crept up again.",
            "that prices had crept up again",
            "Shoppers leaving the mall",
        ),
    ],
)
def test_reduced_relative_clause_is_part_of_the_speaker(
    text: str, content: str, speaker: str, fast_quotes: QuoteRows
) -> None:
    assert (content, speaker) in fast_quotes(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A resident who asked not to be identified said the water had been brown for days.",
            "A resident who asked not to be identified",
        ),
        (
            "A porter who declined to be identified said the lifts failed twice.",
            "A porter who declined to be identified",
        ),
        (
            "A welder who refused to be photographed told reporters that the plant was unsafe.",
            "A welder who refused to be photographed",
        ),
        (
            "A bus driver who asked to be unidentified said the route was cut.",
            "A bus driver who asked to be unidentified",
        ),
        (
            "A student who asked not to be photographed said the protest was peaceful.",
            "A student who asked not to be photographed",
        ),
        (
            "A tenant who feared being evicted said the landlord never fixed the boiler.",
            "A tenant who feared being evicted",
        ),
    ],
)
def test_relative_clause_ending_in_a_passive_participle(
    text: str, speaker: str, all_said_by: SaidBy
) -> None:
    all_said_by(text, speaker)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Rents rose 9 per cent last year, according to the tenants’ association.",
            "Rents rose 9 per cent last year",
            "the tenants’ association",
        ),
        (
            "Class sizes will grow by three pupils, according to the teachers' union.",
            "Class sizes will grow by three pupils",
            "the teachers' union",
        ),
        (
            "The boat ramp will close in October, according to the anglers’ club.",
            "The boat ramp will close in October",
            "the anglers’ club",
        ),
        (
            "Eleven stalls have already left, according to the vendors' co-operative.",
            "Eleven stalls have already left",
            "the vendors' co-operative",
        ),
        (
            "Two clinics turned patients away on Friday, according to the nurses’ union.",
            "Two clinics turned patients away on Friday",
            "the nurses’ union",
        ),
    ],
)
def test_source_with_a_plural_possessor(
    text: str, content: str, speaker: str, fast_quotes: QuoteRows
) -> None:
    assert (content, speaker) in fast_quotes(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The vote was held in March, according to the residents association, which"
            " formed in the spring after the sale.",
            "The vote was held in March",
        ),
        (
            "The plant will close in June, according to Harwell Foods, which employs 300"
            " people there.",
            "The plant will close in June",
        ),
        (
            "Ticket sales fell by a third, according to the festival’s organizers, who"
            " blamed the weather.",
            "Ticket sales fell by a third",
        ),
        (
            "The ferry missed 40 sailings in July, according to Coastline Marine, whose"
            " fleet is the oldest on the coast.",
            "The ferry missed 40 sailings in July",
        ),
        (
            "Enrolment is down 6 per cent, according to the school board, which meets"
            " again on Monday.",
            "Enrolment is down 6 per cent",
        ),
    ],
)
def test_relative_clause_after_a_source_reports_nothing(
    text: str, content: str, fast_quotes: QuoteRows
) -> None:
    assert [row[0] for row in fast_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Premier Dana Whitlock’s office said in a statement that the review would be"
            " published next week.",
            "Premier Dana Whitlock’s office",
        ),
        (
            "Senator Ruth Ambler's campaign said the advertisement would run through Sunday.",
            "Senator Ruth Ambler's campaign",
        ),
        (
            "Mayor Colin Fairbairn’s office said the mayor was travelling and could not comment.",
            "Mayor Colin Fairbairn’s office",
        ),
        (
            "Councillor Rita Osei's office said she would hold a town hall on Thursday.",
            "Councillor Rita Osei's office",
        ),
        (
            "Governor Mark Tilden’s administration said the fund would be audited.",
            "Governor Mark Tilden’s administration",
        ),
        (
            "Chief Ade Okoro's office told the Gazette that the review was complete.",
            "Chief Ade Okoro's office",
        ),
    ],
)
def test_office_written_with_its_heads_possessive_speaks(
    text: str, speaker: str, all_said_by: SaidBy
) -> None:
    all_said_by(text, speaker)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Tenant groups welcomed the bill but said it did not go far enough.",
            "it did not go far enough",
            "Tenant groups",
        ),
        (
            "Parent councils met on Tuesday and said the plan was rushed.",
            "the plan was rushed",
            "Parent councils",
        ),
        (
            "Student leaders praised the deal but warned that fees could rise again.",
            "that fees could rise again",
            "Student leaders",
        ),
        (
            "Farm groups welcomed the aid and said it would keep some growers afloat.",
            "it would keep some growers afloat",
            "Farm groups",
        ),
        (
            "Union officials left the talks early and said no new offer had been made.",
            "no new offer had been made",
            "Union officials",
        ),
        (
            "Nurse managers met the board and said the rota was unworkable.",
            "the rota was unworkable",
            "Nurse managers",
        ),
        (
            "Bus drivers rejected the offer but said talks would continue.",
            "talks would continue",
            "Bus drivers",
        ),
    ],
)
def test_plural_speaker_noun_after_a_clause_initial_capital(
    text: str, content: str, speaker: str, fast_quotes: QuoteRows
) -> None:
    assert (content, speaker) in fast_quotes(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "People arrested last week said that protesters were put at risk.",
            "that protesters were put at risk",
            "People arrested last week",
        ),
        (
            "Residents evacuated on Tuesday said the water rose in minutes.",
            "the water rose in minutes",
            "Residents evacuated on Tuesday",
        ),
        (
            "Farmers interviewed this week said the harvest was the worst in a decade.",
            "the harvest was the worst in a decade",
            "Farmers interviewed this week",
        ),
        (
            "Nurses hired last year said the training had been rushed.",
            "the training had been rushed",
            "Nurses hired last year",
        ),
        (
            "Several parents interviewed said the decision had been rushed.",
            "the decision had been rushed",
            "Several parents interviewed",
        ),
    ],
)
def test_participle_and_time_after_a_plural_of_people(
    text: str, content: str, speaker: str, fast_quotes: QuoteRows
) -> None:
    assert (content, speaker) in fast_quotes(text)
