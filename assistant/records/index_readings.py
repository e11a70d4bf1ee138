"""The kana reading of each name the Japanese list shows (readings.py), kept in the index once
made. Reading a name written in kanji needs the morphological analyser, whose dictionary takes
some 25 ms to load: kept, a start whose first page lists such names (a record the person imported,
most often) puts them in 五十音 order without loading it."""
from __future__ import annotations

import sqlite3
from typing import Iterable

from assistant.records.index_schema import BUSY_TIMEOUT_S
from assistant.records.readings import NAME_LIMIT, reading

_CHUNK = 500  # names per query: under SQLite's oldest limit on parameters (999)


def kept_readings(db: sqlite3.Connection, names: Iterable[str]) -> dict[str, str]:
    """Each name's reading, by the name as given: from the index where kept (a long name by its
    first NAME_LIMIT characters, as it is read), else made now and kept for next time."""
    given = list(names)
    wanted = list(dict.fromkeys(name[:NAME_LIMIT] for name in given))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        found.update(db.execute("SELECT name, reading FROM readings WHERE name IN (%s)"
                                % ",".join("?" * len(chunk)), chunk))
    made = {name: reading(name) for name in wanted if name not in found}
    if made:
        _keep(db, made)
    found.update(made)
    return {name: found[name[:NAME_LIMIT]] for name in given}


def _keep(db: sqlite3.Connection, made: dict[str, str]) -> None:
    """Kept if the index can be written at once: the list is on screen and never waits for
    another process's write (the readings are made again next time)."""
    try:
        db.execute("PRAGMA busy_timeout = 0")
        db.execute("BEGIN IMMEDIATE")
        db.executemany("INSERT OR REPLACE INTO readings(name, reading) VALUES (?, ?)", made.items())
        db.execute("COMMIT")
    except sqlite3.Error:
        if db.in_transaction:
            db.execute("ROLLBACK")
    finally:
        db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
