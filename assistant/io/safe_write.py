"""Writing a file all at once, or not at all: PDFs, drafts, settings.

The data is made in memory first; then written to a temporary file in the target folder
and moved into place, so a full disk or a crash never leaves half a file under the chosen name
(and a temporary a killed run left there is removed by the next: temporaries.py). Only a regular
file is ever replaced: a symbolic link, a named pipe or a device under the chosen name is refused,
never written through or replaced.
"""
from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import Iterable

from assistant.io import temporaries
from assistant.io.safe_read import kind_of
from assistant.io.user_errors import UserError


class OutputError(UserError):
    """The file could not be written; the message says why and what to do."""


def write_atomically(path: Path, data: bytes | Iterable[bytes], overwrite: bool = False,
                     scratch: Path | None = None) -> Path:
    """Write data (bytes, or pieces of it as they are made) to path; refuse to replace an
    existing file unless overwrite is True. The temporary is made in scratch if given (a folder
    on the same file system that every start sweeps), else beside path."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        _check_target(path, overwrite)
        if not folder.is_dir():
            raise OutputError(f"the folder {folder} does not exist; create it or choose another")
        temporaries.remove_stale(scratch or folder)
        fd, tmp_name = tempfile.mkstemp(prefix=temporaries.prefix(), suffix=temporaries.SUFFIX,
                                        dir=scratch or folder)  # O_EXCL | O_NOFOLLOW, mode 0600
        with os.fdopen(fd, "wb") as handle:
            for piece in [data] if isinstance(data, (bytes, bytearray)) else data:
                handle.write(piece)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
            _check_target(path, overwrite)  # again: the name may have been swapped meanwhile
            os.replace(tmp_name, path)
        else:
            _move_without_clobbering(tmp_name, path)
        tmp_name = None
    except FileExistsError:
        raise OutputError(f"{path} already exists; choose another name, or allow overwriting "
                          "(--overwrite)") from None
    except PermissionError:
        raise OutputError(f"no permission to write in {folder}; choose another folder") from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if exc.errno == errno.ENAMETOOLONG or exc.errno == errno.EINVAL:
            raise OutputError(f"the file system refuses the name {path.name[:40]}…: {reason}; "
                              "choose a shorter name without special characters") from None
        raise OutputError(f"could not write {path.name} in {folder}: {reason}. Nothing was "
                          "saved; free some space or choose another folder or name") from None
    finally:
        if tmp_name is not None and os.path.exists(tmp_name):
            os.unlink(tmp_name)
    return path


def _check_target(path: Path, overwrite: bool) -> None:
    """Refuse a name that is not a regular file (or free): never follow a link, never replace a
    pipe or a device with a file. FileExistsError for a file there when overwrite is False."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode):
        raise OutputError(f"{path} is a symbolic link; name the file itself (a link is never "
                          "written through)")
    if stat.S_ISDIR(info.st_mode):
        raise OutputError(f"{path} is a folder; give a file name such as {path / 'letter.pdf'}")
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(f"{path} is {kind_of(info.st_mode)}, not a file; choose a file name")
    if not overwrite:
        raise FileExistsError(str(path))


def _move_without_clobbering(tmp_name: str, path: Path) -> None:
    # A hard link fails if the name appeared meanwhile; where links are not supported
    # (some Windows and FAT file systems) fall back to a checked rename.
    try:
        os.link(tmp_name, path)
    except FileExistsError:
        raise
    except OSError:
        if path.exists():
            raise FileExistsError(str(path)) from None
        os.replace(tmp_name, path)
        return
    os.unlink(tmp_name)
