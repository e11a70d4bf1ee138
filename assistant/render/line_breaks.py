"""Where a Japanese line may break, as rules (no reportlab here; japanese_paragraph.py uses them).

Japanese breaks between phrases (BudouX, the `budoux` package, finds them) and after a space,
never where 禁則 forbids it: not after an opening bracket, not before a closing one or 、。 and
the small kana. A name, a postal code, a date, an article, an amount, a number, a reference number
and any run of Latin letters or digits is never split. A run longer than a whole line (a long
address) breaks at its spaces first; only what cannot fit otherwise breaks between characters.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

# Levels of a break opportunity before character i (higher is better).
NEVER, EMERGENCY, INSIDE_KEPT, PHRASE = 0, 1, 2, 3

OPENING = set("（「『【〔［｛〈《“‘([{")
CLOSING = set("）」』】〕］｝〉》”’)]},.:;!?、。，．・：；？！ー々ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ〜…‥")
AFTER_PUNCTUATION = set("、。・，．）」』】")  # a line may end after these
LABEL_COLON = set("：")  # 氏名：山田 太郎 — the label stays with its value
HONORIFICS = ("様", "御中")
# Runs that are one thing: never split (each alternative is bounded, so matching is linear).
KEPT = re.compile(
    r"〒?\d{3}-\d{4}"                                              # postal code
    r"|(?:令和|平成|昭和)(?:元|\d{1,2})年\d{1,2}月\d{1,2}日"            # era date
    r"|\d{4}年\d{1,2}月\d{1,2}日"                                     # Western date
    r"|(?:法|個人情報保護法)?第\d{1,3}条(?:の\d{1,2})?(?:第\d{1,2}項)?(?:第\d{1,2}号)?"
    r"(?:・第\d{1,2}項)*"                                            # article
    r"|[一二三四五六七八九十]{1,3}丁目\d{1,4}番(?:地)?(?:\d{1,4}号)?"    # 二丁目4番1号
    r"|\d{1,3}(?:,\d{3})*円(?:分)?"                                   # amount
    r"|\d{1,3}(?:階|か月|営業日|日|件|点|通)"                           # counted number
    r"|[A-Za-z0-9][A-Za-z0-9@._+\-/:#]*[A-Za-z0-9]|[A-Za-z0-9]"       # Latin word or number
)


@lru_cache(maxsize=1)
def _parser():
    import budoux  # loaded once, when Japanese text is first laid out

    return budoux.load_default_japanese_parser()


@lru_cache(maxsize=512)
def _phrases(text: str) -> tuple[int, ...]:
    """Where BudouX puts phrase boundaries (offsets into text)."""
    out, at = [], 0
    for chunk in _parser().parse(text):
        at += len(chunk)
        out.append(at)
    return tuple(out[:-1])


def levels(text: str, kept: Sequence[str] = (), line_chars: int | None = None) -> tuple[int, ...]:
    """For each i in 1..len(text)-1, how good a break before text[i] is (index 0 and len unused).
    kept: strings never to split (names), unless longer than line_chars (then they break at
    their spaces: INSIDE_KEPT). The same paragraph is measured often: remembered."""
    return _levels(text, tuple(kept), line_chars)


@lru_cache(maxsize=2048)
def _levels(text: str, kept: tuple[str, ...], line_chars: int | None) -> tuple[int, ...]:
    n = len(text)
    level = [EMERGENCY] * (n + 1)
    for at in _phrases(text) if text else ():
        level[at] = PHRASE
    for i in range(1, n):
        if text[i - 1] in (" ", "\u3000") or text[i - 1] in AFTER_PUNCTUATION:
            level[i] = PHRASE
    spans = [m.span() for m in KEPT.finditer(text)]
    for name in kept:
        if not name:
            continue
        start = text.find(name)
        while start >= 0:
            spans.append((start, start + len(name), name))  # type: ignore[arg-type]
            start = text.find(name, start + len(name))
    for span in spans:
        start, end = span[0], span[1]
        long_name = len(span) == 3 and line_chars is not None and end - start > line_chars
        for i in range(start + 1, end):
            if long_name:  # a name longer than a line: break it at its spaces only
                level[i] = INSIDE_KEPT if text[i - 1] in (" ", "\u3000") else EMERGENCY
            else:
                level[i] = min(level[i], NEVER)
    for i in range(1, n):  # 禁則: these hold whatever else allows a break
        if text[i - 1] in OPENING or text[i] in CLOSING or text[i - 1] in LABEL_COLON:
            level[i] = NEVER
        elif text[i] in (" ", "\u3000") or text.startswith(HONORIFICS, i):
            level[i] = NEVER  # break after a space, not before it; 様 and 御中 stay on the line
    level[0] = level[n] = NEVER
    return tuple(level)


def fit(widths: Sequence[float], level: Sequence[int], width_of_line: "Sequence[float] | float",
        hanging: Sequence[bool] = ()) -> list[tuple[int, int]]:
    """Lines as (start, end) over characters with these widths: each line as long as fits, ended
    at the best break level available in it. hanging[i]: the character may hang past the end
    (、。 and closing brackets, ぶら下げ). width_of_line: one width, or one per line (the last
    repeats)."""
    n = len(widths)
    lines: list[tuple[int, int]] = []
    start = 0
    while start < n:
        index = len(lines)
        limit = width_of_line if isinstance(width_of_line, (int, float)) else \
            width_of_line[min(index, len(width_of_line) - 1)]
        used, end = 0.0, start
        while end < n:
            extra = widths[end]
            if used + extra > limit + 0.01 and not (hanging and hanging[end] and end > start):
                break
            used += extra
            end += 1
        if end >= n:
            lines.append((start, n))
            break
        best = None
        for wanted in (PHRASE, INSIDE_KEPT, EMERGENCY):
            best = next((i for i in range(end, start, -1) if level[i] >= wanted), None)
            if best is not None:
                break
        if best is None:  # nothing allowed in the whole line: break where it is full
            best = max(end, start + 1)
        lines.append((start, best))
        start = best
    return lines


def break_text(text: str, width: int, kept: Sequence[str] = ()) -> list[str]:
    """The text in lines of at most `width` characters of width 1 (for tests and plain text)."""
    if not text:
        return [""]
    hanging = [ch in "、。，．」）』 \u3000" for ch in text]
    return [text[a:b] for a, b in fit([1.0] * len(text), levels(text, kept, width), width, hanging)]
