"""A message the code worded in English, said in a language with the values in it said too: a
step or status by its name in forms/cli.yaml (or the law data's, for the timeline's dated steps),
a date as a sentence writes it (2024年10月1日), a message inside a message looked up on its own.
The command line (cli/language.py) and the wizard (ui/plain.py) say their errors through this
one place, so 「posted」 or 2026-11-02 never stands inside a Japanese sentence."""
from __future__ import annotations

import re
import sys
from datetime import date
from functools import lru_cache

from assistant.io.error_wording import _catalogue, translated_message
from assistant.io.paths import forms_dir

ENGLISH = "en"
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def say(text: str, language: str, files: tuple[str, ...]) -> str:
    """The message in this language (forms' templates of `files`), its values said too."""
    if language == ENGLISH or not text:
        return text

    def value(part: str) -> str:
        named = word(part, language)
        if named != part:
            return named
        if _ISO_DAY.fullmatch(part):  # a date in a sentence
            try:
                return day(date.fromisoformat(part), language)
            except ValueError:  # not a day (2024-13-45): as it was written
                return part
        return say(part, language, files) if len(part) < len(text) else part

    return translated_message(text, language, files, value=value)


def day(value: date, language: str) -> str:
    """A date as a sentence in this language writes it: 2024年10月1日 / 2024-10-01."""
    from assistant.law.japanese_dates import western_date_ja

    return western_date_ja(value) if language == "ja" else value.isoformat()


def word(text: str, language: str) -> str:
    """One value in this language (a status, a step, "disclosure, suspension"), as cli.yaml or
    the law data names it; a value neither names stays as it is."""
    if language == ENGLISH or not text:
        return text
    return _word(language, text)


@lru_cache(maxsize=512)  # a list of 10,000 cases names the same few statuses again and again
def _word(language: str, text: str) -> str:
    words = {**_law_words(language), **_catalogue(forms_dir() / "cli.yaml")}
    parts = [part.strip() for part in text.split(",")]  # kinds as listed: "disclosure, suspension"
    if all(part in words and language in words[part] for part in parts):
        return "・".join(words[part][language] for part in parts)
    return text


def forget_words() -> None:
    """The words as forms/ (or DRA_FORMS_DIR) holds them now."""
    _word.cache_clear()


def _law_words(language: str) -> dict[str, dict[str, str]]:
    """The timeline's dated steps in each language ("the posting date": 発送日), from the law
    data, where this run has read it (a message naming them comes from the tracker, which has):
    what never reads the law does not read it to say a value."""
    reference = sys.modules.get("assistant.law.reference")
    if reference is None or not reference.load_law.cache_info().currsize:
        return {}
    return {names["en"]: names for names in reference.load_law().timeline.steps.values()
            if language in names}
