# ruff: noqa: E501 (one invented sentence per line)
"""Pronoun speakers and quotations standing alone: who ``he``, ``she``, ``it`` and ``they`` are.

Invented sentences through the fast pipeline, one class of rule per test.
"""

from __future__ import annotations

import pytest
from tests.quotes.conftest import speaker_of
from tests.quotes.test_speaker_rules import speakers

from newsparse import Pipeline
from newsparse.attribution.marks import find_quote_blocks
from newsparse.attribution.mentions import EntityIndex
from newsparse.attribution.names import NameIndex
from newsparse.attribution.wordlists import given_name_sex
from newsparse.attribution.words import clause_words
from newsparse.builtin.quotes.direct import attribution_after, parenthesis_owner
from newsparse.model import Entity, Quote


# -- the subject of a reporting clause is an antecedent -------------------------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Justice Sean Dorval said the council had acted in bad faith. “This is a shameful fight,” he wrote.\n\n"
            "A letter sent to the Herald by Victor Lamb, who joined the council last year, said “the council will respect the ruling.” "
            "When asked about the ruling, he replied that the council “will have more to say next week.”",
            "more to say",
            "Victor Lamb",
        ),
        (
            "Coach Marc Ilves praised his goalkeeper.\n\n"
            "Ilves said the team would rest on Sunday. Tomas Berg himself was relieved about the break, which he calls “long overdue for everyone.”",
            "long overdue",
            "Tomas Berg",
        ),
    ],
)
def test_the_subject_of_a_reporting_clause_is_an_antecedent(
    text: str, content: str, name: str
) -> None:
    assert speaker_of(speakers(text), content) == name


def test_a_person_named_inside_reported_content_is_no_antecedent() -> None:
    text = (
        "Pop star Ella Voss has cancelled her tour.\n\n"
        "One friend said Ella had barely slept in a week. “She is exhausted,” the source said.\n\n"
        "“She needs a rest.”"
    )
    assert speaker_of(speakers(text), "She is exhausted") != "Ella Voss"


# -- nothing named inside a quotation is an antecedent ----------------------------------
def test_an_institution_named_inside_a_quotation_is_no_antecedent_of_it() -> None:
    text = (
        "Forty scientists have signed a letter to Prime Minister Dana Holt.\n\n"
        "“We ask the Harbour Research Council to publish its data without delay,” it said."
    )
    assert speaker_of(speakers(text), "publish its data") != "Harbour Research Council"


# -- an institution named in the last two sentences is what it and they name -----------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "The Greens said their plan would cost little. Voters were unmoved.\n\n"
            "Key to the Tories’ hopes is their promise to cut fuel taxes. Almost all of the savings, they promise, will go to families.",
            "Almost all of the savings",
            "Tories",
        ),
        (
            "Harlow Transit said fares would rise in May. Riders were angry.\n\n"
            "The closure was ordered by Velmont Mining after a flood. Most of the damage has been repaired, it said on Monday.",
            "Most of the damage",
            "Velmont Mining",
        ),
    ],
)
def test_an_institution_named_just_before_is_what_it_and_they_name(
    text: str, content: str, name: str
) -> None:
    found = speaker_of(speakers(text), content)
    assert found is not None and found.split()[-1] == name.split()[-1]


def test_a_subject_of_the_same_sentence_keeps_it() -> None:
    text = (
        "Harlow Transit said fares would rise in May.\n\n"
        "The city sued Orbis Rail in March. It said the contract had been broken."
    )
    assert speaker_of(speakers(text), "the contract had been broken") == "The city"


# -- the last person named, unless a speaker of that sex goes on ----------------------------
def test_he_takes_the_man_named_in_the_sentence_before_over_an_older_subject() -> None:
    text = (
        "Peter Brandt founded the firm in 1990 and still chairs its board. The board met on Friday.\n\n"
        "Then there is the matter of Lorne Kessler’s private messages. "
        "In other words, he says, “nothing I write is secret any more.”"
    )
    assert speaker_of(speakers(text), "nothing I write") == "Lorne Kessler"


def test_a_speaker_goes_on_over_a_man_named_since() -> None:
    text = (
        "“We will appeal,” Mayor Tom Reilly said on Monday.\n\n"
        "The ruling also named contractor Paul Ostrowski’s firm. “The decision ignores the facts,” he said."
    )
    assert speaker_of(speakers(text), "ignores the facts") == "Tom Reilly"


# -- unnamed people are antecedents when nobody named fits -----------------------------------
def test_an_unnamed_person_is_she_when_no_named_person_fits() -> None:
    text = (
        "Nurses say the ward is short of staff.\n\n"
        "One emergency nurse has worked nights for a decade. “We are burning out because nothing changes,” she said."
    )
    assert speaker_of(speakers(text), "burning out") == "One emergency nurse"


def test_a_named_person_goes_before_an_unnamed_one() -> None:
    text = (
        "Stephen Gillis needs a new kidney.\n\n"
        "His doctor has put him on a waiting list. “I feel fine most days,” he said."
    )
    assert speaker_of(speakers(text), "I feel fine") == "Stephen Gillis"


# -- a parenthesised quotation is its owner's ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "Critics weighed in too. But I side with the Marla Quinn assessment of Oren Vale (“She has built a rocket company from a garage”).",
            "rocket company",
            "Marla Quinn",
        ),
        (
            "Dana Wu runs the lab.\n\n"
            "The board wants her posts checked. She may keep her odd sayings (“Data is a river, not a lake”) but not announce deals.",
            "Data is a river",
            "Dana Wu",
        ),
    ],
)
def test_a_parenthesised_quotation_is_the_words_of_the_phrase_owner(
    text: str, content: str, name: str
) -> None:
    assert speaker_of(speakers(text), content) == name


def test_parenthesis_owner_reads_back_to_the_determiner() -> None:
    text = "The fans loved his latest riff (“Anxiety is a scalar, fear is a vector”) last night."
    blocks = find_quote_blocks(text, [(0, len(text))]).blocks
    words = clause_words(text, 0, len(text), blocks, 0)
    block = next(w.block for w in words if w.block is not None and w.block >= 0)
    owner = parenthesis_owner(words, block, EntityIndex([]))
    assert owner is not None and text[owner.start : owner.end] == "his"


# -- given names tell the sex, from the census and the SSA baby names --------------------------
@pytest.mark.parametrize(
    ("given", "sex"),
    [
        ("Niall", "male"),
        ("Jacinda", "female"),
        ("Sven", "male"),
        ("Mary", "female"),
        ("Jordan", None),
    ],
)
def test_given_name_sex(given: str, sex: str | None) -> None:
    assert given_name_sex(given) == sex


def test_the_sex_of_a_full_name_comes_from_its_given_name() -> None:
    text = "Jacinda Okoro met Niall Brannigan."
    entities = [
        Entity(id="e1", start=0, end=12, label="PERSON", name="Jacinda Okoro"),
        Entity(id="e2", start=18, end=33, label="PERSON", name="Niall Brannigan"),
    ]
    names = NameIndex(text, entities)
    assert names.sex("Jacinda Okoro") == "female"
    assert names.sex("Niall Brannigan") == "male"


def test_she_passes_over_a_man_whose_given_name_only_the_ssa_list_knows() -> None:
    text = (
        "Jacinda Okoro chairs the tenants' association. Niall Brannigan owns the building.\n\n"
        "Okoro said the heating had failed twice. Brannigan said the boiler would be replaced in March.\n\n"
        "“We have been patient for long enough,” she said."
    )
    assert speaker_of(speakers(text), "patient for long enough") == "Jacinda Okoro"


# -- role nouns and descriptive subjects ---------------------------------------------------
def test_they_after_paramedics_at_a_named_base() -> None:
    text = (
        "Paramedics at the Westfield ambulance base refused overtime on Friday.\n\n"
        "They said crews had worked fourteen hours without a break."
    )
    assert (
        speaker_of(speakers(text), "fourteen hours") == "Paramedics at the Westfield ambulance base"
    )


def test_a_complement_runs_up_to_its_auxiliary() -> None:
    text = (
        "Residents of the Pine Hollow trailer park were told on Friday to leave by June.\n\n"
        "They said the notice came without warning."
    )
    assert (
        speaker_of(speakers(text), "without warning") == "Residents of the Pine Hollow trailer park"
    )


# -- the sex a given name tells is not overridden by another's pronouns ---------------------
def test_pronouns_after_a_woman_named_as_an_object_do_not_make_her_a_man() -> None:
    text = (
        "“We will win,” Senator Ted Crane said on Monday.\n\n"
        "Crane attacked Heidi Moss after he lost the vote, and he vowed to keep going. "
        "“I have nothing to hide,” Moss said.\n\n"
        "“He knows that,” she said."
    )
    assert speaker_of(speakers(text), "He knows that") == "Heidi Moss"


def test_a_woman_called_by_her_given_name_alone_is_no_he() -> None:
    text = (
        "“We are going to win this state,” Donald Marsh said, looking out on the crowd.\n\n"
        "“I know you are,” Melanie said to the television.\n\n"
        "“I love you all,” he said."
    )
    assert speaker_of(speakers(text), "I love you all") == "Donald Marsh"


def test_a_given_name_that_is_a_common_surname_tells_no_sex_alone() -> None:
    names = NameIndex("Lewis said it was late. Melanie agreed.", [])
    assert names.sex("Lewis") is None
    assert names.sex("Melanie") == "female"


def test_he_after_a_player_named_after_his_position() -> None:
    text = (
        "Captain Josh Bellamy, who missed the game, hopes to return next week.\n\n"
        "Oshawa goalie Tyler Greaves stopped 38 shots. He said the win meant a lot."
    )
    assert speaker_of(speakers(text), "the win meant a lot") == "Tyler Greaves"


# -- a source set off by commas tells the whole clause -----------------------------------------
@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "At 300 metres, according to Omar Haddad, Lena Brandt said she could see the barrier.",
            "she could see the barrier",
            "Omar Haddad",
        ),
        (
            "Tom Voss had told his sister that he regretted the sale, according to Ruth Lang, but she never believed him.",
            "he regretted the sale",
            "Ruth Lang",
        ),
    ],
)
def test_a_source_set_off_by_commas_tells_the_whole_clause(
    text: str, content: str, name: str
) -> None:
    assert speaker_of(speakers(text), content) == name


def test_a_source_opening_the_sentence_leaves_a_later_speaker_alone() -> None:
    text = "According to Omar Haddad, the barrier was closed. Lena Brandt said she could see it."
    assert speaker_of(speakers(text), "she could see it") == "Lena Brandt"


def test_a_possessor_opening_a_clause_gives_way_to_the_person_in_apposition() -> None:
    text = (
        "Premier Rachel Notley said the pipeline would be built.\n\n"
        "Notley’s energy minister, Margaret Boyd, defended the record on Monday. “We have done more than anyone,” she said."
    )
    assert speaker_of(speakers(text), "We have done more") == "Margaret Boyd"


# -- a person named as an object in an introductory phrase is not the pronoun after it -------
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mayor John Tory told reporters he stood by the vote.\n\n"
            "Asked about Coun. Gord Perks, he said: “He is entitled to his opinion.”",
            "entitled to his opinion",
        ),
        (
            "“We will appeal,” Mayor John Tory said on Monday.\n\n"
            "After meeting Gord Perks on Tuesday, he changed his mind. “The vote stands,” he said.",
            "The vote stands",
        ),
    ],
)
def test_an_object_in_an_introductory_phrase_is_not_the_pronoun(text: str, content: str) -> None:
    assert speaker_of(speakers(text), content) == "John Tory"


def test_the_subject_of_an_introductory_clause_may_be_the_pronoun() -> None:
    text = (
        "“We will appeal,” Mayor John Tory said on Monday.\n\n"
        "When Karen Stintz arrived at the meeting, she said the vote was a sham."
    )
    assert speaker_of(speakers(text), "the vote was a sham") == "Karen Stintz"


def test_a_hearer_or_a_source_is_no_antecedent_of_it() -> None:
    text = (
        "The company, Velmont Foods, says it meets every standard.\n\n"
        "Mayor Ana Ruiz told CBC News the plant would be inspected. It says the smell comes from a nearby farm."
    )
    assert speaker_of(speakers(text), "nearby farm") == "Velmont Foods"


def test_a_woman_named_as_a_hearer_is_no_antecedent_of_she() -> None:
    text = (
        "Finance Minister Carla Voss said the deficit would shrink. Economists were sceptical.\n\n"
        "A critic told CBC host Rosemary Barton that the plan was reckless. She said, “the numbers simply do not add up.”"
    )
    assert speaker_of(speakers(text), "do not add up") == "Carla Voss"


# -- a given name in apposition to a person noun ----------------------------------------------
def test_a_given_name_in_apposition_is_what_she_names() -> None:
    text = (
        "Gurpreet Dhaliwal has driven a taxi in Surrey for 22 years. He says apps are putting him out of work.\n\n"
        "His wife, Harjit, works nights at a care home. She said the family had cut back on everything."
    )
    assert speaker_of(speakers(text), "cut back on everything") == "Harjit"


def test_a_given_name_in_apposition_speaks_as_a_person_of_the_nouns_sex() -> None:
    text = (
        "Ravi Sandhu opened the bakery in 2009.\n\n"
        "His daughter, Simran, said the rent had doubled. “We cannot go on like this,” she said."
    )
    assert speaker_of(speakers(text), "cannot go on") == "Simran"


def test_an_unnamed_speaker_with_a_complement_in_a_place_is_she() -> None:
    text = (
        "Nurses say the ward is short of staff.\n\n"
        "One emergency nurse in Halifax told me the shortage was a symptom. “We are burning out,” she said."
    )
    assert speaker_of(speakers(text), "burning out") == "One emergency nurse in Halifax"


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        (
            "The RCMP says it is reviewing the case.\n\n"
            "Global Affairs Canada was also contacted. It said consular officials were in touch with the family.",
            "consular officials",
            "Global Affairs Canada",
        ),
        (
            "The RCMP says it is reviewing the case.\n\n"
            "The Teamsters were also contacted on Friday. In a statement, they said the increase was unfair.",
            "the increase was unfair",
            "Teamsters",
        ),
    ],
)
def test_the_subject_of_the_sentence_before_goes_before_an_older_speaker(
    text: str, content: str, name: str
) -> None:
    found = speaker_of(speakers(text), content)
    assert found is not None and found.split()[-1] == name.split()[-1]


def test_a_pronoun_opening_the_words_after_a_leading_quotation_is_its_speaker() -> None:
    text = (
        "Coach Ana Ruiz needs a kidney.\n\n"
        "Players at the club made a video to find her a donor. “Please help us help our coach,” they sign off."
    )
    blocks = find_quote_blocks(text, [(0, len(text))]).blocks
    start = text.index("“Please")
    words = clause_words(text, start, len(text), blocks, 0)
    block = next(w.block for w in words if w.block is not None and w.block >= 0)
    mention = attribution_after(words, block, EntityIndex([]))
    assert mention is not None and text[mention.start : mention.end] == "they"
    assert speaker_of(speakers(text), "Please help us") == "Players at the club"


# -- I and we inside a quotation are never the speaker mention ---------------------------------
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("“We told them I would go, and we went,” said Ana Ruiz.", "Ana Ruiz"),
        ("Tom Hale spoke first.\n\n“I said we would win,” he said.", "he"),
        ("Ana Ruiz spoke next.\n\n“We are tired. I am tired. They said we could rest.”", None),
    ],
)
def test_i_and_we_inside_a_quotation_are_never_the_speaker_mention(
    text: str, mention: str | None
) -> None:
    doc = Pipeline("fast")(text)
    quote = next(q for q in doc.layer("quotes") if isinstance(q, Quote))
    speaker = quote.speaker
    written = (
        None if speaker is None or speaker.start is None else text[speaker.start : speaker.end]
    )
    assert written == mention or (mention is None and written not in ("I", "We", "we", "They"))


def test_a_photo_credit_is_no_antecedent_of_she() -> None:
    text = (
        "Mayor Tom Reilly said the budget would be balanced. “We will not raise taxes,” he said.\n\n"
        "Open this photo in gallery Residents protest outside city hall on Monday. Photo: Jane Doyle/The Herald\n\n"
        "Councillors will vote on the budget next week.\n\n"
        "“Every line has been checked,” she said."
    )
    assert speaker_of(speakers(text), "Every line") != "Jane Doyle"


def test_with_no_subject_she_takes_the_nearest_woman_named_passing_over_men() -> None:
    text = (
        "Dana Lowe’s film won the jury prize on Friday.\n\n"
        "Her director, Tom Hale, accepted the award in Toronto. Critics cheered.\n\n"
        "“It was a complete shock,” she said later."
    )
    assert speaker_of(speakers(text), "complete shock") == "Dana Lowe"


def test_her_husband_is_the_partner_named_with_a_given_name_alone() -> None:
    text = (
        "When Amira and Karim Haddad arrived in Halifax in 2016, they spoke no English.\n\n"
        "Today they run a bakery. “We work seven days a week,” Amira says.\n\n"
        "Her husband does the baking. He says the secret is patience."
    )
    assert speaker_of(speakers(text), "We work seven days") == "Amira"
    assert speaker_of(speakers(text), "the secret is patience") == "Karim Haddad"


def test_a_given_name_alone_takes_its_sex_from_the_ssa_list_unless_it_is_a_surname_here() -> None:
    names = NameIndex("Amira spoke first. Then Ana Amira spoke.", [])
    assert names.sex("Amira") is None  # a surname in this article
    assert NameIndex("Amira spoke first.", []).sex("Amira") == "female"


@pytest.mark.parametrize(
    "clause",
    [
        "The report also criticised contractor Paul Ostrowski’s firm.",
        "The audit also condemned builder Paul Ostrowski’s work.",
        "A review later praised contractor Paul Ostrowski’s crews.",
        "The inquiry also mentioned engineer Paul Ostrowski’s memo.",
        "Critics have long condemned developer Paul Ostrowski’s towers.",
    ],
)
def test_a_clause_with_a_cue_word_that_reports_nothing_lends_its_people_as_any_other(
    clause: str,
) -> None:
    text = (
        "“We will appeal,” Mayor Tom Reilly said on Monday.\n\n"
        f"{clause} “The decision ignores the facts,” he said."
    )
    assert speaker_of(speakers(text), "ignores the facts") == "Tom Reilly"


# -- weak evidence for a pronoun's referent ------------------------------------------------
def test_they_takes_no_possessor_whose_name_is_singular() -> None:
    text = "Paramedics at Regina General walked off the job on Monday.\n\nThe strike follows the Saskatchewan Health Authority's decision to cut overtime.\n\nThey said the cuts were dangerous."
    assert speakers(text)[-1][1] == "Paramedics at Regina General"


def test_it_continues_the_institution_that_spoke_over_a_possessed_thing() -> None:
    text = "Rogers said the outage was caused by a software update. Bell's network was not affected.\n\nIt said customers would get a credit."
    assert speakers(text)[-1][1] == "Rogers"


def test_a_title_taken_for_a_name_is_no_antecedent() -> None:
    text = "The Fraser Institute released a report on Monday. Economist Jack Mintz said the report was flawed.\n\nIt said taxes were too high."
    assert speakers(text)[-1][1] == "Fraser Institute"
