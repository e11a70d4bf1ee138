"""The directory as the last full load left it (records/directory_view.py): opened without
looking at the folders, it lists, searches and warns as a full load does; it is refused whenever
the index changed since; check() says when the folders hold something new."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from assistant.io.paths import COMPANIES_DIR
from assistant.records import directory as directory_module
from assistant.records import directory_view
from assistant.records.directory import load_directory
from assistant.records.index import DirectoryIndex


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The installed records, a folder overriding one and repeating an id, one broken record."""
    monkeypatch.setenv("DRA_CACHE_DIR", str(tmp_path / "cache"))
    own = tmp_path / "own"
    own.mkdir()
    shutil.copyfile(COMPANIES_DIR / "porters.yaml", own / "porters.yaml")  # replaces the installed
    shutil.copyfile(COMPANIES_DIR / "infomart.yaml", own / "infomart.yml")
    shutil.copyfile(COMPANIES_DIR / "infomart.yaml", own / "infomart.yaml")  # the same id twice
    (own / "broken.yaml").write_text("id: broken\nname: [unclosed\n", encoding="utf-8")
    return [COMPANIES_DIR, own, tmp_path / "not-made-yet"]


def _shown(directory) -> tuple:
    return ([e.id for e in directory.search("", None)], [e.id for e in directory.search("o", 3)],
            sorted(map(str, directory.problems)), directory.overrides, len(directory),
            {company_id: directory.entries[company_id].path for company_id in directory.entries})


def test_the_last_load_opens_as_it_was_without_looking_at_the_folders(folders, monkeypatch):
    loaded = load_directory(folders)
    assert loaded.problems and loaded.overrides  # the fixture is what it says
    expected = _shown(loaded)
    loaded.index.close()

    def no_listing(*_args):
        raise AssertionError("the folders were looked at")
    monkeypatch.setattr(os, "scandir", no_listing)
    monkeypatch.setattr(directory_module, "_record_stamps", no_listing)
    opened = directory_view.open_last(folders)
    assert opened is not None and _shown(opened) == expected
    assert opened.get("porters").id == "porters"  # a record is still read when first used


def test_nothing_to_open_before_a_first_load_or_for_other_folders(folders):
    assert directory_view.open_last(folders) is None
    load_directory(folders).index.close()
    assert directory_view.open_last(folders[:2]) is None
    assert directory_view.open_last(folders) is not None


def test_a_view_is_refused_once_anything_was_written_to_the_index(folders):
    load_directory(folders).index.close()
    index = DirectoryIndex.open()
    index.write(index.add_folder(folders[1]), ["porters.yaml"], [])  # as another process might
    index.close()
    assert directory_view.open_last(folders) is None


def test_a_view_another_process_wrote_through_is_not_kept(folders):
    first = load_directory(folders)  # opened, and then another process writes
    other = DirectoryIndex.open()
    other.write(other.add_folder(folders[1]), ["porters.yaml"], [])
    other.close()
    (folders[1] / "new.yaml").write_text(
        (COMPANIES_DIR / "leverages.yaml").read_text(encoding="utf-8").replace("id: leverages", "id: new"),
        encoding="utf-8")
    directory_module.load_folder(folders[1], first)
    directory_view.save(first, folders)  # its view mixes two processes' writes: refused
    first.index.close()
    assert directory_view.open_last(folders) is None


def test_a_damaged_view_is_not_used(folders):
    load_directory(folders).index.close()
    index = DirectoryIndex.open()
    index.db.execute("UPDATE meta SET value = '{\"generation\": ' || "
                     "(SELECT value FROM meta WHERE key = 'generation') || ', \"hidden\": 5}' "
                     "WHERE key LIKE 'view:%'")
    index.close()
    assert directory_view.open_last(folders) is None


@pytest.mark.parametrize("rest", [
    ', "hidden": [' + "[" * 100_000 + "]",  # too deep for the JSON reader
    ', "hidden": [1e400], "problems": [], "overrides": {}}',  # infinity: no row number
    ', "hidden": [99999999999999999999999], "problems": [], "overrides": {}}',  # past SQLite's
    ', "hidden": [], "problems": [["a.yaml", "b", "three", "d"]], "overrides": {}}',  # not a problem
])
def test_a_damaged_view_is_not_used_whatever_it_holds(folders, rest: str):
    load_directory(folders).index.close()
    index = DirectoryIndex.open()
    index.db.execute("UPDATE meta SET value = '{\"generation\": ' || (SELECT value FROM meta WHERE "
                     "key = 'generation') || ? WHERE key LIKE 'view:%'", (rest,))
    index.close()
    assert directory_view.open_last(folders) is None


def test_check_says_nothing_when_nothing_changed_and_gives_the_new_directory_otherwise(folders):
    load_directory(folders).index.close()
    shown = directory_view.open_last(folders)
    assert directory_module.check(folders, directory_view.view_of(shown)) is None
    before = shown.get("porters")  # parsed, and kept by the directory shown
    (folders[1] / "broken.yaml").unlink()
    (folders[1] / "porters.yaml").write_text(
        (COMPANIES_DIR / "porters.yaml").read_text(encoding="utf-8").replace(
            "name: ", "name: Renamed ", 1), encoding="utf-8")
    fresh = directory_module.check(folders, directory_view.view_of(shown))
    assert fresh is not None
    expected = _shown(fresh)
    shown.take(fresh)
    assert _shown(shown) == expected and not any("broken" in str(p) for p in shown.problems)
    assert shown.get("porters").name.startswith("Renamed") and not before.name.startswith("Renamed")
    assert directory_view.open_last(folders) is not None  # the check kept its view for next time
