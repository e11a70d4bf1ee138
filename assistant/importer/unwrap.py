"""A text whose lines a page's width cut (a PDF's text, a narrow column copied): its sentences put
back together before any rule reads them. Such a text is known by its lines: many of the long ones
are about as long as the page is wide and end inside a sentence (no 。, colon or bracket). Each such
full line is joined to the line after it, unless that line opens something of its own (a list mark,
a postal code, a label). A text a browser or an HTML page gave (its lines as long as their
paragraphs) is left as it is. Everything here is one pass over the lines (linear time)."""
from __future__ import annotations

import re
from collections import Counter

from assistant.importer.terms import BULLET

ENDS = tuple("。．.！？!?」』)）]】:：")
# (a line ending as an item's case, 「…おそれがある場合」, ends its item: the next line is the next one)
ITEM_ENDS = re.compile(r"(場合|とき|もの|こと)$")
# a line that opens something of its own: a list's mark, a postal code, a label (「TEL:…」, 「住所：…」),
# a numbered heading (「第5条」, 「5.」), a note (「※」, 「(※2)」)
OPENS = re.compile(r"[〒※*#]|[(（]※|第\s?\d{1,3}\s?[条章項]|[^\s:：。、]{1,10}[:：]|\d{1,2}[.．)）]\s")
MIN_FULL = 20  # shorter lines are headings, names, addresses, list items: never the page's width
MIN_WIDTH = 34  # a page's width holds this many characters at least (a list's items are shorter)
ITEM_INDENT = 5  # a list item's first line stands this much in from the width at most
SLACK = 3  # a full line is this much shorter than the width at most (a word that did not fit)
MIN_LINES = 6  # full lines a wrapped text has at least
SHARE = 0.25  # of its long lines
OPEN_SHARE = 0.6  # of the full lines end inside a sentence


def width(lines: list[str]) -> int | None:
    """The page's width the lines were cut at, or None for a text not so cut."""
    lengths = Counter(len(line) for line in lines if len(line) >= MIN_FULL)
    long_lines = sum(lengths.values())
    if long_lines < MIN_LINES:
        return None
    # the width: the length with the most lines within SLACK below it (ties: the longer)
    best, count = max(((size, sum(lengths[size - d] for d in range(SLACK + 1))) for size in lengths),
                      key=lambda pair: (pair[1], pair[0]))
    full = [line for line in lines if best - SLACK <= len(line) <= best]
    if best < MIN_WIDTH or count < MIN_LINES or count < SHARE * long_lines:
        return None
    if sum(not line.endswith(ENDS) for line in full) < OPEN_SHARE * len(full):
        return None
    return best


def unwrapped(lines: list[str]) -> list[str]:
    """The lines with each one the width cut joined to the next (a space between English words)."""
    size = width(lines)
    if size is None:
        return lines
    out: list[list[str]] = []  # each line's pieces, joined once at the end (linear, however long)
    joining = False
    for line in lines:
        if joining and line and not BULLET.match(line) and not OPENS.match(line):
            last = out[-1][-1]
            # (English words part at a space; a number or a word cut inside, 「1 / ,000円」, does not)
            space = " " if _word_end(last[-1:]) and _word_end(line[:1]) and not (last[-1:] + line[:1]).isdigit() else ""
            out[-1] += [space, line] if space else [line]
        else:
            out.append([line])
        joining = _full(line, size)
    return ["".join(pieces) for pieces in out]


def _word_end(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _full(line: str, size: int) -> bool:
    """A line the width cut: as long as the page is wide, ending inside its sentence or item."""
    # (a list item's first line is narrower by its mark's indent)
    indent = ITEM_INDENT if BULLET.match(line) else 0
    return len(line) >= size - SLACK - indent and not line.endswith(ENDS) and not ITEM_ENDS.search(line)
