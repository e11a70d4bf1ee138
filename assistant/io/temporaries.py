"""The temporary files the program writes before moving a file into place (safe_write.py), and
removing those a killed run left behind.

A temporary holds what the finished file will (a letter, a draft: personal data), so one left by
a SIGKILL or a power cut must not stay. Its name says whose it is: `.tmp-dra-<pid>-<random>.part`
(dra: Disclosure Request Assistant; pid: the writing process). A later run removes such a file
when it is a regular file of this user whose writer is gone or that is older than STALE_AFTER_S;
nothing else is ever touched, and earlier versions' `.tmp-XXXXXXXX.pdf` only by age.
"""
from __future__ import annotations

import os
import stat
import time
from pathlib import Path

from assistant.io.lazy_patterns import LazyPattern

PREFIX = ".tmp-dra-"
SUFFIX = ".part"
STALE_AFTER_S = 60  # no write of ours takes this long: the data is made in memory first
# Compiled when a folder is first swept, not at every start (the wizard imports this module).
_OURS = LazyPattern(r"^\.tmp-dra-(\d{1,10})-[A-Za-z0-9_]{6,16}\.part$", 0)
_EARLIER = LazyPattern(r"^\.tmp-[a-z0-9_]{8}\.pdf$", 0)  # what versions before this one wrote
_swept: set[str] = set()  # folders already swept by this process


def prefix() -> str:
    """The start of a temporary's name for this process (tempfile adds the random part)."""
    return f"{PREFIX}{os.getpid()}-"


def _writer_gone(pid: int) -> bool:
    if pid == os.getpid() or os.name != "posix":  # elsewhere signal 0 is not a mere probe
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OSError, OverflowError):
        return False  # alive under another user, or cannot be told: only age decides
    return False


def is_stale(folder: Path, name: str, now: float | None = None) -> bool:
    """Whether `name` in `folder` is a temporary of ours that no one is writing any more."""
    ours, earlier = _OURS.match(name), _EARLIER.match(name)
    if not (ours or earlier):
        return False
    try:
        info = os.lstat(folder / name)
    except OSError:
        return False
    if not stat.S_ISREG(info.st_mode) or info.st_uid != getattr(os, "geteuid", lambda: info.st_uid)():
        return False
    old = (now or time.time()) - info.st_mtime > STALE_AFTER_S
    return old or bool(ours and _writer_gone(int(ours.group(1))))


def remove_stale(folder: Path, once: bool = True) -> int:
    """Remove the stale temporaries of ours in a folder; how many. With `once`, a folder already
    swept by this process is not listed again (a cache folder may hold many files)."""
    key = os.path.abspath(folder)
    if once and key in _swept:
        return 0
    _swept.add(key)
    removed = 0
    try:
        with os.scandir(folder) as listing:
            names = [entry.name for entry in listing if entry.name.startswith(".tmp-")]
    except OSError:
        return 0
    now = time.time()
    for name in names:
        if is_stale(Path(folder), name, now):
            try:
                os.unlink(Path(folder) / name)
                removed += 1
            except OSError:
                pass
    return removed
