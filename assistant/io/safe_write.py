"""Writing a file all at once, or not at all: PDFs, drafts, settings.

The data is made in memory first; then written to a temporary file in the target folder
and moved into place, so a full disk or a crash never leaves half a file under the chosen name.
"""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import Iterable

from assistant.io.user_errors import UserError


class OutputError(UserError):
    """The file could not be written; the message says why and what to do."""


def write_atomically(path: Path, data: bytes | Iterable[bytes], overwrite: bool = False) -> Path:
    """Write data (bytes, or pieces of it as they are made) to path; refuse to replace an
    existing file unless overwrite is True."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        if path.is_dir():
            raise OutputError(f"{path} is a folder; give a file name such as {path / 'letter.pdf'}")
        if not folder.is_dir():
            raise OutputError(f"the folder {folder} does not exist; create it or choose another")
        if path.exists() and not overwrite:
            raise FileExistsError(str(path))
        fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".pdf", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            for piece in [data] if isinstance(data, (bytes, bytearray)) else data:
                handle.write(piece)
            handle.flush()
            os.fsync(handle.fileno())
        if overwrite:
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
