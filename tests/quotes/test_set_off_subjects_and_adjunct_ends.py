"""Subjects set off from their cue by a phrase in commas, and where a cue's adjuncts end.

A definite or possessive noun phrase between commas that classifies the
subject, a name ending with an abbreviation or a parenthesised acronym
before such a phrase, a name the entities cut at ``and``, a second relative
clause joined by ``and``, a partitive subject named by the indefinite
phrase after it, a restrictive relative clause on the subject and an
employer or a place with a role before an apposed name; a name or a
participle's phrase in apposition to an adjunct's noun before ``that``, and
a name with its finite verb right after an adjunct.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


def _one_quote(fast_quotes: QuoteRows, text: str, content: str, speaker: str) -> None:
    """Assert that *text* reports *content* alone, by a speaker whose name ends with *speaker*."""
    found = fast_quotes(text)
    assert [row[0] for row in found] == [content], found
    assert (found[0][1] or "").endswith(speaker), found


# -- a definite or possessive noun phrase classifies a described subject ------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The insurer, Manitoba's largest farm underwriter, said premiums would rise in spring.",
            "premiums would rise in spring",
            "The insurer",
        ),
        (
            "The ferry operator, the province's only coastal carrier, says two sailings "
            "will be cut.",
            "two sailings will be cut",
            "The ferry operator",
        ),
        (
            "The regulator, the territory’s energy watchdog, said the rate request was incomplete.",
            "the rate request was incomplete",
            "The regulator",
        ),
        (
            "A hospital, the region's busiest trauma centre, warned that beds had run out by noon.",
            "that beds had run out by noon",
            "A hospital",
        ),
        (
            "The chain, Canada's oldest hardware retailer, said it would shut nine stores.",
            "it would shut nine stores",
            "The chain",
        ),
    ],
)
def test_a_definite_phrase_in_commas_classifies_the_subject(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    _one_quote(fast_quotes, text, content, speaker)


# -- a name ending with an abbreviation or an acronym in parentheses -----------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Kettle Ridge Mining Corp., the territory's biggest employer, said the mine "
            "would reopen in May.",
            "the mine would reopen in May",
            "Kettle Ridge Mining Corp.",
        ),
        (
            "Bluewater Dairy Inc., the province's last independent processor, says milk "
            "prices will climb.",
            "milk prices will climb",
            "Bluewater Dairy Inc.",
        ),
        (
            "The Northern Trappers Federation (NTF), a lobby for fur harvesters, said the "
            "quota was too low.",
            "the quota was too low",
            "Northern Trappers Federation",
        ),
        (
            "The Saskatoon Tenants Union (STU), which speaks for 3,000 renters, said rents "
            "had doubled.",
            "rents had doubled",
            "Saskatoon Tenants Union",
        ),
        (
            "The Coastal Pilots Guild (CPG), which represents harbour pilots, warned that "
            "delays would grow.",
            "that delays would grow",
            "Coastal Pilots Guild",
        ),
    ],
)
def test_a_name_with_an_abbreviation_or_acronym_before_a_phrase_in_commas(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    _one_quote(fast_quotes, text, content, speaker)


# -- a name the entities cut at ``and``, before a relative clause -------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Fisheries and Oceans Canada, which manages the stock, said the cod season "
            "would close early.",
            "the cod season would close early",
            "Canada",
        ),
        (
            "Tourism and Culture Nova Scotia, which funds the festival, said the grant was "
            "approved.",
            "the grant was approved",
            "Nova Scotia",
        ),
        (
            "Agriculture and Agri-Food Canada, which tracks the harvest, said yields had fallen.",
            "yields had fallen",
            "Canada",
        ),
        (
            "Crown-Indigenous Relations and Northern Affairs Canada, which oversees the "
            "claim, said talks had resumed.",
            "talks had resumed",
            "Canada",
        ),
        (
            "Justice and Public Safety Newfoundland, which oversees the jails, said two "
            "guards were hurt.",
            "two guards were hurt",
            "Newfoundland",
        ),
    ],
)
def test_a_name_cut_at_and_opens_the_clause_before_a_relative_clause(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    _one_quote(fast_quotes, text, content, speaker)


# -- a second relative clause joined by ``and`` -------------------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "One nurse who was laid off in June, and who asked not to be named because she "
            "fears reprisals, said she was told by text message.",
            "she was told by text message",
        ),
        (
            "A driver who works the night shift, and who has done so for a decade, said the "
            "depot was never locked.",
            "the depot was never locked",
        ),
        (
            "A tenant who moved in last year, and who spoke on condition of anonymity, says "
            "the heat has been off since Friday.",
            "the heat has been off since Friday",
        ),
        (
            "One teacher who quit in March, but who still lives in town, said morale had "
            "collapsed.",
            "morale had collapsed",
        ),
        (
            "A farmer who lost his barn, and whose neighbours helped him rebuild, said the "
            "insurance cheque never came.",
            "the insurance cheque never came",
        ),
    ],
)
def test_a_second_relative_clause_joined_by_and_is_passed_over(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    found = fast_quotes(text)
    assert [row[0] for row in found] == [content], found
    assert found[0][1] is not None and found[0][1].split()[0] in ("One", "A"), found


# -- a name in apposition to an adjunct's noun before ``that`` ---------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Okonjo admitted under questioning by the insurer's lawyer, Dana Whitcombe, that "
            "he had not read the policy.",
            "that he had not read the policy",
            "Okonjo",
        ),
        (
            "The contractor conceded in a letter to the mayor, Ruth Abernathy, that the "
            "roof had leaked.",
            "that the roof had leaked",
            "The contractor",
        ),
        (
            "Ms. Varga testified under cross-examination by defence counsel, Peter Lund, "
            "that she never saw the driver.",
            "that she never saw the driver",
            "Varga",
        ),
        (
            "The coach acknowledged in an email to the league commissioner, Tom Brisebois, "
            "that the roster was late.",
            "that the roster was late",
            "The coach",
        ),
        (
            "Halvorsen wrote in a note to his employer, Greyrock Logistics, that he would "
            "not return.",
            "that he would not return",
            "Halvorsen",
        ),
    ],
)
def test_a_name_in_apposition_to_an_adjunct_noun_before_that(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    _one_quote(fast_quotes, text, content, speaker)


# -- a name and its finite verb end the adjunct before it ---------------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "RCMP said at the time Brannigan had surrendered to officers the next morning.",
            "Brannigan had surrendered to officers the next morning",
            "RCMP",
        ),
        (
            "The league said in a statement Halloran had been suspended for three games.",
            "Halloran had been suspended for three games",
            "The league",
        ),
        (
            "Prosecutors said at the hearing Mr. Dube would plead guilty.",
            "Mr. Dube would plead guilty",
            "Prosecutors",
        ),
        (
            "The ministry said in its release Ottawa had approved the funding.",
            "Ottawa had approved the funding",
            "The ministry",
        ),
        (
            "Firefighters said at the scene Elmwood Road was closed to traffic.",
            "Elmwood Road was closed to traffic",
            "Firefighters",
        ),
    ],
)
def test_a_name_and_its_verb_end_the_adjunct(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    _one_quote(fast_quotes, text, content, speaker)


# -- a past participle's phrase on an adjunct's noun before ``that`` ---------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The clinic said in a letter to patients, obtained by the Ledger, that "
            "appointments would be cancelled.",
            "that appointments would be cancelled",
            "The clinic",
        ),
        (
            "Ms. Okafor wrote in an internal email, later shared online, that the budget "
            "was frozen.",
            "that the budget was frozen",
            "Okafor",
        ),
        (
            "The ministry said in a briefing note, released under freedom-of-information "
            "law, that two reactors needed repairs.",
            "that two reactors needed repairs",
            "The ministry",
        ),
        (
            "The team stated in a memo, written before the trade deadline, that the "
            "goalie was unhappy.",
            "that the goalie was unhappy",
            "The team",
        ),
        (
            "Councillor Jim Vasko argued in a report, presented to the board on Monday, "
            "that the rink should stay open.",
            "that the rink should stay open",
            "Jim Vasko",
        ),
    ],
)
def test_a_participle_phrase_on_an_adjunct_noun_before_that(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    _one_quote(fast_quotes, text, content, speaker)


# -- a partitive subject before an indefinite noun phrase ---------------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "One of them, a retired bus driver, said the shelter was full by nine.",
            "the shelter was full by nine",
            "a retired bus driver",
        ),
        (
            "One, a nurse who asked not to be named, said the ward was short three staff.",
            "the ward was short three staff",
            "a nurse who asked not to be named",
        ),
        (
            "One of those who stayed behind, a 58-year-old welder, said the smoke was "
            "thick by noon.",
            "the smoke was thick by noon",
            "a 58-year-old welder",
        ),
        (
            "Two of the passengers, a couple from Moncton, said the crew never explained "
            "the delay.",
            "the crew never explained the delay",
            "a couple from Moncton",
        ),
        (
            "Several, a group of grain farmers from the county, said their loans had been "
            "called in.",
            "their loans had been called in",
            "a group of grain farmers from the county",
        ),
    ],
)
def test_a_partitive_subject_is_named_by_the_indefinite_phrase_after_it(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    _one_quote(fast_quotes, text, content, speaker)


# -- a restrictive relative clause on the subject before a phrase in commas ---------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The farmer who lives in that yard, a widow in her 80s, said she heard a roar.",
            "she heard a roar",
            "The farmer who lives in that yard",
        ),
        (
            "The man who runs that store, a father of two, said the rent had tripled.",
            "the rent had tripled",
            "The man who runs that store",
        ),
        (
            "The cook who works the late shift, a refugee from Syria, said the kitchen had no fan.",
            "the kitchen had no fan",
            "The cook who works the late shift",
        ),
        (
            "The officer who led that raid, a 20-year veteran, said the cash was hidden in "
            "a freezer.",
            "the cash was hidden in a freezer",
            "The officer who led that raid",
        ),
        (
            "The pilot who flew that route, a former air force captain, said the runway "
            "lights were off.",
            "the runway lights were off",
            "The pilot who flew that route",
        ),
    ],
)
def test_a_restrictive_relative_clause_on_the_subject_before_a_phrase_in_commas(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    _one_quote(fast_quotes, text, content, speaker)


# -- an employer or a place and a role before the name in an appositive -------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Their landlord, Westview Properties manager Colin Ferris, said the repairs "
            "would start Monday.",
            "the repairs would start Monday",
            "Colin Ferris",
        ),
        (
            "The second witness, Regina police Const. Maria Delgado, testified that the "
            "door was unlocked.",
            "that the door was unlocked",
            "Maria Delgado",
        ),
        (
            "Her lawyer, Toronto criminal lawyer Daniel Osei, said the charges would be fought.",
            "the charges would be fought",
            "Daniel Osei",
        ),
        (
            "The club's founder, Maple Leaf Rowing coach Anna Berg, said the boathouse "
            "would close.",
            "the boathouse would close",
            "Anna Berg",
        ),
        (
            "His employer, Northway Freight owner Gord Tessier, said the truck had "
            "passed inspection.",
            "the truck had passed inspection",
            "Gord Tessier",
        ),
    ],
)
def test_an_employer_and_a_role_before_the_name_in_an_appositive(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    _one_quote(fast_quotes, text, content, speaker)
