"""YAML already parsed, kept as JSON in the user's cache folder.

A command reads the same few files each time: the law data, the wording, a company's record.
Importing PyYAML costs about 10 ms and parsing them 6 ms more; the same data read back as JSON
takes under 1 ms. So the data parsed from such a file is kept, known by the file's stamp (size,
times, inode: paths.file_stamp), and any change to the file means it is parsed again. Only the
program's own files and company records go here, never a person's details or drafts. The cache
holds plain JSON (nothing in it can run), in a folder only its owner can open; a damaged or
foreign entry is ignored and written again. Each entry starts with a digest of the rest of it, so
an entry changed after it was written (a damaged disk, an edit) is never used even where it is
still valid JSON: a font's tables read wrongly would print wrong characters in a letter.
"""
from __future__ import annotations

import json
import math
import os
import stat as stat_module
from datetime import date
from pathlib import Path

from assistant.io.paths import cache_dir, file_stamp
from assistant.io.private_dirs import private_dir
from assistant.io.safe_read import ReadError, read_regular_file
from assistant.io.safe_write import OutputError, write_atomically

try:  # the blake2 module alone; hashlib would load OpenSSL
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - other Python builds
    from hashlib import blake2b

FOLDER = "parsed"
VERSION = 2  # 2: the digest
MAX_KEPT_BYTES = 4_000_000  # an entry larger than this is not read (records are a few kB)
_HEAD = b'{"digest": "'  # then 32 hex digits, '", ' and the rest of the object
_DIGITS = 32
_DATE = "__date__"  # a date, which JSON has not: {"__date__": "2025-10-01"}


class _NotKept(Exception):
    """Data JSON cannot hold exactly (a set, a tuple, a datetime, a number key): parse each time."""


def source_stamp(path: Path) -> str | None:
    """The file's stamp, taken before it is read, when it is a regular file (else None: the
    parser's own checks say why)."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return file_stamp(found) if stat_module.S_ISREG(found.st_mode) else None


def _entry(source: str) -> Path:
    name = blake2b(source.encode("utf-8", "surrogateescape"), digest_size=16)
    return cache_dir() / FOLDER / f"{name.hexdigest()}.json"


def load(path: Path, stamp: str | None) -> tuple[bool, object]:
    """(True, data) if this file, with this stamp, was parsed before; else (False, None)."""
    if stamp is None:
        return False, None
    source = str(Path(path).absolute())
    try:  # a regular file only: a pipe in its place would be waited on for ever, a link followed
        raw = read_regular_file(_entry(source), MAX_KEPT_BYTES, follow_links=False)
        if not _intact(raw):
            return False, None
        kept = json.loads(raw, object_hook=_revive)
    except (ReadError, ValueError, RecursionError):
        return False, None
    if (not isinstance(kept, dict) or kept.get("version") != VERSION
            or kept.get("source") != source or kept.get("stamp") != stamp):
        return False, None
    return True, kept.get("data")


def keep(path: Path, stamp: str | None, data: object) -> None:
    """Keep the data parsed from path (its stamp taken before it was read); quietly does nothing
    where it cannot (data JSON cannot hold exactly, a read-only or full disk)."""
    if stamp is None:
        return
    source = str(Path(path).absolute())
    try:
        text = json.dumps({"version": VERSION, "source": source, "stamp": stamp,
                           "data": _plain(data)}, ensure_ascii=False, allow_nan=False)
    except (_NotKept, ValueError, RecursionError):
        return
    body = text.encode("utf-8")[1:]  # the object after its "{"
    digest = _digest(body).encode("ascii")
    target = _entry(source)
    try:
        private_dir(target.parent)
        # A new file is 0600. Its temporary is made in the cache folder itself, which every start
        # sweeps (startup.py), not among the entries, which may be thousands.
        write_atomically(target, _HEAD + digest + b'", ' + body, overwrite=True,
                         scratch=cache_dir())
    except (OSError, OutputError):
        pass


def _digest(body: bytes | memoryview) -> str:
    return blake2b(body, digest_size=_DIGITS // 2).hexdigest()


def _intact(raw: bytes) -> bool:
    """Whether the entry is as keep() wrote it: its digest matches the rest."""
    start = len(_HEAD) + _DIGITS
    if not raw.startswith(_HEAD) or raw[start:start + 3] != b'", ':
        return False
    return raw[len(_HEAD):start] == _digest(memoryview(raw)[start + 3:]).encode("ascii")


def _plain(value: object) -> object:
    """value as JSON data, exactly: anything that would come back different raises _NotKept."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _NotKept
        return value
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        if _DATE in value or not all(isinstance(key, str) for key in value):
            raise _NotKept
        return {key: _plain(item) for key, item in value.items()}
    if type(value) is date:
        return {_DATE: value.isoformat()}
    raise _NotKept


def _revive(mapping: dict) -> object:
    if len(mapping) == 1 and _DATE in mapping:
        return date.fromisoformat(mapping[_DATE])
    return mapping
