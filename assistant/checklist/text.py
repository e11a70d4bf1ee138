"""The checklist as plain text: to read aloud on the phone, or print. English; Japanese names and
addresses as written. Walks the checklist's tree, so it says exactly what the JSON says."""
from __future__ import annotations

import textwrap

from assistant.checklist import (
    Address, Check, Checklist, DateItem, Document, DocumentGroup, Instruction, Node, Section, Unknown,
)

WIDTH = 88
LANGUAGE = "en"
_QUOTE_LABEL = {"policy": "Policy says", "law": "Law", "general-practice": "General practice"}


def _wrap(text: str, indent: str, first: str | None = None) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=indent if first is None else first,
                         subsequent_indent=indent, break_on_hyphens=False) or [indent]


def _en(item: Node) -> str:
    return item.text.text(LANGUAGE)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


GENERAL_PRACTICE = "General practice"


def labelled(item: Node, text: str | None = None) -> str:
    """The item's words with their source where the words do not say it: general practice is
    labelled so (never read as the company's rule), a law item names its article. Policy items
    carry the policy's words as quotes. A fact the policy leaves open is listed as such."""
    words = _en(item) if text is None else text
    if item.source == "general-practice" and not isinstance(item, Unknown):
        return f"{GENERAL_PRACTICE}: {words}"
    if item.source == "law" and item.article and item.article not in words:
        act = f"APPI {item.article}" if item.article.startswith("Art.") else item.article
        return f"{words} ({act})"
    return words


def dated(item: DateItem) -> str:
    """A date with what it assumes, as one sentence group."""
    assumed = "".join(f" Assumed ({GENERAL_PRACTICE.lower()}): {_en(a)}" for a in item.assumptions)
    return _en(item) + assumed


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

    def quote(self, item: Node, indent: str) -> None:
        quote = item.quotes
        if not self.quotes or not quote or quote == self._last_quote:
            return
        self._last_quote = quote
        label = "Assumption" if item.assumption else _QUOTE_LABEL[item.source]
        for text in quote:
            self.text(f"{label}: “{text}”", indent)

    def line(self, item: Node, indent: str = "   ", box: str = "[ ] ", text: str | None = None) -> None:
        mark = "(!) " if item.warning else ""
        words = labelled(item, text)
        self.text(mark + words, indent + " " * len(box), indent + box)
        self.quote(item, indent + " " * (len(box) + 2))

    def group(self, group: DocumentGroup, indent: str = "   ") -> None:
        several = len(group.choices) > 1
        head = labelled(group, f"{_capital(_en(group))}: "
                        + ("send ONE of these" if several else "send this"))
        self.text(head, indent + "    ", indent + "[ ] ")
        for child in group.children:
            if isinstance(child, Instruction):
                self.text(labelled(child), indent + "      ", indent + "    * ")
            elif isinstance(child, Document):
                self.text(_en(child) + (f" ({child.note})" if child.note else ""),
                          indent + "      ", indent + "    - ")
                for instruction in child.instructions:
                    self.text(labelled(instruction), indent + "        ", indent + "      * ")
        self.quote(group, indent + "      ")

    def address(self, address: Address) -> None:
        confirm = "" if address.confirmed else " (to be confirmed)"
        self.text(f"[ ] Address the envelope{confirm}:", "       ", "   ")
        self.out += ["         " + row for row in address.lines]
        self.text(f"({address.addressee_en})", "         ")
        self.quote(address, "         ")

    def step_item(self, item: Node) -> None:
        if isinstance(item, DocumentGroup):
            self.group(item)
        elif isinstance(item, Address):
            self.address(item)
        elif isinstance(item, Check):
            self.line(item, text="Check: " + _en(item))
        elif isinstance(item, DateItem):
            self.line(item, text=dated(item))
        else:
            self.line(item)

    def list_item(self, item: Node) -> None:
        if isinstance(item, Unknown):
            self.text(f"{_capital(_en(item))}.", "     ", "   ? ")
            self.text("Ask: " + "; ".join(item.ask), "       ")
        else:
            self.line(item, box="- ")


def _title(section: Section) -> str:
    title = section.title.text(LANGUAGE).upper()
    return title + (f" ({section.caveat.text(LANGUAGE)})" if section.caveat else "")


def checklist_text(checklist: Checklist, quotes: bool = True) -> str:
    """The whole checklist as text, steps numbered, boxes to tick."""
    c = checklist
    w = _Writer(quotes)
    w.text(f"CHECKLIST: {c.request} ({c.article}) / {c.request_ja}（{c.article_ja}）")
    w.text(f"Company: {c.company}" + (f" / {c.company_ja}" if c.company_ja else ""))
    for notice in (c.record_override, c.record_quality):
        if notice:
            w.text(f"(!) {notice}", "    ")
    w.text(f"Who is asking: {c.requester} / {c.requester_ja}")
    if c.reference:
        w.text(f"Reference: {c.reference}")
    if c.company_wording:
        w.text(f"The company calls this: “{c.company_wording}”")
    revised = f"{c.policy_revised.day} {c.policy_revised:%B %Y}" if c.policy_revised else "not dated"
    if not c.law_only:  # a law-only checklist rests on no policy and no record
        w.text(f"Policy revised: {revised}. Record last checked: "
               f"{c.record_checked.day} {c.record_checked:%B %Y}.")
    number = 0
    for section in c.sections:
        if section.layout == "banner":
            for item in section.items:
                w.line(item, "", "")
        elif section.layout == "steps":
            number += 1
            w.heading(f"{number}. {_title(section)}")
            for item in section.items:
                w.step_item(item)
        else:
            w.heading(_title(section))
            for item in section.items:
                w.list_item(item)
    return "\n".join(w.out) + "\n"
