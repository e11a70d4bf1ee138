"""The company directory: load YAML records, validate them, and find companies by any name.

Records come from the installed ``resources/companies`` folder, then from the user's data folder,
then from any ``--data-dir``; a later record with the same id replaces an earlier one, so support
staff keep their own additions without touching the installed files. A broken record is reported
(file, line, field, fix) and skipped; the others still load.

Speed: a record is read and validated once; what search needs (id and names) is kept in a cache
keyed by the file's content (records_cache.py), and the full record is parsed on first use. So a
directory of 10,000 records loads from the cache without parsing YAML or importing pydantic, and
the wizard's first page appears without either.
"""
from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple

try:  # the blake2 module alone; hashlib would load OpenSSL, which start-up need not pay for
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - other Python builds
    from hashlib import blake2b

from .paths import COMPANIES_DIR, user_companies_dir
from .yaml_errors import Problem, RecordError, read_bytes_limited

if TYPE_CHECKING:
    from .model import Company

MAX_RECORD_BYTES = 1_000_000  # a company record is a few kB; refuse anything absurd before parsing


def normalise(text: str) -> str:
    """Fold case and full-/half-width forms so 'ｄｏｄａ', 'DODA' and 'doda' match."""
    return unicodedata.normalize("NFKC", text).casefold()


def parse_record(path: Path, raw: bytes | None = None) -> "Company":
    """Read and validate one record file, or raise RecordError listing what to fix."""
    import yaml
    from pydantic import ValidationError

    from .model import Company
    from .yaml_errors import line_of, read_yaml_mapping, validation_problems

    text, data = read_yaml_mapping(path, MAX_RECORD_BYTES, "start from a copy of an existing record", raw)
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
    """Everything named like a record in a folder, in a stable order. Not only regular files: a
    folder, pipe, device or broken link named *.yaml is then reported when read, not skipped."""
    try:
        return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))
    except OSError:
        return []


class Entry(NamedTuple):
    """What the list and the search need of a company, without parsing its whole record."""

    id: str
    name: str
    name_ja: str | None
    aliases: tuple[str, ...]
    path: Path
    digest: str

    def names(self) -> Iterator[str]:
        """Every name a person might search by: id, English and Japanese names, aliases."""
        yield self.id
        yield self.name
        if self.name_ja:
            yield self.name_ja
        yield from self.aliases


def entry_of(company: "Company", path: Path, digest: str) -> Entry:
    return Entry(company.id, company.name, company.name_ja, tuple(company.aliases), path, digest)


class UnknownCompany(KeyError):
    """A company id that is not in the directory."""

    def __str__(self) -> str:
        return str(self.args[0])


class Directory:
    """All company records that loaded, and the problems of those that did not."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.problems: list[Problem] = []
        # Company id → the record file a later folder's record replaced (the first one replaced:
        # the installed record, where there is one), so the person can be told whose record it is.
        self.overrides: dict[str, Path] = {}
        self._parsed: dict[str, "Company"] = {}
        self._index: list[tuple[str, str, str]] | None = None

    def __repr__(self) -> str:
        return f"Directory({len(self.entries)} companies, {len(self.problems)} problems)"

    def __iter__(self) -> Iterator["Company"]:
        return (self.get(company_id) for company_id in list(self.entries))

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, company_id: object) -> bool:
        return company_id in self.entries

    @property
    def sources(self) -> dict[str, Path]:
        return {company_id: entry.path for company_id, entry in self.entries.items()}

    def get(self, company_id: str) -> "Company":
        """The full record of a company; UnknownCompany names the ids there are."""
        if company_id in self._parsed:
            return self._parsed[company_id]
        entry = self.entries.get(company_id)
        if entry is None:
            known = ", ".join(sorted(self.entries)) or "(none loaded)"
            raise UnknownCompany(f"no company with id '{company_id}'. Known ids: {known}")
        company = parse_record(entry.path)
        self._parsed[company_id] = company
        return company

    def add(self, company: "Company", source: Path, digest: str = "") -> None:
        """Add or replace a parsed record (a later folder overrides an earlier one)."""
        self.entries[company.id] = entry_of(company, source, digest)
        self._parsed[company.id] = company
        self._index = None

    def add_entry(self, entry: Entry) -> None:
        """Add or replace a record known from the cache; it is parsed when first asked for."""
        self.entries[entry.id] = entry
        self._parsed.pop(entry.id, None)
        self._index = None

    def _search_index(self) -> list[tuple[str, str, str]]:
        # (sort key, id, "\n"-led names) once per change, sorted, so a query is one pass.
        if self._index is None:
            rows = [(normalise(e.name), e.id, "".join("\n" + normalise(n) for n in e.names()))
                    for e in self.entries.values()]
            self._index = sorted(rows)
        return self._index

    def search(self, query: str, limit: int | None = None) -> list[Entry]:
        """Companies any of whose names contain every word of the query; names that start with
        the first word come first, then alphabetical. At most `limit` results."""
        words = normalise(query).split()
        index = self._search_index()
        if not words:
            rows = index if limit is None else index[:limit]
            return [self.entries[company_id] for _, company_id, _ in rows]
        # One comprehension per word over a shrinking list: far cheaper than a loop per row.
        rows = [(company_id, names) for _key, company_id, names in index if words[0] in names]
        for word in words[1:]:
            rows = [row for row in rows if word in row[1]]
        starts = "\n" + words[0]
        found = [i for i, names in rows if starts in names] + [i for i, names in rows if starts not in names]
        return [self.entries[i] for i in (found if limit is None else found[:limit])]


def _digest(raw: bytes) -> str:
    return blake2b(raw, digest_size=16).hexdigest()


def load_folder(folder: Path, directory: Directory, cache: "RecordsCache | None" = None) -> None:
    """Load every record in one folder into the directory; duplicates in a folder are errors."""
    from .records_cache import RecordsCache

    cache = cache or RecordsCache.disabled()
    seen: dict[str, Path] = {}
    for path in record_files(folder):
        try:
            raw = read_bytes_limited(path, MAX_RECORD_BYTES)
        except RecordError as exc:
            directory.problems.extend(exc.problems)
            continue
        digest = _digest(raw)
        entry = cache.entry(digest, path)
        if entry is None:
            try:
                company = parse_record(path, raw)
            except RecordError as exc:
                directory.problems.extend(exc.problems)
                continue
            entry = entry_of(company, path, digest)
            cache.remember(entry)
        else:
            company = None
        if entry.id in seen:
            directory.problems.append(Problem(
                path, f"id '{entry.id}' is already used by {seen[entry.id].name}; "
                      "give each company its own id", field="id"))
            continue
        seen[entry.id] = path
        replaced = directory.entries.get(entry.id)
        if replaced is not None and replaced.path != path:
            directory.overrides.setdefault(entry.id, replaced.path)
        if company is not None:
            directory.add(company, path, digest)
        else:
            directory.add_entry(entry)


def override_notice(directory: Directory, company_id: str) -> str | None:
    """One sentence saying that this company's record replaces another one, or None."""
    replaced = directory.overrides.get(company_id)
    if replaced is None or company_id not in directory.entries:
        return None
    folder = directory.entries[company_id].path.parent
    which = ("the installed one" if replaced.parent.resolve() == COMPANIES_DIR.resolve()
             else f"the one in {replaced.parent}")
    return f"This company's record comes from YOUR folder {folder}, replacing {which}."


def default_folders(extra: Iterable[Path] = ()) -> list[Path]:
    """Installed records, then the user's own, then any the user names (later ones win)."""
    folders = [COMPANIES_DIR, user_companies_dir()]
    env = os.environ.get("DRA_DATA_DIR")
    if env:
        folders.append(Path(env))
    folders.extend(Path(p) for p in extra)
    return folders


def load_directory(folders: Iterable[Path] | None = None, use_cache: bool = True) -> Directory:
    """Load the directory from the given folders (default: installed + user + DRA_DATA_DIR)."""
    from .records_cache import RecordsCache

    directory = Directory()
    cache = RecordsCache.open() if use_cache else RecordsCache.disabled()
    for folder in (default_folders() if folders is None else folders):
        load_folder(Path(folder), directory, cache)
    cache.save()
    return directory


if TYPE_CHECKING:
    from .records_cache import RecordsCache
