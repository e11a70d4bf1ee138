"""What the directory index holds and how it is made: the tables, the names of a record (Names,
Row), where the file lives and when it is out of date. The index itself is directory_index.py."""
from __future__ import annotations

import operator
import sqlite3
import zlib
from pathlib import Path
from typing import Iterator, NamedTuple

from assistant.io.paths import cache_dir
from assistant.io.private_dirs import private_file
from assistant.records.name_forms import fold_name, forms_checksum_source

INDEX_FILE = "directory-index.sqlite3"
# Bump when the tables or what goes into them change; the sources below are hashed in too, so a
# new record model (which may make a record valid or not) also rebuilds the index.
INDEX_VERSION = 4  # 2: names folded by name_forms (kana, legal forms, readings); 3: short words;
# 4: the names' kana readings kept (index_readings.py)
VERSIONED_SOURCES = ("model.py", "facts.py", "parts.py", "directory.py", "directory_core.py",
                     "names.py", "index.py", "index_schema.py", "name_forms.py", "readings.py")
PROBE = 2000  # an index that narrows to more candidates than this is slower than a walk in order
BUSY_TIMEOUT_S = 5.0  # another process writing the index: wait this long, then keep one in memory

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE folders(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE);
CREATE TABLE files(
    id INTEGER PRIMARY KEY,
    folder INTEGER NOT NULL,
    file TEXT NOT NULL,            -- the file's name in its folder
    stamp TEXT NOT NULL,           -- size, times, inode: the same stamp means an unchanged file
    record_id TEXT NOT NULL,
    name TEXT NOT NULL,
    name_ja TEXT,
    aliases TEXT NOT NULL,         -- separated by _ALIAS_SEPARATOR
    sort_key TEXT NOT NULL,        -- the normalised name: the list's order
    names TEXT NOT NULL,           -- every normalised name, each after a newline
    UNIQUE (folder, file));
CREATE INDEX files_order ON files(sort_key, record_id, folder, names);
CREATE INDEX files_record ON files(folder, record_id);
CREATE TABLE readings(name TEXT PRIMARY KEY, reading TEXT NOT NULL) WITHOUT ROWID;
"""
# Substring search (FTS5's trigram tokenizer, SQLite 3.34 or later; without it, search walks).
# `main` holds the record's own name, `other` all its names; each name follows two newlines, so
# that "starts with" a single character is still a trigram.
_GRAMS = """
CREATE VIRTUAL TABLE grams USING fts5(main, other, content='',
                                      tokenize='trigram case_sensitive 1');
CREATE TRIGGER grams_added AFTER INSERT ON files BEGIN
    INSERT INTO grams(rowid, main, other) VALUES (
        new.id, char(10, 10) || new.sort_key, replace(new.names, char(10), char(10, 10)));
END;
CREATE TRIGGER grams_removed AFTER DELETE ON files BEGIN
    INSERT INTO grams(grams, rowid, main, other) VALUES ('delete',
        old.id, char(10, 10) || old.sort_key, replace(old.names, char(10), char(10, 10)));
END;
"""
# Words of one or two characters, which trigrams cannot find inside a name: every character and
# every pair of characters of each name, as words of an FTS5 index of their own (short_grams()
# spells them). Without positions (detail=none) it is small; it says which records hold a word.
_SHORT = """
CREATE VIRTUAL TABLE short USING fts5(grams, content='', detail='none',
                                      tokenize='unicode61 remove_diacritics 0');
CREATE TRIGGER short_added AFTER INSERT ON files BEGIN
    INSERT INTO short(rowid, grams) VALUES (new.id, short_grams(new.names));
END;
CREATE TRIGGER short_removed AFTER DELETE ON files BEGIN
    INSERT INTO short(short, rowid, grams) VALUES ('delete', old.id, short_grams(old.names));
END;
"""
_ROW = "id, record_id, name, name_ja, aliases, folder, file"
# Between aliases: the ASCII unit separator, a control character that has no place in a name (and
# a record with one in a name is always fully checked before it is indexed).
_ALIAS_SEPARATOR = "\x1f"


def _phrase(text: str, at_start: bool = False) -> str:
    """An FTS5 phrase for text, or for a name starting with it."""
    return '"' + ("\n\n" if at_start else "") + text.replace('"', '""') + '"'


def _searchable(word: str) -> str:
    """The word without control or format characters and lone surrogates (never in a name)."""
    return word if word.isprintable() else "".join(ch for ch in word if ch.isprintable())


class _Spelt(dict):
    """Each word of one or two characters → its index word, made once (a few thousand of them
    come back in every name)."""

    def __missing__(self, word: str) -> str:
        spelt = self[word] = "v".join(f"u{ord(ch):x}" if n == 0 else f"{ord(ch):x}"
                                      for n, ch in enumerate(word))
        return spelt


_SPELT = _Spelt()


def short_gram(word: str) -> str:
    """The index word for a word of one or two characters: u71 for q, u71v78 for qx (letters
    and digits only, as FTS5's tokenizer keeps them whole)."""
    return _SPELT[word]


def short_grams(names: str | None) -> str:
    """Every character and pair of characters of each word of the names (as the index keeps
    them), spelt as short_gram() does: a searched word never holds whitespace."""
    found: set[str] = set()
    for word in (names or "").split():
        found.update(word)
        found.update(map(operator.add, word, word[1:]))
    return " ".join(map(_SPELT.__getitem__, found))  # in any order: FTS5 reads each on its own


def add_functions(db: sqlite3.Connection) -> None:
    """What the index's triggers call; every connection that writes the index needs it."""
    db.create_function("short_grams", 1, short_grams, deterministic=True)


def normalise(text: str) -> str:
    """The search form of a name: 'ｄｏｄａ', 'DODA' and 'doda' match, so do カタカナ and かたかな,
    a name with or without 株式会社 / Co., Ltd., and readings like エヌ・ティ・ティ for NTT."""
    return fold_name(text)


def index_path() -> Path:
    return cache_dir() / INDEX_FILE


def _version() -> str:
    # A checksum, not a secure hash: it only tells changed sources apart, and hashlib would load
    # OpenSSL, which start-up need not pay for.
    check = 0
    here = Path(__file__).resolve().parent
    for name in VERSIONED_SOURCES:
        try:
            check = zlib.crc32((here / name).read_bytes(), check)
        except OSError:  # installed without sources: the version number alone must do
            check = zlib.crc32(name.encode(), check)
    check = zlib.crc32(forms_checksum_source(), check)  # the name forms' data changes it too
    return f"{INDEX_VERSION}:{check:08x}"


class Names(NamedTuple):
    """What the index keeps of one record."""

    id: str
    name: str
    name_ja: str | None
    aliases: tuple[str, ...]

    def all(self) -> Iterator[str]:
        """Every name a person might search by: id, English and Japanese names, aliases."""
        yield self.id
        yield self.name
        if self.name_ja:
            yield self.name_ja
        yield from self.aliases


class Row(NamedTuple):
    """One visible record as the index holds it."""

    names: Names
    path: Path


class IndexUnusable(Exception):
    """The index file is damaged, or locked by another process for too long."""


def is_busy(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorname", "") in ("SQLITE_BUSY", "SQLITE_LOCKED")


def memory_db() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    add_functions(db)
    _recreate(db, "")
    return db


def file_db(path: Path) -> sqlite3.Connection:
    """A connection to the index file, made anew if it is of another version; IndexUnusable
    if it is damaged or busy."""
    # Owner-only before SQLite opens it (its -wal and -shm files copy the mode); no link.
    private_file(path)
    db = None
    try:
        # check_same_thread=False: the wizard loads the directory in a thread, then uses it in
        # its own (never both at once: directory_view.py hands it over).
        db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                             check_same_thread=False)
        add_functions(db)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # a cache: losing the last commit is harmless
        version = _version()
        try:
            found = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        except sqlite3.OperationalError as exc:
            if is_busy(exc):
                raise
            found = None  # a new, empty file
        if found is None or found[0] != version:
            _recreate(db, version)
        return db
    except sqlite3.Error as exc:
        if db is not None:
            db.close()
        raise IndexUnusable("busy" if is_busy(exc) else str(exc)) from exc


def _recreate(db: sqlite3.Connection, version: str) -> None:
    """An empty index of this version, in one transaction (whatever was there is dropped)."""
    old = db.execute("SELECT type, name FROM sqlite_schema WHERE type IN ('table', 'view') AND "
                     "name NOT LIKE 'sqlite_%'").fetchall()
    drop = "".join(f'DROP {kind.upper()} IF EXISTS "{name}";\n' for kind, name in old
                   if not name.startswith(("grams_", "short_")))  # dropped with their table
    meta = "INSERT INTO meta(key, value) VALUES ('version', '%s');\n" % version.replace("'", "''")
    try:
        db.executescript("BEGIN IMMEDIATE;\n" + drop + _SCHEMA + meta + "COMMIT;")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    for optional in (_GRAMS, _SHORT):
        try:
            db.executescript("BEGIN;\n" + optional + "COMMIT;")
        except sqlite3.OperationalError:  # no FTS5 (or no trigram tokenizer) in this SQLite
            if db.in_transaction:
                db.execute("ROLLBACK")


# Every change to the records the index holds counts one generation: a view of it saved by one
# load (directory_view.py) is good only while the count is the same.
BUMP = ("INSERT INTO meta(key, value) VALUES ('generation', '1') ON CONFLICT(key) DO UPDATE SET "
        "value = CAST(value AS INTEGER) + 1")


def generation(db: sqlite3.Connection) -> int:
    row = db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
    return 0 if row is None else int(row[0])


def saved_view(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def save_view(db: sqlite3.Connection, key: str, view: str, expected: int) -> bool:
    """Keep a view of the index (JSON holding its generation) if the index is still at the
    expected generation, dropping views of older ones; False if another process wrote since."""
    db.execute("BEGIN IMMEDIATE")
    try:
        if generation(db) != expected:
            db.execute("ROLLBACK")
            return False
        db.execute("DELETE FROM meta WHERE key LIKE 'view:%' AND "
                   "json_extract(value, '$.generation') != ?", (expected,))
        db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, view))
        db.execute("COMMIT")
        return True
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def remove_index_files(path: Path) -> None:
    for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            name.unlink()
        except FileNotFoundError:
            pass
