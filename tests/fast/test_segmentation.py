"""Paragraphs and sentences of the fast segmenter: news phenomena and properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.builtin.fast.segment_processor import (
    FastSegmenter,
    create_segmenter,
    segment_spec,
    split_sentences,
)
from newsparse.builtin.fast.sentences import sentence_spans
from newsparse.model import Document, Paragraph, Sentence, Token
from newsparse.text.paragraphs import paragraph_spans

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "seeds" / "000_70f566acd3c652ae.txt"
GOLDEN_RULES = SHARED / "data" / "golden_rules" / "english_golden_rules.json"
INVISIBLE = "\u200b\u2060\ufeff"


def words(text: str) -> list[str]:
    """Split a test's space-separated list."""
    return text.split(" ")


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def paragraphs(text: str) -> list[str]:
    return [text[start:end] for start, end in paragraph_spans(text)]


def is_space(char: str) -> bool:
    return char.isspace() or char in INVISIBLE


# -- paragraphs ---------------------------------------------------------------


def test_one_paragraph_per_line_and_blank_lines_ignored() -> None:
    text = "Headline here\n\n  BEIJING — First para.  \r\nSecond para.\n\n\n"
    assert paragraphs(text) == ["Headline here", "BEIJING — First para.", "Second para."]


def test_every_unicode_line_break_separates_paragraphs() -> None:
    text = "One\u2028Two\u2029Three\x85Four\rFive\vSix\fSeven\x1cEight"
    assert paragraphs(text) == ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight"]


def test_line_wrapped_inside_a_sentence_continues_the_paragraph() -> None:
    text = "The minister said the plan would\ncost more than expected.\nA new paragraph."
    assert paragraphs(text) == [
        "The minister said the plan would\ncost more than expected.",
        "A new paragraph.",
    ]


def test_blank_line_always_ends_a_paragraph() -> None:
    assert paragraphs("a line that runs on\n\nand another") == [
        "a line that runs on",
        "and another",
    ]


def test_whitespace_only_text_has_no_paragraph() -> None:
    assert paragraph_spans(" \n\t\u200b\r\n ") == []
    assert split_sentences("") == []


# -- sentences: abbreviations ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Putin met Mrs. Smith, Ms. Jones and Dr. Who in Beijing.",
        "Gov. Newsom, Sen. Warren, Rep. Ocasio-Cortez and Gen. Milley spoke.",
        "The service at St. Paul's Cathedral began at 10 a.m. on Sunday.",
        "Martin Luther King Jr. was born in Atlanta.",
        "Acme Inc. and Widget Corp. merged with Gadget Ltd. last year.",
        "The No. 2 official arrived on Jan. 5 with the U.S. delegation.",
        "Shares rose 3.5% to $3.50 and US$240-billion was pledged.",
        "He cited p. 55 of the report, Vol. 3, and Fig. 2 of the annex.",
        "Chelsea vs. Arsenal ends, e.g. Sunday, as planned.",
        "The talks were held at the U.N. headquarters in New York.",
        "Author J. K. Rowling and George W. Bush met Harry S. Truman's heirs.",
        "The U.S. President spoke to the U.K. Prime Minister.",
        "Protesters gathered in Springfield, Ill. Mayor Jim Langfelder spoke.",
    ],
)
def test_abbreviation_inside_a_sentence_does_not_end_it(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He moved to the U.S. The visa came later.", ["He moved to the U.S.", "The visa came"]),
        ("They work with Pitt & Co. It pays well.", ["They work with Pitt & Co.", "It pays"]),
        ("The meeting ended at 5 p.m. Officials left.", ["The meeting ended at 5 p.m.", "Off"]),
        ("It closed at 6 P.M. Mr. Lee then went home.", ["It closed at 6 P.M.", "Mr. Lee"]),
        ("We did it, you and I. Did you see it?", ["We did it, you and I.", "Did you"]),
        ("He sold apples, pears, etc. They sold out.", ["He sold apples, pears, etc.", "They"]),
    ],
)
def test_abbreviation_before_a_sentence_starter_ends_the_sentence(
    text: str, expected: list[str]
) -> None:
    found = sentences(text)
    assert len(found) == 2
    assert found[0] == expected[0]
    assert found[1].startswith(expected[1])


def test_fronted_time_does_not_end_a_sentence() -> None:
    text = "At 5 a.m. Mr. Smith went to the bank."
    assert sentences(text) == [text]


def test_time_zone_after_pm_continues_the_sentence() -> None:
    text = "Polls close at 8 p.m. ET and results follow."
    assert sentences(text) == [text]


def test_street_after_a_name_may_end_a_sentence() -> None:
    assert sentences("She lives on Main St. The house is old.") == [
        "She lives on Main St.",
        "The house is old.",
    ]


# -- sentences: numbers, quotes, ellipses -------------------------------------


def test_decimals_and_money_do_not_end_a_sentence() -> None:
    text = "The fund holds $100.00 and 3.5 billion yuan."
    assert sentences(text) == [text]


def test_number_before_a_capital_ends_a_sentence() -> None:
    assert sentences("Sales reached $100.00. It was a record.") == [
        "Sales reached $100.00.",
        "It was a record.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We are grateful,” Mr. Putin said. “It matters.”",
            ["“We are grateful,” Mr. Putin said.", "“It matters.”"],
        ),
        (
            'She said, "This is great." She left.',
            ['She said, "This is great."', "She left."],
        ),
        (
            "“Will it work?” he asked. “Yes.”",
            ["“Will it work?” he asked.", "“Yes.”"],
        ),
        (
            "“The relationship is hard-earned. Both sides must cherish it,” Mr. Xi said.",
            ["“The relationship is hard-earned.", "Both sides must cherish it,” Mr. Xi said."],
        ),
        (
            "It called it “objective.” Both sides agreed.",
            ["It called it “objective.”", "Both sides agreed."],
        ),
        (
            "He opposed the decision.“ However, it passed.",
            ["He opposed the decision.“", "However, it passed."],
        ),
    ],
)
def test_quotes_stay_with_their_sentence(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_quote_followed_by_lowercase_continues() -> None:
    text = "“Is it over?” she asked, and 'Great.' he replied."
    assert sentences(text) == [text]


def test_attribution_dash_after_a_quote_continues() -> None:
    text = '"It is a long game." - Matthew Ingram'
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I waited.... Then I left.", ["I waited....", "Then I left."]),
        ("I waited . . . and waited.", ["I waited . . . and waited."]),
        ("It ended . . . . Next came lunch.", ["It ended . . . .", "Next came lunch."]),
        ("It ended. . . . The rest was quiet.", ["It ended.", ". . . The rest was quiet."]),
        ("He paused… Then he spoke.", ["He paused…", "Then he spoke."]),
        ('"Cuts [...] are coming [...] Taxes will rise," he said.', None),
    ],
)
def test_ellipses(text: str, expected: list[str] | None) -> None:
    if expected is None:
        assert len(sentences(text)) == 2
    else:
        assert sentences(text) == expected


def test_citation_in_parentheses_stays_with_the_quote() -> None:
    text = '"Growth [...] slowed" (Lee 12).'
    assert sentences(text) == [text]


def test_double_punctuation_and_names_with_exclamation_marks() -> None:
    assert sentences("Really?! Yes.") == ["Really?!", "Yes."]
    text = "She works at Yahoo! in London."
    assert sentences(text) == [text]


def test_urls_and_emails_end_sentences_with_their_period() -> None:
    assert sentences("Write to a.b@example.org. We reply. See www.example.co.nz. Thanks.") == [
        "Write to a.b@example.org.",
        "We reply.",
        "See www.example.co.nz.",
        "Thanks.",
    ]


def test_lowercase_after_an_ordinary_word_ends_informal_sentences() -> None:
    assert sentences("it was fine. i think so.") == ["it was fine.", "i think so."]


def test_smileys_belong_to_the_sentence_they_follow() -> None:
    assert sentences("Best meal so far! :) We will be back.") == [
        "Best meal so far! :)",
        "We will be back.",
    ]


# -- sentences: lists, datelines, credits ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1) Cut taxes 2) Raise wages", ["1) Cut taxes", "2) Raise wages"]),
        ("1. Cut taxes. 2. Raise wages.", ["1. Cut taxes.", "2. Raise wages."]),
        ("a. Cut taxes b. Raise wages c. Save", ["a. Cut taxes", "b. Raise wages", "c. Save"]),
        ("• 3. Cut taxes • 4. Raise wages", ["• 3. Cut taxes", "• 4. Raise wages"]),
    ],
)
def test_inline_lists(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_numbers_inside_a_sentence_are_not_list_items() -> None:
    text = "The vote was 1 to 2. Nobody expected it."
    assert sentences(text) == ["The vote was 1 to 2.", "Nobody expected it."]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("BEIJING — Chinese leader Xi Jinping welcomed Mr. Putin.", "BEIJING —"),
        ("WASHINGTON (Reuters) - The Senate voted on Tuesday.", "WASHINGTON (Reuters) -"),
        ("Springfield, Ohio, United States - On Monday a county fair began.", None),
        ("Thursday, May 7, 2015 On Tuesday, the government announced it.", None),
    ],
)
def test_datelines_are_sentences_of_their_own(text: str, first: str | None) -> None:
    found = sentences(text)
    assert len(found) == 2
    if first is not None:
        assert found[0] == first


def test_dash_after_a_name_is_no_dateline() -> None:
    text = "Mr. Putin — who arrived on Thursday — spoke first."
    assert sentences(text) == [text]


def test_headline_without_final_punctuation_is_its_own_sentence() -> None:
    text = "Xi and Putin pledge deeper ties\nBEIJING — The two leaders met."
    assert sentences(text) == [
        "Xi and Putin pledge deeper ties",
        "BEIJING —",
        "The two leaders met.",
    ]


def test_photo_credit_is_its_own_sentence() -> None:
    assert sentences("The two leaders in Beijing Image: Reuters.") == [
        "The two leaders in Beijing",
        "Image: Reuters.",
    ]


def test_sentences_never_cross_paragraphs() -> None:
    text = "He said the U.S.\nThe next line is a paragraph."
    assert sentences(text) == ["He said the U.S.", "The next line is a paragraph."]


def test_sentence_spans_use_offsets_into_the_whole_text() -> None:
    text = "Intro.\n  One. Two.  "
    start = text.index("One")
    assert sentence_spans(text, start, len(text)) == [(9, 13), (14, 18)]


# -- shared evaluation data -----------------------------------------------------


def _golden_rules() -> list[dict[str, object]]:
    if not GOLDEN_RULES.exists():
        return []
    rules: list[dict[str, object]] = json.loads(GOLDEN_RULES.read_text(encoding="utf-8"))
    return rules


@pytest.mark.skipif(not GOLDEN_RULES.exists(), reason="../shared/data is absent")
@pytest.mark.parametrize("rule", _golden_rules(), ids=lambda rule: f"rule{rule['id']}")
def test_english_golden_rules(rule: dict[str, object]) -> None:
    text = rule["text"]
    assert isinstance(text, str)
    assert sentences(text) == rule["sentences"]


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is absent")
def test_seed_article() -> None:
    text = SEED.read_text(encoding="utf-8")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert paragraphs(text) == lines
    found = sentences(text)
    assert not any(sentence.endswith("Mr.") for sentence in found)
    assert all(
        any(line.endswith(sentence) for line in lines)
        for sentence in found
        if sentence.endswith("U.S.")
    )
    assert any(sentence.startswith("“The China-Russia relationship") for sentence in found)
    assert len(found) >= len(lines)


# -- the processor ---------------------------------------------------------------


def test_processor_writes_three_layers_with_conventional_ids() -> None:
    doc = Document("Headline\n\nMr. Xi met Mr. Putin. They talked.")
    update = create_segmenter({})(doc)
    parsed = doc.with_layers(update, processor="fast.segment")
    assert [type(p) for p in parsed.layer("paragraphs")] == [Paragraph, Paragraph]
    assert [s.id for s in parsed.layer("sentences")] == ["s1", "s2", "s3"]
    assert all(isinstance(t, Token) for t in parsed.layer("tokens"))
    assert [parsed.text_of(t) for t in parsed.layer("tokens")][:4] == [
        "Headline",
        "Mr.",
        "Xi",
        "met",
    ]
    assert parsed.layer("tokens")[-1].id == f"t{len(parsed.layer('tokens'))}"
    for sentence in parsed.layer("sentences"):
        assert isinstance(sentence, Sentence)
        inside = parsed.within("tokens", sentence.start, sentence.end)
        assert inside[0].start == sentence.start
        assert inside[-1].end == sentence.end


def test_segment_spec_describes_the_processor() -> None:
    spec = segment_spec()
    assert spec.name == "fast.segment"
    assert spec.stage == "segment"
    assert spec.provides == frozenset({"paragraphs", "sentences", "tokens"})
    assert spec.requires == frozenset()
    assert isinstance(spec.factory({}), FastSegmenter)


# -- properties ------------------------------------------------------------------

NEWS_PIECES = (
    *words("Mr. U.S. a.m. Inc. St. No. E. I. 1. 2) a. b. . .. ... … ? ! ?! “ ” \" ' ’s ( )"),
    *words("[...] • ⁃ Image: :) — - The the Putin said 5 $3.5 US$240-billion www.a.com"),
    *("BEIJING —", "Monday, May 7, 2015", ". . .", " ", "  ", "\n", "\r\n", "\n\n", "\t"),
    *("\u2029", "\u200b", "\ufeff", "\x00", "e\u0301", "\u0301", "\u202e"),
    *("👍🏽", "👨\u200d👩\u200d👧", "🇨🇳", "שלום", "مرحبا"),
)

news_text = st.lists(st.sampled_from(NEWS_PIECES) | st.text(max_size=6), max_size=40).map("".join)
any_text = st.text() | news_text


def assert_partition(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    """Spans are ordered, disjoint, trimmed, non-empty, and only spaces lie between them."""
    previous = start
    for span_start, span_end in spans:
        assert previous <= span_start < span_end <= end
        assert not is_space(text[span_start])
        assert not is_space(text[span_end - 1])
        assert all(is_space(char) for char in text[previous:span_start])
        previous = span_end
    assert all(is_space(char) for char in text[previous:end])


@settings(deadline=None)
@given(any_text)
def test_paragraphs_partition_the_text(text: str) -> None:
    spans = paragraph_spans(text)
    assert_partition(text, spans, 0, len(text))
    for start, end in spans:
        assert "\n\n" not in text[start:end].replace("\r\n", "\n")


@settings(deadline=None)
@given(any_text)
def test_sentences_partition_each_paragraph(text: str) -> None:
    for start, end in paragraph_spans(text):
        assert_partition(text, sentence_spans(text, start, end), start, end)


@settings(deadline=None)
@given(any_text)
def test_segmentation_is_deterministic_and_valid(text: str) -> None:
    segmenter = FastSegmenter()
    doc = Document(text)
    first = segmenter(doc)
    assert first == segmenter(doc)
    parsed = doc.with_layers(first)
    assert len(parsed.layer("sentences")) == len(split_sentences(text))
