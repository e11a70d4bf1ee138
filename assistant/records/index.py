"""The directory's index: the id and names of every record file, in SQLite (stdlib sqlite3).

One file in the user's cache folder, readable by its owner only. A record file is known by its
name, size, modification and change times and inode, so a load lists and stats every file but
reads only new or changed ones: 100,000 unchanged records load in well under a second, without
YAML or pydantic. SQLite writes through its own write-ahead log, so a crash never leaves half an
index (no safe_write needed); a damaged index is deleted and built again, and one that cannot be
written is kept in memory instead. The index only ever costs speed, never a record.

Search runs in SQLite, on names normalised as the directory does (NFKC, case folded):
- "contains" through FTS5 with the trigram tokenizer (substrings, Japanese too), and "starts
  with" the same way, as every name is indexed after a newline;
- words too short for trigrams (1-2 characters), or too common for an index to narrow, are
  checked row by row while walking the list in its order, which stops at the result limit.
Which records are visible is this directory's own view: the folders it loaded, minus the
records that a later folder replaced and second files with an id already used in their folder.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Iterable

from assistant.io.private_dirs import private_file
# What the index holds, named here too: the directory and the tests reach it through this module.
from assistant.records.index_schema import (  # noqa: F401
    _ALIAS_SEPARATOR, _GRAMS, _ROW, _SCHEMA, BUSY_TIMEOUT_S, INDEX_FILE, INDEX_VERSION, PROBE,
    VERSIONED_SOURCES, IndexUnusable, Names, Row, _phrase, _recreate, _searchable, _version,
    cache_dir, index_path, is_busy, normalise, remove_index_files,
)


class DirectoryIndex:
    """A connection to the index, and the view of it that one Directory sees."""

    def __init__(self, db: sqlite3.Connection, path: Path | None):
        self.db = db
        self.path = path  # None: kept in memory only
        self._folders: dict[int, Path] = {}  # loaded folders, in load order (later ones win)
        self._hidden = False  # whether temp.hidden holds anything
        self._count: int | None = None
        self._grams = db.execute("SELECT 1 FROM sqlite_schema WHERE name = 'grams'").fetchone() is not None
        db.execute("PRAGMA temp_store=MEMORY")  # this view's few rows: no temporary file for them
        db.execute("CREATE TEMP TABLE hidden(id INTEGER PRIMARY KEY)")

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def in_memory(cls) -> "DirectoryIndex":
        db = sqlite3.connect(":memory:", isolation_level=None)
        _recreate(db, "")
        return cls(db, None)

    @classmethod
    def open(cls, path: Path | None = None) -> "DirectoryIndex":
        """The index in the user's cache folder; rebuilt if damaged, in memory if unusable."""
        path = path or index_path()
        try:
            return cls._connect(path)
        except IndexUnusable as exc:
            if not exc.args or exc.args[0] != "busy":
                try:
                    remove_index_files(path)
                    return cls._connect(path)
                except (IndexUnusable, OSError):
                    pass
        except OSError:
            pass  # no cache folder can be made: the index costs time at every start, nothing else
        return cls.in_memory()

    @classmethod
    def _connect(cls, path: Path) -> "DirectoryIndex":
        # Owner-only before SQLite opens it (its -wal and -shm files copy the mode); no link.
        private_file(path)
        db = None
        try:
            db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
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
            return cls(db, path)
        except sqlite3.Error as exc:
            if db is not None:
                db.close()
            raise IndexUnusable("busy" if is_busy(exc) else str(exc)) from exc

    def close(self) -> None:
        self.db.close()

    # -- writing ---------------------------------------------------------------------------------
    def add_folder(self, folder: Path) -> int:
        """The folder's key; it becomes part of this view, after the folders already in it."""
        key = str(folder.resolve())
        row = self.db.execute("SELECT id FROM folders WHERE path = ?", (key,)).fetchone()
        folder_key = row[0] if row else self.db.execute("INSERT INTO folders(path) VALUES (?)", (key,)).lastrowid
        self._folders.pop(folder_key, None)
        self._folders[folder_key] = folder
        self._count = None
        return folder_key

    def is_loaded(self, folder: Path) -> bool:
        """Whether this view has loaded the folder."""
        row = self.db.execute("SELECT id FROM folders WHERE path = ?", (str(folder.resolve()),)).fetchone()
        return row is not None and row[0] in self._folders

    def stamps(self, folder_key: int) -> dict[str, str]:
        """File name → stamp, for every file of the folder the index knows."""
        return dict(self.db.execute("SELECT file, stamp FROM files WHERE folder = ?", (folder_key,)))

    def write(self, folder_key: int, remove: Iterable[str], add: Iterable[tuple[str, str, Names]]) -> None:
        """Forget the named files of a folder, then index (file, stamp, names); one transaction."""
        self.db.execute("BEGIN IMMEDIATE")  # ids are handed out below: no other writer meanwhile
        try:
            self.db.executemany("DELETE FROM files WHERE folder = ? AND file = ?",
                                ((folder_key, name) for name in remove))
            self.db.executemany("DELETE FROM files WHERE folder = ? AND file = ?",
                                ((folder_key, file) for file, _, _ in add))
            (last,) = self.db.execute("SELECT coalesce(max(id), 0) FROM files").fetchone()
            self.db.executemany(
                "INSERT INTO files(id, folder, file, stamp, record_id, name, name_ja, aliases, "
                "sort_key, names) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ((row_id, folder_key, file, stamp, names.id, names.name, names.name_ja,
                  _ALIAS_SEPARATOR.join(names.aliases), normalise(names.name),
                  "".join("\n" + normalise(n) for n in names.all()))
                 for row_id, (file, stamp, names) in enumerate(add, last + 1)))
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise
        self._count = None

    def forget_missing_folders(self) -> None:
        """Drop what the index holds of folders that no longer exist."""
        gone = [key for key, path in self.db.execute("SELECT id, path FROM folders")
                if not os.path.isdir(path)]
        if gone:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany("DELETE FROM files WHERE folder = ?", ((k,) for k in gone))
            self.db.executemany("DELETE FROM folders WHERE id = ?", ((k,) for k in gone))
            self.db.execute("COMMIT")

    # -- this directory's view -------------------------------------------------------------------
    def _visible(self, alias: str = "") -> str:
        prefix = f"{alias}." if alias else ""
        folders = ",".join(str(key) for key in self._folders) or "NULL"
        hidden = f" AND {prefix}id NOT IN (SELECT id FROM temp.hidden)" if self._hidden else ""
        return f"{prefix}folder IN ({folders}){hidden}"

    def show_folder(self, folder_key: int) -> None:
        """Make every record of a folder visible again (it is being loaded, later than the rest)."""
        if self._hidden:
            self.db.execute("DELETE FROM temp.hidden WHERE id IN (SELECT id FROM files WHERE folder = ?)",
                            (folder_key,))
            self._count = None

    def hide(self, row_ids: Iterable[int]) -> None:
        rows = [(i,) for i in row_ids]
        if rows:
            self.db.executemany("INSERT OR IGNORE INTO temp.hidden(id) VALUES (?)", rows)
            self._hidden = True
            self._count = None

    def duplicates_in(self, folder_key: int) -> list[tuple[int, str, str, str]]:
        """(row, id, file, first file) for each later file of a folder repeating an id in it."""
        rows = self.db.execute(
            "SELECT f.id, f.record_id, f.file, (SELECT min(o.file) FROM files o WHERE o.folder = "
            "f.folder AND o.record_id = f.record_id) AS first FROM files f WHERE f.folder = ? AND "
            "f.record_id IN (SELECT record_id FROM files WHERE folder = ? GROUP BY record_id "
            "HAVING count(*) > 1)", (folder_key, folder_key)).fetchall()
        return [row for row in rows if row[2] != row[3]]

    def replaced_by(self, folder_key: int) -> list[tuple[int, str, str]]:
        """(row, id, file of this folder): visible records of other folders whose id it has."""
        others = [key for key in self._folders if key != folder_key]
        if not others:
            return []
        count = "SELECT count(*) FROM (SELECT 1 FROM files WHERE folder IN ({}) LIMIT ?)"
        (mine,) = self.db.execute(count.format(folder_key), (PROBE,)).fetchone()
        (theirs,) = self.db.execute(count.format(",".join(map(str, others))), (mine + 1,)).fetchone()
        # Look up each record of the smaller side in the other (a folder of 100,000 and one of 5).
        join = "files f CROSS JOIN files e" if mine <= theirs else "files e CROSS JOIN files f"
        return self.db.execute(
            f"SELECT e.id, e.record_id, f.file FROM {join} ON e.record_id = f.record_id "
            f"WHERE f.folder = ? AND e.folder != f.folder AND {self._visible('e')} AND "
            f"{self._visible('f')}", (folder_key,)).fetchall()

    def paths_of(self, row_ids: list[int]) -> list[Path]:
        """The record file of each row, in order (visible or not)."""
        return [row.path for row in self._rows(row_ids)]

    def visible_row_ids(self, record_id: str) -> list[int]:
        return [r[0] for r in self.db.execute(
            f"SELECT id FROM files WHERE record_id = ? AND {self._visible()}", (record_id,))]

    def row_id(self, folder_key: int, file: str) -> int | None:
        row = self.db.execute("SELECT id FROM files WHERE folder = ? AND file = ?",
                              (folder_key, file)).fetchone()
        return None if row is None else row[0]

    def other_rows(self, folder_key: int, file: str) -> list[int]:
        """The rows of a folder's other files."""
        return [r[0] for r in self.db.execute("SELECT id FROM files WHERE folder = ? AND file != ?",
                                              (folder_key, file))]

    # -- reading ---------------------------------------------------------------------------------
    def count(self) -> int:
        if self._count is None:
            (self._count,) = self.db.execute(f"SELECT count(*) FROM files WHERE {self._visible()}").fetchone()
        return self._count

    def find(self, record_id: str) -> Row | None:
        rows = self._rows(self.visible_row_ids(record_id))
        return rows[0] if rows else None

    def ids(self) -> list[str]:
        """Every visible id, in the list's order."""
        return [r[0] for r in self.db.execute(
            f"SELECT record_id FROM files INDEXED BY files_order WHERE {self._visible()} "
            "ORDER BY sort_key, record_id")]

    def search(self, words: list[str], limit: int | None) -> list[Row]:
        """Records any of whose names contain every (normalised) word; those with a name that
        starts with the first word first, then in the list's order. At most `limit`."""
        # NUL or a lone surrogate would end FTS5's query string early; no name holds either.
        words = [w for w in (_searchable(word) for word in words) if w]
        if not words:
            return self._rows([row_id for *_key, row_id in self._pick(None, (), "1", (), limit)])
        first, last = words[0], words[0] + "\U0010ffff"  # [first, last): what starts with first
        every = " AND ".join(["instr(names, ?) > 0"] * len(words))
        starts = "instr(names, char(10) || ?) > 0"  # each name follows a newline
        # Those whose own name (the list's order) starts with it are one stretch of the list;
        own = self._pick(None, (), f"sort_key >= ? AND sort_key < ? AND {every}",
                         (first, last, *words), limit)
        # those where another name does (an alias, the Japanese name, the id) are anywhere.
        other = self._pick(
            *self._grams_query(f"other : {_phrase(first, True)} NOT main : {_phrase(first, True)}"),
            f"NOT (sort_key >= ? AND sort_key < ?) AND {starts} AND {every}",
            (first, last, first, *words), limit)
        found = sorted(own + other)[:limit]
        if limit is None or len(found) < limit:
            found += self._pick(*self._grams_query(self._rarest(words)), f"NOT {starts} AND {every}",
                                (first, *words), None if limit is None else limit - len(found))
        return self._rows([row_id for *_key, row_id in found])

    def _rarest(self, words: list[str]) -> str | None:
        """The FTS5 query for the word of three or more characters in the fewest records."""
        queries = [f"other : {_phrase(word)}" for word in words if len(word) >= 3]
        if len(queries) < 2 or not self._grams:
            return queries[0] if queries else None
        return min(queries, key=lambda match: self.db.execute(
            f"SELECT count(*) FROM (SELECT rowid FROM grams WHERE grams MATCH ? LIMIT {PROBE + 1})",
            (match,)).fetchone()[0])

    def _grams_query(self, match: str | None) -> tuple[str | None, tuple]:
        """The trigram index's rows for an FTS5 query, or None where it cannot answer."""
        if match is None or not self._grams:
            return None, ()
        return "SELECT rowid FROM grams WHERE grams MATCH ?", (match,)

    def _pick(self, candidates: str | None, candidate_args: tuple, where: str, args: tuple,
              limit: int | None) -> list[tuple[str, str, int]]:
        """(sort key, id, row) of visible records meeting `where`, in the list's order, at most
        `limit`. With few candidates from the trigram index, only those are looked up and
        sorted; otherwise the list is walked in order, on an index holding every column needed
        (and a stretch of it when `where` bounds the sort key), until the limit is reached."""
        order = "ORDER BY sort_key, record_id" + ("" if limit is None else f" LIMIT {int(limit)}")
        if candidates is not None:
            (many,) = self.db.execute(f"SELECT count(*) FROM ({candidates} LIMIT {PROBE + 1})",
                                      candidate_args).fetchone()
            if many <= PROBE:
                # CROSS JOIN: look the candidates up one by one, never scan the folder for them.
                return self.db.execute(
                    f"SELECT sort_key, record_id, id FROM ({candidates}) AS candidate CROSS JOIN "
                    f"files ON id = candidate.rowid WHERE {self._visible()} AND {where} {order}",
                    (*candidate_args, *args)).fetchall()
        return self.db.execute(
            f"SELECT sort_key, record_id, id FROM files INDEXED BY files_order WHERE "
            f"{self._visible()} AND {where} {order}", args).fetchall()

    def _rows(self, row_ids: list[int]) -> list[Row]:
        if not row_ids:
            return []
        found = {r[0]: r for r in self.db.execute(
            f"SELECT {_ROW} FROM files WHERE id IN (SELECT value FROM json_each(?))",
            ("[" + ",".join(str(i) for i in row_ids) + "]",))}
        return [Row(Names(r[1], r[2], r[3], tuple(r[4].split(_ALIAS_SEPARATOR)) if r[4] else ()),
                    self._folders[r[5]] / r[6]) for r in (found[i] for i in row_ids)]

