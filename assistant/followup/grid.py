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


# Runs never broken over two lines: dates, article numbers, numbers with their unit, postal codes
# and street numbers, and a Latin word. Each alternative starts with a fixed character class and
# has no nested repetition, so matching is linear.
UNBREAKABLE = re.compile(
    r"(?:令和|平成|昭和)(?:元|\d{1,2})年\d{1,2}月\d{1,2}日"
    r"|\d{4}年\d{1,2}月\d{1,2}日"
    r"|(?:第\d{1,4}[条項号](?:の\d{1,3})?)+(?:ただし書)?"
    r"|〒\d{3}-\d{4}"
    r"|\d[\d,.]*(?:-\d+)*(?:週間|か月|[日年月円枚通時分階号番条項])?"
    r"|[!-~]+")


def atoms(paragraph: str, width: int) -> list[str]:
    """The paragraph as pieces that stay on one line: the runs above (where they fit a line at
    all), and every other character alone."""
    found: list[str] = []
    at = 0
    for match in UNBREAKABLE.finditer(paragraph):
        found += list(paragraph[at:match.start()])
        run = match.group()
        found += [run] if count(run) <= width else list(run)
        at = match.end()
    return found + list(paragraph[at:])


def wrap(paragraph: str, width: int) -> list[str]:
    """Break one paragraph into lines whose count is at most width, never inside a date, a
    number or an article, and keeping kinsoku where it can: no line starts with a closing bracket
    or a full stop, no line ends with an opening bracket. Where kinsoku and the width disagree,
    the width wins (the post office counts every character)."""
    if not paragraph:
        return [""]
    queue = atoms(paragraph, width)
    lines: list[str] = []
    pending: tuple[str, ...] = ()
    current: list[str] = []
    index = 0
    while index < len(queue):
        atom = queue[index]
        if count("".join(current) + atom, pending) <= width:
            current.append(atom)
            index += 1
            continue
        # The atom does not fit: break after the most pieces that leave an allowed break (the
        # next line not starting with 。」 and the like, this one not ending with 「（).
        keep = next((k for k in range(len(current), 0, -1)
                     if (current[k] if k < len(current) else atom)[0] not in NO_LINE_START
                     and current[k - 1][-1] not in NO_LINE_END), len(current))
        lines.append("".join(current[:keep]))
        pending = _walk(lines[-1], pending)[1]
        index -= len(current) - keep  # the pieces carried over are laid out again
        current = []
    lines.append("".join(current))
    return lines


@dataclass(frozen=True)
class Layout:
    """The text broken into pages of lines, each line within the grid's count; `closing_rows`:
    where each line of the closing block ended up, as (page, row)."""

    width: int
    height: int
    pages: tuple[tuple[str, ...], ...]
    closing_rows: tuple[tuple[int, int], ...] = ()

    def lines(self) -> list[str]:
        return [line for page in self.pages for line in page]


def _wrapped(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines += wrap(paragraph.rstrip(), width)
    return lines


def lay_out(text: str, grid: str = "26x20", closing: tuple[str, ...] = ()) -> Layout:
    """Lines and pages of the text on one of Japan Post's grids. The closing block (date, sender,
    addressee) follows after a blank line and is kept on one page where it fits on one, so the
    sender's name never stands alone on the last page."""
    if grid not in GRIDS:
        raise GridError(f"unknown grid '{grid}'; use one of: {', '.join(GRIDS)}")
    width, height = GRIDS[grid]
    lines = _wrapped(text, width)
    while lines and not lines[-1]:
        lines.pop()
    pages = [lines[i:i + height] for i in range(0, len(lines), height)] or [[]]
    rows: list[tuple[int, int]] = []
    if closing:
        block: list[str] = []
        ends: list[int] = []
        for line in closing:
            block += wrap(line.rstrip(), width)
            ends.append(len(block) - 1)
        last = pages[-1]
        room = height - len(last) - (1 if last else 0)
        if len(block) > room and len(block) <= height:
            pages.append([])  # the whole block on a page of its own
        elif last:
            last.append("")
        for line in block:
            if len(pages[-1]) == height:
                pages.append([])
            pages[-1].append(line)
        start = sum(len(p) for p in pages) - len(block)
        rows = [_page_row(pages, start + end) for end in ends]
    return Layout(width, height, tuple(tuple(p) for p in pages), tuple(rows))


def _page_row(pages: list[list[str]], number: int) -> tuple[int, int]:
    for page_no, page in enumerate(pages):
        if number < len(page):
            return page_no, number
        number -= len(page)
    return len(pages) - 1, len(pages[-1]) - 1


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
