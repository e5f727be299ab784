"""The HTML view: structure, escaping, overlapping spans, and a real headless browser."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings

from newsparse import Pipeline, render_html
from newsparse.cli.main import main
from newsparse.errors import UnknownLayerError
from newsparse.model import (
    Cue,
    Document,
    Entity,
    NumericClaim,
    Quote,
    Speaker,
    StatementClause,
)
from newsparse.testing import documents

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "summit_state_visit.txt"
VOID = {"meta", "br", "hr", "img", "input", "link"}


class Page(HTMLParser):
    """Parse a page, checking that tags nest, and keep what the tests look at."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.ids: set[str] = set()
        self.article: list[str] = []
        self._article_depth: int | None = None
        self._skip_depth: int | None = None

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs_}
        self.elements.append((tag, attributes))
        if "id" in attributes:
            assert attributes["id"] not in self.ids, f"duplicate id {attributes['id']}"
            self.ids.add(attributes["id"])
        if tag in VOID:
            return
        self.stack.append(tag)
        if "article" in attributes.get("class", "").split():
            self._article_depth = len(self.stack)
        if "to-speaker" in attributes.get("class", "").split() and self._skip_depth is None:
            self._skip_depth = len(self.stack)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        if self._skip_depth == len(self.stack):
            self._skip_depth = None
        if self._article_depth == len(self.stack):
            self._article_depth = None
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self._article_depth is not None and self._skip_depth is None:
            self.article.append(data)

    def with_class(self, name: str) -> list[dict[str, str]]:
        return [
            a
            for _, a in self.elements
            if name in a.get("class", "").split() and "legend" not in a.get("class", "")
        ]


def parse_page(page: str) -> Page:
    parser = Page()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], parser.stack
    return parser


def expected_article(text: str) -> str:
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]", "\ufffd", text)


@pytest.fixture(scope="module")
def seed_doc() -> Document:
    return Pipeline("fast")(SEED.read_text(encoding="utf-8"), id=SEED.name)


def test_seed_page_marks_everything(seed_doc: Document) -> None:
    page = render_html(seed_doc)
    parsed = parse_page(page)
    assert "".join(parsed.article) == seed_doc.text
    entities = parsed.with_class("ent")
    names = {e.annotation.name for e in seed_doc.entities}
    assert {a["title"].split(": ", 1)[1] for a in entities if "title" in a} == names
    assert all(a["data-label"] for a in entities)
    quotes = parsed.with_class("quote")
    speakers = [a["data-speaker"] for a in quotes if "data-speaker" in a]
    assert speakers and all(s in parsed.ids for s in speakers)
    links = parsed.with_class("to-speaker")
    assert all(a["href"][1:] in parsed.ids for a in links)
    claims = parsed.with_class("claim")
    assert len({a["id"] for a in claims if "id" in a}) == len(seed_doc.numeric_claims)
    assert any("USD" in a["title"] or "EUR" in a["title"] for a in claims)
    assert "legend" in parsed.ids


def test_page_is_self_contained(seed_doc: Document) -> None:
    page = render_html(seed_doc)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//|file:)""", page)
    assert "@import" not in page and "url(" not in page and "<link" not in page


def test_hostile_text_is_escaped() -> None:
    text = '<script>alert("x")</script> & \'quoted\' "Bob" \x00 said \ud800 it.'
    bob = text.index('"Bob"')
    entity = Entity(
        id="e1",
        start=bob,
        end=bob + 5,
        label='PER"SON<x>',
        name='"><script>alert(1)</script>\udfff',
    )
    quote = Quote(
        id='q"1',
        start=0,
        end=8,
        kind="direct",
        speaker=Speaker(start=bob, end=bob + 5, name="<b>Bob</b>", entity="e1"),
        cue=Cue(start=bob + 7, end=bob + 11),
    )
    doc = Document(text, {"entities": [entity], "quotes": [quote]}, id="<id>")
    page = render_html(doc, title="</title><script>")
    page.encode("utf-8")
    assert "<script>alert" not in page and "</title><script>" not in page
    assert page.count("<script>") == 1  # the page's own script
    parsed = parse_page(page)
    assert "".join(parsed.article) == expected_article(doc.text)
    (mark,) = parsed.with_class("ent")
    assert mark["data-label"] == 'PER"SON<x>'
    assert mark["title"] == 'PER"SON<x>: "><script>alert(1)</script>\ufffd'


def test_crossing_spans_nest_and_keep_the_text() -> None:
    text = "Alpha Beta Gamma Delta"
    doc = Document(
        text,
        {
            "entities": [
                Entity(id="e1", start=0, end=10, label="ORG", name="AB"),
                Entity(id="e2", start=6, end=16, label="GPE", name="BG"),
            ],
            "quotes": [Quote(id="q1", start=6, end=22, kind="indirect")],
            "numeric_claims": [
                NumericClaim(id="n1", start=11, end=22, kind="count", value=(2.0, 3.5))
            ],
        },
    )
    parsed = parse_page(render_html(doc))
    assert "".join(parsed.article) == text
    first = [a for a in parsed.with_class("ent") if a.get("id") == "entity-e2"]
    assert len(first) == 1 and first[0]["title"] == "GPE: BG"
    assert len(parsed.with_class("ent")) >= 3  # e2 is split around the end of e1
    assert parsed.with_class("claim")[0]["title"] == "count: 2 – 3.5"


@settings(deadline=None)
@given(documents())
def test_any_document_renders_to_valid_nested_html(doc: Document) -> None:
    page = render_html(doc)
    page.encode("utf-8")
    parsed = parse_page(page)
    assert "".join(parsed.article) == expected_article(doc.text)


def test_statement_clauses_are_a_table_of_their_fields() -> None:
    @attrs.frozen(kw_only=True)
    class HedgedClause(StatementClause):
        hedge: str | None = None

    text = "China and Russia oppose sanctions and will cooperate."
    doc = Document(
        text,
        {
            "statement_clauses": [
                HedgedClause(
                    id="c1",
                    start=17,
                    end=33,
                    parties=("China", "Russia"),
                    stance="oppose",
                    hedge="<maybe>",
                    attributes={"topic": "trade"},
                )
            ]
        },
    )
    page = render_html(doc)
    parsed = parse_page(page)
    headers = re.findall(r"<th>([^<]*)</th>", page)
    assert headers == ["id", "text", "parties", "stance", "cue", "statement", "hedge", "topic"]
    assert "China, Russia" in page and "&lt;maybe&gt;" in page
    assert "statement_clauses-c1" in parsed.ids
    empty = render_html(Document(text, {"statement_clauses": []}))
    assert "No statement clauses were found." in empty


def test_layers_can_be_left_out(seed_doc: Document) -> None:
    parsed = parse_page(render_html(seed_doc, layers=["entities"]))
    assert parsed.with_class("ent") and not parsed.with_class("claim")
    with pytest.raises(UnknownLayerError):
        render_html(seed_doc, layers=["entitys"])


def test_cli_writes_the_page(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), "--pipeline", "fast", "--format", "html"]) == 0
    page = capsys.readouterr().out
    assert page.startswith("<!DOCTYPE html>") and "summit_state_visit.txt" in page


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def chromium_or_skip() -> str:
    found = find_chromium()
    if found is not None:
        return found
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail("Chromium is missing on CI: .ci/run installs it (apt-get install chromium).")
    pytest.skip("Chromium not found: apt-get install chromium to check the HTML view in it.")


def run_chromium(browser: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
    ]
    return subprocess.run(
        [browser, *flags, *args], capture_output=True, text=True, timeout=180, check=True
    )


def test_seed_page_in_headless_chromium(seed_doc: Document, tmp_path: Path) -> None:
    browser = chromium_or_skip()
    page = tmp_path / "seed.html"
    page.write_text(render_html(seed_doc), encoding="utf-8")
    shot = tmp_path / "seed.png"
    run_chromium(
        browser,
        tmp_path / "profile",
        "--hide-scrollbars",
        "--window-size=1000,1400",
        f"--screenshot={shot}",
        page.as_uri(),
    )
    assert shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    dom = run_chromium(browser, tmp_path / "profile2", "--dump-dom", page.as_uri()).stdout
    parsed = parse_page(dom)
    labels = {a["data-label"] for a in parsed.with_class("ent")}
    assert {"PERSON", "GPE"} <= labels
    people = [a for a in parsed.with_class("ent") if a.get("data-label") == "PERSON"]
    assert any("Marić" in a["title"] for a in people)
    links = parsed.with_class("to-speaker")
    assert links and all(a["href"][1:] in parsed.ids for a in links)
    assert all(a["title"] for a in parsed.with_class("claim"))
    assert "legend" in parsed.ids
    assert html.unescape("".join(parsed.article)) == seed_doc.text
