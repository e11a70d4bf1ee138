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


def translated_message(message: str, language: str) -> str:
    """A message the code worded in English (an error's str()), in this language where
    forms/errors.yaml has its template: the values filled in are found again by matching the
    template ('no case with id {case_id}' matches 'no case with id 7'). Each line of a message of
    several lines is looked up alone; a line with no template stays as it is."""
    if language == ENGLISH or not message:
        return message
    return "\n".join(_translated_line(line, language) for line in message.split("\n"))


def _translated_line(line: str, language: str) -> str:
    if len(line) > 2000:  # no message of ours is this long: not worth matching
        return line
    catalogue = _catalogue(forms_dir() / "errors.yaml")
    exact = catalogue.get(line, {}).get(language)
    if exact is not None:
        return exact
    for template, pattern in _patterns(forms_dir() / "errors.yaml"):
        found = pattern.fullmatch(line)
        words = catalogue[template].get(language)
        if found is not None and words is not None:
            return words.format(**found.groupdict())
    return line


@lru_cache(maxsize=4)
def _patterns(path: Path) -> list[tuple[str, "re.Pattern[str]"]]:
    """Each template with {values} as a pattern; a value is any text (no nested quantifiers:
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
                regex += f"(?P<{part}>.+?)"
                seen.add(part)
        found.append((template, re.compile(regex, re.DOTALL)))
    return found
