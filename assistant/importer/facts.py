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


def one_of(facts: list[Found], name: str) -> Found | None:
    """The first fact of this field (the one the record keeps where it holds one)."""
    return next((f for f in facts if f.field == name), None)


def all_of(facts: list[Found], name: str) -> list[Found]:
    return [f for f in facts if f.field == name]


def quotes_of(facts: list[Found | None]) -> list[str]:
    """The sentences behind these facts, each once, in order."""
    return list(dict.fromkeys(f.quote for f in facts if f is not None))


@dataclass
class Proposal:
    """Every fact found; the fields not found stay unknown."""

    text: str
    section_start: int
    facts: list[Found] = field(default_factory=list)
    original: str | None = None  # the page's text before clean(): where saved quotes are taken from

    def values(self, name: str) -> list[object]:
        return [f.value for f in self.facts if f.field == name]

    def first(self, name: str) -> Found | None:
        return one_of(self.facts, name)


def sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets: lines, split after 。 and after an English full stop."""
    found: list[Sentence] = []
    offset = 0
    for number, line in enumerate(text.split("\n")):
        for begin, end in _japanese_sentences(line):
            piece = line[begin:end]
            cuts = [m.start() for m in _INLINE_ITEM.finditer(piece)]
            if len(piece) > FLAT or len(cuts) >= 2:  # a list flattened into one line: items apart
                for a, b in zip([0] + cuts, cuts + [len(piece)]):
                    found += _english_sentences(piece[a:b], offset + begin + a, number)
                continue
            found += _english_sentences(piece, offset + begin, number)
        offset += len(line) + 1
    return found


FLAT = 200  # a line this long without a full stop is a flattened list (a PDF's text, a table)
# Where an item of a flattened list begins: a bullet, "2.患者様…", "(郵送)" after a space.
# 「… 3. 手数料のお支払い 個人情報の開示…」: a number and a space before Japanese words also opens one.
_INLINE_ITEM = re.compile(r"(?<=\s)(?:[・•●○◆■□※](?=\S)|\d{1,2}[.．](?=[^\d\s]|\s[^\x00-\x7f])|"
                          r"[（(][^()（）\s\x00-\x7f]{1,8}[)）](?=\s))")


def _english_sentences(piece: str, start: int, number: int) -> list[Sentence]:
    """The piece split after an English full stop followed by a capital."""
    found = []
    # Not after a one-letter word: "d. Fee for …", "set forth in 5. Burden" end nothing.
    for sub in _ENGLISH.finditer(piece):
        words = sub.group(0).strip()
        if words:
            at = start + sub.start() + (len(sub.group(0)) - len(sub.group(0).lstrip()))
            found.append(Sentence(words, at, number))
    return found


# "Etc." with a capital stands inside a title ("Personal Information Disclosure, Etc. Request
# Form"); a sentence ends in "etc." written small.
_ENGLISH = re.compile(r".+?(?:(?<!Co)(?<!Ltd)(?<!Inc)(?<!No)(?<!Etc)(?<!e\.g)(?<!i\.e)(?<!\b\w)[.!?][\"”]?(?=\s+[A-Z“\"(])|$)")


OPEN, CLOSE = "(（", ")）"
MAX_BRACKET = 200  # a bracket opened further back than this was never closed: 。 ends again
_PIECE = re.compile(r"[^。]{1,%d}。?" % MAX_SENTENCE)


def _japanese_sentences(line: str) -> list[tuple[int, int]]:
    """(begin, end) of each piece of a line ending in 。 (kept), at most MAX_SENTENCE characters;
    a 。 inside brackets ends nothing: "手数料等(振込みによるものとし…ご確認ください。ただし、来社
    の場合は現金払いでも可とします。)を申し受けます。" is one sentence."""
    out: list[tuple[int, int]] = []
    for m in _PIECE.finditer(line):
        begin, end = m.span()
        if out and out[-1][1] == begin and end - out[-1][0] <= MAX_SENTENCE \
                and _left_open(line[max(out[-1][0], begin - MAX_BRACKET):begin]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((begin, end))
    return out


def _left_open(piece: str) -> bool:
    """The last MAX_BRACKET characters of a piece end in 。 inside a bracket not closed."""
    return piece.endswith("。") and sum(map(piece.count, OPEN)) > sum(map(piece.count, CLOSE))


def _quote(sentence: Sentence, match: re.Match | None = None) -> tuple[str, int, int]:
    """The sentence, or a verbatim window of it around the match when it is too long."""
    text = sentence.text
    if len(text) <= MAX_QUOTE:
        return text, sentence.start, sentence.start + len(text)
    middle = (match.start() + match.end()) // 2 if match else 0
    begin = max(0, min(middle - MAX_QUOTE // 2, len(text) - MAX_QUOTE))
    window = text[begin:begin + MAX_QUOTE]
    return window, sentence.start + begin, sentence.start + begin + len(window)
