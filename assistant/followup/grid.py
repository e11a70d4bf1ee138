"""Japan Post's 内容証明 (certified-contents mail) grid: count characters as the post office does,
break lines and pages within the chosen grid, and say what would make the post office refuse it.

Horizontal writing allows 26 characters × 20 lines, 20 × 26 or 13 × 40 per page. Counting rules
(Japan Post, as summarised in assistant/resources/law-notes.md and procedure guides):
- kana, kanji, digits, punctuation and ordinary symbols count one each; a blank line counts zero;
- a pair of brackets counts as ONE character, on the line of the opening bracket;
- a unit sign such as ㎡ or ㎏ counts two; a circled number counts two, except as a list marker at
  the start of a line, where it counts one (so does a parenthesised list marker such as (1));
- Latin letters may be used only in proper nouns (names of people, companies, places, products).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

GRIDS: dict[str, tuple[int, int]] = {"26x20": (26, 20), "20x26": (20, 26), "13x40": (13, 40)}

OPENING = "（(「『【〔［[｛{〈《"
CLOSING = "）)」』】〕］]｝}〉》"
PAIRS = dict(zip(OPENING, CLOSING))
# A line must not start with these (kinsoku): the character is kept on the line before.
NO_LINE_START = "、。，．,.）)」』】〕］]｝}〉》・：；:;ー々ゝゞぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ！？!?"
NO_LINE_END = OPENING
LIST_MARKER = re.compile(r"^(?:[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]|[①-⑳])")


class GridError(ValueError):
    """Text that cannot go out as 内容証明 as it stands; the message says what to change."""


def weight(ch: str) -> int:
    """How many characters Japan Post counts for one character (brackets handled by the line)."""
    if ch in "㎡㎏㎝㎜㎞㎎㎖㍑㍍㌘":
        return 2
    if "①" <= ch <= "⑳":
        return 2
    return 1


def count(line: str, pending: tuple[str, ...] = ()) -> int:
    """Japan Post's count for one line. A bracket pair counts once, at its opening bracket, so a
    closing bracket is free when its opening bracket stands earlier on this line or on an earlier
    line (`pending`: closing brackets still owed by earlier lines). A circled or parenthesised
    list marker at the start of a line counts one."""
    return _walk(line, pending)[0]


def _walk(line: str, pending: tuple[str, ...]) -> tuple[int, tuple[str, ...]]:
    # (count, closing brackets still owed after this line)
    total = 0
    text = line
    marker = LIST_MARKER.match(text)
    if marker:
        total += 1
        text = text[marker.end():]
    owed = list(pending)
    for ch in text:
        if ch in PAIRS:
            owed.append(PAIRS[ch])
            total += 1
        elif ch in CLOSING and ch in owed:
            del owed[len(owed) - 1 - owed[::-1].index(ch)]
        else:
            total += weight(ch)
    return total, tuple(owed)


def counts(lines: list[str]) -> list[int]:
    """The count of each line, carrying open brackets from one line to the next."""
    found, pending = [], ()
    for line in lines:
        n, pending = _walk(line, pending)
        found.append(n)
    return found


def wrap(paragraph: str, width: int) -> list[str]:
    """Break one paragraph into lines whose count is at most width, keeping kinsoku: no line
    starts with a closing bracket or a full stop; no line ends with an opening bracket."""
    if not paragraph:
        return [""]
    lines: list[str] = []
    current = ""
    pending: tuple[str, ...] = ()
    for ch in paragraph:
        candidate = current + ch
        if count(candidate, pending) <= width:
            current = candidate
            continue
        # ch does not fit. Push characters forward until the break is allowed.
        carry = ch
        word = re.search(r"(?<=[ ,])[!-~]+$", current)
        if ch.isascii() and ch.isalnum() and word and word.start() > 0:
            # A Latin name breaks between words, never inside one ("Le / verages").
            carry = current[word.start():] + ch
            current = current[:word.start()]
        while current and (carry[0] in NO_LINE_START or current[-1] in NO_LINE_END):
            carry = current[-1] + carry
            current = current[:-1]
        if not current:  # nothing can break here: keep the overlong piece as it is
            current, carry = carry, ""
        lines.append(current)
        pending = _walk(current, pending)[1]
        current = carry
    lines.append(current)
    return lines


@dataclass(frozen=True)
class Layout:
    """The text broken into pages of lines, each line within the grid's count."""

    width: int
    height: int
    pages: tuple[tuple[str, ...], ...]

    def lines(self) -> list[str]:
        return [line for page in self.pages for line in page]


def lay_out(text: str, grid: str = "26x20") -> Layout:
    """Lines and pages of the text on one of Japan Post's grids."""
    if grid not in GRIDS:
        raise GridError(f"unknown grid '{grid}'; use one of: {', '.join(GRIDS)}")
    width, height = GRIDS[grid]
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += wrap(paragraph.rstrip(), width)
    while lines and not lines[-1]:
        lines.pop()
    pages = tuple(tuple(lines[i:i + height]) for i in range(0, len(lines), height)) or ((),)
    return Layout(width, height, pages)


def latin_outside(text: str, proper_nouns: tuple[str, ...]) -> list[str]:
    """Runs of Latin letters that are not inside one of the given proper nouns."""
    masked = text
    for noun in sorted(proper_nouns, key=len, reverse=True):
        if noun:
            masked = masked.replace(noun, "\u3000" * len(noun))
    runs = re.findall(r"[A-Za-zＡ-Ｚａ-ｚ]+", unicodedata.normalize("NFC", masked))
    return runs


def problems(layout: Layout, proper_nouns: tuple[str, ...] = ()) -> list[str]:
    """What the post office would refuse, in words a person can act on ([] if none)."""
    found = []
    numbers = iter(counts(layout.lines()))
    for page_no, page in enumerate(layout.pages, 1):
        if len(page) > layout.height:
            found.append(f"page {page_no} has {len(page)} lines; at most {layout.height}")
        for line_no, line in enumerate(page, 1):
            n = next(numbers)
            if n > layout.width:
                found.append(f"page {page_no}, line {line_no} counts {n} characters; "
                              f"at most {layout.width}: shorten it")
    # Joined without breaks: a proper noun the grid broke over two lines is still one noun.
    latin = latin_outside("".join(layout.lines()), proper_nouns)
    if latin:
        found.append("Latin letters are allowed only in proper nouns: " + ", ".join(sorted(set(latin)))
                     + "; write them in Japanese")
    return found
