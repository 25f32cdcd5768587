"""displaCy-style markup of an article: entities, quotes and events as nested, escaped HTML spans.

Every piece of article text goes through :func:`markupsafe.escape`; tags are built only from fixed strings
and escaped attribute values, so the output is safe to insert with ``|safe``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

QUAD_NAMES = {
    1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict",
}


@dataclass
class _Ann:
    start: int
    end: int
    open: str
    close: str
    final: str = ""  # appended once, when the span really ends (the entity label)


def _attr(value: Any) -> str:
    return str(escape(str(value)))


def annotations(rec: dict[str, Any]) -> list[_Ann]:
    """The spans to mark in ``rec["text"]``, from the record's entities, quotes and events."""
    n = len(rec.get("text") or "")
    names = {e["id"]: e["name"] for e in rec.get("entities", [])}
    out: list[_Ann] = []

    def ok(s: Any, e: Any) -> bool:
        return isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= n

    for ev in rec.get("events", []):
        qc = ev.get("quad_class") or 0
        who = ", ".join(names.get(x, x) for x in ev.get("actor", [])) or "?"
        whom = ", ".join(names.get(x, x) for x in ev.get("recipient", [])) or "?"
        title = f"{ev.get('type')} ({QUAD_NAMES.get(qc, 'no QuadClass')}): {who} → {whom}"
        if ok(ev.get("start"), ev.get("end")):
            tag = f'<span class="ev-span q{qc}" data-ev="{_attr(ev["id"])}">'
            out.append(_Ann(ev["start"], ev["end"], tag, "</span>"))
        trig = ev.get("trigger") or {}
        if ok(trig.get("start"), trig.get("end")):
            out.append(_Ann(trig["start"], trig["end"],
                            f'<span class="trigger q{qc}" title="{_attr(title)}">', "</span>",
                            f'<span class="lbl ev-lbl">{_attr(ev.get("type"))}</span>'))
    for q in rec.get("quotes", []):
        speaker = names.get(q.get("speaker") or "", q.get("speaker_text") or "unknown speaker")
        if ok(q.get("start"), q.get("end")):
            tag = f'<span class="quote {_attr(q.get("kind"))}" title="{_attr("quote · " + speaker)}">'
            out.append(_Ann(q["start"], q["end"], tag, "</span>"))
        cue = q.get("cue") or {}
        if ok(cue.get("start"), cue.get("end")):
            out.append(_Ann(cue["start"], cue["end"], '<span class="cue">', "</span>"))
    for e in rec.get("entities", []):
        href = "/actor?name=" + quote(e["name"], safe="")
        tag = f'<a class="ent {_attr(e["type"])}" href="{_attr(href)}" title="{_attr(e["name"])}">'
        label = f'<span class="lbl">{_attr(e["type"])}</span>'
        for m in e.get("mentions", []):
            if ok(m.get("start"), m.get("end")):
                out.append(_Ann(m["start"], m["end"], tag, "</a>", label))
    return out


def highlight(rec: dict[str, Any]) -> Markup:
    """The article text as HTML with nested highlight spans; overlapping spans are split and reopened."""
    text: str = rec.get("text") or ""
    anns = sorted(annotations(rec), key=lambda a: (a.start, -a.end))
    points = sorted({0, len(text), *(a.start for a in anns), *(a.end for a in anns)})
    starts: dict[int, list[_Ann]] = {}
    for a in anns:
        starts.setdefault(a.start, []).append(a)
    stack: list[_Ann] = []
    parts: list[str] = []
    for i, p in enumerate(points):
        if any(a.end == p for a in stack):
            # close down to the deepest ending span, then reopen the ones that go on
            depth = min(k for k, a in enumerate(stack) if a.end == p)
            closing = stack[depth:]
            del stack[depth:]
            for a in reversed(closing):
                parts.append((a.final if a.end == p else "") + a.close)
            for a in closing:
                if a.end != p:
                    parts.append(a.open)
                    stack.append(a)
        for a in starts.get(p, []):
            parts.append(a.open)
            stack.append(a)
        if i + 1 < len(points):
            parts.append(str(escape(text[p : points[i + 1]])))
    for a in reversed(stack):
        parts.append(a.final + a.close)
    return Markup("".join(parts))
