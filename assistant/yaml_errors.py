"""Problems in YAML files, worded for the person who edits them: file, line, field, and the fix.

Shared by the company directory and the details file; turns pydantic's errors into lines like
`porters.yaml:21: send_to.postal_code: must look like 123-4567`.
"""
from __future__ import annotations

import re
from pathlib import Path
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator, NamedTuple

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


def _hint(error: dict) -> str:
    kind = error.get("type", "")
    message = error.get("msg", "invalid value")
    if kind.startswith("value_error"):
        return message.removeprefix("Value error, ")
    message = message.replace("a valid tuple", "a list (one '- item' per line, or [a, b])")
    message = message.replace("Tuple should", "The list should")
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
        elif last and isinstance(part, str) and re.match(r"^[a-z_][a-z0-9_-]*$", part):
            keys.append(part)  # a missing key: name it
    return tuple(keys)


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
        message = _hint(item)
        if any(_is_unknown_branch(other) and k == keys for other, k in items if other is not item):
            message += "; or write 'unknown' if the policy does not say"
        if (keys, message) in seen:
            continue
        seen.add((keys, message))
        at_key = item.get("type") == "extra_forbidden"
        problems.append(Problem(path, message, line_of(root, keys, at_key), _format_path(keys)))
    return problems


def read_bytes_limited(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, or RecordError if it is not a regular file, cannot be read or is larger
    than max_bytes (a pipe or a device is refused, never waited on or read without end)."""
    from .safe_read import ReadError, read_regular_file

    try:
        return read_regular_file(path, max_bytes)
    except ReadError as exc:
        raise RecordError([Problem(path, str(exc))]) from None


def read_yaml_mapping(path: Path, max_bytes: int, fix: str, raw: bytes | None = None) -> tuple[str, dict]:
    """The text and parsed mapping of a YAML file, or RecordError saying what is wrong with it.

    `fix` tells the person how to start over when the file is empty or not a mapping; `raw`, the
    bytes when the caller has already read them."""
    import yaml

    if raw is None:
        raw = read_bytes_limited(path, max_bytes)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise RecordError([Problem(path, "the file is not UTF-8 text; save it as UTF-8", line)]) from exc
    loader_class = _checked_loader()
    unsafe = _unsafe_structure(text, loader_class)
    if unsafe:
        raise RecordError([Problem(path, unsafe)])
    loader = loader_class(text)
    root = None
    try:
        # Composed, checked for repeated keys, then built: the same work yaml.load does.
        root = loader.get_single_node()
        repeated = _repeated_keys(path, root)
        if repeated:
            raise RecordError(repeated)
        data = loader.construct_document(root) if root is not None else None
    except RecursionError:
        raise RecordError([Problem(path, "the file is nested too deeply to be a record; check "
                                         "its brackets and indentation")]) from None
    except _BadValue as exc:
        keys = _keys_to(root, exc.node) or ()
        raise RecordError([Problem(path, exc.message, exc.node.start_mark.line + 1,
                                   _format_path(keys) if keys else None)]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        reason = getattr(exc, "problem", None) or str(exc)
        raise RecordError([Problem(path, f"YAML syntax error: {reason}; check indentation, "
                                         "colons and quotes", mark.line + 1 if mark else None)]) from exc
    except (ValueError, OverflowError) as exc:  # any other value PyYAML cannot build
        raise RecordError([Problem(path, f"a value cannot be read ({exc}); check the values "
                                         "written as dates and numbers")]) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise RecordError([Problem(path, f"the file is empty or not a set of 'key: value' lines; {fix}")])
    return text, data


MAX_NUMBER_CHARS = 30  # amounts and day counts; longer numbers are mistakes, and slow to build


class _BadValue(Exception):
    """A scalar YAML reads as a date or a number but that cannot be one; node says where."""

    def __init__(self, node: "yaml.Node", message: str):
        super().__init__(message)
        self.node = node
        self.message = message


@lru_cache(maxsize=1)
def _checked_loader() -> type:
    """The safe loader (the C one where present: several times faster) with dates and numbers
    that fail as a _BadValue naming the value, instead of a bare ValueError without a line."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    constructor = yaml.constructor.SafeConstructor

    def timestamp(loader, node):
        try:
            return constructor.construct_yaml_timestamp(loader, node)
        except (ValueError, OverflowError):
            raise _BadValue(node, f"'{node.value}' is not a real date; write a date that exists, "
                                  "as YYYY-MM-DD") from None

    def number(build):
        def checked(loader, node):
            if len(node.value) > MAX_NUMBER_CHARS:
                raise _BadValue(node, f"this number is {len(node.value):,} characters long; at "
                                      f"most {MAX_NUMBER_CHARS} are expected (put it in quotes "
                                      "if it is meant as text)")
            try:
                return build(loader, node)
            except (ValueError, OverflowError):
                raise _BadValue(node, f"'{node.value[:40]}' cannot be read as a number") from None
        return checked

    class CheckedLoader(base):  # type: ignore[misc, valid-type]
        pass

    CheckedLoader.add_constructor("tag:yaml.org,2002:timestamp", timestamp)
    CheckedLoader.add_constructor("tag:yaml.org,2002:int", number(constructor.construct_yaml_int))
    CheckedLoader.add_constructor("tag:yaml.org,2002:float", number(constructor.construct_yaml_float))
    return CheckedLoader


def _children(node: "yaml.Node") -> Iterator[tuple[object, "yaml.Node"]]:
    """(key or index, child) pairs of a node; a mapping's key nodes are children too."""
    import yaml

    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else "?"
            yield name, key
            yield name, value
    elif isinstance(node, yaml.SequenceNode):
        yield from enumerate(node.value)


def _keys_to(root: "yaml.Node | None", target: "yaml.Node") -> tuple | None:
    """The keys and indexes that lead from the root to a node, or None if it is not there."""
    stack: list[tuple["yaml.Node", tuple]] = [(root, ())] if root is not None else []
    while stack:
        node, keys = stack.pop()
        if node is target:
            return keys
        stack.extend((child, keys + (part,)) for part, child in _children(node))
    return None


def _repeated_keys(path: Path, root: "yaml.Node | None") -> list[Problem]:
    """A key written twice in one mapping, which YAML would silently resolve to the last one."""
    import yaml

    problems: list[Problem] = []
    stack: list[tuple["yaml.Node", tuple]] = [(root, ())] if root is not None else []
    while stack:
        node, keys = stack.pop()
        if isinstance(node, yaml.MappingNode):
            first: dict[tuple[str, str], int] = {}
            for key, _value in node.value:
                if not isinstance(key, yaml.ScalarNode) or key.tag == "tag:yaml.org,2002:merge":
                    continue
                line = key.start_mark.line + 1
                earlier = first.get((key.tag, key.value))
                if earlier is None:
                    first[(key.tag, key.value)] = line
                else:
                    lines = f"lines {earlier} and {line}" if earlier != line else f"line {line}"
                    problems.append(Problem(
                        path, f"'{key.value}' is written twice here ({lines}); keep one of them",
                        line, _format_path(keys + (key.value,))))
        stack.extend((child, keys + (part,)) for part, child in _children(node)
                     if not isinstance(child, yaml.ScalarNode))
    return sorted(problems, key=lambda p: p.line or 0)


MAX_DEPTH = 40  # a record nests a few levels; thousands would crash the C composer's stack


def _unsafe_structure(text: str, loader) -> str | None:
    """Why the YAML must not be built, or None. Checked on the parser's event stream, before any
    value exists: aliases let a small file expand into billions of values ("billion laughs"),
    and very deep nesting overflows the stack of the C composer. Records need neither."""
    import yaml

    depth = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.AliasEvent):
                return "the file uses YAML aliases (*name); write each value out in full instead"
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    return (f"the file is nested more than {MAX_DEPTH} levels deep; check its "
                            "brackets and indentation")
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return None  # the syntax error is reported, with its line, by the load that follows
    return None
