"""Speakers around page furniture and the discourse of scraped articles.

* a statement introduced before its issuer (``In an emailed statement, Acme
  said ...``) speaks for that issuer when it is the subject of a later
  ``the statement said``, whatever names a photo caption and its credit hold;
* a quotation with no cue opening a paragraph, followed in that paragraph by a
  sentence whose subject is a named person, is that person's;
* a verb of saying coordinated after a first verb and its object shares the
  first verb's subject, even when the object ends in a participle's phrase
  (``pointed to grants approved last spring and said``);
* a plural subject with a partitive set off by commas (``Critics, many of them
  farmers, said``) is the speaker, and the clause after the cue the content;
* a paragraph ending on a name after a title's abbreviation (``... at St.
  Paul.``) is prose, no caption closed by a bare credit;
* a verb of speech beside a quotation with neither a quotation nor ``that``
  after it (``The feud began last spring after ...``) holds no later cue;
* a cue's ``-s`` form ending a possessed noun phrase before a coordinator
  (``welcomed the senator’s earlier remarks but said``) is a plural noun.
"""

from __future__ import annotations

import pytest

import newsparse
from newsparse.model import Quote

from .conftest import QuoteRows


@pytest.fixture(scope="module")
def speaker_mentions() -> QuoteRows:
    """Return a function listing each quote's text with the words of its speaker mention."""
    pipeline = newsparse.Pipeline("fast")

    def rows(text: str) -> list[tuple[str, str | None]]:
        found = []
        for quote in pipeline(text).layer("quotes"):
            if not isinstance(quote, Quote):
                continue
            speaker = quote.speaker
            mention = None
            if speaker is not None and speaker.start is not None and speaker.end is not None:
                mention = text[speaker.start : speaker.end]
            found.append((text[quote.start : quote.end], mention))
        return found

    return rows


# -- a statement speaks for the issuer named before it ----------------------------
STATEMENTS = [
    (
        "Tenants of a tower on Birch Lane say they received eviction notices on Monday.\n\n"
        "Photo: Tenant Nora Quill outside the tower on Birch Lane. (Chad Renner/Lakeside Post)\n\n"
        "In an emailed statement, Brightwater Homes said the work cannot be done with people "
        "living in the units.\n\n"
        "“We know this is hard news for every household,” the statement said. “We will help "
        "each family find a new place.”",
        "Brightwater Homes",
    ),
    (
        "The depot on Front Street will close in March, costing 80 jobs.\n\n"
        "In a statement released Friday, Corvane Freight said the site was too old to "
        "repair.\n\n"
        '"This was a painful decision for all of us," the statement said.',
        "Corvane Freight",
    ),
    (
        "Riders waited two hours for a bus on Tuesday after a breakdown on the bridge.\n\n"
        "Photo credit: Riders crowd a stop on Tuesday. (Jordan Pike / Kingston Ledger)\n\n"
        "In an email, Cedarline Transit said a replacement bus had been sent within 20 "
        "minutes.\n\n"
        "“We apologize to everyone who was left waiting in the cold,” the email said.",
        "Cedarline Transit",
    ),
    (
        "A chemical smell drifted over the east end for most of Sunday.\n\n"
        "In a news release, Quillon Polymers said a valve had failed at its plant.\n\n"
        "“There is no risk to the public,” the release said. “Crews fixed the valve within "
        "the hour.”",
        "Quillon Polymers",
    ),
    (
        "Photo: Georgia Lind walks past the shuttered mill on Thursday. "
        "(Peru Adams/The Gazette)\n\n"
        "Workers at the Harwick mill were told on Thursday that it would not reopen.\n\n"
        "In a written statement, Harwick Paper said demand for newsprint had collapsed.\n\n"
        "“We thank our workers for 60 years of service,” the statement said.",
        "Harwick Paper",
    ),
]


@pytest.mark.parametrize(("text", "issuer"), STATEMENTS)
def test_a_statement_speaks_for_the_issuer_named_before_it(
    fast_quotes: QuoteRows, text: str, issuer: str
) -> None:
    rows = fast_quotes(text)
    direct = [name for quoted, name in rows if quoted.startswith(("“", '"'))]
    assert direct, rows
    assert all(name == issuer for name in direct), rows


OWN_AUTHORS = [
    (
        "Orlan Mining said in a statement that the mine would reopen in May.\n\n"
        "“Workers will be safe underground,” said the statement from the Northern Miners Union.",
        "Northern Miners Union",
    ),
    (
        "Tamsin Hale wrote in a letter that the pool should stay open all summer.\n\n"
        '"The pool loses money every year," said the letter from the Westfield Ratepayers '
        "Association.",
        "Westfield Ratepayers Association",
    ),
]


@pytest.mark.parametrize(("text", "author"), OWN_AUTHORS)
def test_a_document_that_names_its_author_speaks_for_it(
    fast_quotes: QuoteRows, text: str, author: str
) -> None:
    rows = fast_quotes(text)
    assert [name for quoted, name in rows if quoted.startswith(("“", '"'))] == [author], rows


# -- a person introduced right after a paragraph's opening quotation -------------------
INTRODUCED = [
    (
        "Council voted 8-3 on Monday to approve the new arena.\n\n"
        "Supporters pointed to a study that found the project would create 400 jobs.\n\n"
        "“My son plays hockey two towns over. We drive an hour each way.” Marta Kowal, a "
        "nurse from Elm Grove, was one of 20 residents who spoke in favour.",
        "Marta Kowal",
    ),
    (
        "Coun. Peter Shaw said the rink would pay for itself within ten years.\n\n"
        '"We drive an hour each way to every practice." Tessa Brandt, who coaches a novice '
        "team, was among the speakers.",
        "Tessa Brandt",
    ),
    (
        "The school board heard from parents for three hours on Tuesday.\n\n"
        "Trustee Bill Ames said the board would decide in June.\n\n"
        "“I have two kids in that building and the roof leaks.” Dina Ortiz, who has lived "
        "in the area for 12 years, was the first to speak.",
        "Dina Ortiz",
    ),
    (
        "Fishers gathered at the wharf on Saturday to protest the new quota.\n\n"
        "Fisheries officer Colin Hart said the quota followed the science.\n\n"
        "“Half my crew will be on employment insurance by July.” Rafael Duarte, 58, has "
        "fished out of the harbour since he was a teenager.",
        "Rafael Duarte",
    ),
    (
        "The library board met on Wednesday to hear from users of the Elm branch.\n\n"
        "Chair Wendy Sato said no decision had been made.\n\n"
        "“My grandchildren learned to read in that room.” Yusuf Karim, a retired bus "
        "driver, brought a petition with 2,000 names.",
        "Yusuf Karim",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), INTRODUCED)
def test_a_person_introduced_after_an_opening_quotation_speaks_it(
    fast_quotes: QuoteRows, text: str, speaker: str
) -> None:
    rows = fast_quotes(text)
    opening = text.split("\n\n")[-1]
    quoted = opening[: opening.index(".”" if "”" in opening else '."') + 2]
    assert (quoted, speaker) in rows, rows


# -- a coordinated cue shares the first verb's subject ---------------------------
COORDINATED = [
    (
        "Minister Helen Varga spoke at a school in Regina on Monday.\n\n"
        "Asked about class sizes, she pointed to new hiring grants approved last spring and "
        "said the number of teachers had grown by 300.",
        "she",
    ),
    (
        "Minister Helen Varga spoke at a school in Regina on Monday.\n\n"
        "She cited hiring grants approved last spring and said the number of teachers had "
        "grown by 300.",
        "She",
    ),
    (
        "Mayor Tom Briggs spoke to reporters on Monday.\n\n"
        "Briggs praised the crews hired last winter and said the roads would be clear by "
        "Friday.",
        "Briggs",
    ),
    (
        "Chief Anna Lee spoke at the fire hall on Friday.\n\n"
        "She thanked the volunteers trained by the Red Cross and added that the search would "
        "continue overnight.",
        "She",
    ),
    (
        "Dr. Mia Ross spoke at the clinic on Tuesday.\n\n"
        "Ross pointed to nurses recruited under the new program and told reporters that waits "
        "had fallen by a third.",
        "Ross",
    ),
]


@pytest.mark.parametrize(("text", "mention"), COORDINATED)
def test_a_coordinated_cue_shares_the_first_verbs_subject(
    speaker_mentions: QuoteRows, text: str, mention: str
) -> None:
    rows = speaker_mentions(text)
    assert rows
    assert all(found == mention for _, found in rows), rows


# -- a partitive set off after a plural subject --------------------------------------
PARTITIVES = [
    (
        "Opponents, many of them business owners along the avenue, said the loss of parking "
        "would hurt shops.",
        "the loss of parking would hurt shops",
        "Opponents",
    ),
    (
        "Critics, most of them farmers from the county, said the new levy would drive "
        "families off the land.",
        "the new levy would drive families off the land",
        "Critics",
    ),
    (
        "Residents, some of whom have lived on the street for decades, told council the noise "
        "had become unbearable.",
        "the noise had become unbearable",
        "Residents",
    ),
    (
        "Parents, several of them teachers themselves, argued that the new schedule was "
        "unworkable.",
        "that the new schedule was unworkable",
        "Parents",
    ),
    (
        "Neighbours, many of them retirees, say the new tower will block their view of the lake.",
        "the new tower will block their view of the lake",
        "Neighbours",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), PARTITIVES)
def test_a_partitive_aside_leaves_the_plural_subject_speaking(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert fast_quotes(text) == [(content, speaker)]


# -- a sentence ending on a name after a title's abbreviation is no caption ----------
ABBREVIATED_PLACES = [
    (
        "The mayor said the branch needs a new roof at St. Paul.",
        "the branch needs a new roof at St. Paul",
        "The mayor",
    ),
    (
        "Ranger Kim Aalto said the trail would stay closed below Mt. Hallam.",
        "the trail would stay closed below Mt. Hallam",
        "Kim Aalto",
    ),
    (
        "Residents say the bus no longer stops on St. Clair Avenue.",
        "the bus no longer stops on St. Clair Avenue",
        "Residents",
    ),
    (
        "Police said the driver was taken to hospital in Ft. Corbin.",
        "the driver was taken to hospital in Ft. Corbin",
        "Police",
    ),
    (
        "The board said the library would move into the old bank at St. Vital Park.",
        "the library would move into the old bank at St. Vital Park",
        "The board",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), ABBREVIATED_PLACES)
def test_a_name_after_a_titles_abbreviation_is_no_photo_credit(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert fast_quotes(text) == [(content, speaker)]


# -- a verb of speech beside a quotation that has none holds no later cue --------------
AFTER_IDLE_VERBS = [
    (
        "The feud began last spring after Dale Hume wrote that the club was finished.",
        "that the club was finished",
        "Dale Hume",
    ),
    (
        "The row began on Monday, when Coun. Lise Park told reporters that the audit was "
        "incomplete.",
        "that the audit was incomplete",
        "Lise Park",
    ),
    (
        "The strike continued into a third week after Ivo Brandt told workers that the offer "
        "was final.",
        "that the offer was final",
        "Ivo Brandt",
    ),
    (
        "Grain Co. posted a loss in March, a month after its chief executive Rui Tavares warned "
        "that exports would fall.",
        "that exports would fall",
        "Rui Tavares",
    ),
    (
        "The choir sang for an hour before conductor Mila Roux announced that the hall would "
        "close.",
        "that the hall would close",
        "Mila Roux",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), AFTER_IDLE_VERBS)
def test_a_quotation_verb_without_a_quotation_holds_no_later_cue(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert fast_quotes(text) == [(content, speaker)]


# -- a cue's -s form ending a possessed noun phrase before a coordinator is a noun ------
POSSESSED_PLURALS = [
    (
        "Minister Dan Whit welcomed the senator’s earlier remarks but said he had no plans to "
        "invite her.",
        "he had no plans to invite her",
        "Dan Whit",
    ),
    (
        "The mayor dismissed the paper’s recent reports and said the budget was balanced.",
        "the budget was balanced",
        "The mayor",
    ),
    (
        "Coach Ivo Lee shrugged off the rival coach’s public comments and said his team was ready.",
        "his team was ready",
        "Ivo Lee",
    ),
    (
        "Premier Kara Dunn rejected the union’s latest claims and insisted that the offer "
        "was fair.",
        "that the offer was fair",
        "Kara Dunn",
    ),
    (
        "Chief Rhea Odom ignored the crowd’s angry shouts and told reporters the fire was out.",
        "the fire was out",
        "Rhea Odom",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), POSSESSED_PLURALS)
def test_a_cue_form_ending_a_possessed_noun_phrase_is_a_noun(
    fast_quotes: QuoteRows, text: str, content: str, speaker: str
) -> None:
    assert fast_quotes(text) == [(content, speaker)]
