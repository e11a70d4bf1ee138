"""Which files an import reads: full data or change files, told from the NTA's file names
(…_all_YYYYMMDD for the monthly full data, …diff… for a daily change file), and their day."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import NamedTuple

from assistant.io.user_errors import UserError
from assistant.records.register_layout import MAX_FILES

_FILE_DATE = re.compile(r"(?<!\d)(20\d{2})(\d{2})(\d{2})(?!\d)")


class RegisterFileError(UserError):
    """A file that is not the NTA's register data, or not whole; nothing was changed."""

    exit_code = 1


class Source(NamedTuple):
    """One file to read: its path, whether it holds full data or changes, and its date."""

    path: Path
    kind: str  # "full" or "changes"
    day: date | None  # from the file's name (作成年月日), if it has one


def kind_of(path: Path) -> str | None:
    """"full" for the monthly full data (…_all_YYYYMMDD), "changes" for a daily change file
    (…diff…); None when the name does not say."""
    name = path.name.lower()
    if "_all_" in name or name.startswith("all_"):
        return "full"
    if "diff" in name or "sabun" in name:
        return "changes"
    return None


def day_of(path: Path) -> date | None:
    found = _FILE_DATE.findall(path.name)
    try:
        return date(*map(int, found[-1])) if found else None
    except ValueError:
        return None


def sources(paths: list[Path], kind: str | None = None) -> list[Source]:
    """The files to import, each with its kind (from its name, or `kind` for all), changes in
    date order; RegisterFileError when a file's kind cannot be told or full and changes mix."""
    if len(paths) > MAX_FILES:
        raise RegisterFileError(f"{len(paths)} files at once; import at most {MAX_FILES}")
    found = []
    for path in paths:
        which = kind or kind_of(path)
        if which is None:
            raise RegisterFileError(f"{path}: its name does not say whether it holds the full "
                                    "data (…_all_YYYYMMDD) or changes (…diff…); add --full or "
                                    "--changes")
        found.append(Source(path, which, day_of(path)))
    if len({s.kind for s in found}) > 1:
        raise RegisterFileError("full data and change files at once: import the full data "
                                "first, then the change files in a second command")
    return sorted(found, key=lambda s: (s.day or date.min, s.path.name))
