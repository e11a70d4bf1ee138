"""The company directory: load YAML records, validate them, and find companies by any name.

Records come from the installed ``resources/companies`` folder, then from the user's data folder,
then from any ``--data-dir``; a later record with the same id replaces an earlier one, so support
staff keep their own additions without touching the installed files. A broken record is reported
(file, line, field, fix) and skipped; the others still load.
"""
from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import yaml
from pydantic import ValidationError

from .model import Company
from .yaml_errors import Problem, RecordError, line_of, read_yaml_mapping, validation_problems
from .paths import COMPANIES_DIR, user_companies_dir

MAX_RECORD_BYTES = 1_000_000  # a company record is a few kB; refuse anything absurd before parsing


def normalise(text: str) -> str:
    """Fold case and full-/half-width forms so 'ｄｏｄａ', 'DODA' and 'doda' match."""
    return unicodedata.normalize("NFKC", text).casefold()


def parse_record(path: Path) -> Company:
    """Read and validate one record file, or raise RecordError listing what to fix."""
    text, data = read_yaml_mapping(path, MAX_RECORD_BYTES, "start from a copy of an existing record")
    try:
        company = Company.model_validate(data)
    except ValidationError as exc:
        raise RecordError(validation_problems(path, text, data, exc)) from exc
    if company.id != path.stem:
        raise RecordError([Problem(path, f"id '{company.id}' differs from the file name; rename "
                                         f"the file to {company.id}.yaml or change the id",
                                   line_of(yaml.compose(text, Loader=yaml.SafeLoader), ("id",)), "id")])
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
