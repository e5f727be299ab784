"""Reported speech by the class of its cue and the shape of its clause.

Nominalised cues with their agent after them, verbs of judicial pronouncement,
directives and findings that report nothing, and interrupted reported clauses.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows

from newsparse.builtin.quotes.processor import QuoteExtractor
from newsparse.model import Document


def _assert_one_quote_by(fast_quotes: QuoteRows, text: str, content: str, speaker: str) -> None:
    """Assert that *text* reports *content* alone, by a speaker whose name ends with *speaker*."""
    found = fast_quotes(text)
    assert len(found) == 1 and found[0][0] == content
    assert (found[0][1] or "").endswith(speaker)


EXTRACT = QuoteExtractor()


def quotes(text: str) -> list[tuple[str, str | None]]:
    found = EXTRACT.extract(Document(text))
    return [
        (text[q.start : q.end], q.speaker.name if q.speaker is not None else None) for q in found
    ]


# -- a speech noun with its agent in a ``from`` or ``by`` phrase -------------------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The council approved the budget despite warnings from staff that the "
            "ferry dock would need repairs.",
            "the ferry dock would need repairs",
            "staff",
        ),
        (
            "The merger went ahead despite assurances from Finance Minister Jo Park "
            "that no jobs would be lost.",
            "no jobs would be lost",
            "Jo Park",
        ),
        (
            "Investors shrugged off a warning by the central bank that rates could rise again.",
            "rates could rise again",
            "the central bank",
        ),
        (
            "MARKHAM — Residents ignored repeated warnings from engineers that the "
            "bridge deck was cracking.",
            "the bridge deck was cracking",
            "engineers",
        ),
        (
            "Fans cheered the pledge by club chair Rosa Idle that season tickets would be frozen.",
            "season tickets would be frozen",
            "Rosa Idle",
        ),
    ],
)
def test_speech_noun_with_agent_after_it_reports_the_clause(
    text: str, content: str, speaker: str
) -> None:
    found = quotes(text)
    assert len(found) == 1
    assert found[0][0].startswith(content)
    assert found[0][1] is not None and found[0][1].endswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Claims from last year that the mine was safe were dropped.",
        "A warning from the start that was ignored cost the team the match.",
        "The promise from then that rents would fall was never kept by anyone.",
        "Warnings of floods that ruined the harvest came too late.",
        "The complaint about noise that neighbours filed was dismissed.",
    ],
)
def test_speech_noun_without_agent_reports_nothing(text: str) -> None:
    assert quotes(text) == []


# -- the head of the subject names evidence: a finding, not a quote ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "A study led by researchers at the University of Tarrow suggests that "
        "toddlers who nap twice a day sleep better at night.",
        "Research by economists at Halden University suggests that rent caps reduce "
        "new construction.",
        "A survey commissioned by the chamber of commerce suggests most shoppers "
        "would pay more for local goods.",
        "A poll conducted for the Tribune by Marsh Analytics suggests voters are split "
        "on the stadium.",
        "WINNIPEG — Figures released Tuesday by Statistics Canada indicate that "
        "farm incomes fell for a third year.",
        "Projections from the budget office suggest the deficit will double by 2030.",
    ],
)
def test_evidence_noun_heading_a_postmodified_subject_reports_nothing(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Scientists at the institute suggested that the virus had spread earlier.", "institute"),
        ("Dr. Ana Mills, who led the study, suggested that the virus had spread earlier.", "Mills"),
        ("Data scientists at the lab confirmed that the leak began in May.", "lab"),
    ],
)
def test_people_heading_a_postmodified_subject_still_speak(text: str, speaker: str) -> None:
    found = quotes(text)
    assert len(found) == 1 and (found[0][1] or "").endswith(speaker)


# -- an appositive name opened by a title the entities took for a name of its own --------
# (through the fast pipeline, whose entity recogniser reads ``MPP`` as a name)
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "His colleague, MLA Armand Dion, said the fines were too small.",
            "the fines were too small",
            "Dion",
        ),
        (
            "Her colleague, MPP Armand Dion, said the fines were too small.",
            "the fines were too small",
            "Dion",
        ),
        (
            "The NDP's health critic, MNA Sol Zanetti, said wait times had doubled.",
            "wait times had doubled",
            "Zanetti",
        ),
        (
            "The riding’s longtime member, MPP Lisa Gretzky, argued that the bridge "
            "toll was unfair.",
            "that the bridge toll was unfair",
            "Gretzky",
        ),
        (
            "Her opponent, MLA Ruth Okafor, told reporters the road would be paved.",
            "the road would be paved",
            "Okafor",
        ),
    ],
)
def test_titled_name_in_apposition_to_a_description_speaks(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    _assert_one_quote_by(fast_quotes, text, content, speaker)


# -- an object that announces the content after a colon ----------------------------------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Her colleague, Armand Dion, said the opposite: that the fines were too small.",
            "that the fines were too small",
        ),
        (
            "The coach said much the same thing: his players had run out of legs.",
            "his players had run out of legs",
        ),
        (
            "Dr. Ruth Adeyemi told the committee one thing: the clinic could not hire "
            "enough nurses.",
            "the clinic could not hire enough nurses",
        ),
        ("The mayor said this: the budget would balance by 2027.", "the budget would balance"),
        (
            "Police said two things: the driver had fled and the car was stolen.",
            "the driver had fled and the car was stolen",
        ),
    ],
)
def test_content_follows_the_colon_after_an_announcing_object(text: str, content: str) -> None:
    found = quotes(text)
    assert len(found) == 1 and found[0][0].startswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "She says the secret is simple: cardamom, and patience.",
        "The chef said the menu was short: soup, bread and pie.",
    ],
)
def test_a_clause_before_the_colon_stays_content(text: str) -> None:
    found = quotes(text)
    assert len(found) == 1 and found[0][0].startswith("the ")


# -- a reported clause without ``that`` whose bare subject has a prepositional postmodifier
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Union president Mara Quist warned class sizes in some rural schools could "
            "reach 40 pupils.",
            "class sizes in some rural schools could reach 40 pupils",
        ),
        (
            "The agency warned drivers on Highway 16 could face long delays.",
            "drivers on Highway 16 could face long delays",
        ),
        (
            "The minister admitted mistakes in the rollout were made.",
            "mistakes in the rollout were made",
        ),
        (
            "Coach Dale Renner denied players on the second line had been benched.",
            "players on the second line had been benched",
        ),
        (
            "The grocer predicted prices at most of its stores would fall by spring.",
            "prices at most of its stores would fall by spring",
        ),
    ],
)
def test_bare_subject_with_a_prepositional_postmodifier_opens_a_clause(
    text: str, content: str
) -> None:
    assert [found for found, _ in quotes(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor warned residents in flooded areas about the rising river.",
        "The company announced cuts in the budget on Friday.",
        "Justin Marr is warning voters in the riding about rumours.",
        "The union denied reports in the local press about a strike.",
        "The premier promised help for farmers in drought-hit counties.",
    ],
)
def test_an_object_with_a_prepositional_postmodifier_is_no_clause(text: str) -> None:
    assert quotes(text) == []


# -- verbs of pronouncement with authority (VerbNet dub-29.3: rule, decree) --------------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The Alberta Court of Appeal ruled 2-1 last year that the search was lawful.",
            "that the search was lawful",
            "Appeal",
        ),
        (
            "Justice Mary Kerr ruled that the city had acted in bad faith.",
            "that the city had acted in bad faith",
            "Kerr",
        ),
        (
            "The Supreme Court ruled 5–4 on Friday that the law was unconstitutional.",
            "that the law was unconstitutional",
            "Court",
        ),
        (
            "The labour board ruled the strike was illegal.",
            "the strike was illegal",
            "board",
        ),
        (
            "SEOUL — The council decreed that all dogs in parks must be leashed.",
            "that all dogs in parks must be leashed",
            "council",
        ),
    ],
)
def test_verb_of_pronouncement_reports_its_clause(text: str, content: str, speaker: str) -> None:
    found = quotes(text)
    assert [q for q, _ in found] == [content]
    assert (found[0][1] or "").endswith(speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The party has ruled out a coalition with the Greens.",
        "The king ruled the country for 40 years.",
        "The tribunal ruled in favour of the workers.",
        "The referee ruled the goal offside.",
        "The Tigers won 3-1 last night in Detroit.",
    ],
)
def test_other_senses_of_rule_report_nothing(text: str) -> None:
    assert quotes(text) == []


# -- a cue in -s ending an introductory prepositional phrase is a plural noun ------------
@pytest.mark.parametrize(
    "text",
    [
        "Under the new rules, private colleges will be limited to 60 per cent of permits.",
        "Under the new reports, each clinic must publish its wait times.",
        "Among the new tweets, one post was deleted within minutes.",
        "Under the new demands, each driver must carry a logbook.",
        "In the latest comments, the budget was barely mentioned.",
        "Under the latest claims, the insurer will pay nothing for flood damage.",
        "With the new pledges, the fund will reach $2 billion by March.",
    ],
)
def test_plural_noun_in_an_introductory_phrase_is_no_cue(text: str) -> None:
    assert quotes(text) == []


# -- a quotation in parentheses after a cue's noun homograph names the noun --------------
@pytest.mark.parametrize(
    ("text", "quotation"),
    [
        ("He keeps the family promise (“No phones at dinner”) every day.", "“No phones at dinner”"),
        ("The old family claim (“We were here first”) is still told.", "“We were here first”"),
        ("Her campaign pledge (“A clinic in every town”) was dropped.", "“A clinic in every town”"),
        (
            "He kept the family claim (“We were here before the road”) alive for decades.",
            "“We were here before the road”",
        ),
        (
            "They trusted the company promise (“Your data stays yours”) for years.",
            "“Your data stays yours”",
        ),
        (
            "They still quote the mayor's warning (“Build up, not out”) often.",
            "“Build up, not out”",
        ),
    ],
)
def test_parenthesised_quotation_after_a_noun_is_the_quote(text: str, quotation: str) -> None:
    assert [found for found, _ in quotes(text)] == [quotation]


# -- a company name the entities split in two, in apposition to a description ------------
# (through the fast pipeline, whose entity recogniser reads a place word as a place)
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The ferry's owner, Atlantic Tern Marine, told passengers the crossing was cancelled.",
            "the crossing was cancelled",
            "Marine",
        ),
        (
            "The lodge's operator, Yukon Gold Outfitters, said bookings had doubled.",
            "bookings had doubled",
            "Outfitters",
        ),
        (
            "The bakery's supplier, Baltic Rye Mills, said the flour shipment was delayed.",
            "the flour shipment was delayed",
            "Mills",
        ),
        (
            "The clinic's landlord, Ontario Medical Properties, said the lease would be renewed.",
            "the lease would be renewed",
            "Properties",
        ),
        (
            "The mine's owner, Quebec Iron Co-operative, said the layoffs were temporary.",
            "the layoffs were temporary",
            "Co-operative",
        ),
    ],
)
def test_split_name_in_apposition_to_a_description_speaks(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    _assert_one_quote_by(fast_quotes, text, content, speaker)


# -- a bare group of speakers and a long phrase set off by commas before the cue ---------
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Green Party sources, speaking on condition of anonymity, said the leader "
            "would step down.",
            "the leader would step down",
            "sources",
        ),
        (
            "Hospital staff, speaking to reporters outside the emergency department after "
            "a long night shift, said the wards were full.",
            "the wards were full",
            "staff",
        ),
        (
            "Union organizers, speaking after a closed-door meeting that ran late into the "
            "evening on Sunday, said members would vote on Tuesday.",
            "members would vote on Tuesday",
            "organizers",
        ),
        (
            "Police, who arrived at the scene within minutes of the first call from a "
            "neighbour on Elm Street, said two men had been arrested.",
            "two men had been arrested",
            "Police",
        ),
        (
            "City hall officials, speaking on background because they were not cleared to "
            "discuss the negotiations in public, said a deal was close.",
            "a deal was close",
            "officials",
        ),
    ],
)
def test_subject_before_a_phrase_set_off_by_commas_speaks(
    text: str, content: str, speaker: str
) -> None:
    found = quotes(text)
    assert [q for q, _ in found] == [content]
    assert (found[0][1] or "").endswith(speaker)
