"""The follow-ups' wording (forms/followup/<language>.yaml) and the pieces every letter shares:
dates as the language writes them, lists joined, and the error a follow-up that cannot be made
raises."""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

from assistant.io.paths import FORMS_DIR
from assistant.io.user_errors import UserError
from assistant.law.japanese_dates import era_date, letter_date_en, letter_date_ja, western_date_ja


class FollowupError(UserError, ValueError):
    """A follow-up that cannot be written for this case (yet); the message says why, what
    instead, and from which day it becomes available."""


@lru_cache(maxsize=None)
def followup_wording(language: str, forms_dir: Path = FORMS_DIR) -> dict:
    """The follow-up wording for one language (forms/followup/<language>.yaml)."""
    from assistant.io.own_yaml import read_own_yaml  # here: the CLI names FollowupError on every start

    return read_own_yaml(forms_dir / "followup" / f"{language}.yaml")  # type: ignore[return-value]


def say(language: str, path: str, **values: object) -> str:
    """One text of the wording ('unavailable.demand_early'), filled in."""
    node: object = followup_wording(language)
    for key in path.split("."):
        node = node[key]  # type: ignore[index]
    return str(node).format(**values)


def day_in(day: date, language: str) -> str:
    """A date in a sentence: 令和8年12月16日 / 16 December 2026."""
    return era_date(day) if language == "ja" else letter_date_en(day)


def message_day(day: date, language: str) -> str:
    """A date in a message on screen (why a follow-up cannot be made yet): 2026年12月16日 /
    16 December 2026 — the Western year the person types and reads in the calendar."""
    return western_date_ja(day) if language == "ja" else letter_date_en(day)


def letter_date(day: date, language: str) -> str:
    """The date at the head of a letter: 令和8年12月16日（2026年12月16日） / 16 December 2026."""
    return letter_date_ja(day) if language == "ja" else letter_date_en(day)


def joined(items: list[str], language: str) -> str:
    """'A、B及びC' / 'A, B and C'."""
    w = followup_wording(language)
    if len(items) < 2:
        return "".join(items)
    return w["list_comma"].join(items[:-1]) + w["list_and"] + items[-1]
