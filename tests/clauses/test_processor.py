"""rules.statement_clauses on invented statements and reports."""

from __future__ import annotations

import pytest

from newsparse import Document, Pipeline
from newsparse.builtin.clauses.processor import (
    StatementClauseExtractor,
    make_statement_clause_extractor,
)
from newsparse.errors import PipelineConfigError
from newsparse.lexicon import LEXICON_KEY, WordList, default_lexicon
from newsparse.model import Statement, StatementClause

FAST = Pipeline("fast")

STATEMENT_TEXT = (
    "Joint Statement of the Republic of Finland and the Republic of Estonia\n"
    "Recalling the long friendship between their peoples,\n"
    "1. The two sides will expand co-operation in offshore wind energy, raise bilateral trade "
    "and settle a larger share of it in euros.\n"
    "2. The Parties reaffirm their commitment to peace and stability in the Baltic Sea region.\n"
    "3. The two sides oppose any attempt to change borders by force, as well as the use of "
    "energy supplies as a means of pressure.\n"
    "4. The Estonian side appreciates Helsinki's support for the rail tunnel project.\n"
)

REPORT = (
    "Lisbon and Madrid sign water pact\n"
    "MADRID — Portugal and Spain agreed on Monday to share data on river flows and to build "
    "two new reservoirs, according to a joint statement issued after talks in Madrid.\n"
    "The statement calls for both sides to modernise irrigation, cut water losses and protect "
    "wetlands.\n"
    "It lists positions from both sides, with Portugal offering support to Spain's bid to host "
    "a water summit, and Madrid condemning the pollution of the Tagus and criticizing illegal "
    "wells.\n"
    "Prime Minister Ana Duarte said she was pleased. Farmers criticized the plan.\n"
)

VISIT = (
    "The Portuguese prime minister arrived in Madrid on Monday for a two-day visit.\n"
    "She was greeted by the king and later toured a museum. Protesters criticized the cost "
    "of the visit and called for more spending on schools.\n"
)


def clauses(text: str) -> list[tuple[str, tuple[str, ...], str, str]]:
    doc = FAST(text)
    out = []
    for span in doc.statement_clauses:
        clause = span.annotation
        assert clause.cue is not None
        cue = doc.text[clause.cue.start : clause.cue.end]
        out.append((span.text, clause.parties, clause.stance, cue))
    return out


def test_statement_text_one_clause_per_commitment() -> None:
    both = ("Finland", "Estonia")
    assert clauses(STATEMENT_TEXT) == [
        ("expand co-operation in offshore wind energy", both, "commit", "will"),
        ("raise bilateral trade", both, "commit", "will"),
        ("settle a larger share of it in euros", both, "commit", "will"),
        (
            "their commitment to peace and stability in the Baltic Sea region",
            both,
            "reaffirm",
            "reaffirm",
        ),
        ("any attempt to change borders by force", both, "oppose", "oppose"),
        ("the use of energy supplies as a means of pressure", both, "oppose", "oppose"),
        (
            "Helsinki's support for the rail tunnel project",
            ("Estonia",),
            "appreciate",
            "appreciates",
        ),
    ]


def test_statements_layer_names_signatories_and_clauses_refer_to_it() -> None:
    doc = FAST(STATEMENT_TEXT)
    statements = [span.annotation for span in doc.statements]
    assert len(statements) == 1
    assert isinstance(statements[0], Statement)
    assert statements[0].kind == "joint statement"
    assert statements[0].signatories == ("Finland", "Estonia")
    assert doc.text_of(statements[0]) == "Joint Statement"
    assert {span.annotation.statement for span in doc.statement_clauses} == {statements[0].id}


def test_report_parties_stances_and_participial_chain() -> None:
    both = ("Portugal", "Spain")
    found = [(text, parties, stance) for text, parties, stance, _ in clauses(REPORT)]
    assert found == [
        ("share data on river flows", both, "agree"),
        ("build two new reservoirs", both, "agree"),
        ("both sides to modernise irrigation", both, "call_for"),
        ("cut water losses", both, "call_for"),
        ("protect wetlands", both, "call_for"),
        ("Spain's bid to host a water summit", ("Portugal",), "support"),
        ("the pollution of the Tagus", ("Spain",), "condemn"),
        ("illegal wells", ("Spain",), "criticize"),
    ]


def test_visit_reports_and_third_parties_give_no_clauses() -> None:
    assert clauses(VISIT) == []
    doc = FAST(VISIT)
    assert doc.statements == ()


def test_negated_statement_is_no_statement() -> None:
    text = (
        "The two ministers met in Oslo. No joint statement was issued.\n"
        "Both sides called for calm.\n"
    )
    assert clauses(text) == []


def test_two_statements_in_one_article() -> None:
    text = (
        "Kenya and Ghana issued a joint statement on Monday in which both sides pledged to "
        "expand trade.\n"
        "In a separate communiqué, the ministers of Egypt, Nigeria and Senegal called for debt "
        "relief.\n"
    )
    doc = FAST(text)
    statements = [span.annotation for span in doc.statements]
    assert [(s.kind, s.signatories) for s in statements] == [
        ("joint statement", ("Kenya", "Ghana")),
        ("communiqué", ("Egypt", "Nigeria", "Senegal")),
    ]
    found = [
        (span.text, span.annotation.parties, span.annotation.statement)
        for span in doc.statement_clauses
    ]
    assert found == [
        ("expand trade", ("Kenya", "Ghana"), statements[0].id),
        ("debt relief", ("Egypt", "Nigeria", "Senegal"), statements[1].id),
    ]


def test_person_speaking_for_themselves_is_not_the_statement() -> None:
    text = (
        "Chile and Peru signed a joint statement on Friday.\n"
        "President Rosa Ibarra said both sides would build a new port.\n"
    )
    assert clauses(text) == []


def test_coordination_inside_a_noun_phrase_stays_whole() -> None:
    text = (
        "Joint Statement of Japan and India\n"
        "The two sides support fairness and justice in the world and peace and stability in Asia.\n"
    )
    assert [c[0] for c in clauses(text)] == [
        "fairness and justice in the world and peace and stability in Asia"
    ]


def test_quote_of_the_statement_is_said_by_its_signatories() -> None:
    text = (
        "Brazil and Argentina signed a joint statement on Friday.\n"
        "“We will cut tariffs,” the joint statement said.\n"
        "Both sides said the talks were useful.\n"
    )
    doc = FAST(text)
    names = [span.annotation.speaker.name for span in doc.quotes if span.annotation.speaker]
    assert names == ["Brazil and Argentina", "Brazil and Argentina"]


def test_without_entities_or_paragraphs_it_still_reads_the_text() -> None:
    doc = Document("Joint Statement of Chile and Peru\nThe two sides condemn piracy.")
    assert [(c.stance, c.parties) for c in StatementClauseExtractor().extract(doc)[1]] == [
        ("condemn", ("Chile", "Peru"))
    ]


def test_plugin_cues_extend_the_stances_through_the_lexicon() -> None:
    lexicon = default_lexicon().extended(
        {"stance_cues": WordList(add=["salute|salutes|saluted\thonour\tnp"])}
    )
    extractor = make_statement_clause_extractor({LEXICON_KEY: lexicon})
    doc = FAST("Joint Statement of Chile and Peru\nThe two sides salute the rescue teams.")
    found = extractor.extract(doc)[1]
    assert [(c.stance, doc.text_of(c)) for c in found] == [("honour", "the rescue teams")]
    assert "honour" in extractor.lexicon.stances


def test_configuration_errors_name_the_key() -> None:
    with pytest.raises(PipelineConfigError, match="clauses.syntax"):
        make_statement_clause_extractor({"clauses.syntax": "sometimes"})
    bad = default_lexicon().extended({"stance_cues": WordList(add=["x\tcommit\tadverb"])})
    with pytest.raises(PipelineConfigError, match="frame"):
        make_statement_clause_extractor({LEXICON_KEY: bad})


def test_statement_clause_json_round_trip_and_old_files() -> None:
    doc = FAST(STATEMENT_TEXT)
    assert Document.from_json(doc.to_json()) == doc
    data = doc.to_dict()
    first = data["layers"]["statement_clauses"][0]
    assert first["cue"] == {"start": first["cue"]["start"], "end": first["cue"]["end"]}
    assert first["statement"] == "st1"
    assert data["layers"]["statements"][0]["signatories"] == ["Finland", "Estonia"]
    old = {
        "schema": 1,
        "text": "Both sides oppose sanctions.",
        "layers": {
            "statement_clauses": [
                {"id": "c1", "start": 18, "end": 27, "parties": ["A", "B"], "stance": "oppose"}
            ]
        },
    }
    clause = Document.from_dict(old).layer("statement_clauses")[0]
    assert isinstance(clause, StatementClause)
    assert clause.cue is None and clause.statement is None and clause.parties == ("A", "B")


def test_seed_article_joint_statement(shared_seed: str) -> None:
    doc = FAST(shared_seed)
    statements = [span.annotation for span in doc.statements]
    assert [set(s.signatories) for s in statements] == [{"China", "Russia"}]
    found = doc.statement_clauses
    assert len(found) >= 8
    assert all(set(c.annotation.parties) <= {"China", "Russia"} for c in found)
    assert sum(set(c.annotation.parties) == {"China", "Russia"} for c in found) >= 5
    stances = {c.annotation.stance for c in found}
    assert {"appreciate", "call_for", "oppose", "support", "condemn", "criticize"} <= stances
    speakers = [
        doc.text[q.annotation.speaker.start : q.annotation.speaker.end]
        for q in doc.quotes
        if q.annotation.speaker is not None
        and q.annotation.speaker.name in ("China and Russia", "Russia and China")
    ]
    assert len(speakers) >= 3


def test_a_clause_must_name_an_existing_statement() -> None:
    from newsparse.errors import ValidationError

    text = "Both sides oppose sanctions."
    clause = StatementClause(
        id="c1", start=18, end=27, parties=("A", "B"), stance="oppose", statement="st9"
    )
    statement = Statement(id="st1", start=0, end=10, kind="joint statement")
    with pytest.raises(ValidationError, match="st9"):
        Document(text, {"statements": [statement], "statement_clauses": [clause]})


def test_part_of_speech_tags_of_a_syntax_plugin_open_conjuncts() -> None:
    import re

    from newsparse.model import Paragraph, Sentence, Token

    text = "Joint Statement of Chile and Peru\nThe two sides will expand trade and rebuild bridges."
    words = list(re.finditer(r"\w+|[^\w\s]", text))
    tags = {"rebuild": "VERB", "expand": "VERB", "trade": "NOUN", "bridges": "NOUN"}
    tokens = [
        Token(id=f"t{n + 1}", start=m.start(), end=m.end(), upos=tags.get(m.group(), "X"))
        for n, m in enumerate(words)
    ]
    layers = {
        "paragraphs": [
            Paragraph(id="p1", start=0, end=33),
            Paragraph(id="p2", start=34, end=len(text)),
        ],
        "sentences": [
            Sentence(id="s1", start=0, end=33),
            Sentence(id="s2", start=34, end=len(text)),
        ],
        "tokens": tokens,
    }
    doc = Document(text, layers)
    tagged = [doc.text_of(c) for c in StatementClauseExtractor().extract(doc)[1]]
    assert tagged == ["expand trade", "rebuild bridges"]
    untagged = StatementClauseExtractor(syntax=False).extract(doc)[1]
    assert [doc.text_of(c) for c in untagged] == ["expand trade and rebuild bridges"]
