"""The directory itself: the records that loaded, found by id or by any of their names.

Listing and search read the index (directory_index.py); a record is parsed and validated the first
time it is asked for, and the most recently used ones are kept. Loading is in directory.py.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple

from assistant.records.index import DirectoryIndex, Names, Row, normalise
from assistant.io.yaml_errors import Problem, RecordError

if TYPE_CHECKING:
    from assistant.io.yaml_read import FileKind
    from assistant.records.model import Company

MAX_RECORD_BYTES = 1_000_000  # a company record is a few kB; refuse anything absurd before parsing
PARSED_KEPT = 256  # full records kept in memory once parsed (the most recently used)


def parse_record(path: Path, raw: bytes | None = None, stamp: str | None = None) -> "Company":
    """Read and validate one record file, or raise RecordError listing what to fix.

    The parsed data is kept until the file changes (parsed_cache.py). raw and stamp: the file's
    bytes and its stamp, taken before they were read (the index has both); without them the
    file is read here. A record is validated every time, and anything wrong is found again
    from the YAML itself, so the problems name their lines."""
    from assistant.io import parsed_cache  # here: the first page's start-up reads no record

    if raw is None:
        stamp = parsed_cache.source_stamp(path)
        kept = _kept_record(path, stamp)
        if kept is not None:
            return kept
    company, data = _parse_record_yaml(path, raw)
    parsed_cache.keep(path, stamp, data)
    return company


def _kept_record(path: Path, stamp: str | None) -> "Company | None":
    """The record from the data parsed before, if the file is unchanged and it still passes."""
    from pydantic import ValidationError

    from assistant.io import parsed_cache
    from assistant.records.model import Company

    found, data = parsed_cache.load(path, stamp)
    if not found:
        return None
    try:
        company = Company.model_validate(data)
    except ValidationError:  # e.g. a newer program checks more: say where, from the file
        return None
    return company if company.id == path.stem else None


def _parse_record_yaml(path: Path, raw: bytes | None) -> tuple["Company", object]:
    import yaml
    from pydantic import ValidationError

    from assistant.records.model import Company
    from assistant.io.yaml_errors import line_of, validation_problems
    from assistant.io.yaml_read import read_yaml_mapping

    text, data = read_yaml_mapping(path, MAX_RECORD_BYTES, _record_kind(), raw)
    try:
        company = Company.model_validate(data)
    except ValidationError as exc:
        raise RecordError(validation_problems(path, text, data, exc)) from exc
    if company.id != path.stem:
        raise RecordError([Problem(path, f"id '{company.id}' differs from the file name; rename "
                                         f"the file to {company.id}.yaml or change the id",
                                   line_of(yaml.compose(text, Loader=yaml.SafeLoader), ("id",)), "id")])
    return company, data


def _record_kind() -> "FileKind":
    from assistant.io.yaml_read import FileKind
    from assistant.records.model import Company

    keys = {name for name in Company.model_fields} | {
        field.alias for field in Company.model_fields.values() if field.alias}
    return FileKind("a company record", frozenset(keys), "start from a copy of an existing record")


class Entry(NamedTuple):
    """What the list and the search need of a company, without parsing its whole record."""

    id: str
    name: str
    name_ja: str | None
    aliases: tuple[str, ...]
    path: Path

    def names(self) -> Iterator[str]:
        """Every name a person might search by: id, English and Japanese names, aliases."""
        return Names(self.id, self.name, self.name_ja, self.aliases).all()


def _entry(row: Row) -> Entry:
    return Entry(*row.names, row.path)


class UnknownCompany(KeyError):
    """A company id that is not in the directory."""

    def __str__(self) -> str:
        return str(self.args[0])


class _Entries(Mapping):
    """id → Entry, read from the index when asked: a directory of 100,000 companies holds none."""

    def __init__(self, index: DirectoryIndex):
        self._index = index

    def __getitem__(self, company_id: str) -> Entry:
        row = self._index.find(company_id) if isinstance(company_id, str) else None
        if row is None:
            raise KeyError(company_id)
        return _entry(row)

    def __iter__(self) -> Iterator[str]:
        return iter(self._index.ids())

    def __len__(self) -> int:
        return self._index.count()


class _Sources(_Entries):
    """id → the file a company's record comes from."""

    def __getitem__(self, company_id: str) -> Path:  # type: ignore[override]
        return super().__getitem__(company_id).path


class Directory:
    """All company records that loaded, and the problems of those that did not.

    The records themselves stay on disk, listed in the index; `get` parses one when asked."""

    def __init__(self, index: DirectoryIndex | None = None) -> None:
        self.index = index if index is not None else DirectoryIndex.in_memory()
        self.problems: list[Problem] = []
        # Company id → the record file a later folder's record replaced (the first one replaced:
        # the installed record, where there is one), so the person can be told whose record it is.
        self.overrides: dict[str, Path] = {}
        self._parsed: OrderedDict[str, "Company"] = OrderedDict()

    def __repr__(self) -> str:
        return f"Directory({len(self)} companies, {len(self.problems)} problems)"

    def __iter__(self) -> Iterator["Company"]:
        return (self.get(company_id) for company_id in self.index.ids())

    def __len__(self) -> int:
        return self.index.count()

    def __contains__(self, company_id: object) -> bool:
        return isinstance(company_id, str) and self.index.find(company_id) is not None

    @property
    def entries(self) -> Mapping[str, Entry]:
        return _Entries(self.index)

    @property
    def sources(self) -> Mapping[str, Path]:
        return _Sources(self.index)

    def get(self, company_id: str) -> "Company":
        """The full record of a company; UnknownCompany names ids there are, RecordError says
        what is wrong with a record that was listed but does not validate."""
        company = self._parsed.get(company_id)
        if company is not None:
            self._parsed.move_to_end(company_id)
            return company
        row = self.index.find(company_id) if isinstance(company_id, str) else None
        if row is None:
            raise UnknownCompany(self._unknown(company_id))
        company = parse_record(row.path)
        self._remember(company)
        return company

    def _unknown(self, company_id: object) -> str:
        count = len(self)
        if count == 0:
            return f"no company with id '{company_id}'. Known ids: (none loaded)"
        close = self.search(str(company_id), limit=10) or self.search("", limit=10)
        known = ", ".join(sorted(e.id for e in close))
        more = f" and {count - len(close):,} more (see 'companies')" if count > len(close) else ""
        return f"no company with id '{company_id}'. Known ids: {known}{more}"

    def _remember(self, company: "Company") -> None:
        self._parsed[company.id] = company
        self._parsed.move_to_end(company.id)
        while len(self._parsed) > PARSED_KEPT:
            self._parsed.popitem(last=False)

    def take(self, other: "Directory") -> None:
        """Become `other` (a newer load of the same folders), closing this one's index: whoever
        holds this directory sees the new one."""
        old, self.index = self.index, other.index
        self.problems, self.overrides = other.problems, other.overrides
        self._parsed = other._parsed
        old.close()

    def add(self, company: "Company", source: Path) -> None:
        """Add or replace a parsed record."""
        self._add(Names(company.id, company.name, company.name_ja, tuple(company.aliases)), source)
        self._remember(company)

    def add_entry(self, entry: Entry) -> None:
        """Add or replace a record by its names; it is parsed when first asked for."""
        self._add(Names(entry.id, entry.name, entry.name_ja, entry.aliases), entry.path)
        self._parsed.pop(entry.id, None)

    def _add(self, names: Names, source: Path) -> None:
        source = Path(source)
        whole_folder = self.index.is_loaded(source.parent)
        folder_key = self.index.add_folder(source.parent)
        self.index.write(folder_key, (), [(source.name, "", names)])  # no stamp: checked next load
        row_id = self.index.row_id(folder_key, source.name)
        self.index.hide(i for i in self.index.visible_row_ids(names.id) if i != row_id)
        if not whole_folder:  # this one record, not whatever else the index knows of its folder
            self.index.hide(self.index.other_rows(folder_key, source.name))
        self._parsed.pop(names.id, None)

    def readings(self, names: Iterable[str]) -> dict[str, str]:
        """Each name's kana reading (records/readings.py), kept in the index once made."""
        return self.index.readings(names)

    def search(self, query: str, limit: int | None = None) -> list[Entry]:
        """Companies any of whose names contain every word of the query; names that start with
        the first word come first, then alphabetical. At most `limit` results."""
        return [_entry(row) for row in self.index.search(normalise(query).split(), limit)]
