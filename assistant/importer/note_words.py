"""The words of the notes the import assistant writes into a record, in English and Japanese
(forms/import_notes.yaml): a Japanese checklist says what a note means, not only its quote."""
from __future__ import annotations

from functools import cache

from assistant.io.own_yaml import read_own_yaml
from assistant.io.paths import forms_dir


@cache
def _words() -> dict:
    return read_own_yaml(forms_dir() / "import_notes.yaml")  # type: ignore[return-value]


@cache
def _channels() -> dict:
    return read_own_yaml(forms_dir() / "labels.yaml")["channels"]  # type: ignore[index]


def fact_name_ja(field: str) -> str:
    """A record field ("fees.amount_yen") by its Japanese name, else its part's ("fees")."""
    names = _words()["facts"]
    return names.get(field) or names.get(field.split(".")[0]) or "この項目"


def note(key: str, *, quote: list[str], ja: dict[str, str] | None = None, **en: str) -> dict:
    """A record's note: `text` in English with `en`'s fields, `text_ja` with `ja`'s."""
    said = _words()[key]
    return {"text": said["en"].format(**en), "text_ja": said["ja"].format(**(ja or {})),
            "quote": quote}


def refused_note(ways: list[str], quote: list[str]) -> dict:
    """The ways the policy refuses, named as labels.yaml names them."""
    labels = _channels()
    return note("refused", quote=quote, ways=", ".join(ways),
                ja={"ways": "、".join(labels.get(w, {}).get("ja", w) for w in ways)})
