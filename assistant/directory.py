"""The company directory: load YAML records, validate them, and find companies by any name.

Records come from the installed ``resources/companies`` folder, then from the user's data folder,
then from any ``--data-dir``; a later record with the same id replaces an earlier one, so support
staff keep their own additions without touching the installed files. A broken record is reported
(file, line, field, fix) and skipped; the others still load.

Speed: what the list and search need (id and names) is kept in an index (directory_index.py,
SQLite) keyed by each file's name, size and times, and the full record is parsed and validated
when first used. So a start-up reads no unchanged record, imports neither YAML nor pydantic, and
holds no record in memory; 100,000 records load in well under a second. New or changed records
are validated as they are indexed when there are few of them (FULL_CHECK_UP_TO); when there are
many (the first start with a large folder), only their id and names are read from the YAML
parser's events, each record is validated when first used, and `validate` checks them all.
"""
from __future__ import annotations

import os
import re
import sqlite3
import stat
from collections import OrderedDict
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, NamedTuple

from .directory_index import (  # noqa: F401 - normalise is used by callers of this module
    DirectoryIndex, Names, Row, is_busy, normalise, remove_index_files, stamp_of)
from .paths import COMPANIES_DIR, user_companies_dir
from .yaml_errors import Problem, RecordError, read_bytes_limited

if TYPE_CHECKING:
    from .model import Company

MAX_RECORD_BYTES = 1_000_000  # a company record is a few kB; refuse anything absurd before parsing
FULL_CHECK_UP_TO = 1000  # new or changed records validated at load (about a second); more: on use
BATCH = 2000  # records indexed per transaction, and between two progress reports
PARSED_KEPT = 256  # full records kept in memory once parsed (the most recently used)

Progress = Callable[[int, int], None]  # (records indexed so far, records to index)


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
    """The record files in a folder, in a stable order."""
    try:
        return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    except OSError:
        return []


def _record_stamps(folder: Path, odd: list[Path] | None = None) -> dict[str, str]:
    """File name → stamp (size, times, inode) of each record file in a folder: one listing and
    one stat per file, so 100,000 files take a fraction of a second. Anything else named like a
    record (a folder, pipe, device, link loop) goes into `odd`, to be reported by name."""
    found = {}
    try:
        with os.scandir(folder) as listing:
            for item in listing:
                if item.name.endswith((".yaml", ".yml")):
                    try:
                        info = item.stat()
                    except OSError:
                        info = None  # gone meanwhile, or a symlink loop
                    if info is not None and stat.S_ISREG(info.st_mode):
                        found[item.name] = stamp_of(info)
                    elif odd is not None:
                        odd.append(Path(item.path))
    except OSError:
        return {}
    return found


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

    def search(self, query: str, limit: int | None = None) -> list[Entry]:
        """Companies any of whose names contain every word of the query; names that start with
        the first word come first, then alphabetical. At most `limit` results."""
        return [_entry(row) for row in self.index.search(normalise(query).split(), limit)]


_ID_KEYS = ("id", "name", "name_ja", "aliases")
# Characters that make a name print oddly (controls, invisible and direction marks): a record
# with one is never listed on its names alone; the full check decides about it.
_ODD = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e"
                  "\u2060-\u206f\ufeff\ufff9-\ufffb]")


class _Unusable(Exception):
    """Something names_of does not read on its own: the full check will say what it is."""


def names_of(text: str, stem: str) -> Names | None:
    """The id and names of a record, read off the YAML parser's events (the C parser when
    installed) without building or validating the record, stopping once all four are seen.
    None when anything is unusual (the full check then says what), or the id is not `stem`."""
    import yaml

    events = yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    found: dict[str, object] = {}
    try:
        opening = [type(next(events)) for _ in range(3)]
        if opening != [yaml.StreamStartEvent, yaml.DocumentStartEvent, yaml.MappingStartEvent]:
            return None
        while len(found) < len(_ID_KEYS):
            key = next(events)
            if isinstance(key, yaml.MappingEndEvent):
                break
            if not isinstance(key, yaml.ScalarEvent) or key.value in found:
                return None  # an odd key, or a key given twice
            if key.value in _ID_KEYS:
                found[key.value] = _value(events, yaml)
            else:
                _skip(next(events), events, yaml)
    except (yaml.YAMLError, StopIteration, _Unusable):
        return None
    finally:
        events.close()
    aliases = found.get("aliases", [])
    aliases = [aliases] if isinstance(aliases, str) else aliases
    names = found.get("name"), found.get("name_ja")
    if (found.get("id") != stem or not isinstance(names[0], str) or not names[0]
            or not isinstance(names[1], (str, type(None))) or not isinstance(aliases, list)):
        return None
    result = Names(stem, names[0], names[1], tuple(aliases))
    return None if any(_ODD.search(name) for name in result.all()) else result


def _value(events: Iterator, yaml) -> object:
    """A plain value (text, null, or a list of texts) from the events; _Unusable otherwise."""
    event = next(events)
    if isinstance(event, yaml.ScalarEvent):
        return _scalar(event, yaml)
    if not isinstance(event, yaml.SequenceStartEvent):
        raise _Unusable  # a mapping, or an alias (*name)
    items = []
    for event in events:
        if isinstance(event, yaml.SequenceEndEvent):
            return items
        item = _scalar(event, yaml) if isinstance(event, yaml.ScalarEvent) else None
        if not isinstance(item, str):
            raise _Unusable
        items.append(item)
    raise _Unusable


def _skip(event, events: Iterator, yaml) -> None:
    """Pass over one value, however nested, of a key that is not wanted here."""
    depth = 0
    while True:
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            depth += 1
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            depth -= 1
        if depth == 0:
            return
        event = next(events)


_RESOLVER = None


def _scalar(event, yaml) -> str | None:
    """The text of a scalar; None for null; _Unusable for a number, date or other type."""
    global _RESOLVER
    if event.anchor is not None:
        raise _Unusable
    if event.tag is None and event.implicit[0]:  # plain: what would YAML make of it?
        if _RESOLVER is None:
            _RESOLVER = yaml.resolver.Resolver()
        tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, (True, False))
    else:
        tag = event.tag if event.tag not in (None, "!") else "tag:yaml.org,2002:str"
    if tag == "tag:yaml.org,2002:str":
        return event.value
    if tag == "tag:yaml.org,2002:null":
        return None
    raise _Unusable


def load_folder(folder: Path, directory: Directory, validate: bool = True,
                progress: Progress | None = None) -> None:
    """Load every record in one folder into the directory; duplicates in a folder are errors.

    Records the index already knows, unchanged, are not read. New or changed ones are parsed and
    validated now, unless `validate` is False and there are more than FULL_CHECK_UP_TO of them:
    then only their names are read, and each is validated when first used. `progress` hears
    (done, total) after every BATCH records indexed."""
    folder = Path(folder)
    index = directory.index
    folder_key = index.add_folder(folder)
    index.show_folder(folder_key)  # loaded again (A, B, A): it now comes last, so it wins
    known = index.stamps(folder_key)
    odd: list[Path] = []
    present = _record_stamps(folder, odd)
    for path in sorted(odd):  # reading it says what it is ("a named pipe", "a folder")
        try:
            read_bytes_limited(path, MAX_RECORD_BYTES)
        except RecordError as exc:
            directory.problems.extend(exc.problems)
    todo = sorted((name, stamp) for name, stamp in present.items() if known.get(name) != stamp)
    gone = [name for name in known if name not in present]
    if gone:
        index.write(folder_key, gone, [])
    check_all = validate or len(todo) <= FULL_CHECK_UP_TO
    if progress is not None and todo:
        progress(0, len(todo))
    for start in range(0, len(todo), BATCH):
        batch = todo[start:start + BATCH]
        indexed = []
        for name, stamp in batch:
            names = _read_names(folder / name, directory, check_all)
            if names is not None:
                indexed.append((name, stamp, names))
        index.write(folder_key, [name for name, _ in batch], indexed)  # a broken one is dropped
        if progress is not None:
            progress(start + len(batch), len(todo))
    # Two files of one folder with the same id (porters.yaml and porters.yml): the first counts.
    duplicates = index.duplicates_in(folder_key)
    for _row, record_id, file, first in duplicates:
        directory.problems.append(Problem(
            folder / file, f"id '{record_id}' is already used by {first}; give each company "
                           "its own id", field="id"))
    index.hide(row for row, *_ in duplicates)
    # An id already loaded from an earlier folder is replaced by this folder's record.
    replaced = index.replaced_by(folder_key)
    for path, record_id in zip(index.paths_of([row for row, *_ in replaced]), (r[1] for r in replaced)):
        directory.overrides.setdefault(record_id, path)
    index.hide(row for row, _record_id, _file in replaced)
    for _row, record_id, _file in replaced:
        directory._parsed.pop(record_id, None)


def _read_names(path: Path, directory: Directory, check_all: bool) -> Names | None:
    """What the index keeps of one record file; None (and its problems noted) if it is broken."""
    try:
        raw = read_bytes_limited(path, MAX_RECORD_BYTES)
        if not check_all:
            try:
                names = names_of(raw.decode("utf-8"), path.stem)
            except UnicodeDecodeError:
                names = None
            if names is not None:
                return names
        company = parse_record(path, raw)  # validated: any problem is reported now
    except RecordError as exc:
        directory.problems.extend(exc.problems)
        return None
    directory._remember(company)
    return Names(company.id, company.name, company.name_ja, tuple(company.aliases))


def override_notice(directory: Directory, company_id: str) -> str | None:
    """One sentence saying that this company's record replaces another one, or None."""
    replaced = directory.overrides.get(company_id)
    row = directory.index.find(company_id) if replaced is not None else None
    if row is None:
        return None
    which = ("the installed one" if replaced.parent.resolve() == COMPANIES_DIR.resolve()
             else f"the one in {replaced.parent}")
    return f"This company's record comes from YOUR folder {row.path.parent}, replacing {which}."


def default_folders(extra: Iterable[Path] = ()) -> list[Path]:
    """Installed records, then the user's own, then any the user names (later ones win)."""
    folders = [COMPANIES_DIR, user_companies_dir()]
    env = os.environ.get("DRA_DATA_DIR")
    if env:
        folders.append(Path(env))
    folders.extend(Path(p) for p in extra)
    return folders


def load_directory(folders: Iterable[Path] | None = None, use_cache: bool = True,
                   progress: Progress | None = None) -> Directory:
    """Load the directory from the given folders (default: installed + user + DRA_DATA_DIR).

    With use_cache the index lives in the user's cache folder, so the next start reads only
    what changed; without, it is built in memory."""
    folders = [Path(f) for f in (default_folders() if folders is None else folders)]
    index = DirectoryIndex.open() if use_cache else DirectoryIndex.in_memory()
    try:
        return _load(folders, index, progress)
    except sqlite3.DatabaseError as exc:
        # Damaged in a way opening did not show (or locked by another process for too long):
        # build it again, on disk if it can be, else in memory.
        index.close()
        if not is_busy(exc) and index.path is not None:
            remove_index_files(index.path)
            try:
                return _load(folders, DirectoryIndex.open(), progress)
            except sqlite3.DatabaseError:
                pass
        return _load(folders, DirectoryIndex.in_memory(), progress)


def _load(folders: list[Path], index: DirectoryIndex, progress: Progress | None) -> Directory:
    directory = Directory(index)
    for folder in folders:
        load_folder(folder, directory, validate=False, progress=progress)
    index.forget_missing_folders()
    return directory
