"""Reported clauses whose subject is an indefinite pronoun, subjects that hold a name in
``’s`` or an abbreviation, and requests whose infinitive is one verb.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


def _reports(fast_quotes: QuoteRows, text: str, content: str, speaker: str | None) -> None:
    """Assert that *text* reports *content*, by a speaker whose name ends with *speaker*."""
    found = fast_quotes(text)
    assert any(quote == content for quote, _ in found), found
    if speaker is not None:
        name = next(name for quote, name in found if quote == content)
        assert (name or "").endswith(speaker), found


# -- an indefinite pronoun in ``-thing`` opens the reported clause -------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Councillor Petra Vole said nothing would be decided before the spring thaw.",
            "nothing would be decided before the spring thaw",
            "Petra Vole",
        ),
        (
            "The harbour master says something has to give before the ferries run again.",
            "something has to give before the ferries run again",
            "The harbour master",
        ),
        (
            "Asked about the leak, Orrin Badu said everything was under control at the plant.",
            "everything was under control at the plant",
            "Orrin Badu",
        ),
        (
            "The bakery's owner, Linnea Sorg, said little had changed since the fire.",
            "little had changed since the fire",
            "Linnea Sorg",
        ),
        (
            "Fenwick Mills said anything could happen in the final round.",
            "anything could happen in the final round",
            None,
        ),
        (
            "Quarry manager Tomas Redlich said much had been done to cut the dust.",
            "much had been done to cut the dust",
            "Tomas Redlich",
        ),
    ],
)
def test_indefinite_pronoun_opens_the_reported_clause(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str | None
) -> None:
    _reports(fast_quotes, text, content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The audit says little about the cost of the new wing.",
        "Asked about the vote, the senator said nothing.",
        "The memo said much about morale and little about pay.",
    ],
)
def test_indefinite_pronoun_as_object_reports_nothing(fast_quotes: QuoteRows, text: str) -> None:
    assert fast_quotes(text) == []


# -- a name in ``’s`` or with an abbreviation inside the subject ---------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Residents of St. Albert say they waited three days for the graders.",
            "they waited three days for the graders",
            "Residents of St. Albert",
        ),
        (
            "Families on the north side of St. Brennan say their wells ran dry in July.",
            "their wells ran dry in July",
            None,
        ),
        (
            "Haddow’s said in a statement that the store would reopen on Monday.",
            "that the store would reopen on Monday",
            "Haddow’s",
        ),
        (
            "The chain Pellmore’s said it would close six stores in the spring.",
            "it would close six stores in the spring",
            "Pellmore’s",
        ),
        (
            "Shoppers at Dunkerley’s said that the queues stretched around the block.",
            "that the queues stretched around the block",
            None,
        ),
        (
            "The Town of St. Ann’s said in a news release that the dump would close.",
            "that the dump would close",
            None,
        ),
    ],
)
def test_subject_holding_a_name_in_s_or_an_abbreviation(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str | None
) -> None:
    _reports(fast_quotes, text, content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Ontario’s proposed budget went to the printers on Friday.",
        "Labour’s say in the matter was small.",
        "Trudeau’s reported comments on the pipeline were never confirmed.",
    ],
)
def test_possessive_before_a_noun_reports_nothing(fast_quotes: QuoteRows, text: str) -> None:
    assert fast_quotes(text) == []


# -- a request whose infinitive is one verb ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Opposition critic Hana Szabo called on the minister to resign.",
            "to resign",
            "Hana Szabo",
        ),
        (
            "The fire chief urged residents to leave.",
            "to leave",
            "The fire chief",
        ),
        (
            "Transit workers urged the board to reconsider.",
            "to reconsider",
            "Transit workers",
        ),
        (
            "The league called on fans to behave.",
            "to behave",
            "The league",
        ),
        (
            "Coach Ilse Marten asked parents to volunteer.",
            "to volunteer",
            "Ilse Marten",
        ),
        (
            "The union urged its members to abstain.",
            "to abstain",
            "The union",
        ),
    ],
)
def test_request_with_a_one_verb_infinitive(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    _reports(fast_quotes, text, content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The union called for the minister to resign.",
        "The mayor urged calm.",
        "She asked her to dance.",
        "Her agent urged Colm Dwyer to wait.",
        "His lawyer urged him to settle.",
    ],
)
def test_no_request_without_a_hearer_and_infinitive(fast_quotes: QuoteRows, text: str) -> None:
    assert fast_quotes(text) == []


# -- a quoted characterisation after the object of ``accuse ... of`` ----------------------
@pytest.mark.parametrize(
    ("text", "quotation", "speaker"),
    [
        (
            "Green councillor Tova Lind accused the developer of “paving over the last "
            "wetland in town”.",
            "“paving over the last wetland in town”",
            "Tova Lind",
        ),
        (
            "The teachers’ union accused the board of ‘balancing the books on the backs "
            "of children’.",
            "‘balancing the books on the backs of children’",
            "The teachers’ union",
        ),
        (
            'Senator Abel Quist accused the White House of "flying blind" on tariffs and '
            "said the farm lobby had been ignored.",
            '"flying blind"',
            "Abel Quist",
        ),
        (
            "Residents accuse the landlord of “waiting for the building to fall down”.",
            "“waiting for the building to fall down”",
            "Residents",
        ),
        (
            "In a fiery speech, Opposition Leader Rhea Dunmore accused ministers of "
            "“hiding behind consultants”.",
            "“hiding behind consultants”",
            "Rhea Dunmore",
        ),
    ],
)
def test_quoted_charge_after_accuse(
    fast_quotes: QuoteRows, text: str, quotation: str, speaker: str
) -> None:
    found = fast_quotes(text)
    hits = [(quote, name) for quote, name in found if quotation in quote]
    assert hits, found
    assert (hits[0][1] or "").endswith(speaker), found


@pytest.mark.parametrize(
    "text",
    [
        "Police accused the man of stealing a car from the lot.",
        "The lawsuit accuses the firm of hiding losses for years.",
        "The man was accused of “gross negligence” by the regulator.",
        "A former bookkeeper accused of skimming funds from the parish has been ordered "
        "to stand trial.",
        "The goalie, praised for “nerves of steel” all season, signed with Quebec.",
    ],
)
def test_accuse_without_a_quotation_reports_nothing(fast_quotes: QuoteRows, text: str) -> None:
    assert fast_quotes(text) == []


# -- a participle of naming in a clause of time, with a quoted complement ------------------
@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        (
            "The chef Marco Ridley apologised on Tuesday after calling a critic’s review "
            "‘a hit job’ on the radio.",
            "‘a hit job’",
        ),
        (
            "Councillor Ines Varga was censured after calling the budget “a fairy tale” "
            "during a committee meeting.",
            "“a fairy tale”",
        ),
        (
            "The coach Dario Pesce was fined last week after calling the referees "
            '"a disgrace" in a post-match interview.',
            '"a disgrace"',
        ),
        (
            "Premier Hal Okoro drew fire on Monday after calling them “cowards” on a call-in show.",
            "“cowards”",
        ),
        (
            "The MP Greer Lamont deleted the photo soon after posting it with the "
            "words “Back to work, Ottawa”.",
            "“Back to work, Ottawa”",
        ),
    ],
)
def test_naming_participle_in_a_clause_of_time(
    fast_quotes: QuoteRows, text: str, quotation: str
) -> None:
    assert any(quotation in quote for quote, _ in fast_quotes(text)), fast_quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        "The inspector knew after reading ten pages that the report was padded.",
        "She wept after calling her mother in Manila.",
    ],
)
def test_participle_of_time_without_quotation_reports_nothing(
    fast_quotes: QuoteRows, text: str
) -> None:
    assert fast_quotes(text) == []


# -- a subject with a present participle's phrase on its noun ----------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The board says fees will rise, but the association representing the "
            "province’s dentists says the increase is unfair.",
            "the increase is unfair",
            "the association representing the province’s dentists",
        ),
        (
            "The company operating the ferry said the crossing would resume at noon.",
            "the crossing would resume at noon",
            "The company operating the ferry",
        ),
        (
            "A group lobbying the council says the bike lanes should stay.",
            "the bike lanes should stay",
            "A group lobbying the council",
        ),
        (
            "The city insists the water is safe, while the families living near the "
            "plant say their taps still run brown.",
            "their taps still run brown",
            "the families living near the plant",
        ),
        (
            "Ottawa says talks are going well, but the union speaking for the dock "
            "workers says no offer has been made.",
            "no offer has been made",
            "the union speaking for the dock workers",
        ),
    ],
)
def test_subject_with_a_participial_phrase(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    _reports(fast_quotes, text, content, speaker)


# -- a request after a comma and ``and``, coordinated with a report -----------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The coach said the team was tired, and asked fans to be patient with the "
            "young players.",
            "to be patient with the young players",
            "The coach",
        ),
        (
            "Dean Ola Ferris wrote that exams would go ahead, and asked students to rest "
            "before the first paper.",
            "to rest before the first paper",
            "Ola Ferris",
        ),
        (
            "The ministry said the road would reopen Friday, and asked drivers to avoid "
            "the area until then.",
            "to avoid the area until then",
            "The ministry",
        ),
        (
            "Chief Ana Lutz told reporters the fire was contained, and asked residents to "
            "stay away from the ridge.",
            "to stay away from the ridge",
            "Ana Lutz",
        ),
        (
            "The club confirmed the match was off, and asked supporters to keep their "
            "tickets for the replay.",
            "to keep their tickets for the replay",
            "The club",
        ),
    ],
)
def test_request_coordinated_after_a_report(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    _reports(fast_quotes, text, content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor thanked the volunteers, and asked them to come back next year.",
        "The pastor said the hall had new locks and asked members to lock up after choir practice.",
    ],
)
def test_request_after_an_event_or_inside_a_report(fast_quotes: QuoteRows, text: str) -> None:
    assert all(not quote.startswith("to ") for quote, _ in fast_quotes(text))


# -- an ``-s`` cue after a noun that a hyphenated number modifies ---------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "A nurse who won a $3-million prize says she will keep working nights.",
            "she will keep working nights",
            "A nurse who won a $3-million prize",
        ),
        (
            "The retired trucker behind the 40-tonne sculpture says it took him nine years.",
            "it took him nine years",
            None,
        ),
        (
            "A farmer with a 600-hectare spread says the drought has halved his yield.",
            "the drought has halved his yield",
            None,
        ),
        (
            "The owner of a 12-storey tower says the elevators were inspected in May.",
            "the elevators were inspected in May",
            None,
        ),
        (
            "A student who landed a $50,000-a-year internship says she almost did not apply.",
            "she almost did not apply",
            None,
        ),
    ],
)
def test_cue_after_a_noun_a_hyphenated_number_modifies(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str | None
) -> None:
    _reports(fast_quotes, text, content, speaker)


@pytest.mark.parametrize(
    "text",
    ["More than 50 member states backed the motion.", "The 12 board members disagreed."],
)
def test_counted_plural_is_no_cue(fast_quotes: QuoteRows, text: str) -> None:
    assert fast_quotes(text) == []


# -- a clause of time with a report of its own, after a report ----------------------------
@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        (
            "The premier promised on Monday that the clinic would reopen by spring, a day "
            "after the Opposition said rural care was being left to wither.",
            "that the clinic would reopen by spring",
            "rural care was being left to wither",
            "Opposition",
        ),
        (
            "The league said the final would go ahead, hours after players warned the "
            "pitch was frozen solid.",
            "the final would go ahead",
            "the pitch was frozen solid",
            "players",
        ),
        (
            "Transit chief Ola Brandt insisted the trains were safe, two weeks after "
            "inspectors reported that the brakes had failed twice.",
            "the trains were safe",
            "that the brakes had failed twice",
            "inspectors",
        ),
        (
            "The mill announced it would hire 40 workers, just days before the union "
            "claimed the plant would close in June.",
            "it would hire 40 workers",
            "the plant would close in June",
            "the union",
        ),
        (
            "Coach Pia Ekholm said the squad was fit, a month after the club said three "
            "starters had torn ligaments.",
            "the squad was fit",
            "three starters had torn ligaments",
            "the club",
        ),
    ],
)
def test_clause_of_time_after_a_report(
    fast_quotes: QuoteRows, text: str, first: str, second: str, speaker: str
) -> None:
    found = fast_quotes(text)
    assert first in [quote for quote, _ in found], found
    _reports(fast_quotes, text, second, speaker)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mayor Ida Renko, who voted against it, said after the meeting that she "
            "respected the vote but would ask staff to look again.",
            "that she respected the vote but would ask staff to look again",
        ),
        (
            "The warden said inmates were calm, after the riot ended on Sunday.",
            "inmates were calm, after the riot ended on Sunday",
        ),
    ],
)
def test_time_phrase_without_a_report_of_its_own_stays(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert content in [quote for quote, _ in fast_quotes(text)], fast_quotes(text)


# -- a definite noun phrase a relative clause defines, set off after the subject ----------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "A lawyer for Brennock Farms, the company that bought the land in 2019, said "
            "the wells had been tested.",
            "the wells had been tested",
            "A lawyer for Brennock Farms",
        ),
        (
            "The spokeswoman for the county, the body that runs the landfill, said no "
            "leak had been found.",
            "no leak had been found",
            "The spokeswoman for the county",
        ),
        (
            "The inspector, the official who signed the permit, told reporters the mould "
            "had spread to two classrooms.",
            "the mould had spread to two classrooms",
            "The inspector",
        ),
        (
            "Its owner, the family’s eldest son who took over in 2010, said the bakery "
            "would stay open.",
            "the bakery would stay open",
            None,
        ),
        (
            "A manager at Pelton Steel, the mill that supplies the shipyard, said orders "
            "had dried up.",
            "orders had dried up",
            "A manager at Pelton Steel",
        ),
    ],
)
def test_subject_before_a_phrase_a_relative_clause_defines(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str | None
) -> None:
    _reports(fast_quotes, text, content, speaker)


# -- a relative pronoun after a name and its age set off by commas --------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Among the first in line was Hollis Greaney, 81, who said he had waited since "
            "dawn for a flu shot.",
            "he had waited since dawn for a flu shot",
            "Hollis Greaney",
        ),
        (
            "Volunteers found Marit Solberg, 67, who told them her furnace had quit on Friday.",
            "her furnace had quit on Friday",
            "Marit Solberg",
        ),
        (
            "Deshawn Pike, 19, who says he was never warned about the fine, has appealed.",
            "he was never warned about the fine",
            "Deshawn Pike",
        ),
        (
            "The award went to Oona Kell, 34, who insisted that the credit belonged to her crew.",
            "that the credit belonged to her crew",
            "Oona Kell",
        ),
        (
            "Near the front sat Amos Tully, 90, who said the town had not flooded like "
            "this since 1954.",
            "the town had not flooded like this since 1954",
            "Amos Tully",
        ),
    ],
)
def test_relative_pronoun_after_a_name_and_its_age(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    _reports(fast_quotes, text, content, speaker)


# -- two nouns of one person under one article, with a complement --------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The widow and grandmother of six said the settlement would pay for a new roof.",
            "the settlement would pay for a new roof",
        ),
        (
            "A nurse and mother of two said the night shift had been cut to three staff.",
            "the night shift had been cut to three staff",
        ),
        (
            "The farmer and father of four said the hail flattened half his barley.",
            "the hail flattened half his barley",
        ),
        (
            "The pastor and grandfather of five said the gym would close for repairs.",
            "the gym would close for repairs",
        ),
        (
            "A lawyer and mother of three told the panel that the rules were unclear.",
            "that the rules were unclear",
        ),
    ],
)
def test_two_nouns_of_one_person_with_a_complement(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    _reports(fast_quotes, text, content, None)
