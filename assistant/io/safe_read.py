"""Read a file the person names: only a regular file, and never more than a limit.

A named pipe would block the program forever, /dev/zero would fill the memory, a folder cannot be
read at all; each is refused with a reason instead. The counterpart of safe_write.py.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

_CHUNK = 1 << 20
_SMALL = 1 << 12  # what to ask for past the size the file had when opened


class ReadError(Exception):
    """A file that cannot be read; the message says why, worded for the person."""


def kind_of(mode: int) -> str:
    """What a file of this mode is, in words ("a named pipe (FIFO)")."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _check(mode: int, size: int, max_bytes: int) -> None:
    if not stat.S_ISREG(mode):
        raise ReadError(f"this is {kind_of(mode)}, not a file; name a regular file")
    if size > max_bytes:
        raise ReadError(f"file is {size:,} bytes; at most {max_bytes:,} are expected. "
                        "Is this the right file?")


def read_regular_file(path: Path, max_bytes: int, follow_links: bool = True) -> bytes:
    """The bytes of a regular file of at most max_bytes, or ReadError saying why not. Without
    follow_links (a file the program wrote itself), a symbolic link in its place is refused."""
    try:
        # Looked at before opening, so a device or pipe is never even opened...
        info = os.stat(path) if follow_links else os.lstat(path)
        _check(info.st_mode, info.st_size, max_bytes)
        # ...and again on what was opened (without blocking on a pipe), in case it was swapped.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) \
            | getattr(os, "O_BINARY", 0) | (0 if follow_links else getattr(os, "O_NOFOLLOW", 0))
        fd = os.open(path, flags)
    except OSError as exc:
        raise ReadError(f"cannot read the file: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        _check(info.st_mode, info.st_size, max_bytes)
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:  # one byte past the limit is enough to know it is too large
            # As much as the file holds (and a byte more), not a whole chunk: allocating a
            # megabyte for each small file costs more than reading it.
            want = max(info.st_size + 1 - total, _SMALL)
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total, want))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > max_bytes:
            raise ReadError(f"file is more than {max_bytes:,} bytes; at most {max_bytes:,} are "
                            "expected. Is this the right file?")
        return b"".join(chunks)
    except OSError as exc:
        raise ReadError(f"cannot read the file: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
