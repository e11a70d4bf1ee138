"""The checklist as plain text: to read aloud on the phone, or print. English; Japanese names and
addresses as written. Built only from the Checklist, so it says exactly what the JSON says."""
from __future__ import annotations

import textwrap


from .checklist import Checklist, DocumentNeed, Line

WIDTH = 88
_QUOTE_LABEL = {"policy": "Policy says", "law": "Law", "general": "General practice",
                "assumption": "Assumption", "program": "Source"}


def _wrap(text: str, indent: str, first: str | None = None) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent if first is None else first,
                         subsequent_indent=indent, break_on_hyphens=False) or [indent]


class _Writer:
    """Accumulates lines; leaves out a quote just printed for the line before."""

    def __init__(self, quotes: bool):
        self.out: list[str] = []
        self.quotes = quotes
        self._last_quote: tuple[str, ...] = ()

    def heading(self, text: str) -> None:
        self.out += ["", text]
        self._last_quote = ()

    def text(self, text: str, indent: str = "", first: str | None = None) -> None:
        self.out += _wrap(text, indent, first)

    def quote(self, quote: tuple[str, ...], source: str, indent: str) -> None:
        if not self.quotes or not quote or quote == self._last_quote:
            return
        self._last_quote = quote
        for text in quote:
            self.text(f"{_QUOTE_LABEL[source]}: “{text}”", indent)

    def line(self, line: Line, indent: str = "   ", box: str = "[ ] ") -> None:
        mark = "(!) " if line.warning else ""
        self.text(mark + line.text, indent + " " * len(box), indent + box)
        self.quote(line.quote, line.source, indent + " " * (len(box) + 2))

    def need(self, need: DocumentNeed, indent: str = "   ") -> None:
        several = len(need.choices) > 1
        head = f"{need.label[:1].upper()}{need.label[1:]}: " + (
            "send ONE of these" if several else "send this")
        self.text(head, indent + "    ", indent + "[ ] ")
        for instruction in need.instructions:
            self.text(instruction.text, indent + "      ", indent + "    * ")
        for choice in need.choices:
            self.text(choice.name + (f" ({choice.note})" if choice.note else ""),
                      indent + "      ", indent + "    - ")
            for instruction in choice.instructions:
                self.text(instruction.text, indent + "        ", indent + "      * ")
        self.quote(need.quote, "policy", indent + "      ")


def checklist_text(checklist: Checklist, quotes: bool = True) -> str:
    """The whole checklist as text, steps numbered, boxes to tick."""
    c = checklist
    w = _Writer(quotes)
    w.text(f"CHECKLIST: {c.request} ({c.article}) / {c.request_ja}（{c.article_ja}）")
    w.text(f"Company: {c.company}" + (f" / {c.company_ja}" if c.company_ja else ""))
    if c.record_override:
        w.text(f"(!) {c.record_override}", "    ")
    w.text(f"Who is asking: {c.requester} / {c.requester_ja}")
    if c.company_wording:
        w.text(f"The company calls this: “{c.company_wording}”")
    revised = f"{c.policy_revised.day} {c.policy_revised:%B %Y}" if c.policy_revised else "not dated"
    w.text(f"Policy revised: {revised}. Record last checked: "
           f"{c.record_checked.day} {c.record_checked:%B %Y}.")
    for note in c.legal_notes:
        if note.warning:
            w.line(note, "", "")
    for number, step in enumerate(c.steps, 1):
        w.heading(f"{number}. {step.title.upper()}")
        if step.key == "send":
            for check in c.checks:
                w.line(Line(text="Check: " + check.text, source=check.source, quote=check.quote))
        for line in step.lines:
            w.line(line)
        if step.key == "documents":
            for need in c.documents:
                w.need(need)
        if step.key == "envelope" and c.envelope is not None:
            confirm = "" if c.envelope.confirmed else " (to be confirmed)"
            w.text(f"[ ] Address the envelope{confirm}:", "       ", "   ")
            w.out += ["         " + row for row in c.envelope.block()]
            w.text(f"({c.envelope.company_en})", "         ")
            w.quote(c.envelope.quote, "policy", "         ")
    if c.refusal_grounds:
        w.heading("USUAL REASONS THIS COMPANY REFUSES A REQUEST")
        for line in c.refusal_grounds:
            w.line(line, box="- ")
    if c.unknowns:
        w.heading("NOT STATED IN THE POLICY: ASK THE COMPANY")
        for u in c.unknowns:
            w.text(f"{u.what[:1].upper()}{u.what[1:]}.", "     ", "   ? ")
            w.text("Ask: " + "; ".join(u.ask), "       ")
    others = [n for n in c.legal_notes if not n.warning]
    if others:
        w.heading("LEGAL NOTES (information, not legal advice)")
        for note in others:
            w.line(note, box="- ")
    return "\n".join(w.out) + "\n"
