"""Where the program's own files and the user's files live."""
from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

import platformdirs

APP_NAME = "disclosure-request-assistant"

# The program's own data ships inside the package (in the wheel and in a bundle alike), so it is
# found wherever the program is installed, never beside a source checkout.
PACKAGE = Path(str(files("assistant")))
RESOURCES = PACKAGE / "resources"
COMPANIES_DIR = RESOURCES / "companies"
FONTS_DIR = RESOURCES / "fonts"
FORMS_DIR = PACKAGE / "forms"
# The published policies the shipped records quote, one text each (README.md says whence).
POLICIES_DIR = RESOURCES / "policies"
# The project's summary of the law, which the law data's quotes cite word for word.
LAW_NOTES = RESOURCES / "law-notes.md"


def forms_dir() -> Path:
    """The wording and labels: forms/, or the folder DRA_FORMS_DIR names (to try out a language)."""
    env = os.environ.get("DRA_FORMS_DIR")
    return Path(env) if env else FORMS_DIR


def cache_dir() -> Path:
    """The user's cache folder (the directory index, parsed files), or DRA_CACHE_DIR; not created
    here. Everything in it can be deleted: it is made again."""
    override = os.environ.get("DRA_CACHE_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def file_stamp(stat: os.stat_result) -> str:
    """How a file is known unchanged: size, modification and change times, inode. Any write
    changes the change time, so an edit is seen even if the old modification time is put back."""
    return f"{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ctime_ns}:{stat.st_ino}"


def user_data_dir() -> Path:
    """The user's data folder (drafts, settings, own company records); not created here."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_companies_dir() -> Path:
    """Company records the user adds or overrides."""
    return user_data_dir() / "companies"


def shown_name(name: str) -> str:
    """A file or folder name as text that can be printed and stored: bytes that are not UTF-8
    (which Python keeps as lone surrogates) shown as \\xNN."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
