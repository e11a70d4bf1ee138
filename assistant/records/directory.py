"""The company directory: load YAML records, validate them, and find companies by any name.

Records come from the installed ``resources/companies`` folder, then from the user's data folder,
then from any ``--data-dir``; a later record with the same id replaces an earlier one, so support
staff keep their own additions without touching the installed files. A broken record is reported
(file, line, field, fix) and skipped; the others still load.

Speed: what the list and search need (id and names) is kept in an index (directory_index.py,
SQLite) keyed by each file's name, size and times, and the full record is parsed and validated
when first used. So a start-up reads no unchanged record, imports neither YAML nor pydantic, and
holds no record in memory; 100,000 records load in well under a second. New or changed records
are validated as they are indexed when there are few of them (FULL_CHECK_UP_TO); when there are
many (the first start with a large folder), only their id and names are read from the YAML
parser's events, each record is validated when first used, and `validate` checks them all.
"""
from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path
from typing import Callable, Iterable

from assistant.records import directory_core as core
from assistant.records import directory_view
# The directory's parts, named here too: callers load and use a directory through this module.
from assistant.records.directory_core import (  # noqa: F401
    MAX_RECORD_BYTES, Directory, Entry, UnknownCompany, parse_record,
)
from assistant.records.index import (  # noqa: F401 - normalise is used by callers of this module
    DirectoryIndex, Names, is_busy, normalise, remove_index_files)
from assistant.io.paths import COMPANIES_DIR, file_stamp, shown_name, user_companies_dir
from assistant.records.names import names_of
from assistant.io.yaml_errors import Problem, RecordError
from assistant.io.yaml_read import read_bytes_limited

# A name with bytes that are not UTF-8 (from another system, or a damaged disk).
_NOT_UTF8 = "its name is not UTF-8 text (shown with \\x escapes); rename the"
FULL_CHECK_UP_TO = 1000  # new or changed records validated at load (about a second); more: on use
BATCH = 2000  # records indexed per transaction, and between two progress reports

Progress = Callable[[int, int], None]  # (records indexed so far, records to index)


def record_files(folder: Path) -> list[Path]:
    """The record files in a folder, in a stable order."""
    try:
        return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    except OSError:
        return []


def _record_stamps(folder: Path, odd: list[Path] | None = None) -> dict[str, str]:
    """File name → stamp (size, times, inode) of each record file in a folder: one listing and
    one stat per file, so 100,000 files take a fraction of a second. Anything else named like a
    record (a folder, pipe, device, link loop) goes into `odd`, to be reported by name."""
    found = {}
    try:
        with os.scandir(folder) as listing:
            for item in listing:
                if item.name.endswith((".yaml", ".yml")):
                    try:
                        info = item.stat()
                    except OSError:
                        info = None  # gone meanwhile, or a symlink loop
                    if info is not None and stat.S_ISREG(info.st_mode):
                        found[item.name] = file_stamp(info)
                    elif odd is not None:
                        odd.append(Path(item.path))
    except OSError:
        return {}
    return found


def load_folder(folder: Path, directory: Directory, validate: bool = True,
                progress: Progress | None = None) -> None:
    """Load every record in one folder into the directory; duplicates in a folder are errors.

    Records the index already knows, unchanged, are not read. New or changed ones are parsed and
    validated now, unless `validate` is False and there are more than FULL_CHECK_UP_TO of them:
    then only their names are read, and each is validated when first used. `progress` hears
    (done, total) after every BATCH records indexed."""
    folder = Path(folder)
    if shown_name(str(folder)) != str(folder):
        directory.problems.append(Problem(Path(shown_name(str(folder))), _NOT_UTF8 + " folder"))
        return
    index = directory.index
    folder_key = index.add_folder(folder)
    index.show_folder(folder_key)  # loaded again (A, B, A): it now comes last, so it wins
    known = index.stamps(folder_key)
    odd: list[Path] = []
    present = _record_stamps(folder, odd)
    for name in [name for name in present if shown_name(name) != name]:
        del present[name]  # the index (and any printout) holds text: skipped, named safely
        directory.problems.append(Problem(folder / shown_name(name), _NOT_UTF8 + " file"))
    for path in sorted(odd):  # reading it says what it is ("a named pipe", "a folder")
        try:
            read_bytes_limited(path, MAX_RECORD_BYTES)
        except RecordError as exc:
            directory.problems.extend(exc.problems)
    todo = sorted((name, stamp) for name, stamp in present.items() if known.get(name) != stamp)
    gone = [name for name in known if name not in present]
    if gone:
        index.write(folder_key, gone, [])
    check_all = validate or len(todo) <= FULL_CHECK_UP_TO
    if progress is not None and todo:
        progress(0, len(todo))
    for start in range(0, len(todo), BATCH):
        batch = todo[start:start + BATCH]
        indexed = []
        for name, stamp in batch:
            names = _read_names(folder / name, stamp, directory, check_all)
            if names is not None:
                indexed.append((name, stamp, names))
        index.write(folder_key, [name for name, _ in batch], indexed)  # a broken one is dropped
        if progress is not None:
            progress(start + len(batch), len(todo))
    # Two files of one folder with the same id (porters.yaml and porters.yml): the first counts.
    duplicates = index.duplicates_in(folder_key)
    for _row, record_id, file, first in duplicates:
        directory.problems.append(Problem(
            folder / file, f"id '{record_id}' is already used by {first}; give each company "
                           "its own id", field="id"))
    index.hide(row for row, *_ in duplicates)
    # An id already loaded from an earlier folder is replaced by this folder's record.
    replaced = index.replaced_by(folder_key)
    for path, record_id in zip(index.paths_of([row for row, *_ in replaced]), (r[1] for r in replaced)):
        directory.overrides.setdefault(record_id, path)
    index.hide(row for row, _record_id, _file in replaced)
    for _row, record_id, _file in replaced:
        directory._parsed.pop(record_id, None)


def _read_names(path: Path, stamp: str, directory: Directory, check_all: bool) -> Names | None:
    """What the index keeps of one record file; None (and its problems noted) if it is broken."""
    try:
        raw = read_bytes_limited(path, MAX_RECORD_BYTES)
        if not check_all:
            try:
                raw.decode("utf-8")  # all of it UTF-8, as the full check requires
            except UnicodeDecodeError:
                names = None
            else:  # the parser reads the bytes as they are (a text it would encode again)
                names = names_of(raw, path.stem)
            if names is not None:
                return names
        # Validated: any problem is reported now (through core: the tests count parses there).
        company = core.parse_record(path, raw, stamp)
    except RecordError as exc:
        directory.problems.extend(exc.problems)
        return None
    directory._remember(company)
    return Names(company.id, company.name, company.name_ja, tuple(company.aliases))


def override_folders(directory: Directory, company_id: str) -> tuple[Path, Path | None] | None:
    """(the folder the record comes from, the folder of the record it replaces: None for the
    installed records), or None when the record replaces none."""
    replaced = directory.overrides.get(company_id)
    row = directory.index.find(company_id) if replaced is not None else None
    if row is None:
        return None
    installed = replaced.parent.resolve() == COMPANIES_DIR.resolve()  # type: ignore[union-attr]
    return row.path.parent, None if installed else replaced.parent  # type: ignore[union-attr]


def default_folders(extra: Iterable[Path] = ()) -> list[Path]:
    """Installed records, then the user's own, then any the user names (later ones win)."""
    folders = [COMPANIES_DIR, user_companies_dir()]
    env = os.environ.get("DRA_DATA_DIR")
    if env:
        folders.append(Path(env))
    folders.extend(Path(p) for p in extra)
    return folders


def load_directory(folders: Iterable[Path] | None = None, use_cache: bool = True,
                   progress: Progress | None = None) -> Directory:
    """Load the directory from the given folders (default: installed + user + DRA_DATA_DIR).

    With use_cache the index lives in the user's cache folder, so the next start reads only
    what changed; without, it is built in memory."""
    folders = [Path(f) for f in (default_folders() if folders is None else folders)]
    index = DirectoryIndex.open() if use_cache else DirectoryIndex.in_memory()
    try:
        return _load(folders, index, progress)
    except sqlite3.DatabaseError as exc:
        # Damaged in a way opening did not show (or locked by another process for too long):
        # build it again, on disk if it can be, else in memory.
        index.close()
        if not is_busy(exc) and index.path is not None:
            remove_index_files(index.path)
            try:
                return _load(folders, DirectoryIndex.open(), progress)
            except sqlite3.DatabaseError:
                pass
        return _load(folders, DirectoryIndex.in_memory(), progress)


def check(folders: list[Path], shown: str) -> Directory | None:
    """Load the folders in full: the new directory if it differs from the one shown (whose
    directory_view.view_of() is `shown`), else None. Meant for another thread than the shown
    directory's: it opens its own connection to the index."""
    fresh = load_directory(folders)
    if directory_view.view_of(fresh) == shown:
        fresh.index.close()
        return None
    return fresh


def _load(folders: list[Path], index: DirectoryIndex, progress: Progress | None) -> Directory:
    directory = Directory(index)
    for folder in folders:
        load_folder(folder, directory, validate=False, progress=progress)
    index.forget_missing_folders()
    directory_view.save(directory, folders)  # the next wizard opens with it (directory_view.py)
    return directory
