"""The program's own folders (the data folder, its companies/, policies/, drafts/ and cases/, the
cache folder): readable by their owner only, whoever makes them first, and tightened when found
looser. Every piece of code that makes a folder of ours calls private_dir().

Only folders are changed, never what they hold, and never through a symbolic link: a link in
place of one of our folders is the person's own doing and its target is left as it is.
"""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from assistant.io.paths import cache_dir, user_data_dir
from assistant.io.safe_write import OutputError

PRIVATE = 0o700
# The folders of ours that may exist below the two roots, tightened at every start.
_KNOWN = ("companies", "companies/policies", "drafts", "cases", "parsed")


def _roots() -> tuple[Path, ...]:
    return user_data_dir(), cache_dir()


def _ours(folder: Path) -> tuple[list[Path], bool]:
    """The folders from the root of ours that holds `folder` down to it, and True; or [folder]
    and False when it is not inside one of ours."""
    for root in _roots():
        try:
            inside = folder.relative_to(root)
        except ValueError:
            continue
        levels = [root]
        for part in inside.parts:
            levels.append(levels[-1] / part)
        return levels, True
    return [folder], False


def tighten(folder: Path) -> None:
    """Make a folder of ours owner-only if it is looser: a real folder (opened without following
    a link, so none can be swapped in), owned by this user. Quietly leaves it where that cannot
    be done (a read-only file system; Windows, which has no such modes)."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except (OSError, AttributeError):  # missing, a link, not a folder; or no O_NOFOLLOW
        return
    try:
        info = os.fstat(fd)
        if info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) & 0o077:
            os.fchmod(fd, PRIVATE)
    except OSError:
        pass
    finally:
        os.close(fd)


class FolderError(OutputError, OSError):
    """A folder of ours that cannot be made; an OSError too, for callers that fall back."""


def private_dir(folder: Path) -> Path:
    """The folder, made if missing, owner-only (0700) like every folder of ours above it.

    A folder outside the program's own (one the person chose) is made owner-only when made
    here, but an existing one is left as the person set it. FolderError if it cannot be made."""
    folder = Path(folder)
    levels, ours = _ours(folder)
    level = levels[0].parent
    try:
        level.mkdir(parents=True, exist_ok=True)  # e.g. ~/.local/share: not ours
        for level in levels:
            try:
                os.mkdir(level, PRIVATE)  # the mode is set as it is made: never readable by others
            except FileExistsError:
                if not level.is_dir():
                    raise NotADirectoryError(errno.ENOTDIR, "a file is in its place") from None
            if ours:
                tighten(level)
    except OSError as exc:
        raise FolderError(f"cannot make the folder {level}: {exc.strerror or exc}; move what is "
                          "there away, or choose another folder") from None
    return folder


def private_file(path: Path) -> Path:
    """An owner-only (0600) file at path, made empty if missing, its folder made by private_dir;
    never through a symbolic link (OSError), so no link's target is ever changed."""
    private_dir(path.parent)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
    return path


def tighten_user_folders() -> None:
    """At start: the program's folders that exist, owner-only again if something loosened them
    (an older version, another program, a restored backup). Makes nothing."""
    for root in _roots():
        tighten(root)
        for name in _KNOWN:
            tighten(root / name)
