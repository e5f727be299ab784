"""A fraction's subject is the whole it is a fraction of, in each shape that names one.

``of`` and a noun phrase (``a quarter of the 1,200 nurses``), the noun after a
ratio (``one in five voters``), a definite determiner after ``half`` (``half
the tickets``) and the noun a fraction modifies (``a one-third interest``);
no subject when nothing is named (``half of them``, ``one in 10`` alone); with
part-of-speech tags, a verb after the whole's noun ends it (``its user base logs in``).
"""

from __future__ import annotations

import pytest

from newsparse.builtin.numbers.wholes import fraction_whole

from .helpers import claims


def _whole(text: str) -> str | None:
    """Return the subject of the one fraction of *text*, as written."""
    found = [c for c in claims(text) if c.kind == "fraction"]
    assert len(found) == 1, [(text[c.start : c.end], c.kind) for c in found]
    subject = found[0].subject
    return None if subject is None else text[subject.start : subject.end]


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("A quarter of the 1,200 nurses at Greyfield General walked out.", "the 1,200 nurses"),
        (
            "Nearly two-thirds of the combined 3.1M print and audio copies went overseas.",
            "the combined 3.1M print and audio copies",
        ),
        (
            "Three-quarters of the borough's 14,500 council tenants backed the transfer.",
            "the borough's 14,500 council tenants",
        ),
        (
            "Half of the remaining 2,300 claims will be settled by June, the insurer said.",
            "the remaining 2,300 claims",
        ),
        (
            "Two-thirds of the club's 40,000 season-ticket holders renewed.",
            "the club's 40,000 season-ticket holders",
        ),
        (
            "He left a fifth of his £6 million fortune to the lifeboat charity.",
            "his £6 million fortune",
        ),
        (
            "Roughly a third of the 2.4 million ballots were cast by post.",
            "the 2.4 million ballots",
        ),
        (
            "Almost half of the Ferrow Valley's dairy farms have closed since 2009.",
            "the Ferrow Valley's dairy farms",
        ),
        ("The blaze destroyed a quarter of the old town centre.", "the old town centre"),
        ("The outage hit about a third of its user base on Monday.", "its user base"),
        (
            "Nearly half of the 1,050 rented and owned homes were damaged.",
            "the 1,050 rented and owned homes",
        ),
        (
            "Two-thirds of the 8,700 apprentices at Dunmore Rail finished their courses.",
            "the 8,700 apprentices",
        ),
        ("A third of the party's 1,800 branch officers quit.", "the party's 1,800 branch officers"),
        (
            "Three-quarters of Alderley's 2,150 households have solar panels.",
            "Alderley's 2,150 households",
        ),
        ("Nearly a fifth of the 12,400 sheep on the island died in the snow.", "the 12,400 sheep"),
        (
            "Half of the 1,340 complaints received last year were about noise.",
            "the 1,340 complaints",
        ),
    ],
)
def test_the_of_phrase_of_a_fraction_is_its_whole(text: str, whole: str) -> None:
    assert _whole(text) == whole


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("One in three of the county's bus depots will shut.", "the county's bus depots"),
        ("Two out of five of the 3,400 applicants were turned away.", "the 3,400 applicants"),
        ("Only one in four Year 6 pupils could swim 25 metres.", "Year 6 pupils"),
        ("Nine in 10 small and medium firms reported late payments.", "small and medium firms"),
        ("One in six of the league's 92 grounds fails the safety test.", "the league's 92 grounds"),
        ("Roughly one in eight adult Tasmanians smokes daily.", "adult Tasmanians"),
        (
            "Three out of four of her 60 rescued greyhounds found homes.",
            "her 60 rescued greyhounds",
        ),
        (
            "About one in seven of the region's care homes is short-staffed.",
            "the region's care homes",
        ),
        (
            "One in 20 of the 8,000 dialysis patients missed a session.",
            "the 8,000 dialysis patients",
        ),
        ("Seven in 10 of our 1.2 million members voted to strike.", "our 1.2 million members"),
    ],
)
def test_the_whole_after_a_ratio_is_its_noun_or_of_phrase(text: str, whole: str) -> None:
    assert _whole(text) == whole


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Half the tickets for the Brackley derby sold within an hour.", "the tickets"),
        ("She gave half her winnings to the hospice that cared for her mother.", "her winnings"),
        ("Half its staff were furloughed during the refit.", "its staff"),
        ("Half the 300 delegates walked out of the conference hall.", "the 300 delegates"),
        ("Locals say half the village's cottages are now holiday lets.", "the village's cottages"),
        ("Nearly half their squad is injured ahead of Saturday's final.", "their squad"),
        ("Half these complaints concern late trains, the regulator said.", "these complaints"),
        ("Half the remaining 45 kennels will be rebuilt.", "the remaining 45 kennels"),
        ("We spend almost half our budget on fuel.", "our budget"),
        ("Half the town's 12 pubs have shut in a decade.", "the town's 12 pubs"),
    ],
)
def test_a_definite_determiner_after_half_opens_its_whole(text: str, whole: str) -> None:
    assert _whole(text) == whole


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Marrack Mining sold its remaining one-third interest in the quarry.", "interest"),
        ("The family kept a two-thirds holding in the brewery after the sale.", "holding"),
        ("Kessel bought the other three-quarters share from its partner.", "share"),
        ("Delvin's one-third stake is worth about $40 million.", "stake"),
        ("The bill needs a two-thirds majority in the upper house.", "majority"),
        ("Its one-fifth portion of the estate passed to a nephew.", "portion"),
        ("The council owns a one-quarter slice of the airport company.", "slice"),
        ("The fund took a three-fifths share in the toll road.", "share"),
        ("Orlen's remaining two-thirds holding was sold on Friday.", "holding"),
        ("The trust retains a one-half interest in the farm.", "interest"),
        ("The Harlow family sold its entire one-third stake to a rival brewer.", "stake"),
        ("Vexa agreed to buy the founder's remaining two-thirds shareholding.", "shareholding"),
        ("Under the deal, the bank takes a further one-fifth share in the insurer.", "share"),
        ("Brenner's existing one-half interest in the mine passes to its lender.", "interest"),
        ("Nolte sold her last one-third interest in the vineyard in 2019.", "interest"),
        ("The state's combined two-thirds stake will be floated next year.", "stake"),
    ],
)
def test_the_noun_a_fraction_modifies_is_its_whole(text: str, whole: str) -> None:
    assert _whole(text) == whole


@pytest.mark.parametrize(
    "text",
    [
        "The city has 900 licensed taxis, and about half of them are electric.",
        "Nearly 2,000 people were evacuated, a third of them children.",
        "One in four adults owns a bicycle, up from one in 10 five years ago.",
        "She says she'll give half to her grandchildren.",
        "Nearly half of those surveyed said prices were too high.",
        "Officials expect about half to be rehoused by spring.",
        "The guide said one in three was a forgery.",
        "Carvell employs 5,000 people and a quarter of them work nights.",
        "The mayor said nearly half were built before 1950.",
        "About 40,000 fans attended, and one in five of them travelled from abroad.",
        "Only one in 10 two decades ago owned a car.",
        "Police stopped 600 drivers and one in eight of them was over the limit.",
    ],
)
def test_a_fraction_of_nothing_named_has_no_whole(text: str) -> None:
    fractions = [c for c in claims(text) if c.kind == "fraction"]
    assert fractions
    last = fractions[-1]
    assert last.subject is None, text[last.subject.start : last.subject.end]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Bus ridership fell by a third during the strike.", "Bus ridership"),
        ("Ticket sales rose by a quarter last season.", "Ticket sales"),
        ("Output at the smelter dropped by a fifth in March.", "Output at the smelter"),
        ("Rents in the old quarter have risen by half since 2019.", "Rents in the old quarter"),
        ("Membership fell by almost two-thirds after the fee rise.", "Membership"),
        ("Grain exports slumped by a third in the second half.", "Grain exports"),
        ("Waiting lists grew by a quarter over the winter.", "Waiting lists"),
        ("The herd shrank by a fifth during the drought.", "herd"),
        ("Attendance climbed by a third after the stadium reopened.", "Attendance"),
        ("Food bank visits rose by half in the county.", "Food bank visits"),
    ],
)
def test_a_fraction_of_change_keeps_what_changed_as_its_subject(text: str, subject: str) -> None:
    assert _whole(text) == subject


def _tagged(text: str, tags: dict[str, str]) -> dict[int, str]:
    """Return the POS tags of *text* by token start offset, each word's tag looked up in *tags*."""
    found: dict[int, str] = {}
    offset = 0
    for word in text.split():
        start = text.index(word, offset)
        found[start] = tags.get(word.strip(".,"), "NOUN")
        offset = start + len(word)
    return found


@pytest.mark.parametrize(
    ("text", "fraction", "whole"),
    [
        ("A third of its user base logs in every day.", "third", "its user base"),
        ("A fifth of his savings fund went to the hospice.", "fifth", "his savings fund"),
        ("Half of the rented and owned homes flooded.", "Half", "the rented and owned homes"),
    ],
)
def test_with_tags_a_verb_after_the_noun_of_a_whole_ends_it(
    text: str, fraction: str, whole: str
) -> None:
    tags = {
        "A": "DET",
        "of": "ADP",
        "its": "PRON",
        "his": "PRON",
        "the": "DET",
        "logs": "VERB",
        "went": "VERB",
        "flooded": "VERB",
        "rented": "VERB",
        "owned": "VERB",
        "and": "CCONJ",
        "in": "ADP",
        "to": "ADP",
    }
    start = text.index(fraction)
    end = start + len(fraction)
    found = fraction_whole(text, start, end, start, 0, len(text), tags=_tagged(text, tags))
    assert found is not None
    assert text[found[0] : found[1]] == whole
