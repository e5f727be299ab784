# ruff: noqa: E501 (one invented sentence per line)
"""Speakers and contents of reported speech, by linguistic class.

Every sentence is invented.  Each class names the shape of the sentence, never
its words: a person's affiliation written as an institution noun and a name
in apposition (``of the group Clean Shores``) is no speaker; a noun phrase
after ``wrote`` is the text written, not what it says.
"""

from __future__ import annotations

import pytest
from tests.quotes.test_speaker_rules import last_speaker, speakers

from newsparse.builtin.quotes.processor import QuoteExtractor
from newsparse.model import Document

EXTRACT = QuoteExtractor()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Organizer Ben Hale of the group Clean Harbour Now said the beach was filthy.",
            "Ben Hale",
        ),
        ("Nurse Ada Quill with the charity Warm Hands said the shelters were full.", "Ada Quill"),
        (
            "Analyst Rolf Ingram at the research firm Kessler Partners said prices would fall.",
            "Rolf Ingram",
        ),
        (
            "Coach Ivo Brandt of the youth league Northside United said the fields were unsafe.",
            "Ivo Brandt",
        ),
        (
            "Rider advocate Nell Okafor of the group Transit Forward said the fares were too high.",
            "Nell Okafor",
        ),
    ],
)
def test_a_name_apposed_to_an_institution_noun_is_the_affiliation(text: str, speaker: str) -> None:
    assert last_speaker(text) == speaker


def _contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in EXTRACT.extract(Document(text))]


@pytest.mark.parametrize(
    "text",
    [
        "The chef, who wrote a cookbook on her grandmother’s recipes, opened a second restaurant.",
        "Okafor grew up in Yellowknife and wrote the first chapter while driving a taxi at night.",
        "Her neighbour wrote a letter to the editor last spring.",
        "Dr. Imre Salo wrote the guidelines for the province’s clinics in 2019.",
        "As a student, Tamsin Boyd wrote three plays for the campus theatre.",
    ],
)
def test_a_noun_phrase_after_wrote_is_the_text_written_not_its_content(text: str) -> None:
    assert _contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("In a memo, the principal wrote the gym would stay closed.", "the gym would stay closed"),
        ("Okafor wrote that the budget was a mess.", "that the budget was a mess"),
        ("The coach wrote he had no regrets.", "he had no regrets"),
    ],
)
def test_a_clause_after_wrote_stays_its_content(text: str, content: str) -> None:
    assert content in _contents(text)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Some say the new bridge is too narrow for trucks.",
            "the new bridge is too narrow",
            "Some",
        ),
        ("Many say they can no longer afford the ferry.", "they can no longer afford", "Many"),
        (
            "Fishers are angry, and some say the quota was set in secret.",
            "the quota was set",
            "some",
        ),
        ("Most say that the park should stay open.", "the park should stay open", "Most"),
        (
            "Parents packed the gym, but few say the vote will change anything.",
            "the vote will change",
            "few",
        ),
    ],
)
def test_a_quantifier_alone_is_a_plural_subject_of_a_present_cue(
    text: str, content: str, speaker: str
) -> None:
    found = [(t, s) for t, s in speakers(text) if content in t]
    assert found and found[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Shop steward Lin Moreau said the employer, Castell Foods Inc., had insisted on a two-tier wage.",
            "the employer, Castell Foods Inc., had insisted on a two-tier wage",
            "Lin Moreau",
        ),
        (
            "Union president Joe Kasper said the operator, Norlink Rail, had warned of layoffs.",
            "the operator, Norlink Rail, had warned of layoffs",
            "Joe Kasper",
        ),
        (
            "Mayor Lisa Fenn says the contractor, Dunmore Paving, has warned of delays into June.",
            "the contractor, Dunmore Paving, has warned of delays into June",
            "Lisa Fenn",
        ),
        (
            "Coach Ida Brandt said the league, Prairie Hockey West, had insisted on the schedule.",
            "the league, Prairie Hockey West, had insisted on the schedule",
            "Ida Brandt",
        ),
        (
            "Okoye said the insurer, Halden Mutual, warned of higher premiums next year.",
            "the insurer, Halden Mutual, warned of higher premiums next year",
            "Okoye",
        ),
    ],
)
def test_a_name_apposed_to_a_reported_subject_keeps_the_clause_whole(
    text: str, content: str, speaker: str
) -> None:
    assert (content, speaker) in speakers(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Moncton Oarsmen have traded their captain to Quebec, the club announced Tuesday.",
            "Moncton Oarsmen",
        ),
        (
            "Late Friday the Regina Linemen fired their coach, the team said in a statement.",
            "Regina Linemen",
        ),
        (
            "KELOWNA - The Kelowna Minutemen will play two home games in March, the club said.",
            "Kelowna Minutemen",
        ),
        (
            "The Halifax Watermen signed goalie Pat Roy to a two-year deal, the team announced.",
            "Halifax Watermen",
        ),
        (
            "The Lethbridge Woodsmen have named a new general manager, the club said on Monday.",
            "Lethbridge Woodsmen",
        ),
    ],
)
def test_a_town_and_a_compound_of_men_are_a_team_that_speaks(text: str, speaker: str) -> None:
    assert last_speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Coach Rhea Dunn said she knew after reading two scouting reports that the boy could play.",
            "she knew after reading two scouting reports that the boy could play",
        ),
        (
            "The editor said he decided after reading the first chapter that the book would sell.",
            "he decided after reading the first chapter that the book would sell",
        ),
        (
            "Tomas Ek says he realized while reading the contract that the fees had doubled.",
            "he realized while reading the contract that the fees had doubled",
        ),
        (
            "Ema Lis said she changed her mind after reading the audit the board released.",
            "she changed her mind after reading the audit the board released",
        ),
        (
            "The author said she was sure before reading a single review that the play had failed.",
            "she was sure before reading a single review that the play had failed",
        ),
    ],
)
def test_a_quotation_verb_in_a_clause_of_time_does_not_cut_a_report(
    text: str, content: str
) -> None:
    assert content in [t for t, _ in speakers(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The committee that reviewed the bid said the price was too high.",
            "The committee that reviewed the bid",
        ),
        (
            "The panel that must decide on it says it needs more time.",
            "The panel that must decide on it",
        ),
        (
            "The council that approved the tower says the design is final.",
            "The council that approved the tower",
        ),
        (
            "A coalition that represents 40 farms said the drought had cut yields by half.",
            "A coalition that represents 40 farms",
        ),
        (
            "The commission which studied the crash said the pilots were tired.",
            "The commission which studied the crash",
        ),
    ],
)
def test_a_relative_clause_on_an_institution_noun_is_part_of_the_subject(
    text: str, speaker: str
) -> None:
    assert last_speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Service will be cut on Sundays, according to Winnipeg Transit. Rider Jo Kale of the advocacy network Transit Winnipeg said the cuts were unfair.",
            "Winnipeg Transit",
        ),
        (
            "The pool will close for repairs, according to Saskatoon Leisure. Kai Berg of the club Leisure Saskatoon said swimmers would train elsewhere.",
            "Saskatoon Leisure",
        ),
        (
            "Fares will rise in May, according to Edmonton Transit. Tara Moss of the group Transit Edmonton said riders would pay more.",
            "Edmonton Transit",
        ),
        (
            "Some homes may lose power, according to Ottawa Hydro. Ida Voss of the group Hydro Ottawa said the grid was old.",
            "Ottawa Hydro",
        ),
        (
            "Rents rose 9 per cent, according to Moncton Housing. Sam Ruiz of the coalition Housing Moncton said families were struggling.",
            "Moncton Housing",
        ),
    ],
)
def test_a_linked_name_keeps_the_order_written_before_the_mention(text: str, speaker: str) -> None:
    assert speakers(text)[0][1] == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The premier’s office says the minister will give an update at 7 a.m. Friday.",
            "the minister will give an update at 7 a.m. Friday",
        ),
        (
            "Organizers said the parade would start at 10 a.m. Saturday.",
            "the parade would start at 10 a.m. Saturday",
        ),
        (
            "Police say the road will reopen by 6 p.m. Tuesday.",
            "the road will reopen by 6 p.m. Tuesday",
        ),
        (
            "The school board said classes would resume at 8:30 a.m. Monday.",
            "classes would resume at 8:30 a.m. Monday",
        ),
        (
            "A hospital spokesperson said visiting hours end at 8 p.m. Sunday.",
            "visiting hours end at 8 p.m. Sunday",
        ),
    ],
)
def test_a_sentence_ending_in_a_time_abbreviation_and_a_day_is_no_caption(
    text: str, content: str
) -> None:
    assert content in [t for t, _ in speakers(text)]


@pytest.mark.parametrize(
    ("text", "content", "surname"),
    [
        (
            "9:05 p.m. MT: Resident Ann Roy, reached by phone, said the smoke was thick.",
            "the smoke was thick",
            "Roy",
        ),
        (
            "7:15 a.m.: The fire chief, speaking from the command post, said crews had held the line.",
            "crews had held the line",
            "chief",
        ),
        (
            "11:02 p.m.: Nurse Ida Paul, working her third night shift, said the ward was full.",
            "the ward was full",
            "Paul",
        ),
        (
            "6:40 a.m. ET: Pilot Jo Kerr, grounded since Tuesday, said the fog had lifted.",
            "the fog had lifted",
            "Kerr",
        ),
        (
            "2:10 p.m.: Coach Ben Ash, sitting out with an injury, said the team was ready.",
            "the team was ready",
            "Ash",
        ),
    ],
)
def test_a_live_report_time_stamp_opens_the_clause_before_its_subject(
    text: str, content: str, surname: str
) -> None:
    found = [(t, s) for t, s in speakers(text) if t == content]
    assert found and (found[0][1] or "").split()[-1] == surname


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A family of four from Brandon will get their home back, their lawyer said Monday.\n\nThe Okafor family had been evicted in June.\n\nLawyer Mia Dunn said the judge found the notice invalid.",
            "Mia Dunn",
        ),
        (
            "Two brothers who fled the fire are safe, their uncle said.\n\nThe Haddad family had been looking for them since Tuesday.\n\nTheir uncle, Sami Aziz, said they walked 10 kilometres to a road.",
            "Sami Aziz",
        ),
        (
            "A Regina couple has won the lottery for the second time, their spokesperson said.\n\nThe Lund household had bought the ticket in March.\n\nSpokesperson Ada Quist said the couple would keep working.",
            "Ada Quist",
        ),
        (
            "An elderly pair can stay in their care home after all, their advocate said Friday.\n\nThe Moreau family had appealed twice.\n\nAdvocate Jo Pelt said the province reversed its decision.",
            "Jo Pelt",
        ),
        (
            "A hockey family will be honoured at the arena, their coach said.\n\nThe Sorensen family had run the rink for 40 years.\n\nCoach Lars Bekk said the ceremony would be short.",
            "Lars Bekk",
        ),
    ],
)
def test_a_name_modifying_a_group_noun_is_no_delayed_identification(
    text: str, speaker: str
) -> None:
    assert speakers(text)[0][1] == speaker
