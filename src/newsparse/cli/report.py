"""A readable plain-text summary of a parsed document."""

from __future__ import annotations

from newsparse.model import Document, Entity, NumericClaim, Quote

__all__ = ["text_report"]


def _clip(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _value(claim: NumericClaim) -> str:
    value = claim.value
    if value is None:
        return "-"
    if isinstance(value, tuple):
        return f"{value[0]:g}–{value[1]:g}"
    return f"{value:g}"


def text_report(doc: Document) -> str:
    """Return a summary of *doc*: counts, entities, quotes and numeric claims."""
    lines = [
        f"document: {doc.id or '(no id)'}",
        f"pipeline: {', '.join(doc.pipeline) or '(none)'}",
        ", ".join(f"{len(anns)} {name}" for name, anns in doc.layers.items()) or "no layers",
    ]
    entities = [a for a in doc.layer("entities") if isinstance(a, Entity)]
    if entities:
        lines += ["", "Entities"]
        seen: set[tuple[str, str]] = set()
        for ent in entities:
            key = (ent.label, ent.name)
            if key not in seen:
                seen.add(key)
                lines.append(f"  {ent.label:<9} {ent.name}")
    quotes = [a for a in doc.layer("quotes") if isinstance(a, Quote)]
    if quotes:
        lines += ["", "Quotes"]
        for quote in quotes:
            who = quote.speaker.name if quote.speaker else "(no speaker)"
            cue = f" [{doc.text[quote.cue.start : quote.cue.end]}]" if quote.cue else ""
            lines.append(f"  {quote.kind:<8} {who}{cue}: {_clip(doc.text_of(quote))}")
    claims = [a for a in doc.layer("numeric_claims") if isinstance(a, NumericClaim)]
    if claims:
        lines += ["", "Numeric claims"]
        for claim in claims:
            unit = f" {claim.unit}" if claim.unit else ""
            approx = " ~" if claim.approximate else ""
            quoted = _clip(doc.text_of(claim), 50)
            lines.append(f"  {claim.kind:<9} {_value(claim)}{unit}{approx}  «{quoted}»")
    return "\n".join(lines) + "\n"
