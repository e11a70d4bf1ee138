"""The register's SQLite file: how the NTA's rows are stored, built and changed.

One file in the user data folder. Full data builds a new file beside it, which replaces the old
one in one rename once it is complete: a crash, a full disk or a bad row on the way leaves the
register as it was. Change files are applied in one transaction of the file itself (SQLite's
journal): all of them or none.

What a search needs is kept apart from what is shown: every company's name, reading and English
name, folded for search (register_keys.py), go into an FTS5 trigram index without positions
(detail=none, about a third of the size), each after two newlines so that a name that starts with
one or two characters is still a trigram. The folded texts are not stored: removing a company
from the index folds its stored names again, so the fold's version is kept in `meta` and a
different one rebuilds the index before any change is applied.
"""
from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from assistant.io.paths import user_data_dir
from assistant.io.private_dirs import private_dir
from assistant.records.register_keys import keys_version, search_keys
from assistant.records.register_layout import DELETED, SPEC
from assistant.records.register_files import RegisterFileError, Source
from assistant.records.register_read import Row, RowReader

REGISTER_FILE = "corporate-register.sqlite3"
SCHEMA_VERSION = "1"
BATCH = 20_000  # rows per batch (and between two progress reports)

Progress = Callable[[int, int, int], None]  # (bytes read, bytes in all, rows so far)

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE companies(
    number INTEGER PRIMARY KEY,  -- 法人番号
    name TEXT NOT NULL, furigana TEXT NOT NULL, en_name TEXT NOT NULL, kind TEXT NOT NULL,
    postal TEXT NOT NULL, prefecture TEXT NOT NULL, city TEXT NOT NULL, street TEXT NOT NULL,
    outside TEXT NOT NULL,
    closed_on TEXT NOT NULL, close_cause TEXT NOT NULL, successor INTEGER,
    hidden INTEGER NOT NULL,     -- 検索対象除外: found by number only
    process TEXT NOT NULL, updated TEXT NOT NULL);
CREATE VIRTUAL TABLE grams USING fts5(keys, content='', detail=none,
                                      tokenize='trigram case_sensitive 1');
"""
_COLUMNS = ("number, name, furigana, en_name, kind, postal, prefecture, city, street, outside, "
            "closed_on, close_cause, successor, hidden, process, updated")
_INSERT = f"INSERT INTO companies({_COLUMNS}) VALUES ({', '.join('?' * 16)})"


def register_path() -> Path:
    return user_data_dir() / REGISTER_FILE


def _values(row: Row) -> tuple:
    return (row.number, row.name, row.furigana, row.en_name, row.kind, row.postal, row.prefecture,
            row.city, row.street, row.outside, row.closed_on, row.close_cause, row.successor,
            int(row.hidden), row.process, row.updated)


def read_meta(db: sqlite3.Connection) -> dict[str, str]:
    return dict(db.execute("SELECT key, value FROM meta"))


class ImportResult:
    """What an import did, for the one line the CLI and the dialog print."""

    def __init__(self, kind: str, rows: int, skipped: int, meta: dict[str, str]):
        self.kind, self.rows, self.skipped, self.meta = kind, rows, skipped, meta


def import_files(sources: list[Source], encoding: str | None = None,
                 progress: Progress | None = None, path: Path | None = None) -> ImportResult:
    """Full data (a new register) or change files (applied to the one there is)."""
    path = path or register_path()
    total = sum(_size(s.path) for s in sources)
    if sources and sources[0].kind == "changes":
        return _apply_changes(path, sources, encoding, progress, total)
    return _build(path, sources, encoding, progress, total)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _readers(sources: list[Source], encoding: str | None, progress: Progress | None,
             total: int) -> Iterable[tuple[Source, list[Row]]]:
    """(source, a batch of rows) for every file in turn, reporting progress after each batch."""
    done_before, rows = 0, 0
    for source in sources:
        reader = RowReader(source, encoding)
        batch: list[Row] = []
        for row in reader:
            batch.append(row)
            if len(batch) >= BATCH:
                rows += len(batch)
                yield source, batch
                batch = []
                if progress is not None:
                    progress(done_before + reader.position(), total, rows)
        rows += len(batch)
        yield source, batch
        done_before += _size(source.path)
        if progress is not None:
            progress(done_before, total, rows)


def _connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def _build(path: Path, sources: list[Source], encoding: str | None, progress: Progress | None,
           total: int) -> ImportResult:
    private_dir(path.parent)  # owner-only, like every folder of ours (io/private_dirs.py)
    if path.exists():  # a change interrupted by a crash is rolled back before the file goes
        try:
            old = _connect(path)
            try:
                old.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            finally:
                old.close()
        except sqlite3.DatabaseError:
            pass  # damaged: the new register replaces it all the same
    aside = path.with_name(f"{path.name}.building-{os.getpid()}")
    aside.unlink(missing_ok=True)
    os.close(os.open(aside, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600))
    db = _connect(aside)
    try:
        # The file is aside until it is complete: no journal is needed to keep it whole.
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; "
                         "PRAGMA cache_size=-32768;" + _SCHEMA)
        count = skipped = 0
        latest_update = ""
        db.execute("BEGIN")
        for _source, batch in _readers(sources, encoding, progress, total):
            current = {row.number: row for row in batch if row.latest and row.process != DELETED}
            skipped += len(batch) - len(current)
            known = {n for (n,) in db.execute(
                "SELECT number FROM companies WHERE number IN (SELECT value FROM json_each(?))",
                (f"[{','.join(map(str, current))}]",))}
            fresh = [row for number, row in current.items() if number not in known]
            db.executemany(_INSERT, map(_values, fresh))
            db.executemany("INSERT INTO grams(rowid, keys) VALUES (?, ?)",
                           ((r.number, search_keys(r.name, r.furigana, r.en_name))
                            for r in fresh if not r.hidden))
            for number in known:  # the same company in two files: the later row counts
                _upsert(db, current[number])
            count += len(fresh)
            latest_update = max([latest_update, *(r.updated for r in batch)])
        as_of = max((s.day for s in sources if s.day), default=None)
        meta = {"schema": SCHEMA_VERSION, "keys": keys_version(), "spec": SPEC, "kind": "full",
                "as_of": as_of.isoformat() if as_of else latest_update,
                "files": "\n".join(s.path.name for s in sources), "changes_through": "",
                "change_files": "", "imported_at": _now(), "count": str(count)}
        db.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", meta.items())
        db.execute("COMMIT")
        db.execute("INSERT INTO grams(grams) VALUES ('optimize')")  # one segment: faster search
        db.execute("PRAGMA journal_mode=DELETE")  # the live file keeps a rollback journal
        db.close()
        _sync(aside)
        os.replace(aside, path)
        _sync(path.parent)
        return ImportResult("full", count, skipped, meta)
    except BaseException:
        db.close()
        aside.unlink(missing_ok=True)
        raise


def _apply_changes(path: Path, sources: list[Source], encoding: str | None,
                   progress: Progress | None, total: int) -> ImportResult:
    if not path.exists():
        raise RegisterFileError("there is no register yet to apply changes to: import the full "
                                "data (全件データ) first, then the change files")
    db = _connect(path)
    try:
        db.execute("PRAGMA journal_mode=DELETE")
        meta = read_meta(db)
        held = max(meta.get("as_of", ""), meta.get("changes_through", ""))
        for source in sources:
            if source.day is not None and source.day.isoformat() < held:
                raise RegisterFileError(f"{source.path.name}: changes of {source.day} are older "
                                        f"than the register's data ({held}); nothing was changed")
        db.execute("BEGIN IMMEDIATE")
        try:
            if meta.get("keys") != keys_version():
                _reindex(db)
            rows = skipped = 0
            for _source, batch in _readers(sources, encoding, progress, total):
                for row in batch:
                    if row.latest:
                        _upsert(db, row)
                        rows += 1
                    else:
                        skipped += 1  # a past state, followed by the current one
            (count,) = db.execute("SELECT count(*) FROM companies").fetchone()
            days = [s.day.isoformat() for s in sources if s.day]
            update = {"changes_through": max([meta.get("changes_through", ""), *days]),
                      "change_files": "\n".join(filter(None, [meta.get("change_files", ""),
                                                              *(s.path.name for s in sources)]))[-4000:],
                      "imported_at": _now(), "count": str(count), "keys": keys_version()}
            db.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", update.items())
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        return ImportResult("changes", rows, skipped, {**meta, **update})
    finally:
        db.close()


def _upsert(db: sqlite3.Connection, row: Row) -> None:
    """One company's current state (or its removal), index included."""
    old = db.execute("SELECT name, furigana, en_name, hidden FROM companies WHERE number = ?",
                     (row.number,)).fetchone()
    if old is not None and not old[3]:
        db.execute("INSERT INTO grams(grams, rowid, keys) VALUES ('delete', ?, ?)",
                   (row.number, search_keys(old[0], old[1], old[2])))
    if row.process == DELETED:
        db.execute("DELETE FROM companies WHERE number = ?", (row.number,))
        return
    db.execute(_INSERT.replace("INSERT", "INSERT OR REPLACE", 1), _values(row))
    if not row.hidden:
        db.execute("INSERT INTO grams(rowid, keys) VALUES (?, ?)",
                   (row.number, search_keys(row.name, row.furigana, row.en_name)))


def _reindex(db: sqlite3.Connection) -> None:
    """The search index made again from the stored names (the fold changed)."""
    db.execute("INSERT INTO grams(grams) VALUES ('delete-all')")
    rows = db.execute("SELECT number, name, furigana, en_name FROM companies WHERE hidden = 0")
    db.executemany("INSERT INTO grams(rowid, keys) VALUES (?, ?)",
                   ((n, search_keys(a, b, c)) for n, a, b, c in rows))


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _sync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def as_of(meta: dict[str, str]) -> date | None:
    """The day the register's data describes: the last change file applied, else the full data."""
    text = meta.get("changes_through") or meta.get("as_of") or ""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
