"""The seed article: every attributed quote carries a speaker, and the known ones are right."""

from __future__ import annotations

import pytest

from newsparse.builtin.quotes.processor import QuoteExtractor
from newsparse.model import Document

EXTRACT = QuoteExtractor()


def fast(text: str) -> Document:
    segment_processor = pytest.importorskip("newsparse.builtin.fast.segment_processor")
    entities_processor = pytest.importorskip("newsparse.builtin.fast.entities.processor")
    doc = Document(text)
    doc = doc.with_layers(segment_processor.segment_spec().factory({})(doc))
    return doc.with_layers(entities_processor.entities_spec().factory({})(doc))


@pytest.mark.parametrize("pipeline", ["fast", "bare"])
def test_every_attributed_seed_quote_has_a_speaker(shared_seed: str, pipeline: str) -> None:
    doc = fast(shared_seed) if pipeline == "fast" else Document(shared_seed)
    quotes = EXTRACT.extract(doc)
    assert len(quotes) >= 10
    for quote in quotes:
        assert quote.speaker is not None, shared_seed[quote.start : quote.end]
        assert quote.speaker.name


def test_seed_speakers_and_kinds(shared_seed: str) -> None:
    doc = fast(shared_seed)
    text = doc.text
    quotes = EXTRACT.extract(doc)

    def quote(opening: str) -> tuple[str, str | None]:
        found = [q for q in quotes if text[q.start : q.end].startswith(opening)]
        assert len(found) == 1, opening
        return found[0].kind, found[0].speaker.name if found[0].speaker else None

    assert quote("“The China-Russia relationship") == ("direct", "Xi Jinping")
    assert quote("“We are grateful") == ("direct", "Vladimir Putin")
    assert quote("he would co-operate with Mr. Putin") == ("mixed", "Xi Jinping")
    assert quote("it appreciates China’s") == ("mixed", "Russia")
    assert quote("“Putin’s visit is a demonstration") == ("direct", "Alexander Korolev")
    assert quote("he would brief the Chinese leader") == ("indirect", "Vladimir Putin")
    quoted = " ".join(text[q.start : q.end] for q in quotes)
    assert "no limits" not in quoted
    assert "controversial “dual-use”" not in quoted
    assert not any(text[q.start : q.end].startswith(("“dual-use”", "“no limits”")) for q in quotes)
