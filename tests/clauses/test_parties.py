"""newsparse.parties: party references, statements and signatories."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.model import Speaker
from newsparse.parties import STATEMENT_NOUN, PartyRefs, PartyResolver, join_names
from newsparse.parties.refs import statement_nouns


def test_countries_capitals_and_demonyms_stand_for_their_country() -> None:
    text = "Beijing and the Russian side met the People's Republic of China and OSLO officials."
    names = [ref.name for ref in PartyRefs(text).find(0, len(text))]
    assert names == ["China", "Russia", "China", "Norway"]


def test_signatories_come_from_the_nearest_coordination() -> None:
    text = (
        "Talks in Lima.\n"
        "Peru and Colombia signed a joint statement in Lima after a dinner with Chile's envoy.\n"
    )
    resolver = PartyResolver(text)
    [info] = resolver.statements.statements
    assert (info.kind, info.signatories) == ("joint statement", ("Peru", "Colombia"))


def test_a_bare_statement_of_one_party_is_no_joint_statement() -> None:
    text = "The Kenyan foreign ministry said in a statement that it would reply.\n"
    assert PartyResolver.for_text(text) is None


def test_group_speakers_become_the_signatories_and_others_stay() -> None:
    text = "Chile and Peru issued a joint statement. Both sides said it was a good day."
    resolver = PartyResolver(text)
    both = text.index("Both sides")
    speaker = Speaker(start=both, end=both + len("Both sides"), name="Both sides")
    assert resolver.speaker(speaker).name == "Chile and Peru"
    chile = Speaker(start=0, end=5, name="Chile")
    assert resolver.speaker(chile) == chile


def test_join_names() -> None:
    assert join_names(["Canada"]) == "Canada"
    assert join_names(["China", "Russia"]) == "China and Russia"
    assert join_names(["Canada", "Mexico", "Chile"]) == "Canada, Mexico and Chile"


NOUN_PIECES = [
    "statement",
    "STATEMENT",
    "\u017ftatement",
    "declaration",
    "declarat\u0130on",
    "declarat\u0131on",
    "Communiqué",
    "communique",
    "joint ",
    "Joint\t",
    "state",
    "ment",
    " ",
    "x",
    "é",
]


@given(
    st.lists(st.sampled_from([*NOUN_PIECES, "final ", "trilateral  ", "\n", "_", "9"]), max_size=8)
    .map("".join)
    .filter(bool)
    | st.text(max_size=40)
)
def test_statement_nouns_are_what_the_expression_finds(text: str) -> None:
    expected = [(m.span(), m.group("kind")) for m in STATEMENT_NOUN.finditer(text)]
    assert [(m.span(), m.group("kind")) for m in statement_nouns(text)] == expected


def test_statement_nouns_pass_over_other_text() -> None:
    assert list(statement_nouns("The state meant to declare it in a communal letter.")) == []
    [match] = statement_nouns("A JOINT COMMUNIQUÉ was issued.")
    assert match.group("kind") == "JOINT COMMUNIQUÉ"
