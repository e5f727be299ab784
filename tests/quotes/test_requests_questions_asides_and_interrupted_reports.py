"""Detection classes of reported speech.

Requests after verbs of warning, encouraging and recommending (with an
infinitive or a clause in the subjunctive) and requests that are second
reports; yes-no questions after verbs that only inquire; a cue interrupting
one clause; plural subjects with a postmodifier of place; head lines quoting
in single marks; relative clauses and asides between dashes; gerunds joined
to a cue; absolute ``with`` clauses; phrasal verbs of reply; a cue that
reports nothing inside another's content.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The conservation authority warned anglers to stay off the thinning ice this week.",
            "to stay off the thinning ice this week",
        ),
        (
            "Hydro crews cautioned homeowners to keep generators well away from open windows.",
            "to keep generators well away from open windows",
        ),
        (
            "The choir encouraged anyone interested to audition before the end of the month.",
            "to audition before the end of the month",
        ),
        (
            "The township warned cottagers not to burn brush while the ban is in place.",
            "not to burn brush while the ban is in place",
        ),
        (
            "Organizers encouraged visitors to leave their cars at the arena lot on Saturday.",
            "to leave their cars at the arena lot on Saturday",
        ),
        (
            "The health unit cautioned swimmers never to enter the water alone at the quarry.",
            "never to enter the water alone at the quarry",
        ),
    ],
)
def test_a_warning_or_encouragement_with_an_infinitive_is_a_request(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [found for found, _ in fast_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "contents", "speaker"),
    [
        (
            "The rail line said a spare train would run on Sunday, though it warned riders to "
            "expect crowded cars.",
            ["a spare train would run on Sunday", "to expect crowded cars"],
            "The rail line",
        ),
        (
            "Marisol Ortega said the bakery would reopen in May, although she cautioned "
            "customers to call ahead.",
            ["the bakery would reopen in May", "to call ahead"],
            "Marisol Ortega",
        ),
        (
            "The food bank said it was short of drivers and encouraged anyone interested to "
            "sign up online.",
            ["it was short of drivers", "to sign up online"],
            "The food bank",
        ),
        (
            "Coach Ilse Varga said she was proud of the squad and encouraged parents to "
            "volunteer at the tournament.",
            ["she was proud of the squad", "to volunteer at the tournament"],
            "Ilse Varga",
        ),
        (
            "The ski hill said the lifts would stay closed, while it warned hikers not to "
            "climb the runs.",
            ["the lifts would stay closed", "not to climb the runs"],
            "The ski hill",
        ),
    ],
)
def test_a_request_after_a_report_of_the_same_subject_is_a_second_report(
    fast_quotes: QuoteRows, text: str, contents: list[str], speaker: str
) -> None:
    assert fast_quotes(text) == [(content, speaker) for content in contents]


@pytest.mark.parametrize(
    "text",
    [
        "Cheaper loans would encourage families to buy sooner, the study found.",
        "Ana Ruiz said the levy would cost more because it would encourage owners to sell.",
        "Tomas said the school had hired a guard and asked pupils to walk in pairs.",
    ],
)
def test_a_request_under_would_or_of_a_noun_subject_is_no_second_report(
    fast_quotes: QuoteRows, text: str
) -> None:
    assert len(fast_quotes(text)) <= 1


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Councillor Dena Marchetti questioned whether the rink could open by December.",
            "whether the rink could open by December",
        ),
        (
            "Several growers questioned whether the new levy would ever reach the farm gate.",
            "whether the new levy would ever reach the farm gate",
        ),
        (
            "The auditor questioned whether the ministry had tracked the grants at all.",
            "whether the ministry had tracked the grants at all",
        ),
        (
            "Her lawyer, Imogen Sato, questioned whether the search had been lawful.",
            "whether the search had been lawful",
        ),
        (
            "A parent at the meeting inquired whether the buses would run during the storm.",
            "whether the buses would run during the storm",
        ),
    ],
)
def test_a_yes_no_question_after_a_verb_that_only_inquires_is_a_quote(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [found for found, _ in fast_quotes(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "There are open questions that will shape how the league recovers.",
        "The clerk directed questions to a colleague down the hall.",
        "Police questioned the driver for two hours.",
        "Reporters asked whether the plant would close.",
    ],
)
def test_a_noun_or_an_object_after_question_reports_nothing(
    fast_quotes: QuoteRows, text: str
) -> None:
    assert fast_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "When the alarm sounded at dawn, Petra Lindqvist said, she assumed it was a drill.",
            "Petra Lindqvist",
        ),
        (
            "Coach Ferris Obi opened the gym in 2011, he said, because the town had nowhere "
            "for teenagers to train.",
            "Ferris Obi",
        ),
        (
            "If the wind keeps up, the harbour master said, the ferry will stay in port.",
            "the harbour master",
        ),
        (
            "Gianna Roos sold the farm in 2015, she said, after the dairy quota was cut.",
            "Gianna Roos",
        ),
        (
            "Once the grant arrives, Mayor Odile Fenn said, the pool will reopen for the summer.",
            "Odile Fenn",
        ),
        (
            "The bakery stopped opening on Sundays, its owner said, because staff had become "
            "hard to find.",
            "its owner",
        ),
    ],
)
def test_a_cue_set_off_by_commas_inside_one_clause_gives_one_quote(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    rows = fast_quotes(text)
    assert [found for found, _ in rows] == [text.removesuffix(".")]
    assert rows[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Shopkeepers along the canal say foot traffic has dropped by half.",
            "foot traffic has dropped by half",
            "Shopkeepers along the canal",
        ),
        (
            "Farmers throughout the county say the hay crop is the worst in years.",
            "the hay crop is the worst in years",
            "Farmers throughout the county",
        ),
        (
            "Tenants along the north side of the street say the heat has been off since Friday.",
            "the heat has been off since Friday",
            "Tenants along the north side of the street",
        ),
        (
            "Cottagers throughout the lake district say the water level is falling.",
            "the water level is falling",
            "Cottagers throughout the lake district",
        ),
        (
            "Vendors along the boardwalk say the new fees are too steep.",
            "the new fees are too steep",
            "Vendors along the boardwalk",
        ),
    ],
)
def test_a_plural_with_a_postmodifier_of_place_agrees_with_a_bare_cue(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert fast_quotes(text) == [(content, speaker)]


_STORY = (
    "\n\nCALGARY — The Bow Valley Credit Union will close four branches next spring, its "
    "chief executive, Noor Halvorsen, said Tuesday.\n\n"
    "“We did not take this lightly,” Halvorsen said."
)


@pytest.mark.parametrize(
    "head",
    [
        "Credit union to shut four branches\nStaff say they were ‘stunned’",
        "Four branches to close; union says tellers ‘shocked’",
        "‘WE DID NOT SEE IT COMING!’\nCredit union shuts four branches",
        "Rural towns left behind\nMayors say the move is ‘short-sighted’",
        "‘SHAME ON YOU!’\nProtesters rally outside the head office",
    ],
)
def test_a_head_line_quoting_in_single_marks_reports_nothing(
    fast_quotes: QuoteRows, head: str
) -> None:
    text = head.replace("\n", "\n\n") + _STORY
    assert [speaker for _, speaker in fast_quotes(text)] == ["Noor Halvorsen"] * 2


@pytest.mark.parametrize(
    ("text", "contents", "speaker"),
    [
        (
            "Snow closed the pass overnight, according to Parks Canada, which had asked "
            "drivers to carry chains.",
            ["Snow closed the pass overnight", "to carry chains"],
            "Parks Canada",
        ),
        (
            "The river crested at noon, according to the conservation authority, which had "
            "warned cottagers to move their boats.",
            ["The river crested at noon", "to move their boats"],
            "the conservation authority",
        ),
        (
            "Tamsin Reyes urged the board to extend the lunch program, which she said had "
            "fed 300 pupils a day.",
            ["to extend the lunch program", "had fed 300 pupils a day"],
            "Tamsin Reyes",
        ),
        (
            "Councillor Abel Oyelaran called on the city to restore the night bus, which he "
            "said had carried shift workers for decades.",
            ["to restore the night bus", "had carried shift workers for decades"],
            "Abel Oyelaran",
        ),
        (
            "Fares rose in March, according to the transit agency, which also asked riders "
            "to buy passes online.",
            ["Fares rose in March", "to buy passes online"],
            "the transit agency",
        ),
    ],
)
def test_a_relative_clause_after_a_comma_reports_on_its_own(
    fast_quotes: QuoteRows, text: str, contents: list[str], speaker: str
) -> None:
    assert fast_quotes(text) == [(content, speaker) for content in contents]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Neighbours suspect — though the landlord denies it — that the boiler was never "
            "serviced.",
            [],
        ),
        (
            "The levy — which the treasurer says will raise $4 million — passed on Monday.",
            [("will raise $4 million", "the treasurer")],
        ),
        (
            "Some parents fear — and the principal admits it — that the portables are too cold.",
            [],
        ),
        (
            "The ferry — which Captain Ines Moreau said had never missed a sailing — broke "
            "down on Friday.",
            [("had never missed a sailing", "Ines Moreau")],
        ),
        (
            "Many growers believe — though the board disputes it — that prices were fixed.",
            [],
        ),
    ],
)
def test_a_cue_in_an_aside_between_dashes_reports_only_inside_it(
    fast_quotes: QuoteRows, text: str, expected: list[tuple[str, str]]
) -> None:
    assert fast_quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Chief Warden Lila Okafor said the park could do little beyond posting signs and "
            "reminding hikers to carry bear spray.",
            "the park could do little beyond posting signs and reminding hikers to carry bear "
            "spray",
        ),
        (
            "The coach said the club had spent the winter by fixing the nets and urging "
            "parents to volunteer.",
            "the club had spent the winter by fixing the nets and urging parents to volunteer",
        ),
        (
            "Doran Pike said the shop survived by cutting hours and asking regulars to buy "
            "gift cards.",
            "the shop survived by cutting hours and asking regulars to buy gift cards",
        ),
        (
            "The librarian said the branch stays busy through hosting clubs and telling "
            "teens to read aloud.",
            "the branch stays busy through hosting clubs and telling teens to read aloud",
        ),
        (
            "Mayor Ruth Abara said the town had saved money by sharing a grader and warning "
            "drivers to avoid the hill.",
            "the town had saved money by sharing a grader and warning drivers to avoid the hill",
        ),
    ],
)
def test_a_cue_joined_to_a_gerund_after_a_preposition_stays_in_the_content(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [found for found, _ in fast_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The clip spread quickly, with viewers from as far away as Chile and Norway "
            "calling the goat “a genius.”",
            "viewers from as far away as Chile and Norway",
        ),
        (
            "Ticket sales doubled, with fans in the far northern suburbs of the city saying "
            "the new schedule suited them better.",
            "fans in the far northern suburbs of the city",
        ),
        (
            "The recall widened, with inspectors at three plants in the valley saying the "
            "seals had failed.",
            "inspectors at three plants in the valley",
        ),
        (
            "The vote was close, with members of the smallest locals in the province arguing "
            "that the deal was too thin.",
            "members of the smallest locals in the province",
        ),
        (
            "The bridge stayed shut, with engineers from the ministry and the city warning "
            "that the deck had cracked.",
            "engineers from the ministry and the city",
        ),
    ],
)
def test_the_subject_of_an_absolute_with_clause_keeps_its_postmodifier(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    rows = fast_quotes(text)
    assert len(rows) == 1
    assert rows[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Race officials confirmed Tobiah Quist claimed the trophy on Sunday.",
            "Tobiah Quist claimed the trophy on Sunday",
        ),
        (
            "The league confirmed the Otters disclosed the trade on Monday.",
            "the Otters disclosed the trade on Monday",
        ),
        (
            "Court staff confirmed Mirela Voss announced her retirement in a letter.",
            "Mirela Voss announced her retirement in a letter",
        ),
        (
            "The museum confirmed the donor revealed the painting's history last year.",
            "the donor revealed the painting's history last year",
        ),
        (
            "Organizers confirmed Halvard Brun reported the theft to police on Friday.",
            "Halvard Brun reported the theft to police on Friday",
        ),
    ],
)
def test_a_cue_reporting_nothing_inside_a_content_leaves_it_whole(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [found for found, _ in fast_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The health minister fired back that the clinics had never been fully staffed.",
            "that the clinics had never been fully staffed",
        ),
        (
            "Councillor Viggo Hart has hit back that the audit was leaked for political gain.",
            "that the audit was leaked for political gain",
        ),
        (
            "The union quickly fired back that the offer would cut real wages.",
            "that the offer would cut real wages",
        ),
        (
            "Organizers hit back on Tuesday that the festival had paid every vendor.",
            "that the festival had paid every vendor",
        ),
        (
            "The premier's office fired back that the figures were two years old.",
            "that the figures were two years old",
        ),
    ],
)
def test_a_phrasal_verb_of_reply_reports_a_that_clause(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [found for found, _ in fast_quotes(text)] == [content]


def test_a_phrasal_verb_of_reply_without_that_or_a_quotation_reports_nothing(
    fast_quotes: QuoteRows,
) -> None:
    assert fast_quotes("The coach hit back at his critics after the game.") == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The dispute flared again, with the mayor blaming the board and the board's chair "
            "saying that the budget had been cut.",
            "that the budget had been cut",
            "the board's chair",
        ),
        (
            "Talks stalled, with the union demanding a raise and the employer insisting that "
            "the plant was losing money.",
            "that the plant was losing money",
            "the employer",
        ),
        (
            "The game ended in a brawl, with fans booing the referee and Coach Ida Brenn "
            "arguing that the call was wrong.",
            "that the call was wrong",
            "Ida Brenn",
        ),
        (
            "Prices climbed, with bakers raising their rates and the millers saying that wheat "
            "had doubled.",
            "that wheat had doubled",
            "the millers",
        ),
        (
            "The hearing ran late, with the tenants pressing their case and the landlord "
            "claiming that the repairs were done.",
            "that the repairs were done",
            "the landlord",
        ),
    ],
)
def test_a_second_absolute_clause_after_and_has_its_own_subject(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert (content, speaker) in fast_quotes(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The coroner recommended drivers slow down near schools.",
            "drivers slow down near schools",
        ),
        (
            "The ministry recommended tenants photograph any damage.",
            "tenants photograph any damage",
        ),
        (
            "The coroner recommended parents store medications out of reach.",
            "parents store medications out of reach",
        ),
        (
            "Fire officials recommended homeowners clear dry brush from around their sheds.",
            "homeowners clear dry brush from around their sheds",
        ),
        (
            "Health officials recommended visitors wash their hands often.",
            "visitors wash their hands often",
        ),
    ],
)
def test_a_request_with_a_clause_in_the_subjunctive_is_a_quote(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [found for found, _ in fast_quotes(text)] == [content]


def test_a_recommended_noun_phrase_is_no_request(fast_quotes: QuoteRows) -> None:
    assert fast_quotes("The panel recommended changes to the parking bylaw.") == []
