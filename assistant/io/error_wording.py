"""The words of an input error in the person's language (forms/errors.yaml).

The code words its errors in English; this module looks the English words up in forms/errors.yaml
and fills in the values, so the wizard says what to type in Japanese while the CLI keeps English.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from assistant.io.paths import forms_dir

ENGLISH = "en"  # the language the code writes its messages in


def translated(template: str, language: str, **values: object) -> str:
    """The message in this language (English when the catalogue has none), values filled in."""
    words = template if language == ENGLISH else \
        _catalogue(forms_dir() / "errors.yaml").get(template, {}).get(language, template)
    return words.format(**values) if values else words


@lru_cache(maxsize=4)
def _catalogue(path: Path) -> dict[str, dict[str, str]]:
    from assistant.io.own_yaml import read_own_yaml  # here: only a language but English needs it

    data = read_own_yaml(path) or {}
    return {str(k): {str(lang): str(text) for lang, text in (v or {}).items()}
            for k, v in data.items()}


def translated_message(message: str, language: str, files: tuple[str, ...] = ("errors.yaml",),
                       value=None) -> str:
    """A message the code worded in English (an error's str(), a line a command prints), in
    this language where a wording file in forms/ (errors.yaml, cli.yaml) has its template: the
    values filled in are found again by matching the template ('no case with id {case_id}'
    matches 'no case with id 7') and put back, each through value() if given, else looked up
    the same way (a message inside a message: "case 7: {problem} (nothing was recorded)"). Each
    line of a message of several lines is looked up alone; a line with no template stays as it is."""
    if language == ENGLISH or not message:
        return message
    return "\n".join(_translated_line(line, language, files, value) for line in message.split("\n"))


def _inner(language: str, files: tuple[str, ...], whole: str):
    """The values of a message, each looked up as a message of its own (shorter: it ends)."""
    def value(part: str) -> str:
        return _translated_line(part, language, files, _inner(language, files, part)) \
            if len(part) < len(whole) else part
    return value


def _translated_line(line: str, language: str, files: tuple[str, ...], value) -> str:
    if len(line) > 600:  # no message of ours is this long; matching stays cheap on what is
        return line
    for name in files:
        catalogue = _catalogue(forms_dir() / name)
        exact = catalogue.get(line, {}).get(language)
        if exact is not None:
            return exact
    for words, longest, regex in _all_patterns(tuple(forms_dir() / name for name in files), language):
        if longest not in line:  # its longest run of own words is missing: it cannot match
            continue
        found = _compiled(regex).fullmatch(line)
        if found is not None:
            said = value or _inner(language, files, line)
            return words.format(**{k: said(v) for k, v in found.groupdict().items()})
    return line


@lru_cache(maxsize=8)
def _all_patterns(paths: tuple[Path, ...], language: str) -> list[tuple[str, str, str]]:
    """The templates of these files that have this language (their words, their longest run of
    own words, their pattern), the one with the most words of its own first: "error:
    --requester {requester} does not match…" is tried before "error: {problem}"."""
    found = [(sum(map(len, literals)), _catalogue(path)[template][language],
              max(literals, key=len, default=""), regex)
             for path in paths for template, literals, regex in _patterns(path)
             if language in _catalogue(path)[template]]
    found.sort(key=lambda entry: -entry[0])
    return [(words, longest, regex) for _length, words, longest, regex in found]


@lru_cache(maxsize=None)  # one per template at most; most are never needed in a run
def _compiled(regex: str) -> "re.Pattern[str]":
    import re

    return re.compile(regex, re.DOTALL)


# Values of a known shape, so that a template matches only the line it was written for (a day
# is a date, an id a number); any other value is any text.
_DAY = r"\d{4}-\d{2}-\d{2}"
_VALUES = {"record_file": r".+?\.ya?ml(?::\d+)?", "field": r"[\w.\[\]-]+", "day": _DAY, "other_day": _DAY, "today": _DAY, "earliest": _DAY, "id": r"\d+", "count": r"[\d,]+", "rows": r"[\d,]+",
           "valid": r"[\d,]+", "problems": r"[\d,]+", "pages": r"\d+", "cost": r"[\d,]+",
           "case_id": r"\d+", "profile_id": r"\d+", "status": r"[a-z-]+"}


@lru_cache(maxsize=4)
def _patterns(path: Path) -> list[tuple[str, tuple[str, ...], str]]:
    """Each template with {values}: its own words between the values, and its pattern (compiled
    when a line holds its longest run of own words); a value is any text (no nested quantifiers:
    one lazy group per value, linear enough for one line of an error message)."""
    import re

    found = []
    for template in _catalogue(path):
        if "{" not in template:
            continue
        parts = re.split(r"\{(\w+)\}", template)
        regex, seen = "", set()
        for index, part in enumerate(parts):
            if index % 2 == 0:
                regex += re.escape(part)
            elif part in seen:
                regex += f"(?P={part})"
            else:
                regex += f"(?P<{part}>{_VALUES.get(part, '.+?')})"
                seen.add(part)
        found.append((template, tuple(part for part in parts[::2] if part), regex))
    return found
