"""The company directory: load YAML records, validate them, and find companies by any name.

Records come from the installed ``resources/companies`` folder, then from the user's data folder,
then from any ``--data-dir``; a later record with the same id replaces an earlier one, so support
staff keep their own additions without touching the installed files. A broken record is reported
(file, line, field, fix) and skipped; the others still load.
"""
from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import yaml
from pydantic import ValidationError

from .model import Company
from .paths import COMPANIES_DIR, user_companies_dir

# The C loader is several times faster; fall back to the pure-Python one where it is missing.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_RECORD_BYTES = 1_000_000  # a company record is a few kB; refuse anything absurd before parsing


@dataclass(frozen=True)
class Problem:
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


def normalise(text: str) -> str:
    """Fold case and full-/half-width forms so 'ｄｏｄａ', 'DODA' and 'doda' match."""
    return unicodedata.normalize("NFKC", text).casefold()


_HINTS = {
    "extra_forbidden": "this key is not part of a company record; check its spelling "
                       "(see docs/company-records.md for the keys)",
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


def _line_of(root: yaml.Node | None, keys: tuple, at_key: bool = False) -> int | None:
    """The 1-based line of the deepest YAML node along a path of keys and indexes.

    With at_key, the line of the last key itself (an unknown key), not of its value."""
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


def _validation_problems(path: Path, text: str, data: dict, error: ValidationError) -> list[Problem]:
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
        problems.append(Problem(path, message, _line_of(root, keys, at_key), _format_path(keys)))
    return problems


def parse_record(path: Path) -> Company:
    """Read and validate one record file, or raise RecordError listing what to fix."""
    try:
        size = path.stat().st_size
        if size > MAX_RECORD_BYTES:
            raise RecordError([Problem(path, f"file is {size:,} bytes; a company record is a few "
                                             "kB. Is this the right file?")])
        raw = path.read_bytes()
    except OSError as exc:
        raise RecordError([Problem(path, f"cannot read the file: {exc.strerror or exc}")]) from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise RecordError([Problem(path, "the file is not UTF-8 text; save it as UTF-8", line)]) from exc
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        reason = getattr(exc, "problem", None) or str(exc)
        raise RecordError([Problem(path, f"YAML syntax error: {reason}; check indentation, "
                                         "colons and quotes", mark.line + 1 if mark else None)]) from exc
    if not isinstance(data, dict):
        raise RecordError([Problem(path, "the file is empty or not a set of 'key: value' lines; "
                                         "start from a copy of an existing record")])
    try:
        company = Company.model_validate(data)
    except ValidationError as exc:
        raise RecordError(_validation_problems(path, text, data, exc)) from exc
    if company.id != path.stem:
        raise RecordError([Problem(path, f"id '{company.id}' differs from the file name; rename "
                                         f"the file to {company.id}.yaml or change the id",
                                   _line_of(yaml.compose(text, Loader=yaml.SafeLoader), ("id",)), "id")])
    return company


def record_files(folder: Path) -> list[Path]:
    """The record files in a folder, in a stable order."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


@dataclass
class Directory:
    """All company records that loaded, and the problems of those that did not."""

    companies: dict[str, Company] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    sources: dict[str, Path] = field(default_factory=dict)
    _index: list[tuple[str, str]] = field(default_factory=list, repr=False)

    def __iter__(self) -> Iterator[Company]:
        return iter(self.companies.values())

    def __len__(self) -> int:
        return len(self.companies)

    def get(self, company_id: str) -> Company:
        """The company with this id; KeyError names the ids there are."""
        try:
            return self.companies[company_id]
        except KeyError:
            known = ", ".join(sorted(self.companies)) or "(none loaded)"
            raise UnknownCompany(f"no company with id '{company_id}'. Known ids: {known}") from None

    def search(self, query: str) -> list[Company]:
        """Companies any of whose names contain every word of the query, best match first."""
        words = normalise(query).split()
        if not words:
            return sorted(self, key=lambda c: normalise(c.name))
        hits: dict[str, int] = {}
        for company_id, haystack in self._index:
            if all(word in haystack for word in words):
                score = 0 if any(name.startswith(words[0]) for name in haystack.split("\n")) else 1
                hits[company_id] = min(score, hits.get(company_id, 1))
        return sorted((self.companies[i] for i in hits),
                      key=lambda c: (hits[c.id], normalise(c.name)))

    def add(self, company: Company, source: Path) -> None:
        """Add or replace a record (a later folder overrides an earlier one)."""
        self.companies[company.id] = company
        self.sources[company.id] = source
        self._index = [(i, "\n".join(normalise(n) for n in c.names()))
                       for i, c in self.companies.items()]


class UnknownCompany(KeyError):
    """A company id that is not in the directory."""

    def __str__(self) -> str:
        return str(self.args[0])


def load_folder(folder: Path, directory: Directory) -> None:
    """Load every record in one folder into the directory; duplicates in a folder are errors."""
    seen: dict[str, Path] = {}
    for path in record_files(folder):
        try:
            company = parse_record(path)
        except RecordError as exc:
            directory.problems.extend(exc.problems)
            continue
        if company.id in seen:
            directory.problems.append(Problem(
                path, f"id '{company.id}' is already used by {seen[company.id].name}; "
                      "give each company its own id", field="id"))
            continue
        seen[company.id] = path
        directory.add(company, path)


def default_folders(extra: Iterable[Path] = ()) -> list[Path]:
    """Installed records, then the user's own, then any the user names (later ones win)."""
    folders = [COMPANIES_DIR, user_companies_dir()]
    env = os.environ.get("DRA_DATA_DIR")
    if env:
        folders.append(Path(env))
    folders.extend(Path(p) for p in extra)
    return folders


def load_directory(folders: Iterable[Path] | None = None) -> Directory:
    """Load the directory from the given folders (default: installed + user + DRA_DATA_DIR)."""
    directory = Directory()
    for folder in (default_folders() if folders is None else folders):
        load_folder(Path(folder), directory)
    return directory
