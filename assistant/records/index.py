"""The directory's index: the id and names of every record file, in SQLite (stdlib sqlite3).

One file in the user's cache folder, readable by its owner only. A record file is known by its
name, size, modification and change times and inode, so a load lists and stats every file but
reads only new or changed ones: 100,000 unchanged records load in well under a second, without
YAML or pydantic. SQLite writes through its own write-ahead log, so a crash never leaves half an
index (no safe_write needed); a damaged index is deleted and built again, and one that cannot be
written is kept in memory instead. The index only ever costs speed, never a record.

Search (index_search.py) runs in SQLite too: FTS5 indexes of the names, or a walk in order.
Which records are visible is this directory's own view: the folders it loaded, minus the
records that a later folder replaced and second files with an id already used in their folder.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Iterable

from assistant.records.index_readings import kept_readings
from assistant.records.index_search import IndexSearch
# What the index holds, named here too: the directory and the tests reach it through this module.
from assistant.records.index_schema import (  # noqa: F401
    _ALIAS_SEPARATOR, _GRAMS, _ROW, _SCHEMA, BUMP, BUSY_TIMEOUT_S, INDEX_FILE, INDEX_VERSION,
    PROBE, VERSIONED_SOURCES, IndexUnusable, Names, Row, _phrase, _recreate, _searchable, _version,
    cache_dir, file_db, generation, index_path, is_busy, memory_db, normalise, remove_index_files,
    save_view, saved_view, short_gram,
)


def _columns(names: Names) -> tuple:
    """record_id, name, name_ja, aliases, sort_key and names, as the files table holds them."""
    folded = [normalise(n) for n in names.all()]  # the id, then the name: each folded once
    return (names.id, names.name, names.name_ja, _ALIAS_SEPARATOR.join(names.aliases), folded[1],
            "".join("\n" + n for n in folded))


class DirectoryIndex(IndexSearch):
    """A connection to the index, and the view of it that one Directory sees."""

    def __init__(self, db: sqlite3.Connection, path: Path | None):
        self.db = db
        self.path = path  # None: kept in memory only
        self._folders: dict[int, Path] = {}  # loaded folders, in load order (later ones win)
        self._hidden = False  # whether temp.hidden holds anything
        self._count: int | None = None
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_schema WHERE name IN ('grams', 'short')")}
        self._grams, self._short = "grams" in tables, "short" in tables
        db.execute("PRAGMA temp_store=MEMORY")  # this view's few rows: no temporary file for them
        db.execute("CREATE TEMP TABLE hidden(id INTEGER PRIMARY KEY)")
        # The generation it was opened at, and how many it wrote since: more means another
        # process wrote too (directory_view.py then keeps no view of it).
        self.opened_at, self.written = generation(db), 0

    # -- opening ---------------------------------------------------------------------------------
    @classmethod
    def in_memory(cls) -> "DirectoryIndex":
        return cls(memory_db(), None)

    @classmethod
    def open(cls, path: Path | None = None) -> "DirectoryIndex":
        """The index in the user's cache folder; rebuilt if damaged, in memory if unusable."""
        path = path or index_path()
        try:
            return cls(file_db(path), path)
        except IndexUnusable as exc:
            if not exc.args or exc.args[0] != "busy":
                try:
                    remove_index_files(path)
                    return cls(file_db(path), path)
                except (IndexUnusable, OSError):
                    pass
        except OSError:
            pass  # no cache folder can be made: the index costs time at every start, nothing else
        return cls.in_memory()

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

    def readings(self, names: Iterable[str]) -> dict[str, str]:
        """The kana reading of each name, for the Japanese list's order (index_readings.py)."""
        return kept_readings(self.db, names)

    def write(self, folder_key: int, remove: Iterable[str], add: Iterable[tuple[str, str, Names]]) -> None:
        """Forget the named files of a folder, then index (file, stamp, names); one transaction."""
        self.db.execute("BEGIN IMMEDIATE")  # ids are handed out below: no other writer meanwhile
        changes = self.db.total_changes
        try:
            self.db.executemany("DELETE FROM files WHERE folder = ? AND file = ?",
                                ((folder_key, name) for name in remove))
            self.db.executemany("DELETE FROM files WHERE folder = ? AND file = ?",
                                ((folder_key, file) for file, _, _ in add))
            (last,) = self.db.execute("SELECT coalesce(max(id), 0) FROM files").fetchone()
            self.db.executemany(
                "INSERT INTO files(id, folder, file, stamp, record_id, name, name_ja, aliases, "
                "sort_key, names) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ((row_id, folder_key, file, stamp, *_columns(names))
                 for row_id, (file, stamp, names) in enumerate(add, last + 1)))
            if self.db.total_changes != changes:  # (a broken file, read again, changes nothing)
                self.db.execute(BUMP)
                self.written += 1
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
            changes = self.db.total_changes
            self.db.executemany("DELETE FROM files WHERE folder = ?", ((k,) for k in gone))
            records = self.db.total_changes != changes
            self.db.executemany("DELETE FROM folders WHERE id = ?", ((k,) for k in gone))
            if records:  # a folder that never held records changes no view
                self.db.execute(BUMP)
                self.written += 1
            self.db.execute("COMMIT")

    # -- this directory's view -------------------------------------------------------------------
    def hidden_rows(self) -> list[int]:
        return [row[0] for row in self.db.execute("SELECT id FROM temp.hidden ORDER BY id")]

    def generation(self) -> int:
        return generation(self.db)

    def saved_view(self, key: str) -> str | None:
        return saved_view(self.db, key)

    def save_view(self, key: str, view: str) -> bool:
        """Keep the view unless another process wrote to the index since it was opened."""
        return save_view(self.db, key, view, self.opened_at + self.written)

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

    def _rows(self, row_ids: list[int]) -> list[Row]:
        if not row_ids:
            return []
        found = {r[0]: r for r in self.db.execute(
            f"SELECT {_ROW} FROM files WHERE id IN (SELECT value FROM json_each(?))",
            ("[" + ",".join(str(i) for i in row_ids) + "]",))}
        return [Row(Names(r[1], r[2], r[3], tuple(r[4].split(_ALIAS_SEPARATOR)) if r[4] else ()),
                    self._folders[r[5]] / r[6]) for r in (found[i] for i in row_ids)]

