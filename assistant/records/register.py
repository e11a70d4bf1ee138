"""The national corporate register, offline: find any company in Japan by name, reading, English
name or corporate number, with its registered head office.

The data is the National Tax Agency's (国税庁法人番号公表サイト, 基本3情報ダウンロード), imported by
the person with `main.py register import` (register_store.py builds the file, register_read.py
reads the NTA's files, register_layout.py says what each column and code means). The program
never downloads it, and never goes online.

Opened read-only and only when first searched, so the wizard's first page paints without it.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from assistant.records.register_keys import (
    fold, grams_query, inside_query, matches, search_keys,
)
from assistant.records.register_layout import (
    CLOSE_CAUSE, KIND, corporate_number, is_corporate_number,
)
from assistant.records.register_store import as_of, read_meta, register_path

SCAN = 3000  # candidates looked at per search at most: a keystroke stays fast whatever is typed
TERMS = 50  # trigrams asked for a word of two characters inside a name, at most
MAX_TYPED = 100  # characters of a search that count (a name is at most 150; a paste may be more)
_CONTROLS = dict.fromkeys([*range(0x20), 0x7F], " ")  # never part of a name; NUL ends FTS strings


@dataclass(frozen=True)
class RegisterCompany:
    """One corporation as the register holds it (texts as the NTA publishes them)."""

    number: str  # 法人番号, 13 digits
    name: str
    furigana: str
    en_name: str
    kind: str
    postal: str  # seven digits, or empty
    prefecture: str
    city: str
    street: str
    outside: str  # 国外所在地, for a company with its head office abroad
    closed_on: str
    close_cause: str
    successor: str | None  # 承継先法人番号
    successor_name: str | None = None

    @property
    def closed(self) -> bool:
        return bool(self.closed_on or self.close_cause)

    @property
    def postal_code(self) -> str | None:
        return f"{self.postal[:3]}-{self.postal[3:]}" if len(self.postal) == 7 else None

    @property
    def address(self) -> str:
        """The registered head office (本店所在地) in Japanese, as one line."""
        return (self.prefecture + self.city + self.street) or self.outside

    @property
    def kind_name(self) -> str:
        return KIND.get(self.kind, "")

    def closure(self) -> str:
        """「閉鎖」 with the day, the cause and the successor, for a closed company; else empty."""
        if not self.closed:
            return ""
        parts = [_japanese_day(self.closed_on), CLOSE_CAUSE.get(self.close_cause, "")]
        if self.successor:
            parts.append(f"承継先：{self.successor_name}（法人番号{self.successor}）"
                         if self.successor_name else f"承継先の法人番号：{self.successor}")
        return "閉鎖（" + "、".join(p for p in parts if p) + "）"


def _japanese_day(text: str) -> str:
    """2018-01-05 as 2018年1月5日 (the register's dates are ISO)."""
    try:
        year, month, day = (int(part) for part in text.split("-"))
    except ValueError:
        return text
    return f"{year}年{month}月{day}日"


class Found(NamedTuple):
    """Companies found, and why none could be where the text is not searchable as typed."""

    companies: list[RegisterCompany]
    problem: str | None = None  # "check-digit": thirteen digits whose check digit is wrong


_FIELDS = ("number, name, furigana, en_name, kind, postal, prefecture, city, street, outside, "
           "closed_on, close_cause, successor")
_SELECT = f"SELECT {_FIELDS} FROM companies"


def _company(row: tuple) -> RegisterCompany:
    successor = row[12]
    return RegisterCompany(f"{row[0]:013d}", *row[1:12],
                           f"{successor:013d}" if successor is not None else None)


class RegisterUnusable(Exception):
    """The register file cannot be read (damaged, or not a register)."""


class Register:
    """A read-only connection to the register file."""

    def __init__(self, db: sqlite3.Connection, path: Path):
        self.db, self.path = db, path
        self._vocabulary: bool | None = None  # the index's list of trigrams, made on first use

    @classmethod
    def open(cls, path: Path | None = None) -> "Register | None":
        """The register, or None where none was imported; RegisterUnusable if it is damaged."""
        path = path or register_path()
        if not path.is_file():
            return None
        try:
            db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True,
                                 check_same_thread=False)
            db.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise RegisterUnusable(f"{path}: {exc}; import the full data again") from None
        return cls(db, path)

    def close(self) -> None:
        self.db.close()

    def meta(self) -> dict[str, str]:
        return read_meta(self.db)

    def status(self) -> dict[str, object]:
        """Which data, as of which day, how many companies, and the file's size."""
        meta = self.meta()
        try:
            size = self.path.stat().st_size
        except OSError:
            size = 0
        return {"kind": meta.get("kind", ""), "as_of": as_of(meta), "full_as_of": meta.get("as_of"),
                "changes_through": meta.get("changes_through") or None,
                "count": int(meta.get("count", "0") or 0), "files": meta.get("files", ""),
                "imported_at": meta.get("imported_at", ""), "bytes": size,
                "spec": meta.get("spec", "")}

    def get(self, number: str) -> RegisterCompany | None:
        """The company with this corporate number (hidden from search or not)."""
        if not is_corporate_number(number):
            return None
        row = self.db.execute(f"{_SELECT} WHERE number = ?", (int(number),)).fetchone()
        return self._with_successor(_company(row)) if row else None

    def _with_successor(self, company: RegisterCompany) -> RegisterCompany:
        if not company.successor:
            return company
        found = self.db.execute("SELECT name FROM companies WHERE number = ?",
                                (int(company.successor),)).fetchone()
        if not found:
            return company
        from dataclasses import replace

        return replace(company, successor_name=found[0])

    def search(self, text: str, limit: int = 50) -> Found:
        """Companies whose name, reading or English name holds every word typed (a word of one
        or two characters: at the start of one); those starting with the first word first. A
        13-digit number is looked up as a corporate number, its check digit verified."""
        text = text[:MAX_TYPED].translate(_CONTROLS)
        number = corporate_number(text)
        if number is not None:
            if not is_corporate_number(number):
                return Found([], "check-digit")
            company = self.get(number)
            return Found([company] if company else [])
        words = fold(text).split()
        if not words or limit <= 0:
            return Found([])
        found: dict[int, RegisterCompany] = {}
        # Those starting with the first word, then those holding it anywhere.
        self._collect(words, True, limit, found)
        if len(found) < limit:
            self._collect(words, False, limit, found)
        companies = [self._with_successor(c) if c.closed else c for c in found.values()]
        return Found(companies)

    def _starting_with(self, word: str) -> list[str]:
        """The index's trigrams that begin with this two-character word, at most TERMS of them
        (each one listed costs reading its list of names: a keystroke stays fast; a name found
        by another is found as soon as one more character is typed)."""
        if self._vocabulary is None:
            self.db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.grams_vocabulary "
                            "USING fts5vocab(main, grams, 'row')")
            self._vocabulary = True
        rows = self.db.execute("SELECT term FROM temp.grams_vocabulary WHERE term >= ? AND term < ? "
                               f"LIMIT {TERMS}", (word, word + "\U0010ffff"))
        return [term for (term,) in rows]

    def _collect(self, words: list[str], starting: bool, limit: int, found: dict) -> None:
        """Add to `found` the companies the trigram index names that hold the words, in the
        index's order, until `limit` are found or SCAN candidates were looked at."""
        if starting or len(words[0]) >= 3:
            query = grams_query(words, starting)
        elif len(words[0]) == 1:  # one character inside a name: in most names, and listing the
            return                # trigrams it begins would cost a keystroke 80 ms (see README)
        else:  # two characters inside a name: the trigrams that begin with them
            terms = self._starting_with(words[0])
            if not terms:
                return
            query = inside_query(terms, words)
        rows = self.db.execute(
            f"SELECT {_FIELDS} FROM (SELECT rowid AS hit FROM grams WHERE grams MATCH ? "
            f"LIMIT {SCAN}) CROSS JOIN companies ON number = hit", (query,))
        for row in rows:
            if len(found) >= limit:
                break
            if row[0] in found:
                continue
            if matches(search_keys(row[1], row[2], row[3]), words, starting):
                found[row[0]] = _company(row)
