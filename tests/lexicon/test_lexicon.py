"""The shared lexicon: loader, changes, the hook and the alternation builder."""

from __future__ import annotations

import re
from collections.abc import Mapping

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import hookimpl
from newsparse.errors import PipelineConfigError, PluginError
from newsparse.lexicon import (
    LEXICON_KEY,
    Lexicon,
    LexiconError,
    WordList,
    alternation,
    default_lexicon,
    lexicon_from_config,
)
from newsparse.pipeline import Pipeline, ProcessorSpec
from newsparse.plugins import PluginHost

#: Lists the built-in stages read; each must exist.
EXPECTED_LISTS = {
    "abbreviations",
    "affiliation_cues",
    "cities",
    "common_words",
    "company_forms",
    "contractions",
    "coordinators",
    "count_nouns",
    "countries",
    "cue_verb_classes",
    "cue_verbs",
    "ellipsis_words",
    "events",
    "given_name_sexes",
    "given_names_ssa",
    "given_names",
    "institution_nouns",
    "participles",
    "past_tenses",
    "person_verbs",
    "body_nouns",
    "groups",
    "honorifics",
    "interjections",
    "keywords",
    "months",
    "name_particles",
    "number_words",
    "organisations",
    "reference_family_names",
    "reference_given_names",
    "reference_places",
    "regions",
    "roles",
    "subdivisions",
    "surnames_first",
    "title_words",
    "titles",
    "weekdays",
}


def test_default_lexicon_has_every_list_and_is_cached() -> None:
    lexicon = default_lexicon()
    assert set(lexicon.names()) >= EXPECTED_LISTS
    assert default_lexicon() is lexicon


def test_word_lists_and_tables() -> None:
    lexicon = default_lexicon()
    assert "Mrs." in lexicon.words("honorifics")
    assert "von" in lexicon.words("name_particles")
    assert lexicon.columns("months") == ("name", "number", "abbreviations")
    assert ("September", "9", "Sep;Sept") in lexicon.table("months")
    assert lexicon.columns("titles") == ("word",)
    assert all(len(row) == 4 for row in lexicon.table("countries"))
    assert "France" in lexicon.words("countries")
    assert ("say", "speech") in lexicon.table("cue_verbs")


def test_unknown_list_names_the_valid_ones() -> None:
    with pytest.raises(LexiconError, match=r"no word list 'month'.*months"):
        default_lexicon().words("month")


def test_every_data_file_states_its_provenance() -> None:
    from importlib import resources

    folder = resources.files("newsparse.lexicon").joinpath("data")
    for entry in folder.iterdir():
        if entry.name.endswith((".txt", ".tsv")):
            head = entry.read_text(encoding="utf-8")[:2000]
            assert "Provenance:" in head and "Licence:" in head, entry.name


def test_extended_adds_removes_and_replaces_without_changing_the_original() -> None:
    base = default_lexicon()
    changed = base.extended(
        {
            "cue_verbs": WordList(add=["opine\tspeech", ("harrumph", "quotation")]),
            "honorifics": WordList(remove=["Sir"]),
            "name_particles": WordList(replace=["zu"]),
        }
    )
    assert ("opine", "speech") in changed.table("cue_verbs")
    assert ("harrumph", "quotation") in changed.table("cue_verbs")
    assert "Sir" not in changed.words("honorifics")
    assert changed.words("name_particles") == frozenset({"zu"})
    assert "Sir" in base.words("honorifics")
    assert ("opine", "speech") not in base.table("cue_verbs")


def test_table_rows_are_padded_and_removed_by_key() -> None:
    changed = default_lexicon().extended(
        {"organisations": WordList(add=["Acme Widget Works"], remove=["United Nations"])}
    )
    assert ("Acme Widget Works", "") in changed.table("organisations")
    assert "United Nations" not in changed.words("organisations")


def test_bad_changes_are_one_sentence_errors() -> None:
    base = default_lexicon()
    with pytest.raises(LexiconError, match=r"^Plugin 'x' changes the unknown word list 'cue'.*"):
        base.extended({"cue": WordList(add=["a"])}, source="Plugin 'x'")
    with pytest.raises(LexiconError, match=r"has 2 \(verb, class\)"):
        base.extended({"cue_verbs": WordList(add=["a\tb\tc"])})
    with pytest.raises(LexiconError, match="give strings"):
        base.extended({"titles": WordList(add=[("a", "b")])})
    with pytest.raises(LexiconError, match="give a newsparse.lexicon.WordList"):
        base.extended({"titles": ["a"]})  # type: ignore[dict-item]


def test_from_texts_checks_the_format() -> None:
    lexicon = Lexicon.from_texts({"a.txt": "# c\n\n x  y \nz\n", "b.tsv": "# columns: k, v\nk1\n"})
    assert lexicon.words("a") == frozenset({"x y", "z"})
    assert lexicon.table("b") == (("k1", ""),)
    with pytest.raises(LexiconError, match="no '# columns"):
        Lexicon.from_texts({"b.tsv": "k\tv\n"})
    with pytest.raises(LexiconError, match="neither .txt nor .tsv"):
        Lexicon.from_texts({"b.csv": ""})


def test_lexicon_from_config() -> None:
    assert lexicon_from_config({}) is default_lexicon()
    other = default_lexicon().extended({"titles": WordList(add=["Grand Vizier"])})
    assert lexicon_from_config({LEXICON_KEY: other}) is other
    with pytest.raises(LexiconError, match="leave the key to the pipeline"):
        lexicon_from_config({LEXICON_KEY: "mine"})


@given(st.lists(st.text(min_size=1, max_size=8), max_size=20))
def test_alternation_matches_exactly_the_entries_longest_first(entries: list[str]) -> None:
    for factored in (False, True):
        pattern = re.compile(rf"(?:{alternation(entries, factored=factored)})\Z")
        for entry in entries:
            assert pattern.match(entry), (entry, factored)
        longest = re.compile(alternation(entries, factored=factored))
        for entry in entries:
            found = longest.match(entry)
            assert found is not None
            assert not any(
                len(other) > len(found.group()) and entry.startswith(other) for other in entries
            )


def test_alternation_of_nothing_never_matches() -> None:
    assert re.search(alternation([]), "anything") is None


def test_alternation_spacing() -> None:
    pattern = re.compile(alternation(["per cent"], space=r"\s+"))
    assert pattern.fullmatch("per   cent")


# -- the hook ------------------------------------------------------------------


class AddsCue:
    @hookimpl
    def newsparse_word_lists(self) -> Mapping[str, WordList]:
        return {"cue_verbs": WordList(add=["harrumph\tquotation"])}


class Misnames:
    @hookimpl
    def newsparse_word_lists(self) -> Mapping[str, WordList]:
        return {"cue_verb": WordList(add=["harrumph"])}


def _seen_lexicon(config: Mapping[str, object]) -> object:
    lexicon = lexicon_from_config(config)
    return lambda doc: {"seen": []} if lexicon else {}


class Reads:
    @hookimpl
    def newsparse_processors(self) -> list[ProcessorSpec]:
        return [ProcessorSpec(name="reads", stage="reads", factory=_seen_lexicon)]  # type: ignore[arg-type]


def test_plugin_host_applies_word_lists() -> None:
    host = PluginHost(entry_points=False, plugins={"adds": AddsCue()})
    assert ("harrumph", "quotation") in host.lexicon().table("cue_verbs")
    blocked = PluginHost(entry_points=False, plugins={"adds": AddsCue()}, disable=["adds"])
    assert blocked.lexicon() is default_lexicon()


def test_unknown_list_from_a_plugin_names_the_plugin() -> None:
    host = PluginHost(entry_points=False, plugins={"misnames": Misnames()})
    with pytest.raises(PluginError, match=r"^Plugin 'misnames' changes the unknown word list"):
        host.lexicon()


def test_pipeline_hands_its_lexicon_to_factories() -> None:
    host = PluginHost(entry_points=False, plugins={"adds": AddsCue(), "reads": Reads()})
    pipeline = Pipeline(["reads"], plugins=host)
    assert pipeline.config[LEXICON_KEY] is pipeline.lexicon
    assert ("harrumph", "quotation") in pipeline.lexicon.table("cue_verbs")


def test_users_cannot_set_the_reserved_key() -> None:
    host = PluginHost(entry_points=False, plugins={"reads": Reads()})
    with pytest.raises(PipelineConfigError, match="newsparse.lexicon"):
        Pipeline(["reads"], plugins=host, config={LEXICON_KEY: default_lexicon()})


def test_the_lexicon_page_examples_run() -> None:
    import doctest
    from pathlib import Path

    page = Path(__file__).resolve().parents[2] / "docs" / "lexicon.rst"
    result = doctest.testfile(str(page), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
