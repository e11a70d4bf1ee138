"""The directory as the last full load left it, opened without looking at the record folders.

A full load (directory.py) lists and stats every record file: 100,000 take most of a second,
and the wizard's first page must not wait for that. So a full load also keeps, in the index,
what it found besides the index's rows: the rows it hid (a record a later folder replaces, a
second file with an id already used), the problems it reported and the records it replaced,
with the index's generation (index_schema.BUMP). open_last() gives that directory at once, in
time that does not grow with the records, if nothing was written to the index since; otherwise
None, and the caller loads in full. directory.check() then loads in full, off the GUI thread,
and says whether the folders held anything the last view did not.
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Iterable

from assistant.io.yaml_errors import Problem
from assistant.records.directory_core import Directory
from assistant.records.index import DirectoryIndex


def _key(folders: Iterable[Path]) -> str:
    return "view:" + json.dumps([str(Path(folder).resolve()) for folder in folders])


def view_of(directory: Directory) -> str:
    """What the directory shows besides the index's rows, and the index's generation."""
    return json.dumps({
        "generation": directory.index.generation(),
        "hidden": directory.index.hidden_rows(),
        "problems": [[str(p.file), p.message, p.line, p.field] for p in directory.problems],
        "overrides": {key: str(path) for key, path in sorted(directory.overrides.items())},
    }, ensure_ascii=False, sort_keys=True)


def save(directory: Directory, folders: list[Path]) -> None:
    """Keep what a full load of these folders found (unless another process wrote meanwhile)."""
    index = directory.index
    view = view_of(directory)
    if index.path is not None and index.saved_view(_key(folders)) != view:
        index.save_view(_key(folders), view)


def open_last(folders: list[Path]) -> Directory | None:
    """The directory the last full load of these folders found, if the index is unchanged since;
    None when there is none (the first start, other folders, a write since)."""
    index = DirectoryIndex.open()
    try:
        kept = index.saved_view(_key(folders))
        view = json.loads(kept) if kept is not None else None
        if not isinstance(view, dict) or view.get("generation") != index.generation():
            index.close()
            return None
        directory = Directory(index)
        for folder in folders:
            index.add_folder(folder)
        index.hide(_row(row) for row in view["hidden"])
        directory.problems = [_problem(*problem) for problem in view["problems"]]
        directory.overrides = {key: Path(path) for key, path in view["overrides"].items()}
    # Not a view this version wrote (damaged, or too deep or large for the JSON reader or SQLite):
    # the caller loads in full, as on a first start.
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError, OverflowError,
            sqlite3.Error):
        index.close()
        return None
    return directory


def _row(row: object) -> int:
    if type(row) is not int or not 0 < row < 2**63:
        raise ValueError("not a row of the index")
    return row


def _problem(file: str, message: str, line: int | None, field: str | None) -> Problem:
    if not (isinstance(file, str) and isinstance(message, str) and (line is None or type(line) is int)
            and (field is None or isinstance(field, str))):
        raise TypeError("not a problem as a load reports it")
    return Problem(Path(file), message, line, field)
