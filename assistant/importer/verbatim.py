"""A saved record quotes the page as the page writes it. The rules read the cleaned text (NFKC:
「３．２の申請書」 reads as 「3.2の申請書」, ① as (1)), but a quote in a checklist is the company's words,
and a clerk's cold read found them changed. Each quote is found again in the page's own text, as a
run of the same characters once both are normalised and their spaces left out, and taken from there.
All or nothing: where one quote cannot be found so, the record keeps the cleaned quotes and the
cleaned text it was checked against (never a quote missing from the saved text). Values copied from
the page and printed as they stand (a desk's name on the envelope, its hours, a ground, a form's
name) are taken from the page's characters too, each where it is found (「10:00〜16:00(土・日…)」 reads
「10:00〜16:00（土・日…）」 as the page writes it)."""
from __future__ import annotations

import unicodedata

from assistant.importer.source import CIRCLED, MAX_CHARS, RADICALS, _visible

COPIED = frozenset({"department", "hours", "ground", "name"})  # values that are the page's own words


def _normal(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch.translate(CIRCLED)).translate(RADICALS)


def _stream(text: str) -> tuple[str, list[int]]:
    """The text's characters as clean() reads them, without white space: each with where it stands."""
    chars: list[str] = []
    where: list[int] = []
    for index, ch in enumerate(text):
        for n in _normal(ch):
            if n.isspace():
                continue
            if chars and unicodedata.combining(n):  # 「ﾊﾞ」: the mark joins the letter before it
                joined = unicodedata.normalize("NFC", chars[-1] + n)
                if len(joined) == 1:
                    chars[-1] = joined
                    continue
            chars.append(n)
            where.append(index)
    return "".join(chars), where


class _Finder:
    def __init__(self, text: str):
        self.text = text
        self.stream, self.where = _stream(text)

    def find(self, quote: str) -> str | None:
        key = "".join(quote.split())
        at = self.stream.find(key) if key else -1
        if at < 0:
            return None
        end = self.where[at + len(key) - 1] + 1
        while end < len(self.text) and (mark := _normal(self.text[end])) and all(map(unicodedata.combining, mark)):
            end += 1  # (a voiced mark after the last letter, 「ﾃﾞ」, is the letter's)
        found = self.text[self.where[at]:end]
        found = " ".join(found.split())
        # (a character clean() drops, inside the run, would make the quote differ: not taken)
        return found if "".join(_normal(found).split()) == key and found.isprintable() else None


def _shown(original: str) -> str:
    lines = original.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(_visible(line).rstrip() for line in lines).strip()


def verbatim_record(data: dict, original: str | None, cleaned: str) -> tuple[dict, str]:
    """The record with each quote as the page writes it, and the text to save beside it; or the
    record and the cleaned text as they are."""
    if not original or len(original) > MAX_CHARS * 2:
        return data, cleaned
    text = _shown(original)
    if text == cleaned:
        return data, cleaned
    finder = _Finder(text)
    missing: list[str] = []

    def walk(value: object, key: str = "") -> object:
        if isinstance(value, dict):
            return {k: walk(v, k) for k, v in value.items()}
        if isinstance(value, str) and key == "quote":
            return walk([value], key)[0]  # type: ignore[index]
        if isinstance(value, str) and key in COPIED:
            return finder.find(value) or value
        if isinstance(value, list):
            if key == "quote":
                found = [finder.find(q) if isinstance(q, str) else None for q in value]
                missing.extend(q for q, f in zip(value, found) if f is None)
                return [f if f is not None else q for q, f in zip(value, found)]
            return [walk(v, key) for v in value]
        return value

    mapped = walk(data)
    return (data, cleaned) if missing else (mapped, text)  # type: ignore[return-value]
