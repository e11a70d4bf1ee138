"""The command line in the person's language: Japanese on a Japanese locale, English otherwise.

One choice per run (chosen_language): `--language ja|en` before the command, else the
DRA_LANGUAGE environment setting, else the locale (LC_ALL, LC_MESSAGES, LANG, then the system's).
What the commands print is worded in English in the code; in Japanese each line is looked up in
forms/cli.yaml (then forms/errors.yaml) by its English words, and the values in it by
cli.yaml's words for them (statuses, due dates): the commands themselves do not change. A line
no template knows stays as it is; data rows (lines with tabs) are left alone, their fields are
named by the command through word().
"""
from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from functools import lru_cache
from typing import Sequence

LANGUAGES = ("ja", "en")
FILES = ("cli.yaml", "errors.yaml")
_language = "en"  # this run's, once main() has chosen it


def chosen_language(argv: Sequence[str] = (), environ=os.environ) -> str:
    """'ja' or 'en': --language before the command, DRA_LANGUAGE, then the locale."""
    args = iter(argv)
    for arg in args:
        if not arg.startswith("-"):
            break  # the command: its own --language is the document's language
        if arg.startswith("--language="):
            return _known(arg.split("=", 1)[1])
        if arg in ("--language", "--data-dir"):  # the options before the command that take a value
            value = next(args, "")
            if arg == "--language":
                return _known(value)
    for name in ("DRA_LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return _known(value)
    import locale  # Windows names its language here, not in the environment

    return _known(locale.getlocale()[0] or "")


def _known(value: str) -> str:
    """'ja' for ja, ja_JP.UTF-8, Japanese…; 'en' for anything else."""
    return "ja" if value.strip().lower().startswith(("ja", "japanese")) else "en"


def use(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else "en"
    _word.cache_clear()  # the words as forms/ (or DRA_FORMS_DIR) holds them now


def current() -> str:
    return _language


def word(text: str) -> str:
    """One value in this run's language (a status, a due date's name, "disclosure, suspension"),
    as cli.yaml names it; a value it does not name stays as it is."""
    if _language == "en" or not text:
        return text
    return _word(_language, text)


@lru_cache(maxsize=512)  # a list of 10,000 cases names the same few statuses again and again
def _word(language: str, text: str) -> str:
    from assistant.io.error_wording import _catalogue
    from assistant.io.paths import forms_dir

    words = _catalogue(forms_dir() / "cli.yaml")
    parts = [part.strip() for part in text.split(",")]  # kinds as listed: "disclosure, suspension"
    if all(part in words and language in words[part] for part in parts):
        return "・".join(words[part][language] for part in parts)
    return text


def plain_value(text: str) -> str:
    """A record's value as `show` prints it: unknown, yes and no said in this run's language;
    every other value is the record's own (the policy's wording, a vocabulary name)."""
    return word(text) if text in ("unknown", "yes", "no") else text


def said(text: str) -> str:
    """A message or a printed line in this run's language; a value in it that is a message of
    its own ("error: {problem}") is said too."""
    if _language == "en":
        return text
    from assistant.io.error_wording import translated_message

    def value(part: str) -> str:
        named = word(part)
        return named if named != part else (said(part) if len(part) < len(text) else part)

    return translated_message(text, _language, FILES, value=value)


@contextmanager
def speaking():
    """While it lasts, what is printed (stdout and stderr) is said in this run's language."""
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = Speaking(stdout), Speaking(stderr)
    try:
        yield
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):  # a closed pipe: the reader has gone
                pass
        sys.stdout, sys.stderr = stdout, stderr


class Speaking:
    """A text stream that says each whole line in the run's language (see the module's note);
    a partial line (a progress count ending in \\r) is passed on as it is, at once."""

    def __init__(self, stream):
        self._stream = stream
        self._line = ""

    def write(self, text: str) -> int:
        if _language == "en":  # the code's own words: nothing to hold back or look up
            return self._stream.write(text)
        self._line += text
        *lines, self._line = self._line.split("\n")
        if lines:  # one write for many lines (a long list stays one fast write)
            self._stream.write("".join((line if "\t" in line else said(line)) + "\n" for line in lines))
        if "\r" in self._line:  # a progress line rewritten in place: not held back
            self._stream.write(self._line)
            self._line = ""
        return len(text)

    def flush(self) -> None:
        if self._line:
            self._stream.write(self._line if "\t" in self._line else said(self._line))
            self._line = ""
        self._stream.flush()

    def __getattr__(self, name: str):
        return getattr(self._stream, name)
