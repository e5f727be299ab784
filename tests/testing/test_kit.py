"""newsparse.testing catches each broken rule, and its strategies make what they promise."""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections.abc import Mapping, Sequence
from typing import ClassVar

import attrs
import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

from newsparse.errors import InvalidSpanError, PluginError
from newsparse.model import Annotation, Document, Entity, Quote, Speaker, Token, layer_id
from newsparse.pipeline import BatchProcessor, LayerUpdate, ProcessorSpec
from newsparse.testing import (
    ContractError,
    NewsparseChecker,
    any_text,
    check_document,
    check_plugin,
    check_processor,
    documents,
    news_text,
    texts,
)

FEW = 15
#: Search without shrinking: the example found only has to exist.
SEARCH = settings(max_examples=500, phases=[Phase.generate], database=None)
#: Small texts for checks that must fail: Hypothesis shrinks them quickly.
SMALL = st.sampled_from(["", "A b.", "Ann Lee said “Yes.”\nBob agreed.", "x\r\nY Z"])


def words(doc: Document) -> list[tuple[int, int]]:
    spans, start = [], None
    for i, char in enumerate(doc.text + " "):
        if char.isalpha() and start is None:
            start = i
        elif not char.isalpha() and start is not None:
            spans.append((start, i))
            start = None
    return spans


def capitalised(doc: Document) -> LayerUpdate:
    """A correct toy recogniser: every capitalised word is an ORG."""
    found = [(s, e) for s, e in words(doc) if doc.text[s].isupper()]
    return {
        "entities": [
            Entity(id=layer_id("entities", i), start=s, end=e, label="ORG", name=doc.text[s:e])
            for i, (s, e) in enumerate(found)
        ]
    }


def entity_spec(
    factory: object, name: str = "toy.entities", provides: frozenset[str] = frozenset({"entities"})
) -> ProcessorSpec:
    return ProcessorSpec(
        name=name,
        stage="entities",
        factory=lambda config: factory,  # type: ignore[arg-type,return-value]
        requires={"tokens"},
        provides=provides,
    )


def test_a_correct_processor_passes_on_its_own_and_as_a_spec() -> None:
    check_processor(capitalised, name="capitalised", max_examples=FEW)
    check_processor(entity_spec(capitalised), max_examples=FEW)


def test_the_fixture_comes_from_the_pytest11_entry_point(
    newsparse_checker: NewsparseChecker,
) -> None:
    newsparse_checker.processor(entity_spec(capitalised), max_examples=FEW)
    assert newsparse_checker.plugin("acme", max_examples=FEW).checked == (
        "acme.entities",
        "acme.loudness",
    )


def backwards(doc: Document) -> LayerUpdate:
    update = capitalised(doc)
    return {"entities": list(reversed(update["entities"]))}


def too_long(doc: Document) -> LayerUpdate:
    return {"entities": [Entity(id="e1", start=0, end=len(doc.text) + 1, label="ORG", name="x")]}


_counter = itertools.count()


def changing(doc: Document) -> LayerUpdate:
    return {"entities": [Entity(id="e1", start=0, end=0, label="ORG", name=str(next(_counter)))]}


def crashing(doc: Document) -> LayerUpdate:
    if "\n" in doc.text:
        raise IndexError("list index out of range")
    return {}


def dangling(doc: Document) -> LayerUpdate:
    return {"quotes": [Quote(id="q1", start=0, end=0, kind="direct",
                             speaker=Speaker(start=0, end=0, name="x", entity="e9"))]}  # fmt: skip


def undeclared(doc: Document) -> LayerUpdate:
    return {"sentences": []}


def not_a_mapping(doc: Document) -> LayerUpdate:
    return [Entity(id="e1", start=0, end=0, label="ORG", name="x")]  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("processor", "message"),
    [
        (backwards, "sort(ed)? the layer by start|is not sorted by start"),
        (too_long, "does not fit a text"),
        (changing, "gives different output twice"),
        (crashing, "raised IndexError: list index out of range on"),
        (dangling, "names speaker entity 'e9', which is not an entity"),
        (undeclared, "returned layer 'sentences', which its spec neither requires"),
        (not_a_mapping, "return a mapping from layer name to annotations"),
    ],
)
def test_each_broken_rule_is_caught_and_named(processor: object, message: str) -> None:
    provides = frozenset({"entities", "quotes"})
    with pytest.raises(ContractError, match=message):
        check_processor(
            entity_spec(processor, provides=provides), before=None, texts=SMALL, max_examples=50
        )


class UnevenBatches(BatchProcessor):
    def process_batch(self, docs: Sequence[Document]) -> list[LayerUpdate]:
        if len(docs) == 1:
            return [capitalised(docs[0])]
        return [{"entities": []} for _ in docs]


def test_batches_that_differ_from_single_documents_are_caught() -> None:
    with pytest.raises(ContractError, match="a batch of .* other output than one document"):
        check_processor(
            UnevenBatches(), name="uneven", before=["fast.segment"], texts=SMALL, max_examples=50
        )


@attrs.frozen(kw_only=True)
class Mood(Annotation):
    json_fields: ClassVar[tuple[str, ...]] = ("score",)

    score: int


def moods(doc: Document) -> Mapping[str, Sequence[Annotation]]:
    return {"toy.mood": [Mood(id="m1", start=0, end=len(doc.text), score=len(doc.text))]}


def test_a_plugin_layer_needs_its_declared_type_for_the_round_trip() -> None:
    spec = ProcessorSpec(name="toy.mood", stage="toy.mood", factory=lambda c: moods,
                         provides={"toy.mood"})  # fmt: skip
    with pytest.raises(ContractError, match=r"changes in a JSON round trip \(layers toy.mood\)"):
        check_processor(spec, texts=SMALL, max_examples=FEW)
    check_processor(spec, max_examples=FEW, layer_types={"toy.mood": Mood})


def test_a_spec_that_shadows_an_installed_processor_is_refused() -> None:
    with pytest.raises(
        PluginError, match="'fast.entities' is also registered by installed plugin 'fast'"
    ):
        check_processor(entity_spec(capitalised, name="fast.entities"), max_examples=FEW)


def test_check_plugin_names_the_installed_plugins_when_the_name_is_unknown() -> None:
    with pytest.raises(PluginError, match="No plugin named 'nope' could be loaded: installed"):
        check_plugin("nope")


def test_check_plugin_skips_processors_that_cannot_run_here(tmp_path: object) -> None:
    report = check_plugin("stanza", config={"stanza.dir": str(tmp_path)}, max_examples=FEW)
    assert report.checked == ()
    assert set(report.skipped) == {"stanza.entities", "stanza.segment", "stanza.syntax"}


def test_a_dangling_head_is_refused_by_the_model_or_the_check() -> None:
    with pytest.raises((ContractError, InvalidSpanError), match="'t7'"):
        check_document(Document("ab", {"tokens": [Token(id="t1", start=0, end=2, head="t7")]}))


@given(documents())
def test_drawn_documents_keep_the_contract(doc: Document) -> None:
    check_document(doc)


TROUBLE = ("\r\n", "“", "«", "„", "「", "said", "According to", "€", "US$", " billion",
           "per cent", "U.S.", "Dr.", "(Reuters)", "👩‍👩‍👧", "\u0301")  # fmt: skip


def test_news_text_makes_every_class_of_trouble() -> None:
    seen: set[str] = set()

    @settings(max_examples=400, phases=[Phase.generate], database=None)
    @given(news_text())
    def collect(text: str) -> None:
        seen.update(wanted for wanted in TROUBLE if wanted in text)

    collect()
    assert set(TROUBLE) - seen == set()


def test_any_text_reaches_every_plane_and_texts_mixes_both() -> None:
    assert find(any_text(), lambda t: any(ord(c) > 0xFFFF for c in t), settings=SEARCH)
    assert find(
        st.lists(texts(), min_size=1), lambda ts: any("\x00" in t for t in ts), settings=SEARCH
    )


def test_importing_the_kit_without_hypothesis_names_the_extra() -> None:
    code = "import sys; sys.modules['hypothesis'] = None; import newsparse.testing"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last == (
        "ImportError: newsparse.testing needs Hypothesis, which is not installed: "
        "pip install 'newsparse[testing]'."
    )


def test_the_pytest_plugin_imports_without_hypothesis() -> None:
    code = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "import newsparse.pytest_plugin as p; print(p.newsparse_checker.__name__)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
