"""Hostile runs for the cache folder (issue 20, after the start-up work of issue 25): the fonts
and YAML kept parsed there (io/parsed_cache.py, render/font_cache.py) and the records index with
the view the wizard opens with (records/index_schema.py, directory_view.py). A damaged, foreign,
oversized entry, a pipe or a link in place of an entry or of the index, a cache folder that
cannot be written or is full: each command must still succeed, never wait, never follow the
link, never use what it cannot trust; what it keeps is owner-only."""
from __future__ import annotations

import os
import re
import sqlite3
import stat
import subprocess
from pathlib import Path
from typing import Callable

from hostile_cases import Case, _full  # type: ignore[import-not-found]
from hostile_sandbox import ROOT, Sandbox  # type: ignore[import-not-found]

try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover
    from hashlib import blake2b

FONTS = [ROOT / "assistant" / "resources" / "fonts" / f"{face}.ttf" for face in ("ipaexg", "ipaexm")]
INDEX = "directory-index.sqlite3"


def _entry(sb: Sandbox, source: Path) -> Path:
    """Where the cache keeps what was parsed from source (parsed_cache._entry)."""
    name = blake2b(str(source.absolute()).encode("utf-8"), digest_size=16).hexdigest()
    return sb.cache / "parsed" / f"{name}.json"


def _letter(sb: Sandbox) -> list[str]:
    return ["letter", "--company", "porters", "--details", str(sb.details), "-o",
            str(sb.work / "letter.pdf")]


def _warm(sb: Sandbox) -> None:
    """The cache as a first letter and search leave it: both fonts kept, the index made."""
    done = sb.main("letter", "--company", "porters", "--details", str(sb.details), "-o",
                   str(sb.work / "first.pdf"))
    assert done.returncode == 0, done.stderr[-300:]
    assert sb.main("companies", "porters").returncode == 0


def _font_entries(change: Callable[[Sandbox, Path], object]) -> Callable[[Sandbox], list[str]]:
    """A letter after change(sb, entry) was done to both fonts' entries."""
    def args(sb: Sandbox) -> list[str]:
        _warm(sb)
        for font in FONTS:
            change(sb, _entry(sb, font))
        return _letter(sb)
    return args


def _replace(sb: Sandbox, entry: Path, make: Callable[[Path], object]) -> None:
    entry.unlink()
    make(entry)


def _swapped(sb: Sandbox, entry: Path) -> None:
    """The first font's entry replaced by the second's: whole, its digest right, but not this
    font's (the second font's own entry is left as it is)."""
    if entry == _entry(sb, FONTS[0]):
        entry.write_bytes(_entry(sb, FONTS[1]).read_bytes())


def _units_zero(sb: Sandbox, entry: Path) -> None:
    """Still valid JSON, still naming this font: only its units per em made 0."""
    text, count = re.subn(rb'"unitsPerEm": \d+', b'"unitsPerEm": 0', entry.read_bytes())
    assert count == 1, entry
    entry.write_bytes(text)


def _rebuilt(sb: Sandbox) -> list[tuple[str, str]]:
    """Both fonts' entries kept again, each whole, owner-only, and naming its own font."""
    found = []
    for font in FONTS:
        entry = _entry(sb, font)
        if not entry.is_file() or entry.is_symlink():
            found.append(("wrong_results", f"{entry.name} not kept again"))
        elif str(font.absolute()).encode() not in entry.read_bytes()[:2000]:
            found.append(("wrong_results", f"{entry.name} names another file"))
        elif stat.S_IMODE(entry.stat().st_mode) != 0o600:
            found.append(("loose_folders", f"{entry.name} is {entry.stat().st_mode & 0o777:o}"))
    return found


def _index(make: Callable[[Sandbox, Path], object]) -> Callable[[Sandbox], list[str]]:
    def args(sb: Sandbox) -> list[str]:
        sb.cache.mkdir(parents=True)
        make(sb, sb.cache / INDEX)
        return ["companies", "porters"]
    return args


def _cache_elsewhere(make: Callable[[Sandbox], Path | None]) -> Callable[[Sandbox], list[str]]:
    """A letter with the cache folder moved to where make(sb) says."""
    def args(sb: Sandbox) -> list[str]:
        point = make(sb)
        if point is not None:
            sb.env["XDG_CACHE_HOME"] = str(point)
        return _letter(sb)
    return args


def _read_only_cache(sb: Sandbox) -> Path | None:
    point = sb.mount("rocache", read_only=True)
    if point is None:
        sb.skipped = "no read-only file system can be mounted here"
    return point


def _full_cache(sb: Sandbox) -> Path:
    """A full file system, or (where none mounts) a file-size limit below a font's entry."""
    return Path(_full(sb, "fullcache"))


def _modes(sb: Sandbox) -> list[tuple[str, str]]:
    """Every folder of the cache 0700, every file in it 0600."""
    found = []
    for path in [sb.cache, *sb.cache.rglob("*")]:
        mode = stat.S_IMODE(os.lstat(path).st_mode)
        want = 0o700 if path.is_dir() else 0o600
        if mode != want:
            found.append(("loose_folders", f"{path.relative_to(sb.cache.parent)} is {mode:o}"))
    return found


def _damaged_view(sb: Sandbox) -> list[str]:
    """The index's saved view too deep for the JSON reader; then the wizard starts."""
    assert sb.main("companies").returncode == 0
    with sqlite3.connect(sb.cache / INDEX) as db:
        db.execute("UPDATE meta SET value = ? WHERE key LIKE 'view:%'",
                   ('{"generation": 1, "hidden": ' + "[" * 100_000,))
    return ["search", "porters"]


def _delete_on_a_full_disk(sb: Sandbox) -> list[str]:
    """A tracked case on a 2 MB file system, then the disk filled to the last byte."""
    point = sb.work / "full2m"
    point.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(point)],
                      capture_output=True).returncode != 0:
        sb.skipped = "no tmpfs can be mounted here"
        return []
    sb._mounts.append(point)
    store = str(point / "cases.sqlite3")
    assert sb.main("cases", "--store", store, "add", "--company", "leverages", "--details",
                   str(sb.details)).returncode == 0
    try:
        (point / "filler").write_bytes(b"\0" * 4_000_000)
    except OSError:  # no space left: as wanted
        pass
    return ["cases", "--store", store, "delete", "1", "--yes"]


def _deleted(sb: Sandbox) -> list[tuple[str, str]]:
    listed = sb.main("cases", "--store", str(sb.work / "full2m" / "cases.sqlite3"), "list")
    if listed.returncode != 0 or b"leverages" in listed.stdout or \
            (sb.work / "full2m" / "cases" / "1").exists():
        return [("wrong_results", "the case is still there after delete on a full disk")]
    return []


def cache_cases() -> list[Case]:
    ok = {"expect": "ok"}
    return [
        Case("cache: a damaged font entry", "harden", _font_entries(
            lambda sb, e: e.write_bytes(e.read_bytes()[:1000] + b"\0garbage" * 100)), **ok,
             check=_rebuilt),
        Case("cache: a font entry with one value changed", "harden",
             _font_entries(_units_zero), **ok, check=_rebuilt),
        Case("cache: another font's entry in place", "harden", _font_entries(_swapped), **ok,
             check=_rebuilt),
        Case("cache: a 50 MB font entry", "harden", _font_entries(
            lambda sb, e: e.write_bytes(b"[" * 50_000_000)), **ok, check=_rebuilt),
        Case("cache: a named pipe as the font entry", "harden", _font_entries(
            lambda sb, e: _replace(sb, e, os.mkfifo)), **ok, timeout=60),
        Case("cache: a link to the secret as the font entry", "harden", _font_entries(
            lambda sb, e: _replace(sb, e, lambda p: os.symlink(sb.secret, p))), **ok),
        Case("cache: a named pipe as the records index", "harden",
             _index(lambda sb, p: os.mkfifo(p)), **ok),
        Case("cache: a link to the secret as the records index", "harden",
             _index(lambda sb, p: os.symlink(sb.secret, p)), **ok),
        Case("cache: the records index is a folder", "harden", _index(lambda sb, p: p.mkdir()),
             **ok),
        Case("cache: the cache folder is a file", "harden", _cache_elsewhere(
            lambda sb: Path(sb.write("cachefile", "a file where the cache folder would be"))),
             **ok),
        Case("cache: a read-only cache folder", "harden", _cache_elsewhere(_read_only_cache),
             **ok),
        Case("cache: a full disk under the cache folder", "harden",
             _cache_elsewhere(_full_cache), **ok),
        Case("cache: new cache files owner-only", "harden",
             lambda sb: (_warm(sb), ["companies", "leverages"])[1], **ok, check=_modes),
        Case("cache: a damaged saved view, the wizard", "harden", _damaged_view,
             program="wizard", **ok),
        Case("cases: list and delete on a disk full to the last byte", "harden",
             _delete_on_a_full_disk, **ok, check=_deleted),
    ]
