"""The first page's list of records: in the order a reader of the interface's language expects
(五十音 by the kana reading in Japanese, alphabetical in English), those whose name starts with
what is typed first. Each row is plain text: a record's name is never read as markup."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.records.directory_core import Entry


def ordered(found: "list[Entry]", typed: str, language: str) -> "list[Entry]":
    """The records found, for the list. English keeps the directory's order (which already puts
    names that start with the typed word first, then alphabetical)."""
    if language != "ja" or len(found) < 2:
        return found
    from assistant.records.name_forms import fold_name
    from assistant.records.readings import gojuon_key

    words = fold_name(typed).split()

    def key(entry: "Entry") -> tuple:
        names = [entry.name, entry.name_ja or "", *entry.aliases]
        starts = not words or any(fold_name(n).startswith(words[0]) for n in names if n)
        return (not starts, gojuon_key(entry.name_ja or entry.name), entry.id)

    return sorted(found, key=key)
