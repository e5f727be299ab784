"""The gazetteer plugin: reading entries, the merge rule, and the processor contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from newsparse_gazetteer.entries import Entry, read_entries
from newsparse_gazetteer.merge import Matcher, merge_entities

from newsparse import Pipeline
from newsparse.errors import PipelineConfigError
from newsparse.model import Entity
from newsparse.testing import check_document, check_plugin, news_text

NAMES = [
    {"name": "Northwind Traders", "label": "ORG", "aliases": ["Northwind"],
     "canonical": "Northwind Traders Ltd"},
    {"name": "Lake Ossin", "label": "LOC"},
    {"name": "Vell", "label": "PERSON", "canonical": "Ada Vell"},
]  # fmt: skip
TEXT = "Ada Vell of Northwind Traders said the Lake Ossin plan would go ahead, Vell added."


def entity(id: str, start: int, end: int, label: str = "ORG") -> Entity:
    return Entity(id=id, start=start, end=end, label=label, name=TEXT[start:end])


def test_csv_and_json_files_read_to_the_same_entries(tmp_path: Path) -> None:
    csv_file = tmp_path / "names.csv"
    csv_file.write_text(
        "name,label,aliases,canonical\n"
        "Northwind Traders,ORG,Northwind,Northwind Traders Ltd\n"
        "Lake Ossin,LOC,,\n"
        "Vell,PERSON,,Ada Vell\n",
        encoding="utf-8",
    )
    json_file = tmp_path / "names.json"
    json_file.write_text(json.dumps(NAMES), encoding="utf-8")
    assert read_entries(csv_file) == read_entries(json_file)
    assert read_entries(csv_file)[0] == Entry(
        "Northwind Traders", "ORG", ("Northwind",), "Northwind Traders Ltd"
    )


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.csv", "name,label\nAcme,\n", r"a.csv, line 2, has no label"),
        ("a.json", "{}", "must hold a JSON list of objects"),
        ("a.json", "[", "is not valid JSON"),
        ("a.txt", "Acme", "neither .csv nor .json"),
    ],
)
def test_bad_files_are_one_sentence_naming_the_file(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(PipelineConfigError, match=message):
        read_entries(tmp_path / name)


def test_a_missing_file_names_the_config_key(tmp_path: Path) -> None:
    with pytest.raises(PipelineConfigError, match=r"set gazetteer\.path"):
        Pipeline("fast", add=["gazetteer.entities"],
                 config={"gazetteer.path": str(tmp_path / "none.csv")})("x")  # fmt: skip


def matches(text: str = TEXT) -> list[tuple[int, int, Entry]]:
    entries = [Entry(n["name"], n["label"], tuple(n.get("aliases", ())), n.get("canonical", ""))
               for n in NAMES]  # fmt: skip
    return Matcher(entries).find(text)


def test_names_match_whole_words_longest_first() -> None:
    found = [(TEXT[s:e], entry.label) for s, e, entry in matches()]
    assert found == [("Vell", "PERSON"), ("Northwind Traders", "ORG"),
                     ("Lake Ossin", "LOC"), ("Vell", "PERSON")]  # fmt: skip
    assert matches("Vellum and Northwinds") == []


def test_new_names_get_fresh_ids_and_the_layer_stays_sorted() -> None:
    existing = [entity("e1", 0, 8, "PERSON")]  # "Ada Vell"
    merged = merge_entities(existing, matches())
    assert [(e.id, e.start) for e in merged] == [("e1", 0), ("e2", 12), ("e3", 39), ("e4", 71)]
    assert merged[0] == existing[0]  # longer built-in "Ada Vell" beats gazetteer "Vell"


def test_a_longer_name_replaces_shorter_entities_and_keeps_the_first_id() -> None:
    start = TEXT.index("Northwind")
    existing = [entity("e1", start, start + 9), entity("e2", start + 10, start + 17)]
    merged = merge_entities(existing, matches())
    northwind = [e for e in merged if isinstance(e, Entity) and e.label == "ORG"]
    assert len(northwind) == 1
    assert northwind[0].id == "e1" and northwind[0].name == "Northwind Traders Ltd"


def test_on_a_tie_the_gazetteer_label_and_name_win() -> None:
    start = TEXT.index("Lake Ossin")
    existing = [entity("e1", start, start + 10, "GPE")]
    (lake,) = [e for e in merge_entities(existing, matches()) if e.start == start]
    assert isinstance(lake, Entity)
    assert (lake.id, lake.label, lake.attributes["source"]) == ("e1", "LOC", "gazetteer")


def test_the_fast_pipeline_keeps_its_entities_and_gains_the_gazetteer() -> None:
    plain = Pipeline("fast")(TEXT)
    pipe = Pipeline("fast", add=["gazetteer.entities"], config={"gazetteer.names": NAMES})
    assert pipe.processor_names.index("gazetteer.entities") < pipe.processor_names.index(
        "rules.quotes"
    )
    doc = pipe(TEXT)
    check_document(doc)
    names = {e.annotation.name for e in doc.entities}
    assert {"Northwind Traders Ltd", "Lake Ossin"} <= names
    untouched = [e for e in plain.layer("entities") if e in doc.layer("entities")]
    assert untouched, "entities the gazetteer does not touch are kept as they were"


def test_the_plugin_keeps_the_processor_contract() -> None:
    report = check_plugin(
        "gazetteer", config={"gazetteer.names": NAMES}, texts=news_text(), max_examples=30
    )
    assert report.checked == ("gazetteer.entities",)
