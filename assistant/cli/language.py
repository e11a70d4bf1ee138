"""The command line in the person's language: Japanese on a Japanese locale, English otherwise.

One choice per run (chosen_language): `--language ja|en` before the command, else the
DRA_LANGUAGE environment setting, else the locale (LC_ALL, LC_MESSAGES, LANG, then the system's).
What the commands print is worded in English in the code; in Japanese each line is looked up in
forms/cli.yaml (then forms/errors.yaml) by its English words, and the values in it by
cli.yaml's words for them (statuses, due dates; a date in Japanese as 2024年10月1日): the
commands themselves do not change. A line no template knows stays as it is; data rows (lines with
tabs) are left alone, their fields are named by the command through word() and day(). --help is
given its words (forms/cli_help.yaml) before argparse lays it out (help_in_language).
"""
from __future__ import annotations

import argparse
import os
import sys
from contextlib import contextmanager
from typing import Sequence

LANGUAGES = ("ja", "en")
FILES = ("cli.yaml", "errors.yaml", "cli_help.yaml")
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
    from assistant.law.message_words import forget_words

    forget_words()


def current() -> str:
    return _language


def word(text: str) -> str:
    """One value in this run's language (a status, a due date's name, "disclosure, suspension"),
    as cli.yaml names it (or the law data, for the timeline's dated steps); a value neither
    names stays as it is."""
    from assistant.law.message_words import word as said_word

    return said_word(text, _language)


def field(key: str) -> str:
    """A record's key as `show` names it ("send to"): cli.yaml's "field: send to"; a key it
    does not name stays the record file's own (a value of the same spelling is another word:
    the status "refused" is not the channels' key "refused")."""
    said = word(f"field: {key}")
    return key if said.startswith("field: ") else said


def day(value) -> str:
    """A date as this run's language writes it in a sentence: 2024年10月1日 / 2024-10-01."""
    from assistant.law.message_words import day as said_day

    return said_day(value, _language)


def plain_value(text: str) -> str:
    """A record's value as `show` prints it: unknown, yes and no said in this run's language;
    every other value is the record's own (the policy's wording, a vocabulary name)."""
    return word(text) if text in PLAIN_VALUES else text


# The values of a record that are the program's words, not the policy's (a record's quality, a
# form's source, "all" kinds): said in this run's language wherever `show` prints them.
PLAIN_VALUES = frozenset({
    "unknown", "yes", "no", "all", "reviewed", "imported", "law-only", "typed", "register",
    "download", "web-form", "mailed-by-company", "inquiry", "japan-post", "weekends",
    "national-holidays", "year-end-break", "before-sending", "with-request", "on-notice",
    "company", "accredited-organisation", "letter", "delivery-certificate", "contents-certified",
    "contents-certified-sheet"})


def said(text: str) -> str:
    """A message or a printed line in this run's language; a value in it that is a message of
    its own ("error: {problem}") is said too."""
    if _language == "en":
        return text
    from assistant.law.message_words import say

    return say(text, _language, FILES)


def help_in_language(parser) -> None:
    """The parser's descriptions and help texts (its commands' and options' too) in this run's
    language (forms/cli_help.yaml), before argparse lays them out: a wrapped line of --help
    could no longer be looked up whole."""
    if _language == "en":
        return
    parser.formatter_class = _WideHelp
    parser.description = parser.description and said(parser.description)
    for action in parser._actions:  # argparse keeps them here; it has no public walk
        if action.help and action.help is not argparse.SUPPRESS:
            action.help = said(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = choice.help and said(choice.help)
            for sub in action.choices.values():
                help_in_language(sub)


class _WideHelp(argparse.HelpFormatter):
    """argparse's layout, with Japanese help wrapped by display width (a wide character takes
    two columns) and never inside a word of Latin letters."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        if text.isascii():
            return super()._split_lines(text, width)
        from assistant.checklist.text import wrap_wide

        return wrap_wide(" ".join(text.split()), "", "", width)


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
