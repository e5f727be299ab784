"""The cue lexicon: inflection, classes, extension."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsparse.attribution.cue_lexicon import (
    CUE_CLASSES,
    CueLexicon,
    cues_by_class,
    inflect,
    parse_cue_spec,
)
from newsparse.lexicon import default_lexicon


@pytest.mark.parametrize(
    ("base", "forms"),
    [
        ("say", ("say", "says", "said", "saying")),
        ("argue", ("argue", "argues", "argued", "arguing")),
        ("deny", ("deny", "denies", "denied", "denying")),
        ("stress", ("stress", "stresses", "stressed", "stressing")),
        ("tell", ("tell", "tells", "told", "telling")),
        ("write", ("write", "writes", "wrote", "written", "writing")),
        ("quip", ("quip", "quips", "quipped", "quipping")),
        ("agree", ("agree", "agrees", "agreed", "agreeing")),
        ("snap", ("snap", "snaps", "snapped", "snapping")),
        ("admit", ("admit", "admits", "admitted", "admitting")),
        ("moan", ("moan", "moans", "moaned", "moaning")),
        ("cry", ("cry", "cries", "cried", "crying")),
        ("yell", ("yell", "yells", "yelled", "yelling")),
        ("stammer", ("stammer", "stammers", "stammered", "stammering")),
    ],
)
def test_inflect(base: str, forms: tuple[str, ...]) -> None:
    assert inflect(base) == forms


def test_default_lexicon_knows_every_class_and_phrase() -> None:
    lexicon = CueLexicon.default()
    assert set(cues_by_class(default_lexicon())) == set(CUE_CLASSES)
    said = lexicon.lookup("said")
    assert said is not None and said.base == "say" and said.cue_class == "speech"
    assert not said.participle
    saying = lexicon.lookup("Saying")
    assert saying is not None and saying.participle
    told = lexicon.lookup("told")
    assert told is not None and told.cue_class == "tell"
    called_for = lexicon.lookup("called  for")
    assert called_for is not None and called_for.cue_class == "object"
    pointed_out = lexicon.lookup("pointed out")
    assert pointed_out is not None and pointed_out.base == "point out"
    assert "muttered" in lexicon
    assert "according" not in lexicon
    assert lexicon.lookup("table") is None


def test_pattern_finds_whole_lower_case_forms_only() -> None:
    lexicon = CueLexicon.default()
    text = "He said so, they were saying, she pointed out, unsaid, sayings, Said, called for"
    found = [m.group() for m in lexicon.pattern.finditer(text)]
    assert found == ["said", "saying", "pointed out", "called for"]


def test_extended_lexicon_adds_cues_with_classes() -> None:
    lexicon = CueLexicon.default().extended(["harrumph", "brief:tell"])
    grumbled = lexicon.lookup("harrumphed")
    briefed = lexicon.lookup("briefed")
    assert grumbled is not None and grumbled.cue_class == "speech"
    assert briefed is not None and briefed.cue_class == "tell"
    assert CueLexicon.default().lookup("harrumphed") is None
    assert len(lexicon) > len(CueLexicon.default())


def test_parse_cue_spec_rejects_unknown_classes_and_empty_cues() -> None:
    assert parse_cue_spec("  Point   Out :report") == ("point out", "report")
    with pytest.raises(ValueError, match="use one of"):
        parse_cue_spec("grumble:loudly")
    with pytest.raises(ValueError, match="empty"):
        parse_cue_spec(":speech")


def test_design_page_lists_the_default_cues() -> None:
    page = Path(__file__).resolve().parents[2] / "docs" / "quotes.rst"
    lines = page.read_text(encoding="utf-8").splitlines()
    listed: dict[str, set[str]] = {}
    for index, line in enumerate(lines):
        match = re.match(r"``(\w+)``", line)
        if match is None or match.group(1) not in CUE_CLASSES:
            continue
        body: list[str] = []
        for follow in lines[index + 1 :]:
            if not follow.startswith("   "):
                break
            body.append(follow.strip())
        listed[match.group(1)] = {cue.strip() for cue in " ".join(body).split(",")}
    assert listed == {klass: set(cues) for klass, cues in cues_by_class(default_lexicon()).items()}


def test_every_cue_verb_has_a_verb_class_and_the_reverse() -> None:
    lexicon = default_lexicon()
    cues = {verb for verb, _ in lexicon.table("cue_verbs")}
    classes = dict(lexicon.table("cue_verb_classes"))
    assert cues == set(classes)
    assert set(classes.values()) == {
        "speech",
        "inquiry",
        "manner",
        "complaint",
        "admission",
        "reply",
        "description",
        "assertion",
        "judgement",
        "continuation",
        "pronouncement",
        "expression",
    }


@pytest.mark.parametrize("verb", ["believe", "think", "estimate", "expect", "hope", "feel"])
def test_belief_verbs_are_no_cues(verb: str) -> None:
    lexicon = CueLexicon.default()
    assert all(form not in lexicon for form in inflect(verb))


@pytest.mark.parametrize(
    ("form", "base"),
    [
        ("muttered", "mutter"),
        ("grumbled", "grumble"),
        ("conceded", "concede"),
        ("retorted", "retort"),
        ("described", "describe"),
        ("affirmed", "affirm"),
        ("snapped", "snap"),
    ],
)
def test_members_of_each_verb_class_are_cues(form: str, base: str) -> None:
    entry = CueLexicon.default().lookup(form)
    assert entry is not None and entry.base == base
