"""A company record as plain text: every fact, each followed by the policy's own words."""
from __future__ import annotations

from datetime import date
from typing import Callable, Iterator

from pydantic import BaseModel

from assistant.records.model import Company, Fact


def _scalar(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple):
        return ", ".join(_scalar(v) for v in value)
    return str(value)


def _is_scalar(value: object) -> bool:
    # a tuple of records, or of tuples of them (the sets of a choice of documents), is not
    if isinstance(value, tuple):
        return all(_is_scalar(v) for v in value)
    return not isinstance(value, (BaseModel, dict))


Say = Callable[[str], str]


def _same(text: str) -> str:
    return text


def _lines(node: object, indent: int, key_words: Say = _same, value_words: Say = _same) -> Iterator[str]:
    pad = "  " * indent
    if isinstance(node, BaseModel):
        fields = type(node).model_fields
        for name, info in fields.items():
            if name == "quote":
                continue
            value = getattr(node, name)
            if value is None or value == () or (name == "count" and value == 1):
                continue  # (a group's count of one is what "one of" says)
            key = key_words((info.alias or name).replace("_", " "))
            if _is_scalar(value):
                yield f"{pad}{key}: {value_words(_scalar(value))}"
            else:
                yield f"{pad}{key}:"
                yield from _lines(value, indent + 1, key_words, value_words)
        if isinstance(node, Fact):
            for text in node.quote:
                yield f"{pad}{key_words('policy says')}: “{text}”"
    elif isinstance(node, dict):
        for key, value in node.items():  # request kinds: named as their values are
            yield f"{pad}{value_words(str(key))}:"
            yield from _lines(value, indent + 1, key_words, value_words)
    elif isinstance(node, tuple):
        for item in node:
            first, *rest = list(_lines(item, indent + 1, key_words, value_words)) or [f"{pad}  {_scalar(item)}"]
            yield f"{pad}- {first.lstrip()}"
            yield from rest


def describe(company: Company, key_words: Say = _same, value_words: Say = _same) -> str:
    """Every fact of the record, with its quote under it, for `main.py show`; key_words and
    value_words may name the record's keys and its plain values (unknown, yes) in the reader's
    language (the policy's words and the record's own values stay as they are)."""
    return "\n".join(_lines(company, 0, key_words, value_words))
