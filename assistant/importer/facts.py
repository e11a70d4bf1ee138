"""What the import assistant works on and proposes: the policy's sentences with their offsets,
and each fact found with the verbatim words it came from (a window of them, at most MAX_QUOTE)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_QUOTE = 240  # the record format's limit for one quote
# No sentence of a procedure is longer; a longer run (a line of 50,000 digits, a table flattened
# into one line) is cut into pieces this long before any rule reads it.
MAX_SENTENCE = 1_000


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the policy text
    line: int  # index of the line it stands on


@dataclass(frozen=True)
class Found:
    """One proposed fact: the record field, its value, and the verbatim words it came from."""

    field: str
    value: object
    quote: str
    start: int
    end: int
    # False: the rules are not sure the words say this ("check this"). Such a fact is shown for
    # review but saved only as a note to check, never as a settled fact.
    sure: bool = True
    note: str = ""  # why the rules are unsure, in a few words


@dataclass
class Proposal:
    """Every fact found; the fields not found stay unknown."""

    text: str
    section_start: int
    facts: list[Found] = field(default_factory=list)

    def values(self, name: str) -> list[object]:
        return [f.value for f in self.facts if f.field == name]

    def first(self, name: str) -> Found | None:
        return next((f for f in self.facts if f.field == name), None)


def sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets: lines, split after 。 and after an English full stop."""
    found: list[Sentence] = []
    offset = 0
    for number, line in enumerate(text.split("\n")):
        for match in re.finditer(r"[^。]{1,%d}。?" % MAX_SENTENCE, line):
            piece = match.group(0)
            for sub in re.finditer(r".+?(?:(?<!Co)(?<!Ltd)(?<!Inc)(?<!No)(?<!e\.g)(?<!i\.e)[.!?](?=\s+[A-Z“\"(])|$)",
                                   piece):
                words = sub.group(0).strip()
                if words:
                    start = offset + match.start() + sub.start() + (len(sub.group(0)) - len(sub.group(0).lstrip()))
                    found.append(Sentence(words, start, number))
        offset += len(line) + 1
    return found


def _quote(sentence: Sentence, match: re.Match | None = None) -> tuple[str, int, int]:
    """The sentence, or a verbatim window of it around the match when it is too long."""
    text = sentence.text
    if len(text) <= MAX_QUOTE:
        return text, sentence.start, sentence.start + len(text)
    middle = (match.start() + match.end()) // 2 if match else 0
    begin = max(0, min(middle - MAX_QUOTE // 2, len(text) - MAX_QUOTE))
    window = text[begin:begin + MAX_QUOTE]
    return window, sentence.start + begin, sentence.start + begin + len(window)
