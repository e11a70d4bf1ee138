"""The checklist as plain text: to read aloud on the phone, or print. In the languages asked for,
one whole list per language (Japanese first by default); names and addresses as written, the
policy's words quoted as they are. Walks the checklist's tree, so it says what the JSON says."""
from __future__ import annotations

import re
import textwrap
import unicodedata
from functools import lru_cache
from typing import Sequence

from assistant.checklist import (
    Address, Check, Checklist, DateItem, Document, DocumentGroup, Either, Instruction, Node, Section,
    Unknown,
)
from assistant.checklist.speech import Speech, group_key
from assistant.law.checklist_words import ChecklistWords
from assistant.records.patterns import has_japanese

WIDTH = 88
_NO_LINE_START = set("、。，．）」』：；！？・ー")  # never at the start of a Japanese line


@lru_cache(maxsize=4096)  # asked for every character of every line: a few hundred distinct
def _width(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in "WF" else 1


def _wrap(text: str, indent: str, first: str | None = None, spaced: bool = True) -> list[str]:
    """Wrap at spaces (spaced: a language written with spaces), else by display width."""
    first = indent if first is None else first
    if spaced or all(_width(ch) == 1 for ch in text):
        return textwrap.wrap(text, WIDTH, initial_indent=first, subsequent_indent=indent,
                             break_on_hyphens=False) or [indent]
    return wrap_wide(text, indent, first)


def wrap_wide(text: str, indent: str, first: str, most: int = WIDTH) -> list[str]:
    """Wrap text with wide (Japanese) characters by display width (at most `most` columns): a
    line may break between any two wide characters, but not inside a word of Latin letters (a
    quote, an address). The command line's --help wraps its Japanese with it too."""
    lines, line, width = [], first, len(first)
    for token in re.findall(r"[!-~]+ ?| |.", text):
        size = sum(_width(ch) for ch in token.rstrip())
        if width + size > most and line.strip() and token not in _NO_LINE_START:
            lines.append(line.rstrip())
            line, width = indent, len(indent)
            token = token.lstrip()
            if not token:
                continue
        line += token
        width += sum(_width(ch) for ch in token)
    lines.append(line.rstrip())
    return lines


class _Writer:
    """Accumulates lines; leaves out a quote just printed for the line before, and a quote line
    its section has already printed (the same words twice in one step say nothing new)."""

    def __init__(self, quotes: bool, say: Speech):
        self.out: list[str] = []
        self.quotes = quotes
        self.say = say
        self._last_quote: tuple[str, ...] = ()
        self._shown: set[str] = set()

    def heading(self, text: str) -> None:
        self.out += ["", text]
        self._last_quote = ()
        self._last_ways = ""
        self._shown = set()

    def text(self, text: str, indent: str = "", first: str | None = None) -> None:
        self.out += _wrap(text, indent, first, self.say("full_stop") == ".")

    def quote(self, item: Node, indent: str) -> None:
        quote = item.quotes
        if not self.quotes or not quote or quote == self._last_quote:
            return
        lines = [line for line in self.say.quote_lines(item) if line not in self._shown]
        if lines:
            self._last_quote = quote
        self._shown.update(lines)
        for line in lines:
            self.text(line, indent)

    def line(self, item: Node, indent: str = "   ", box: str = "[ ] ", text: str | None = None) -> None:
        mark = "(!) " if item.warning else ""
        words = self.say.labelled(item, text)
        self.text(mark + words, indent + " " * len(box), indent + box)
        self.quote(item, indent + " " * (len(box) + 2))

    def group(self, group: DocumentGroup, indent: str = "   ", box: str = "[ ] ") -> None:
        say = self.say
        head = ("(!) " if group.warning else "") + say.labelled(
            group, say(group_key(group, "render"), label=say.capital(say.item(group)), count=group.count))
        self.text(head, indent + " " * len(box), indent + box)
        for child in group.children:
            if isinstance(child, Instruction):
                self.text(say.labelled(child), indent + "      ", indent + "    * ")
            elif isinstance(child, Document):
                # A document's note is the record's English: in other languages its quote says it.
                note = f" ({child.note})" if child.note and say.english else ""
                # A document the law puts in place of the policy's says so, with its article.
                words = say.labelled(child) if child.source == "law" else say.item(child)
                self.text(words + note, indent + "      ", indent + "    - ")
                for instruction in child.instructions:
                    self.text(say.labelled(instruction), indent + "        ", indent + "      * ")
        self.quote(group, indent + "      ")

    def either(self, either: Either, indent: str = "   ") -> None:
        """「次のいずれかを送る」, then each set numbered, its groups under it."""
        say = self.say
        self.text(say.labelled(either, say("render.either", label=say.capital(say.item(either)))),
                  indent + "    ", indent + "[ ] ")
        self.quote(either, indent + "      ")
        for alternative in either.alternatives:
            number = say.item(alternative)
            for n, group in enumerate(alternative.groups):
                self.group(group, indent + "    ", number if n == 0 else " " * len(number))

    def address(self, address: Address) -> None:
        say = self.say
        confirm = "" if address.confirmed else say("render.to_confirm")
        self.text(say("render.address", confirm=confirm), "       ", "   ")
        self.out += ["         " + say.envelope_line(row) for row in address.lines]
        if say.english:  # the company's name in English, to read it aloud
            self.text(f"({address.addressee_en})", "         ")
        self.quote(address, "         ")

    def step_item(self, item: Node) -> None:
        if isinstance(item, DocumentGroup):
            self.group(item)
        elif isinstance(item, Either):
            self.either(item)
        elif isinstance(item, Address):
            self.address(item)
        elif isinstance(item, Check):
            self.line(item, text=self.say("render.check", text=self.say.item(item)))
        elif isinstance(item, DateItem):
            self.line(item, text=self.say.dated(item))
        else:
            self.line(item)

    def list_item(self, item: Node) -> None:
        if isinstance(item, Unknown):
            say = self.say
            self.text(say("render.unknown", text=say.capital(say.item(item))), "     ", "   ? ")
            shown, self._last_ways = say.ways(item, self._last_ways)  # the same desk each time: 「同上」
            self.text(say("render.ask", ways=shown), "       ")
        else:
            self.line(item, box="- ")


def _title(section: Section, say: Speech) -> str:
    caveat = say("render.caveat", caveat=say.text(section.caveat)) if section.caveat else ""
    return say.text(section.title).upper() + caveat


def _header(c: Checklist, w: _Writer) -> None:
    say = w.say
    w.text(say("render.title", **say.header(c)))
    w.text(say("render.company", **say.header(c)))
    if c.corporate_number:
        w.text(say("render.corporate_number", number=c.corporate_number))
    for notice in map(say.text, (c.override, c.quality)):  # "" where there is none
        if notice:
            w.text(f"(!) {notice}", "    ")
    w.text(say("render.who", **say.header(c)))
    if c.reference:
        w.text(say("render.reference", reference=c.reference))
    if c.company_wording:
        # In Japanese, a name from the English policy says so (it is not the company's Japanese).
        key = "render.wording" if say.english or has_japanese(c.company_wording) else "render.wording_en"
        w.text(say(key, wording=say("quote", text=c.company_wording)))
    revised = say.words.day(c.policy_revised, "date.short") if c.policy_revised \
        else say.words.say("render.not_dated")
    if not c.law_only:  # a law-only checklist rests on no policy and no record
        w.text(say("render.revised_imported" if c.record_imported else "render.revised", revised=revised,
                   checked=say.words.day(c.record_checked, "date.short")))


def _one(checklist: Checklist, quotes: bool, say: Speech) -> str:
    c = checklist
    w = _Writer(quotes, say)
    _header(c, w)
    number = 0
    for section in c.sections:
        if section.layout == "banner":
            for item in section.items:
                w.line(item, "", "")
        elif section.layout == "steps":
            number += 1
            w.heading(f"{number}. {_title(section, say)}")
            for item in section.items:
                w.step_item(item)
        else:
            w.heading(_title(section, say))
            for item in section.items:
                w.list_item(item)
    return "\n".join(w.out) + "\n"


def checklist_text(checklist: Checklist, quotes: bool = True, languages: Sequence[str] = ("ja",),
                   words: ChecklistWords | None = None) -> str:
    """The whole checklist as text, steps numbered, boxes to tick: one list per language, in
    the order given (("ja", "en"): the Japanese list, then the English one)."""
    if words is None:
        from assistant.law.reference import load_checklist_words

        words = load_checklist_words()
    return "\n\n".join(_one(checklist, quotes, Speech(words, language)) for language in languages)
