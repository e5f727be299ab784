"""Requests to a group, inscriptions, and noun phrases that report nothing."""

from __future__ import annotations

import pytest
from tests.quotes.conftest import QuoteRows


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Fire Chief Odile Brassard asked homeowners to clear the snow from their hydrants.",
            "to clear the snow from their hydrants",
        ),
        (
            "The health unit is asking anyone at the fair last weekend to watch for symptoms.",
            "to watch for symptoms",
        ),
        (
            "Transit officials asked riders to allow an extra 20 minutes for the morning commute.",
            "to allow an extra 20 minutes for the morning commute",
        ),
        (
            "He asked cottagers on the east shore to boil their water until further notice.",
            "to boil their water until further notice",
        ),
        (
            "The library board has asked patrons to return overdue books by the end of the month.",
            "to return overdue books by the end of the month",
        ),
        (
            "Police are asking witnesses of the crash on the bypass to call the detachment.",
            "to call the detachment",
        ),
    ],
)
def test_a_request_to_a_group_with_an_infinitive_is_a_quote(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [found for found, _ in fast_quotes(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "She asked Tomas to wait in the car.",
        "He asked her to dance at the reunion.",
        "I ask all my students to read one novel a month.",
        "Few players get asked by the coach to captain the side.",
        "One nurse, who asked not to be named, described the ward as calm.",
    ],
)
def test_a_request_to_a_person_or_without_a_hearer_is_no_quote(
    fast_quotes: QuoteRows, text: str
) -> None:
    assert fast_quotes(text) == []


def test_a_request_inside_another_report_stays_in_it(fast_quotes: QuoteRows) -> None:
    text = "Coun. Mira Dorval said she would ask staff to study a second crossing."
    assert [found for found, _ in fast_quotes(text)] == [
        "she would ask staff to study a second crossing"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers walked past a hand-lettered sign that reads “Cash only, no exceptions.”",
        "A faded photo of the team hangs in the lobby. Its caption reads: “Champions, 1987.”",
        "Marchers carried a banner that read “Save the Dunmore line.”",
        "On the fence hung a placard that said “Keep out, dogs on duty.”",
        "The plaque reads: “Founded by the parish in 1911.”",
        "Fans held up signs that read “Bring back the Beavers.”",
    ],
)
def test_the_quoted_words_of_a_sign_or_caption_are_no_quote(
    fast_quotes: QuoteRows, text: str
) -> None:
    assert fast_quotes(text) == []


def test_a_note_pinned_to_a_door_still_speaks(fast_quotes: QuoteRows) -> None:
    text = "A note taped to the till said: “Back in five minutes.”"
    assert [found for found, _ in fast_quotes(text)] == ["“Back in five minutes.”"]


@pytest.mark.parametrize(
    "text",
    [
        "Reeve Carla Nystrom declared a local emergency on Friday and opened the curling rink "
        "as a shelter.",
        "The band council announced a boil-water advisory Monday night and delivered bottled "
        "water to the elders.",
        "Coach Ivo Brankovic confirmed the trade in the morning and thanked the departing goalie.",
        "The district announced a hiring freeze last week and has cancelled two field trips.",
        "Premier Aldo Fenwick announced the tax credit in Moncton and toured a shipyard "
        "afterwards.",
    ],
)
def test_a_noun_phrase_object_before_a_second_predicate_is_no_report(
    fast_quotes: QuoteRows, text: str
) -> None:
    assert fast_quotes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gus Thornbury, 71, of Millbay, claimed the prize on Monday at the corporation’s head "
        "office in the capital.",
        "The minister announced the grant at a school in the riding’s north end.",
        "Chief Rae Bellamy announced the news in a video on the nation’s website.",
        "The striker confirmed his departure in an interview with the club’s television channel.",
        "Mayor Tess Obi announced the closure at a meeting in the library’s basement.",
    ],
)
def test_a_possessive_after_a_preposition_is_no_verb(fast_quotes: QuoteRows, text: str) -> None:
    assert fast_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The prosecutor told the jury the fraud ran for three years and involved fake "
            "receipts.",
            "the fraud ran for three years and involved fake receipts",
        ),
        (
            "Okafor insisted the win belonged to the team’s goalie.",
            "the win belonged to the team’s goalie",
        ),
    ],
)
def test_a_clause_with_a_second_predicate_or_a_possessive_still_reports(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [found for found, _ in fast_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lumber prices have doubled since spring, according to Westwood Analytics, a Halifax "
            "consulting firm.",
            "Lumber prices have doubled since spring",
        ),
        (
            "Enrolment fell by 900 students, according to the registrar, the university's chief "
            "record keeper.",
            "Enrolment fell by 900 students",
        ),
        (
            "The ferry missed 40 sailings in March, according to Coastline Watch, a riders' group.",
            "The ferry missed 40 sailings in March",
        ),
        (
            "Rents rose 11 per cent last year, according to Tenant Data Co., an Ottawa listings "
            "service.",
            "Rents rose 11 per cent last year",
        ),
        (
            "The mill employs 340 people, according to Rosa Brandt, the town's economic "
            "development officer.",
            "The mill employs 340 people",
        ),
    ],
)
def test_a_noun_phrase_after_a_closing_source_describes_it(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [found for found, _ in fast_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Principal Hana Sorel wrote in a letter to parents, which was posted online, that the "
            "gym would stay closed until March.",
            "that the gym would stay closed until March",
        ),
        (
            "The owner said in an email to tenants, which was shared with the Gazette, that rents "
            "would rise in May.",
            "that rents would rise in May",
        ),
        (
            "Coach Dino Varga said in a message to players, which was later leaked, that nobody's "
            "spot was safe.",
            "that nobody's spot was safe",
        ),
        (
            "The bishop wrote in a pastoral note, which was read at every mass, that the parish "
            "would merge with its neighbour.",
            "that the parish would merge with its neighbour",
        ),
        (
            "The chief said in a briefing to councillors, which was held behind closed doors, that "
            "overtime had doubled.",
            "that overtime had doubled",
        ),
    ],
)
def test_a_relative_clause_on_an_adjunct_noun_before_that_is_passed_over(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [found for found, _ in fast_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Chef Rosa Lindqvist posted on her blog that the bakery would reopen in April.",
            "that the bakery would reopen in April",
        ),
        (
            "His agent posted on Tuesday that the winger was “day to day.”",
            "that the winger was “day to day.”",
        ),
        (
            "The band posted on social media that the tour had been cancelled.",
            "that the tour had been cancelled",
        ),
        (
            "Councillor Ibsen Vale later posted that the vote had been “a mistake.”",
            "that the vote had been “a mistake.”",
        ),
        (
            "A spokesperson for the club posted on its website that tickets would be refunded.",
            "that tickets would be refunded",
        ),
    ],
)
def test_posted_with_a_that_clause_is_a_quote(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [found for found, _ in fast_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The choir sang a new arrangement of “Silent Night” at the vigil.", []),
        ("The singer posted a clip in which she hums “a little tune.”", []),
        ("The quartet sang a medley of “Barrett's Privateers” and other shanties.", []),
        ("The museum posted a photo of the statue with a note about “our oldest guest.”", []),
        ("Fans chanted a slogan about the owner: “Sell the team.”", ["“Sell the team.”"]),
        ("Ana Ruiz posted a photo of her dog with the words: “Best boy.”", ["“Best boy.”"]),
        (
            "Protesters chanted a warning for the premier: “We vote in June.”",
            ["“We vote in June.”"],
        ),
        ("The guitarist sang a cover of “Northwest Passage” to close the show.", []),
    ],
)
def test_a_noun_phrase_after_a_verb_of_posting_or_singing_is_its_object(
    fast_quotes: QuoteRows, text: str, found: list[str]
) -> None:
    assert [quote for quote, _ in fast_quotes(text)] == found


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        (
            "The coach called her team's effort “unacceptable” after the loss.",
            "unacceptable",
            "The coach",
        ),
        ('Councillor Ida Brandt called her proposal "a cash grab."', "cash grab", "Ida Brandt"),
        ("The union called her offer “an insult to every nurse.”", "insult", "The union"),
        ("Mayor Teo Lund called her new logo “a mess” on Tuesday.", "a mess", "Teo Lund"),
        ('The tribunal called her conduct "wholly indefensible."', "indefensible", "The tribunal"),
    ],
)
def test_a_quotation_right_after_a_possessed_noun_names_it(
    fast_quotes: QuoteRows, text: str, fragment: str, speaker: str
) -> None:
    """``called her conduct “indefensible”``: a naming complement is reported, though
    ``her`` might be the verb's object.
    """
    found = [(quote, name) for quote, name in fast_quotes(text) if fragment in quote]
    assert len(found) == 1
    assert found[0][1] is not None and found[0][1].endswith(speaker.split()[-1])


@pytest.mark.parametrize(
    "text",
    [
        "The team posted a video of the parade on its website.",
        "The airline posted a loss of $40 million for the quarter.",
    ],
)
def test_posted_with_a_noun_phrase_reports_nothing(fast_quotes: QuoteRows, text: str) -> None:
    assert fast_quotes(text) == []


def test_a_participle_of_posting_leaves_the_source_its_content(fast_quotes: QuoteRows) -> None:
    text = "According to the new bylaw posted online, dogs must be leashed in the park."
    assert [found for found, _ in fast_quotes(text)] == ["dogs must be leashed in the park"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The goalie admitted he cried in the dressing room after the loss.",
            "he cried in the dressing room after the loss",
        ),
        (
            "The driver confessed he shouted at the officers before the arrest.",
            "he shouted at the officers before the arrest",
        ),
        (
            "The captain acknowledged he growled at the referee after the goal.",
            "he growled at the referee after the goal",
        ),
        (
            "The teacher acknowledged she yelled at the class during the fire drill.",
            "she yelled at the class during the fire drill",
        ),
        (
            "The coach conceded she snapped at reporters after the game.",
            "she snapped at reporters after the game",
        ),
    ],
)
def test_a_verb_of_speech_beside_a_quotation_without_one_stays_in_the_content(
    fast_quotes: QuoteRows, text: str, content: str
) -> None:
    assert [found for found, _ in fast_quotes(text)] == [content]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "The council paused the vote when a lawyer for the residents argued the notice was "
            "too short.",
            ("the notice was too short", "a lawyer for the residents"),
        ),
        (
            "Ferry service resumed Monday after an engineer from the province confirmed the ramp "
            "was safe.",
            ("the ramp was safe", "an engineer from the province"),
        ),
        (
            "Parents grew angry because a trustee on the board said the school would close.",
            ("the school would close", "a trustee on the board"),
        ),
        (
            "The strike ended before a mediator with the labour ministry announced the deal had "
            "collapsed.",
            ("the deal had collapsed", "a mediator with the labour ministry"),
        ),
        (
            "Fans cheered when a player on the visiting team said the rink was the best in the "
            "league.",
            ("the rink was the best in the league", "a player on the visiting team"),
        ),
        (
            "The bridge closed at noon after a crew at the site reported the deck had cracked.",
            ("the deck had cracked", "a crew at the site"),
        ),
    ],
)
def test_a_postmodified_subject_of_an_adverbial_clause_speaks(
    fast_quotes: QuoteRows, text: str, quote: tuple[str, str]
) -> None:
    assert fast_quotes(text) == [quote]


def test_a_subject_postmodified_by_a_span_of_time_speaks(fast_quotes: QuoteRows) -> None:
    text = (
        "Shares fell on Friday after a third bank in as many days said it would cut its forecast."
    )
    assert [found for found, _ in fast_quotes(text)] == ["it would cut its forecast"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Chief Dora Kenojuak of the Inuit hamlet of Taloyak, about two hours by boat from the "
            "site, said the caribou had not returned.",
            ("the caribou had not returned", "Dora Kenojuak"),
        ),
        (
            "Reeve Hal Borden of the rural municipality of Elmvale, a farming district west of "
            "the city, said the road would stay closed.",
            ("the road would stay closed", "Hal Borden"),
        ),
        (
            "Pastor Ines Mbeki of the Lutheran church in Granby, a short walk from the plant, said "
            "families were worried.",
            ("families were worried", "Ines Mbeki"),
        ),
        (
            "Dr. Omar Lacasse of the health clinic at Saint-Roch, the only one in the valley, "
            "warned that wait times would grow.",
            ("that wait times would grow", "Omar Lacasse"),
        ),
        (
            "Mayor Gwen Otieno of the town of Pike Lake, about an hour north of Sudbury, told "
            "reporters the water was safe.",
            ("the water was safe", "Gwen Otieno"),
        ),
    ],
)
def test_a_name_with_an_affiliation_before_a_phrase_set_off_by_commas_speaks(
    fast_quotes: QuoteRows, text: str, quote: tuple[str, str]
) -> None:
    assert fast_quotes(text) == [quote]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Local 88 of the Bakers' Guild, which represents the night shift, said the plant was "
            "understaffed.",
            ("the plant was understaffed", "Local 88 of the Bakers' Guild"),
        ),
        (
            "Local 31 of the Porters' Brotherhood, which runs the hall, said the roof would be "
            "replaced.",
            ("the roof would be replaced", "Local 31 of the Porters' Brotherhood"),
        ),
        (
            "Chapter 7 of the Growers' Council, which met on Friday, said the frost had cut the "
            "harvest.",
            ("the frost had cut the harvest", "Chapter 7 of the Growers' Council"),
        ),
        (
            "Lena Fodor of the Nurses' Union, which called the strike, said talks would resume.",
            ("talks would resume", "Lena Fodor"),
        ),
        (
            "Karim Osei of the Truckers’ Association, which speaks for 400 firms, said diesel "
            "prices had doubled.",
            ("diesel prices had doubled", "Karim Osei"),
        ),
    ],
)
def test_a_plural_possessive_in_an_affiliation_before_a_relative_clause(
    fast_quotes: QuoteRows, text: str, quote: tuple[str, str]
) -> None:
    assert fast_quotes(text) == [quote]
