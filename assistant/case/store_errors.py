"""Opening the case store's file safely, and SQLite's failures as one line a person can act on.

The database is a regular file owned by the person: a symbolic link, a device, a pipe or a folder
named as the store is refused before SQLite opens it (O_NOFOLLOW, then fstat on what was opened),
so nothing outside the store is ever chmodded or written. A folder is created only for the
default store in the user data folder; `--store /nonexistent/x.db` says the folder is missing.
"""
from __future__ import annotations

import errno
import functools
import os
import sqlite3
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from assistant.case.rows import StoreError
from assistant.io.private_dirs import private_dir

SIDE_FILES = ("-wal", "-shm", "-journal")
LOCK_WAIT = 5.0  # seconds to wait for another copy of the program to finish writing


class StoreFull(StoreError):
    """The disk holding the case store is full (some callers free space and try again)."""


def store_error(exc: sqlite3.Error, path: Path) -> StoreError:
    """One line for a failure of SQLite, by its error code; nothing of the file's content."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name == "SQLITE_NOTADB":
        return StoreError(f"{path} is not a case database (it holds something else); choose "
                          "another file with --store, or move this one away")
    if name.startswith("SQLITE_CORRUPT"):
        return StoreError(f"{path} is damaged (the database is malformed); keep a copy for "
                          "recovery and move it away: a new, empty store is then started")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StoreError(f"{path} is locked by another copy of this program; close it and try "
                          "again (nothing was changed)")
    if name == "SQLITE_FULL" or "full" in str(exc).lower():
        return StoreFull(f"the disk holding {path} is full; free some space and try again "
                         "(nothing was recorded)")
    if name.startswith("SQLITE_READONLY"):
        return StoreError(f"{path} cannot be written (read-only file or folder); check its "
                          "permissions or choose another store")
    if name.startswith("SQLITE_CANTOPEN"):
        return StoreError(f"{path} cannot be opened; check that its folder exists and is writable")
    if name.startswith("SQLITE_IOERR"):
        return StoreError(f"reading or writing {path} failed ({name}); check the disk")
    return StoreError(f"the case store {path} failed: {exc}")


@contextmanager
def sql_errors(path: Path) -> Iterator[None]:
    """SQLite's exceptions as StoreError, one line each."""
    try:
        yield
    except sqlite3.Error as exc:
        raise store_error(exc, path) from None


Method = TypeVar("Method", bound=Callable)


def guarded(method: Method) -> Method:
    """A store method whose SQLite failures reach the caller as StoreError (self.path names the
    file)."""
    @functools.wraps(method)
    def run(self, *args, **kwargs):
        with sql_errors(self.path):
            return method(self, *args, **kwargs)
    return run  # type: ignore[return-value]


def open_private(path: Path, create_folder: bool) -> None:
    """Make sure `path` is (or becomes) a regular file of ours, mode 0600, before SQLite opens
    it: never follow a symbolic link, never touch a device or a pipe."""
    folder = path.parent
    if create_folder:
        private_dir(folder)  # owner-only, like every folder of ours (io/private_dirs.py)
    elif not folder.is_dir():
        raise StoreError(f"the folder {folder} does not exist; create it first or choose "
                         "another file for --store")
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) \
        | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise StoreError(f"{path} is a symbolic link; name the database file itself") from None
        if exc.errno == errno.EISDIR:
            raise StoreError(f"{path} is a folder; name a file such as {path / 'cases.sqlite3'}") from None
        raise StoreError(f"cannot open the case store {path}: {exc.strerror or exc}; check that "
                         "the folder is writable") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise StoreError(f"{path} is not a regular file (a device, pipe or socket); name a "
                             "database file")
        if info.st_size and os.read(fd, 16) != b"SQLite format 3\0":  # someone else's file:
            raise StoreError(f"{path} is not a case database; name the database file")  # untouched
        if info.st_uid == os.getuid() and stat.S_IMODE(info.st_mode) != 0o600:
            os.fchmod(fd, 0o600)  # the file itself, never what a name points to
    finally:
        os.close(fd)
    for suffix in SIDE_FILES:
        side = Path(str(path) + suffix)
        if side.is_symlink() or (side.exists() and not side.is_file()):
            raise StoreError(f"{side} is not a regular file; move it away and try again")


def connect(path: Path) -> sqlite3.Connection:
    """SQLite on the file checked above; the URI's nofollow refuses a link put there meanwhile."""
    name = str(path.absolute()).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    uri = f"file:{name}?mode=rw&nofollow=1"
    with sql_errors(path):
        return sqlite3.connect(uri, uri=True, isolation_level=None, timeout=LOCK_WAIT)


def tighten_side_files(path: Path) -> None:
    """SQLite makes -wal and -shm with the database's mode; make sure, without following links."""
    for suffix in SIDE_FILES:
        side = Path(str(path) + suffix)
        try:
            fd = os.open(side, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            continue
        try:
            info = os.fstat(fd)
            if stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid():
                os.fchmod(fd, 0o600)
        finally:
            os.close(fd)
