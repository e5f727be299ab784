"""Direct quotes: attribution patterns, standalone and floating quotations, scare quotes."""

from __future__ import annotations

from newsparse.builtin.quotes.processor import QuoteExtractor
from newsparse.model import Document

EXTRACT = QuoteExtractor()

Row = tuple[str, str, str | None]


def quotes(text: str) -> list[Row]:
    """Quotes of *text* (no layers: the extractor's own segmentation and names)."""
    found = EXTRACT.extract(Document(text))
    return [(text[q.start : q.end], q.kind, q.speaker.name if q.speaker else None) for q in found]


def test_quote_then_speaker_and_cue() -> None:
    text = "“The China-Russia relationship is hard-earned,” Mr. Xi said."
    assert quotes(text) == [("“The China-Russia relationship is hard-earned,”", "direct", "Xi")]


def test_quote_then_inverted_cue_and_speaker() -> None:
    text = (
        "“I think the new pool gets far more use,” said Delia Ferrante, who chairs the parks board."
    )
    assert quotes(text) == [
        ("“I think the new pool gets far more use,”", "direct", "Delia Ferrante")
    ]


def test_speaker_and_cue_then_colon_and_quote() -> None:
    text = "The minister said: “We will not back down.”"
    assert quotes(text) == [("“We will not back down.”", "direct", "The minister")]


def test_interrupted_quote_gives_two_quotes_with_one_speaker() -> None:
    text = "“I'm not a robot,” Petra Halloway said, “but I am a night owl.”"
    assert quotes(text) == [
        ("“I'm not a robot,”", "direct", "Petra Halloway"),
        ("“but I am a night owl.”", "direct", "Petra Halloway"),
    ]


def test_question_quote_before_lower_case_attribution() -> None:
    text = "“Why now?” she asked. Maria Lopez had left early."
    rows = quotes("Maria Lopez spoke first. " + text)
    assert ("“Why now?”", "direct", "Maria Lopez") in rows


def test_quotation_after_attribution_sentence_inherits_its_speaker() -> None:
    text = (
        "“This lawsuit has turned into a brawl,” Justice Marian Okafor wrote. “It didn’t have to.”"
    )
    assert quotes(text) == [
        ("“This lawsuit has turned into a brawl,”", "direct", "Marian Okafor"),
        ("“It didn’t have to.”", "direct", "Marian Okafor"),
    ]


def test_floating_quote_paragraph_inherits_the_previous_paragraph_speaker() -> None:
    text = (
        "“We're staying put,” Lena Dubrow said.\n\n"
        "“Nobody saw any of this coming for us.”\n\n"
        "The family plans to appeal in June."
    )
    assert quotes(text) == [
        ("“We're staying put,”", "direct", "Lena Dubrow"),
        ("“Nobody saw any of this coming for us.”", "direct", "Lena Dubrow"),
    ]


def test_floating_quote_after_narrative_paragraph_takes_its_person() -> None:
    text = (
        "At 31 years old, Tobias Wrenfield was diagnosed with a rare heart condition.\n\n"
        "“Some days are harder than others but I keep going.”"
    )
    rows = quotes(text)
    assert rows == [
        ("“Some days are harder than others but I keep going.”", "direct", "Tobias Wrenfield")
    ]


def test_quote_with_nobody_to_inherit_from_has_no_speaker() -> None:
    text = "The storm hit on Friday.\n\n“This is a serious test for all of us.”"
    assert quotes(text) == [("“This is a serious test for all of us.”", "direct", None)]


def test_scare_quotes_titles_and_terms_are_not_quotes() -> None:
    text = (
        "The leaders built on a “no limits” partnership. China supplies “dual-use” components. "
        "The film “Dune” opened on Friday."
    )
    assert quotes(text) == []


def test_multi_paragraph_quote_gives_one_quote_per_paragraph_with_one_speaker() -> None:
    text = (
        "“The first part of the statement is long enough to matter.\n\n"
        "“The second part follows it,” Ms. Lee said.\n\n"
        "Nothing else was said."
    )
    rows = quotes(text)
    assert [row[0] for row in rows] == [
        "“The first part of the statement is long enough to matter.",
        "“The second part follows it,”",
    ]
    assert {row[2] for row in rows} == {"Lee"}


def test_unclosed_quote_never_swallows_the_following_paragraphs() -> None:
    text = (
        "“We have nothing to lose, he said at the rally.\n\n"
        "Officials said the rally ended peacefully on Sunday evening.\n\n"
        "The next rally is planned for May."
    )
    found = EXTRACT.extract(Document(text))
    first_break = text.index("\n")
    assert all(q.end <= first_break or q.start > first_break for q in found)
    assert any(text[q.start : q.end].startswith("the rally ended") for q in found)


def test_social_media_embed_is_a_quote_by_its_author() -> None:
    text = (
        "Flooding has closed dozens of roads across the whole valley. "
        "pic.twitter.com/Xq7LmP2vRt — Northvale Power (@northvalepower) March 3, 2021"
    )
    assert quotes(text) == [
        (
            "Flooding has closed dozens of roads across the whole valley",
            "indirect",
            "Northvale Power",
        )
    ]


def test_pull_quote_with_trailing_name_line() -> None:
    text = "It's a real worry for older residents if the clinic closes. Wanda Ostrowski, town mayor"
    assert quotes(text) == [
        (
            "It's a real worry for older residents if the clinic closes",
            "indirect",
            "Wanda Ostrowski",
        )
    ]
