"""A company record as plain text: every fact, each followed by the policy's own words."""
from __future__ import annotations

from datetime import date
from typing import Iterator

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
    return not isinstance(value, (BaseModel, dict)) and not (
        isinstance(value, tuple) and any(isinstance(v, (BaseModel, dict)) for v in value))


def _lines(node: object, indent: int) -> Iterator[str]:
    pad = "  " * indent
    if isinstance(node, BaseModel):
        fields = type(node).model_fields
        for name, info in fields.items():
            if name == "quote":
                continue
            value = getattr(node, name)
            if value is None or value == ():
                continue
            key = (info.alias or name).replace("_", " ")
            if _is_scalar(value):
                yield f"{pad}{key}: {_scalar(value)}"
            else:
                yield f"{pad}{key}:"
                yield from _lines(value, indent + 1)
        if isinstance(node, Fact):
            for text in node.quote:
                yield f"{pad}policy says: “{text}”"
    elif isinstance(node, dict):
        for key, value in node.items():
            yield f"{pad}{key}:"
            yield from _lines(value, indent + 1)
    elif isinstance(node, tuple):
        for item in node:
            first, *rest = list(_lines(item, indent + 1)) or [f"{pad}  {_scalar(item)}"]
            yield f"{pad}- {first.lstrip()}"
            yield from rest


def describe(company: Company) -> str:
    """Every fact of the record, with its quote under it, for `main.py show`."""
    return "\n".join(_lines(company, 0))
