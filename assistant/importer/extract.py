"""Propose a company record's facts from a policy text, each with the sentence it came from.

Rule-based and offline: the text is split into sentences with their offsets; the request-procedure
part is found by its heading; then each fact has one small rule over the term tables in terms.py.
A rule that is unsure finds nothing: a wrong fact is worse than an unknown, which the program
turns into "ask the company".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import terms as t
from .rules_request import RequestRules
from .rules_sending import SendingRules

MAX_QUOTE = 240  # the record format's limit for one quote


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
        for match in re.finditer(r"[^。]+。?", line):
            piece = match.group(0)
            for sub in re.finditer(r".+?(?:[.!?](?=\s+[A-Z“\"(])|$)", piece):
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


class _Extractor(SendingRules, RequestRules):
    def __init__(self, text: str):
        self.text = text
        self.all = sentences(text)
        self.region = self.all[self._procedure_start():]
        self.proposal = Proposal(text, self.region[0].start if self.region else 0)

    def _procedure_start(self) -> int:
        """Where the request procedure begins: of the sentences that name it, the one followed
        by the most procedural detail (a table of contents names it too, with nothing after)."""
        cues = (t.SENDS, t.POSTAL, t.YEN, t.FEE, *(p for p, _ in t.DOCUMENTS))
        detail = [any(c.search(s.text) for c in cues) for s in self.all]
        best, best_score = 0, 0
        for index, s in enumerate(self.all):
            if t.PROCEDURE.search(s.text):
                score = sum(detail[index:index + 40])
                if score > best_score:
                    best, best_score = index, score
        return best

    def add(self, name: str, value: object, sentence: Sentence, match: re.Match | None = None) -> None:
        if any(f.field == name and f.value == value for f in self.proposal.facts):
            return
        quote, start, end = _quote(sentence, match)
        self.proposal.facts.append(Found(name, value, quote, start, end))

    def heading_of(self, index: int) -> str:
        """The nearest heading above a sentence: a short line without a full stop."""
        for s in reversed(self.region[max(0, index - 6):index]):
            if len(s.text) <= 30 and not s.text.endswith(("。", ".")):
                return s.text
        return ""

def propose(text: str) -> Proposal:
    """Every fact the rules find in this policy text, each with its verbatim quote."""
    extractor = _Extractor(text)
    for step in (extractor.channels, extractor.drop_plain_post, extractor.address, extractor.contacts,
                 extractor.form,
                 extractor.documents, extractor.fees, extractor.drop_partial_no_fee, extractor.response, extractor.refusal_grounds,
                 extractor.request_kinds, extractor.company):
        step()
    return extractor.proposal
