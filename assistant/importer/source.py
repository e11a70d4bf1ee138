"""Read a policy the user saved — plain text, a web page, or a PDF — into plain text, safely.

Refused with a one-line reason: not a regular file (FIFO, device), larger than MAX_BYTES, binary
data, a PDF without a text layer. A web page's scripts, styles and markup are dropped, never run.
"""
from __future__ import annotations

import os
import re
import stat
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

from assistant.importer.errors import SourceError  # noqa: F401 - named here for callers
from assistant.importer.pdf_text import pdf_text
from assistant.importer.terms import BULLET
from assistant.importer.unwrap import unwrapped

MAX_BYTES = 5_000_000  # a privacy policy is tens of kB; a saved page with images inlined, a few MB
MAX_CHARS = 400_000
MAX_LIST_DEPTH = 20  # nested lists followed this deep (a page's deeper nesting draws no more marks)
MAX_LINE = 1_000  # longer lines are cut (a flattened table, a run of junk)
_CHUNK = 64_000  # a page's HTML is read this much at a time
# ① … ⑳ → (1) … (20): NFKC would make them bare digits that run into the text after them; so do
# the dingbat circled digits ➀…➉, ❶…❿, ➊…➓ (「※上記(1)➁と同様」), which NFKC leaves as they are.
CIRCLED = {0x2460 + n: f"({n + 1})" for n in range(20)} | {
    start + n: f"({n + 1})" for start in (0x2776, 0x2780, 0x278A) for n in range(10)}
# Radicals a PDF's font or a page's text may use for a whole character (「北⻘山」, 「⻑野」): NFKC leaves
# the CJK Radicals Supplement as it is; each is the ideograph Unicode's EquivalentUnifiedIdeograph
# names for it (an address with ⻘ is not an address Japan Post or a person types).
RADICALS = str.maketrans({"\u2EA0": "民", "\u2EA9": "王", "\u2EC1": "虎", "\u2EC4": "西", "\u2EC6": "角",
                          "\u2ECF": "阝", "\u2ED1": "長", "\u2ED6": "阝", "\u2ED8": "青", "\u2EDD": "食",
                          "\u2EE3": "骨", "\u2EE4": "鬼", "\u2EE8": "麦", "\u2EE9": "黄", "\u2EEB": "斉",
                          "\u2EED": "歯", "\u2EEF": "竜", "\u2EF2": "亀"})
_HIDDEN = ("Cc", "Cf", "Cs", "Co")  # control, format (bidi), surrogate, private use


def read_limited(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, never more than limit (+1 to notice a larger one)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise SourceError(f"{path}: cannot open it ({exc.strerror or exc})") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise SourceError(f"{path}: not a regular file; save the policy as a .txt, .html or "
                              ".pdf file and choose that")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:
        raise SourceError(f"{path}: larger than {limit // 1_000_000} MB; a privacy policy is much "
                          "smaller: copy just the policy's text into a .txt file")
    return data


class _TextOfPage(HTMLParser):
    """Visible text of an HTML page; block elements become line breaks."""

    SKIP = {"script", "style", "noscript", "template", "svg", "head"}
    BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
             "article", "dt", "dd", "table", "ul", "ol", "address", "pre", "blockquote"}
    CELL = {"td", "th"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0  # characters of text so far
        self._skipping = 0
        # A list item gets the mark a browser draws (「・」, 「1.」), as a copy of the page shows it: the
        # rules read lists by their marks. Not where the item's text has a mark of its own (「(1)…」).
        self._lists: list[list] = []  # each open list: [tag, items so far]
        self._mark = ""  # the mark for the item's first text

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self.SKIP:
            self._skipping += 1
            return
        if tag in ("ul", "ol") and len(self._lists) < MAX_LIST_DEPTH:
            self._lists.append([tag, 0])
        elif tag == "li" and self._lists:
            self._lists[-1][1] += 1
            kind, count = self._lists[-1]
            self._mark = f"{count}. " if kind == "ol" else "・"
        if tag in self.BLOCK and self.parts[-1:] != ["\n"]:
            self.parts.append("\n")  # (「</tr><tr>」: one break between blocks that meet, not an empty line)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("li", "ul", "ol"):
            self._mark = ""  # an item without text (an image) marks nothing after it
        if tag in ("ul", "ol") and self._lists and self._lists[-1][0] == tag:
            self._lists.pop()
        if tag in self.SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self.BLOCK and self.parts[-1:] != ["\n"]:
            self.parts.append("\n")
        elif tag in self.CELL and not self._skipping and self.parts and self.parts[-1].strip() not in ("", "|"):
            self.parts.append(" | ")  # 「手数料 | 1,000円」: a row's cells stay apart (an empty cell adds nothing)

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            if self._mark and data.strip():
                if not BULLET.match(data.lstrip()):
                    self.parts.append(self._mark)
                self._mark = ""
            self.parts.append(data)
            self.length += len(data)


def _page_text(html: str) -> str:
    """The visible text of a page, read only until there is more than clean() looks at: a page
    of a few MB (images inlined) is not parsed to its end for text that would be cut."""
    parser = _TextOfPage()
    for start in range(0, len(html), _CHUNK):
        parser.feed(html[start:start + _CHUNK])
        if parser.length > MAX_CHARS * 2:
            break
    return "".join(parser.parts)


def _decode(data: bytes, path: Path) -> str:
    if b"\x00" in data[:4096]:
        raise SourceError(f"{path}: this is not text (binary data); save the policy page as text, "
                          "HTML or PDF")
    for encoding in ("utf-8-sig", "cp932", "euc_jp"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise SourceError(f"{path}: the text is in an encoding this program cannot read; save it as "
                      "UTF-8")


def _pdf_text(data: bytes, path: Path) -> str:
    text = pdf_text(data, path)
    if len("".join(text.split())) < 40:
        raise SourceError(f"{path}: the PDF has no text layer (a scanned image?); copy the "
                          "policy's text from the company's web page into a .txt file")
    return text


def clean(text: str) -> str:
    """NFKC (full-width digits and letters become ASCII: 〒１５４－００２３ reads as 〒154-0023; circled
    numbers become (1), (2) first, so list items stay apart; radicals their ideographs), no control or bidi characters (line
    breaks kept), trimmed lines, capped length. Only the first 2 × MAX_CHARS characters are
    cleaned (trimming shrinks a text; NFKC rarely grows one), then the result is cut."""
    text = text[:MAX_CHARS * 2].translate(CIRCLED)
    text = unicodedata.normalize("NFKC", text).translate(RADICALS).replace("\r\n", "\n").replace("\r", "\n")
    # (a PDF's lines, cut at the page's width, put back together first: unwrap.py)
    lines = [item for line in unwrapped([" ".join(_visible(line).split()) for line in text.split("\n")])
             for piece in _wrapped(line) for item in _items(piece)]
    out = "\n".join(_single_spaced(lines))
    while "\n\n\n" in out:
        out = out.replace("\n\n\n", "\n\n")
    return out.strip()[:MAX_CHARS]


def _single_spaced(lines: list[str]) -> list[str]:
    """A page a browser copied, or whose HTML was read, with empty lines after every line (each
    paragraph and list item a block of its own) as its lines stand: the empty lines every line has
    are dropped, a longer run kept as one, so a list's lead and its items, or an address block, read
    as they do on the page; a text so spaced only in places keeps its empty lines (they part its
    blocks)."""
    runs: list[int] = []  # the empty lines after each filled line
    for line in lines:
        if line:
            runs.append(0)
        elif runs:
            runs[-1] += 1
    spaced = [r for r in runs[:-1] if r]
    if len(runs) < 7 or len(spaced) < 0.8 * (len(runs) - 1):
        return lines
    usual = min(spaced)  # (the run every line has; longer ones part blocks)
    out: list[str] = []
    for line, run in zip((x for x in lines if x), runs):
        out += [line] + [""] * (run > usual)
    return out


def _visible(line: str) -> str:
    """The line without control, format, surrogate or private-use characters (tabs kept). A
    printable line has none: only the rare other line is looked at character by character."""
    if line.isprintable():
        return line
    return "".join(ch for ch in line if ch == "\t" or unicodedata.category(ch) not in _HIDDEN)


# An item marker inside a line: 「(1) …おそれがあるとき(2) 第三者の…」 is a list flattened into one
# line. The text before it must end a phrase (not 「上記(1)、(2)の書類」, 「(1)及び(2)」).
_INLINE_ITEM = re.compile(r"(?<![、,・と及又やび\s])\s?\((\d{1,2})\)(?![のとや、,・にを])")
_FIRST_ITEM = re.compile(r"^[-・•■●]?\s?\((\d{1,2})\)")
# 「ア ご本人の場合 …証明書イ 代理人の場合 … ウ ご家族の場合 …」: katakana items in order, a space
# after each (not after a katakana word: 「カード イ」 is no item).
_KANA = "アイウエオカキクケコ"
_KANA_ITEM = re.compile(r"(?<![ァ-ヴー、,・\s])\s?([アイウエオカキクケコ])\s(?=\S)")


def _items(line: str) -> list[str]:
    """A line that begins with an item marker, cut before each next marker in sequence ((2) after
    (1), (3) after (2)): the items of a list a page ran together, one a line as lists are read."""
    if line.startswith("ア "):
        pieces, begin, expected = [], 0, 1
        for m in _KANA_ITEM.finditer(line):
            if m.group(1) == _KANA[expected % len(_KANA)]:
                pieces.append(line[begin:m.start()].strip())
                begin, expected = m.start(), expected + 1
        return [piece for piece in pieces + [line[begin:].strip()] if piece]
    first = _FIRST_ITEM.match(line)
    if not first:
        return [line]
    pieces, begin, expected = [], 0, int(first.group(1)) + 1
    for m in _INLINE_ITEM.finditer(line, first.end()):
        if int(m.group(1)) == expected:
            pieces.append(line[begin:m.start()].strip())
            begin, expected = m.start(), expected + 1
    pieces.append(line[begin:].strip())
    return [piece for piece in pieces if piece]


def _wrapped(line: str) -> list[str]:
    """A line cut into pieces of at most MAX_LINE characters (after a space or 。 where one is
    near the end): no rule and no text view ever works on one enormous line."""
    pieces = []
    while len(line) > MAX_LINE:
        cut = max(line.rfind(" ", MAX_LINE - 200, MAX_LINE), line.rfind("。", MAX_LINE - 200, MAX_LINE))
        cut = cut + 1 if cut > 0 else MAX_LINE
        pieces.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    pieces.append(line)
    return pieces


def read_visible(path: Path) -> str:
    """The text a saved policy file shows (.txt, .html/.htm, .pdf), before clean(); SourceError."""
    path = Path(path)
    data = read_limited(path)
    if data[:5] == b"%PDF-" or path.suffix.lower() == ".pdf":
        return _pdf_text(data, path)
    text = _decode(data, path)
    if path.suffix.lower() in (".html", ".htm") or "<html" in text[:2000].lower():
        text = _page_text(text)
    return text


def read_page(path: Path) -> tuple[str, str]:
    """A saved policy file's text as it shows, and its plain text (cleaned), or SourceError."""
    shown = read_visible(path)
    text = clean(shown)
    if not text:
        raise SourceError(f"{path}: the file holds no text")
    return shown, text


def read_policy(path: Path) -> str:
    """The plain text of a saved policy file (.txt, .html/.htm, .pdf), or SourceError."""
    return read_page(path)[1]


def pasted_visible(text: str) -> str:
    """What a person pasted as the page shows it: a page's HTML source without its markup."""
    head = text[:2000].lower()
    if "<html" in head or "<body" in head or "<p>" in head or "<div" in head:
        text = _page_text(text)
    return text


def pasted_text(text: str) -> str:
    """The plain text of what a person pasted: a page's HTML source is read as the page shows it
    (scripts and styles left out), like a saved .html file; SourceError if nothing is left."""
    return plain_pasted(pasted_visible(text))


def plain_pasted(visible: str) -> str:
    """The plain text of a pasted text already read as the page shows it, or SourceError."""
    text = clean(visible)
    if not text:
        raise SourceError("No text: paste the policy, or open the file you saved.")
    return text
