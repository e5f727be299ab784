"""The context the parts of speaker resolution share, and the antecedents' walks."""

from __future__ import annotations

from newsparse.attribution.mentions import Mention
from newsparse.attribution.names import NameIndex
from newsparse.builtin.quotes.context import SpeakerContext


def test_the_context_shares_one_history_between_its_parts() -> None:
    text = "Ana Rios spoke. Then she left."
    context = SpeakerContext.of(text, NameIndex(text, []))
    context.antecedents.remember(Mention(0, 8, "name"), "Ana Rios", "person", spoke=True)
    assert context.roles.described_person("woman", len(text)) is not None
    assert context.antecedents.remembers("Ana Rios")
    assert not context.antecedents.remembers("Rios")


def test_a_sentence_runs_from_the_last_end_to_the_next() -> None:
    text = "Kim Lee spoke. The board met. Votes followed"
    context = SpeakerContext.of(text, NameIndex(text, []))
    first, second = text.index(".") + 1, text.index("met.") + 4
    context.antecedents.sentences([first, second])
    assert context.antecedents.sentence_around(3) == (0, first)
    assert context.antecedents.sentence_around(first + 3) == (first, second)
    assert context.antecedents.sentence_around(len(text) - 2) == (second, len(text))


def test_the_walk_back_stops_past_the_lookback() -> None:
    text = "Ana Rios spoke." + " " * 100 + "Bo Chen spoke. Then more."
    context = SpeakerContext.of(text, NameIndex(text, []))
    bo = text.index("Bo")
    context.antecedents.remember(Mention(0, 8, "name"), "Ana Rios", "person", spoke=True)
    context.antecedents.remember(Mention(bo, bo + 7, "name"), "Bo Chen", "person", spoke=True)
    end = text.index("Then")
    assert [a.name for a in context.antecedents.before(end, 1000)] == ["Bo Chen", "Ana Rios"]
    assert [a.name for a in context.antecedents.before(end, 50)] == ["Bo Chen"]
    assert [a.name for a in context.antecedents.before(bo, 1000)] == ["Ana Rios"]
