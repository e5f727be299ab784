"""One self-contained HTML page showing a document's annotations.

The page needs nothing but itself (inline CSS and a few lines of inline
JavaScript; no fonts, images or scripts from elsewhere) and works offline:

- entities are marked in a colour per label, with the label and the
  canonical name on hover (``title``);
- each quote links to its speaker mention (``href="#spk-…"``), shows the
  speaker's name after it, and lights up its speaker on hover; cues are
  underlined;
- numeric claims show their kind, normalised value, unit and qualifier on hover;
- statement clauses are marked in the text and listed in a table of their
  fields (parties, stance and whatever else the annotation class holds);
- a legend explains the colours.

Overlapping annotations are rendered by splitting the text at every span
boundary: marks nest properly, and a mark that crosses another is closed
and reopened around it (its pieces share ``data-ann``; only the first has
the ``id``).  Every piece of text and every attribute is escaped; lone
surrogates and control characters become U+FFFD.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from newsparse.model import (
    Annotation,
    Document,
    Entity,
    NumericClaim,
    Quote,
    SpanRef,
)
from newsparse.model.codec import check_layer_names

__all__ = ["render_html"]

#: Layers shown as tables of their fields, besides being marked in the text.
TABLE_LAYERS = ("statement_clauses", "statements")

#: Colour of each OntoNotes label; other labels get :data:`OTHER_COLOUR`.
LABEL_COLOURS = {
    "PERSON": "#ffd8a8",
    "ORG": "#b2f2bb",
    "GPE": "#a5d8ff",
    "LOC": "#99e9f2",
    "NORP": "#eebefa",
    "FAC": "#d0bfff",
    "EVENT": "#ffc9c9",
    "DATE": "#e9ecef",
    "TIME": "#e9ecef",
    "MONEY": "#fff3bf",
    "PERCENT": "#fff3bf",
    "QUANTITY": "#fff3bf",
    "CARDINAL": "#f1f3f5",
    "ORDINAL": "#f1f3f5",
    "PRODUCT": "#ffdeeb",
    "WORK_OF_ART": "#ffdeeb",
    "LAW": "#ffdeeb",
    "LANGUAGE": "#ffdeeb",
}
OTHER_COLOUR = "#dee2e6"

_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_CLASS_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")

CSS = """
:root { color-scheme: light; }
body { font: 16px/1.6 Georgia, 'Times New Roman', serif; margin: 0; color: #212529;
       background: #fff; }
header, main, section { max-width: 52rem; margin: 0 auto; padding: 0 1.25rem; }
header h1 { font: 600 1.35rem/1.3 system-ui, sans-serif; margin: 1.2rem 0 .3rem; }
header p, .legend, table { font: .85rem/1.4 system-ui, sans-serif; }
.legend { display: flex; flex-wrap: wrap; gap: .35rem .9rem; margin: .6rem 0 1rem;
          padding: .5rem .7rem; background: #f8f9fa; border-radius: 6px; list-style: none; }
.legend li { display: inline-flex; align-items: center; gap: .3rem; }
.article { white-space: pre-wrap; overflow-wrap: break-word; }
mark.ent { background: var(--c, #dee2e6); border-radius: 3px; padding: 0 1px;
           color: inherit; }
mark.ent::after { content: attr(data-label); font: 600 .55rem/1 system-ui, sans-serif;
                  vertical-align: super; margin-left: 2px; opacity: .7; }
mark.ent.cont::after, .legend mark.ent::after { content: none; }
.quote { background: #f3f0ff; box-shadow: inset 0 -2px 0 #845ef7; }
.quote.indirect { background: #f8f0fc; box-shadow: inset 0 -2px 0 #cc5de8; }
.quote.mixed { background: #edf2ff; box-shadow: inset 0 -2px 0 #5c7cfa; }
a.to-speaker { font: 600 .7rem/1 system-ui, sans-serif; color: #5f3dc4;
               text-decoration: none; vertical-align: super; margin-left: 2px; }
a.to-speaker:hover { text-decoration: underline; }
.speaker { outline: 2px solid #845ef7; outline-offset: 1px; border-radius: 3px; }
.cue { text-decoration: underline dotted #5f3dc4 2px; text-underline-offset: 3px; }
.claim { border-bottom: 3px double #e8590c; }
.clause { background: #e6fcf5; }
.active, .speaker:target { outline: 3px solid #f03e3e !important; background: #fff5f5; }
.swatch { display: inline-block; width: .9rem; height: .9rem; border-radius: 3px;
          vertical-align: middle; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 2rem; }
th, td { border: 1px solid #dee2e6; padding: .3rem .5rem; text-align: left;
         vertical-align: top; }
th { background: #f8f9fa; }
h2 { font: 600 1.05rem/1.3 system-ui, sans-serif; margin: 1.8rem 0 .4rem; }
.empty { color: #868e96; font: italic .85rem system-ui, sans-serif; }
"""

SCRIPT = """
document.querySelectorAll('[data-speaker]').forEach(function (q) {
  var s = document.getElementById(q.getAttribute('data-speaker'));
  if (!s) return;
  var on = function () { s.classList.add('active'); };
  var off = function () { s.classList.remove('active'); };
  q.addEventListener('mouseenter', on);
  q.addEventListener('mouseleave', off);
});
"""


def _clean(text: str) -> str:
    return _UNSAFE.sub("\ufffd", text)


def _esc(value: object) -> str:
    """Escape *value* for HTML text or a double-quoted attribute."""
    return html.escape(_clean(str(value)), quote=True)


def _css_class(label: str) -> str:
    return _CLASS_UNSAFE.sub("_", label) or "_"


def _number(value: float) -> str:
    if value == int(value) and abs(value) < 1e18:
        return f"{int(value):,}"
    return f"{value:,.6g}"


def _claim_title(claim: NumericClaim) -> str:
    if claim.value is None:
        value = "no numeric value"
    elif isinstance(claim.value, tuple):
        value = f"{_number(claim.value[0])} – {_number(claim.value[1])}"
    else:
        value = _number(claim.value)
    parts = [f"{claim.kind}: {value}"]
    if claim.unit:
        parts.append(claim.unit)
    extras = [
        word
        for word in (
            claim.qualifier,
            "approximate" if claim.approximate else None,
            claim.change and f"change {claim.change}",
        )
        if word
    ]
    if extras:
        parts.append(f"({', '.join(extras)})")
    return " ".join(parts)


def _speaker_id(ref: SpanRef) -> str:
    return f"spk-{ref.start}-{ref.end}"


@attrs.frozen
class _Mark:
    """One span to mark: its element, attributes, and what follows its end."""

    start: int
    end: int
    rank: int  # at the same start and end, lower ranks are outside
    tag: str
    classes: str
    attributes: tuple[tuple[str, str], ...]
    html_id: str | None = None
    after: str = ""

    def open(self, first: bool) -> str:
        attributes = "".join(f' {name}="{_esc(value)}"' for name, value in self.attributes)
        classes = self.classes if first else f"{self.classes} cont"
        ident = f' id="{_esc(self.html_id)}"' if first and self.html_id else ""
        return f'<{self.tag}{ident} class="{_esc(classes)}"{attributes}>'

    def close(self) -> str:
        return f"</{self.tag}>"


def _marks(doc: Document, layers: set[str] | None) -> Iterator[_Mark]:
    def shown(name: str) -> bool:
        return layers is None or name in layers

    for name in TABLE_LAYERS:
        if shown(name):
            for ann in doc.layer(name):
                yield _Mark(
                    ann.start,
                    ann.end,
                    0,
                    "span",
                    "clause",
                    (("data-ann", f"{name}:{ann.id}"), ("title", f"{name} {ann.id}")),
                    html_id=f"{name}-{ann.id}",
                )
    if shown("quotes"):
        speakers: dict[str, _Mark] = {}
        for ann in doc.layer("quotes"):
            if not isinstance(ann, Quote):
                continue
            attributes = [("data-ann", f"quotes:{ann.id}")]
            after = ""
            if ann.speaker is not None:
                target = _speaker_id(ann.speaker)
                attributes += [
                    ("data-speaker", target),
                    ("title", f"{ann.kind} quote, said by {ann.speaker.name}"),
                ]
                after = (
                    f'<a class="to-speaker" href="#{_esc(target)}" '
                    f'title="speaker: {_esc(ann.speaker.name)}">'
                    f"\u21a6\u202f{_esc(ann.speaker.name)}</a>"
                )
                speakers.setdefault(
                    target,
                    _Mark(
                        ann.speaker.start,
                        ann.speaker.end,
                        2,
                        "span",
                        "speaker",
                        (("title", f"speaker: {ann.speaker.name}"),),
                        html_id=target,
                    ),
                )
            else:
                attributes.append(("title", f"{ann.kind} quote, no speaker found"))
            yield _Mark(
                ann.start,
                ann.end,
                1,
                "span",
                f"quote {_css_class(ann.kind)}",
                tuple(attributes),
                html_id=f"quote-{ann.id}",
                after=after,
            )
            if ann.cue is not None:
                yield _Mark(ann.cue.start, ann.cue.end, 4, "span", "cue", (("title", "cue"),))
        yield from speakers.values()
    if shown("entities"):
        for ann in doc.layer("entities"):
            if not isinstance(ann, Entity):
                continue
            colour = LABEL_COLOURS.get(ann.label, OTHER_COLOUR)
            yield _Mark(
                ann.start,
                ann.end,
                3,
                "mark",
                f"ent ent-{_css_class(ann.label)}",
                (
                    ("data-label", ann.label),
                    ("data-name", ann.name),
                    ("title", f"{ann.label}: {ann.name}"),
                    ("style", f"--c: {colour}"),
                ),
                html_id=f"entity-{ann.id}",
            )
    if shown("numeric_claims"):
        for ann in doc.layer("numeric_claims"):
            if isinstance(ann, NumericClaim):
                yield _Mark(
                    ann.start,
                    ann.end,
                    5,
                    "span",
                    "claim",
                    (("data-kind", ann.kind), ("title", _claim_title(ann))),
                    html_id=f"claim-{ann.id}",
                )


def _render_text(text: str, marks: Sequence[_Mark]) -> str:
    """Render *text* with *marks*, splitting marks that cross so that tags nest."""
    marks = sorted((m for m in marks if m.start < m.end), key=lambda m: (m.start, -m.end, m.rank))
    points = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    stack: list[_Mark] = []
    following = 0
    for index, point in enumerate(points):
        # Close what ends here; close and remember what was opened inside it.
        if any(m.end == point for m in stack):
            reopen: list[_Mark] = []
            while any(m.end == point for m in stack):
                mark = stack.pop()
                out.append(mark.close())
                if mark.end == point:
                    out.append(mark.after)
                else:
                    reopen.append(mark)
            for mark in reversed(reopen):
                out.append(mark.open(first=False))
                stack.append(mark)
        while following < len(marks) and marks[following].start == point:
            mark = marks[following]
            following += 1
            out.append(mark.open(first=True))
            stack.append(mark)
        if index + 1 < len(points):
            out.append(_esc(text[point : points[index + 1]]))
    for mark in reversed(stack):  # pragma: no cover - every mark ends inside the text
        out.append(mark.close())
    return "".join(out)


def _field_value(doc: Document, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, SpanRef):
        return _esc(doc.text[value.start : value.end])
    if isinstance(value, tuple):
        return ", ".join(_field_value(doc, v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return _esc(_number(value))
    return _esc(value)


def _fields(ann: Annotation) -> dict[str, Any]:
    values = {
        field.name: getattr(ann, field.name)
        for field in attrs.fields(type(ann))
        if field.name not in {"id", "start", "end", "attributes"}
    }
    values.update(ann.attributes)
    return values


def _table(doc: Document, name: str, annotations: Sequence[Annotation]) -> str:
    """Return a table of one layer: id, text, then every field any annotation has."""
    rows = [(ann, _fields(ann)) for ann in annotations]
    columns: list[str] = []
    for _, fields in rows:
        columns.extend(key for key in fields if key not in columns)
    head = "".join(f"<th>{_esc(c)}</th>" for c in ["id", "text", *columns])
    body = []
    for ann, fields in rows:
        cells = [
            f'<td><a href="#{_esc(f"{name}-{ann.id}")}">{_esc(ann.id)}</a></td>',
            f"<td>{_esc(doc.text_of(ann))}</td>",
            *(f"<td>{_field_value(doc, fields.get(c))}</td>" for c in columns),
        ]
        body.append(f"<tr>{''.join(cells)}</tr>")
    return (
        f'<table class="layer-table" data-layer="{_esc(name)}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def _quote_rows(doc: Document) -> str:
    rows = []
    for ann in doc.layer("quotes"):
        if not isinstance(ann, Quote):
            continue
        speaker = ""
        if ann.speaker is not None:
            speaker = f'<a href="#{_esc(_speaker_id(ann.speaker))}">{_esc(ann.speaker.name)}</a>'
        rows.append(
            f'<tr><td><a href="#quote-{_esc(ann.id)}">{_esc(ann.id)}</a></td>'
            f"<td>{_esc(ann.kind)}</td><td>{speaker}</td>"
            f"<td>{_esc(doc.text_of(ann))}</td></tr>"
        )
    return (
        '<table class="layer-table" data-layer="quotes"><thead><tr><th>id</th><th>kind</th>'
        f"<th>speaker</th><th>text</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _legend(doc: Document, layers: set[str] | None) -> str:
    labels = sorted(
        {ann.label for ann in doc.layer("entities") if isinstance(ann, Entity)}
        if layers is None or "entities" in layers
        else set()
    )
    items = [
        f'<li><mark class="ent legend-ent ent-{_esc(_css_class(label))}" '
        f'data-label="{_esc(label)}" style="--c: {LABEL_COLOURS.get(label, OTHER_COLOUR)}">'
        f"{_esc(label)}</mark></li>"
        for label in labels
    ]
    items += [
        '<li><span class="quote direct legend-quote">direct quote</span></li>',
        '<li><span class="quote indirect legend-quote">indirect quote</span></li>',
        '<li><span class="quote mixed legend-quote">mixed quote</span></li>',
        '<li><span class="speaker legend-speaker">speaker</span>'
        ' <a class="to-speaker legend-link" href="#legend">\u21a6\u202fname</a></li>',
        '<li><span class="cue legend-cue">cue</span></li>',
        '<li><span class="claim legend-claim">numeric claim</span></li>',
        '<li><span class="clause legend-clause">statement clause</span></li>',
    ]
    return (
        '<ul class="legend" id="legend" aria-label="legend">'
        f"<li><strong>Legend</strong></li>{''.join(items)}</ul>"
    )


def render_html(
    doc: Document, *, layers: Iterable[str] | None = None, title: str | None = None
) -> str:
    """Return one self-contained HTML page showing *doc* and its annotations.

    :param doc: the document.
    :param layers: the layers to show (all when ``None``).
    :param title: the page title (default: the document's id).
    :raises UnknownLayerError: when a name in *layers* is neither built-in nor namespaced.
    """
    shown: set[str] | None = None
    if layers is not None:
        shown = {layers} if isinstance(layers, str) else set(layers)
        check_layer_names(shown)
    heading = title or doc.id or "newsparse document"
    counts = ", ".join(
        f"{len(anns)} {name}" for name, anns in doc.layers.items() if shown is None or name in shown
    )
    sections = []
    if (shown is None or "quotes" in shown) and doc.layer("quotes"):
        sections.append(f"<h2>Quotes</h2>{_quote_rows(doc)}")
    for name in TABLE_LAYERS:
        if (shown is None or name in shown) and doc.has_layer(name):
            annotations = doc.layer(name)
            table = (
                _table(doc, name, annotations)
                if annotations
                else '<p class="empty">No statement clauses were found.</p>'
            )
            sections.append(f"<h2>{_esc(name.replace('_', ' ').capitalize())}</h2>{table}")
    article = _render_text(doc.text, list(_marks(doc, shown)))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="newsparse">'
        f"<title>{_esc(heading)}</title><style>{CSS}</style></head><body>"
        f"<header><h1>{_esc(heading)}</h1>"
        f"<p>pipeline: {_esc(', '.join(doc.pipeline) or 'none')}; {_esc(counts)}</p>"
        f"{_legend(doc, shown)}</header>"
        f'<main><div class="article" lang="en">{article}</div></main>'
        f"<section>{''.join(sections)}</section>"
        f"<script>{SCRIPT}</script></body></html>\n"
    )
