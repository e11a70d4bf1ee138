"""Reading a YAML file a person wrote (a company record, a details file), safely: only a regular
file, never past its size limit; no aliases, no absurd nesting, no key written twice, no value
that cannot be built; every refusal a Problem with the file, the line and what to do."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, NamedTuple

from assistant.io.yaml_errors import Problem, RecordError, _format_path

if TYPE_CHECKING:  # imported where used, so the directory loads from its index without them
    import yaml


def read_bytes_limited(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, or RecordError if it is not a regular file, cannot be read or is larger
    than max_bytes (a pipe or a device is refused, never waited on or read without end)."""
    from assistant.io.safe_read import ReadError, read_regular_file

    try:
        return read_regular_file(path, max_bytes)
    except ReadError as exc:
        raise RecordError([Problem(path, str(exc))]) from None


class FileKind(NamedTuple):
    """What a YAML file is expected to be, to tell a file of that kind with mistakes in it from
    another file altogether (a symlink to /etc/shadow, a configuration file), whose content is
    then never quoted in a message."""

    name: str  # "a details file", as the messages say it
    keys: frozenset[str]  # the top-level keys a file of this kind may have
    fix: str  # how to start over, e.g. "start from examples/details.yaml"

    def stranger(self, root: "yaml.MappingNode") -> bool:
        """True if the file's top-level keys are mostly not this kind's (a file of this kind
        with a typo or two still is one)."""
        names = [getattr(key, "value", None) for key, _value in root.value]
        known = sum(name in self.keys for name in names)
        return known == 0 or len(names) - known > known


def read_yaml_mapping(path: Path, max_bytes: int, kind: FileKind,
                      raw: bytes | None = None) -> tuple[str, dict]:
    """The text and parsed mapping of a YAML file of this kind, or RecordError saying what is
    wrong with it; a file that is not of this kind is refused without a word of its content.
    `raw`: the bytes when the caller has already read them."""
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
        # Composed, checked for its kind and repeated keys, then built: what yaml.load does.
        root = loader.get_single_node()
        if isinstance(root, yaml.MappingNode) and kind.stranger(root):
            raise RecordError([Problem(path, f"this is not {kind.name} (its keys are not those of "
                                             f"one); name the right file, or {kind.fix}")])
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
        raise RecordError([Problem(path, f"YAML syntax error: {_reason(exc)}; check indentation, "
                                         "colons and quotes", mark.line + 1 if mark else None)]) from exc
    except (ValueError, OverflowError):  # any other value PyYAML cannot build
        raise RecordError([Problem(path, "a value cannot be read; check the values written as "
                                         "dates and numbers")]) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise RecordError([Problem(path, f"the file is empty or not a set of 'key: value' lines; {kind.fix}")])
    return text, data


def _reason(error: "yaml.YAMLError") -> str:
    """The parser's reason, without the text it quotes (the file may not be what it should):
    a token's kind ('<block end>') or a character ('\\t') stays, any longer quote goes."""
    reason = getattr(error, "problem", None) or "the file cannot be parsed"
    return re.sub(r"'(?!<[a-z ]+>')[^']{7,}'|\"[^\"]{7,}\"", "'…'", reason)


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
                        path, f"'{key.value[:40]}' is written twice here ({lines}); keep one of them",
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
