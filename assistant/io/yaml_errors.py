"""Problems in YAML files, worded for the person who edits them: file, line, field, and the fix.

Shared by the company directory and the details file; turns pydantic's errors into lines like
`porters.yaml:21: send_to.postal_code: must look like 123-4567`.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # imported where used, so the directory loads from its cache without them
    import yaml
    from pydantic import ValidationError


class Problem(NamedTuple):
    """One thing wrong with one record file, worded for the person who edits it."""

    file: Path
    message: str
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = f"{self.file}" + (f":{self.line}" if self.line else "")
        what = f" {self.field}:" if self.field else ""
        return f"{where}:{what} {self.message}"


class RecordError(Exception):
    """A record file that cannot be used; carries every problem found in it."""

    def __init__(self, problems: list[Problem]):
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


_HINTS = {
    "extra_forbidden": "this key is not expected here; check its spelling",
    "missing": "this key is required; write the fact, or 'unknown' if the policy does not say",
    "literal_error": "use one of the listed values",
    "string_type": "write it as text",
}


# What to type, for the checks a person meets most, instead of pydantic's own sentences.
_DATE = "write a date as YYYY-MM-DD, e.g. 1985-04-12"
# The right form but a day the calendar lacks (2000-02-30, month 13): say that, not the form again.
_NO_SUCH_DAY = "there is no such date; check the month and the day"
_PLAIN = {
    "date_parsing": _DATE, "date_from_datetime_parsing": _DATE, "date_from_datetime_inexact": _DATE,
    "date_type": _DATE, "datetime_parsing": _DATE, "datetime_type": _DATE,
    "int_parsing": "write a whole number (an integer), e.g. 500",
    "int_type": "write a whole number (an integer), e.g. 500",
    "int_from_float": "write a whole number (an integer), e.g. 500",
    "int_parsing_size": "this number is far too large; is this the right number?",
    "bool_parsing": "write yes or no", "bool_type": "write yes or no",
    "string_type": "write it as text",
    "list_type": "write a list (one '- item' per line, or [a, b])",
    "tuple_type": "write a list (one '- item' per line, or [a, b])",
    "dict_type": "write 'key: value' lines under it",
}


def plain_message(error: dict, language: str = "en") -> str:
    """One pydantic error in words that say what to type (no "Input should be a valid …"), in
    this language where forms/errors.yaml has it."""
    from assistant.io.error_wording import translated, translated_message

    kind = error.get("type", "")
    context = error.get("ctx") or {}
    if kind.startswith("value_error"):  # a message with a value in it ({ground}) matches too
        return translated_message(error.get("msg", "").removeprefix("Value error, "), language)
    if _PLAIN.get(kind) == _DATE and "outside expected range" in str(context.get("error", "")):
        return translated(_NO_SUCH_DAY, language)
    if kind in _PLAIN:
        return translated(_PLAIN[kind], language)
    if kind == "string_too_long":
        return translated("at most {max_length} characters; shorten it", language,
                          max_length=context.get("max_length"))
    if kind in ("string_too_short", "too_short"):
        return translated("write at least one" if kind == "too_short" else "write something here",
                          language)
    if kind == "literal_error":
        return translated("use one of: {expected}", language,
                          expected=context.get("expected", "the listed values"))
    if kind in ("greater_than", "greater_than_equal"):
        above = context.get("gt")  # "more than 0" for a whole number reads "at least 1"
        return translated("must be at least {minimum}", language,
                          minimum=above + 1 if isinstance(above, int) else context.get("ge", above))
    if kind in ("less_than", "less_than_equal"):
        return translated("must be at most {maximum}; is this the right number?", language,
                          maximum=f"{context.get('le', context.get('lt')):,}")
    if kind == "missing":
        return translated("required", language)
    return translated(error.get("msg", "invalid value"), language)


def _hint(error: dict) -> str:
    kind = error.get("type", "")
    if kind == "missing":
        return "Field required; " + _HINTS["missing"]  # record files: say what to write
    message = plain_message(error)
    extra = _HINTS.get(kind)
    return f"{message}; {extra}" if extra and extra not in message else message


def line_of(root: "yaml.Node | None", keys: tuple, at_key: bool = False) -> int | None:
    """The 1-based line of the deepest YAML node along a path of keys and indexes.

    With at_key, the line of the last key itself (an unknown key), not of its value."""
    import yaml

    node, line = root, None
    for index, part in enumerate(keys):
        if node is None:
            break
        line = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if getattr(k, "value", None) == str(part)), None)
            if pair is None:
                return line
            if at_key and index == len(keys) - 1:
                return pair[0].start_mark.line + 1
            node = pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            return line
    return node.start_mark.line + 1 if node is not None else line


def _written_path(data: object, loc: tuple) -> tuple:
    """The error location as the keys a person wrote, without pydantic's union-branch names."""
    keys: list = []
    node = data
    for index, part in enumerate(loc):
        last = index == len(loc) - 1
        if isinstance(node, dict) and part in node:
            keys.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int):
            keys.append(part)
            node = node[part] if part < len(node) else None
        elif last and isinstance(node, dict) and isinstance(part, str) \
                and re.match(r"^[a-z_][a-z0-9_-]*$", part):
            keys.append(part)  # a missing key of a mapping: name it (else a union branch's name)
    return tuple(keys)


def _value_at(data: object, keys: tuple) -> object:
    for key in keys:
        try:
            data = data[key]  # type: ignore[index]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _format_path(keys: tuple) -> str:
    text = "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in keys)
    return text.lstrip(".") or "(record)"


def _is_unknown_branch(item: dict) -> bool:
    return item.get("type") == "literal_error" and "'unknown'" in item.get("msg", "")


def validation_problems(path: Path, text: str, data: dict, error: "ValidationError") -> list[Problem]:
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        root = None
    items = [(item, _written_path(data, tuple(item["loc"]))) for item in error.errors()]
    problems: list[Problem] = []
    seen: set[tuple] = set()
    for item, keys in items:
        # A value that may also be 'unknown' fails both branches; the other branch says more.
        deeper = any(other is not item and k[: len(keys)] == keys for other, k in items)
        if deeper and (_is_unknown_branch(item) or item.get("type") == "too_short"):
            continue
        # A list where one value or a list may stand (form.get_it) fails the one-value branch
        # too; the error on the list's item says which item is wrong.
        if deeper and item.get("type") == "literal_error" and isinstance(_value_at(data, keys), list):
            continue
        message = _hint(item)
        if any(_is_unknown_branch(other) and k == keys for other, k in items if other is not item):
            message += "; or write 'unknown' if the policy does not say"
        if (keys, message) in seen:
            continue
        seen.add((keys, message))
        at_key = item.get("type") == "extra_forbidden"
        problems.append(Problem(path, message, line_of(root, keys, at_key), _format_path(keys)))
    return problems
