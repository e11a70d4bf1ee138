"""Parsed YAML kept as JSON (io/parsed_cache.py): a warm command reads no YAML, and the cache never
returns stale, foreign or inexact data, nor keeps a person's details."""
from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from assistant.io import parsed_cache
from assistant.io.own_yaml import read_own_yaml
from assistant.io.paths import COMPANIES_DIR, cache_dir
from tests.repo import ROOT
from assistant.io.yaml_errors import RecordError
from assistant.records.directory_core import parse_record


def _kept_files() -> list[Path]:
    folder = cache_dir() / parsed_cache.FOLDER
    return sorted(folder.glob("*.json")) if folder.is_dir() else []


def test_a_second_checklist_command_imports_no_yaml(tmp_path: Path):
    env = {**os.environ, "DRA_CACHE_DIR": str(tmp_path / "cache"), "XDG_DATA_HOME": str(tmp_path)}
    probe = ("import runpy, sys, io, contextlib\n"
             "sys.argv = ['main.py', 'checklist', '--company', 'leverages', '--request', 'disclosure']\n"
             "out = io.StringIO()\n"
             "with contextlib.redirect_stdout(out):\n"
             "    try:\n        runpy.run_path('main.py', run_name='__main__')\n"
             "    except SystemExit:\n        pass\n"
             "print('yaml' in sys.modules, len(out.getvalue()))\n")
    runs = [subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True,
                           text=True, timeout=120) for _ in range(2)]
    assert all(r.returncode == 0 for r in runs), runs[0].stderr[-2000:]
    (first_yaml, first_len), (second_yaml, second_len) = (r.stdout.split() for r in runs)
    assert first_yaml == "True" and second_yaml == "False"
    assert first_len == second_len  # the same checklist either way
    folder = tmp_path / "cache" / parsed_cache.FOLDER
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in folder.iterdir())


def test_a_changed_file_is_parsed_again_even_with_its_old_modification_time(tmp_path: Path):
    path = tmp_path / "words.yaml"
    path.write_text("a: one\n", encoding="utf-8")
    assert read_own_yaml(path) == {"a": "one"}
    old = path.stat()
    path.write_text("a: two\n", encoding="utf-8")  # the same size
    os.utime(path, ns=(old.st_atime_ns, old.st_mtime_ns))
    assert read_own_yaml(path) == {"a": "two"}


def test_dates_come_back_as_dates_and_inexact_data_is_never_kept(tmp_path: Path):
    dated = tmp_path / "dated.yaml"
    dated.write_text("checked: 2025-10-01\nlist: [1, 2.5, null, true]\n", encoding="utf-8")
    first = read_own_yaml(dated)
    assert read_own_yaml(dated) == first == {"checked": date(2025, 10, 1), "list": [1, 2.5, None, True]}
    assert len(_kept_files()) == 1
    for name, text in (("set.yaml", "a: !!set {x: null}\n"), ("keys.yaml", "1: number key\n"),
                       ("stamp.yaml", "at: 2025-10-01 10:00:00\n"), ("tag.yaml", "__date__: 2025-10-01\n"),
                       ("nan.yaml", "a: .nan\n")):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        read_own_yaml(path)
    assert len(_kept_files()) == 1  # only dated.yaml: the others would not come back the same


def test_a_damaged_or_foreign_entry_is_ignored_and_written_again(tmp_path: Path):
    path = tmp_path / "words.yaml"
    path.write_text("a: one\n", encoding="utf-8")
    read_own_yaml(path)
    (entry,) = _kept_files()
    for garbage in (b"{not json", b'{"version": 1}', b"[]", b'{"version": 1, "source": "/etc/x"}',
                    b'{"__date__": "not a date"}', b"[" * 100_000):
        entry.write_bytes(garbage)
        assert read_own_yaml(path) == {"a": "one"}
    entry.write_bytes(b" " * (parsed_cache.MAX_KEPT_BYTES + 10))
    assert read_own_yaml(path) == {"a": "one"}


def test_an_entry_changed_after_it_was_written_is_never_used(tmp_path: Path):
    path = tmp_path / "words.yaml"
    path.write_text("a: one\n", encoding="utf-8")
    read_own_yaml(path)
    (entry,) = _kept_files()
    entry.write_bytes(entry.read_bytes().replace(b'"one"', b'"two"'))  # still valid, still "ours"
    assert read_own_yaml(path) == {"a": "one"}
    assert b'"one"' in entry.read_bytes()  # written again


def test_a_record_is_validated_from_the_cache_and_its_problems_still_name_lines(records: Path):
    path = records / "porters.yaml"
    company = parse_record(path)
    assert parse_record(path) == company  # from the kept data, validated again
    (entry,) = _kept_files()
    # Kept data that no longer validates (a newer program checking more) is read from the file again.
    entry.write_text(entry.read_text(encoding="utf-8").replace('"porters"', '"someone-else"', 1),
                     encoding="utf-8")
    assert parse_record(path) == company
    # A broken record is reported from the YAML, with its line, however it was kept before.
    text = path.read_text(encoding="utf-8").replace("name: ", "name_typo: ", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RecordError) as caught:
        parse_record(path)
    assert any(p.line for p in caught.value.problems) and "porters.yaml" in str(caught.value.problems[0])


def test_a_fifo_in_place_of_a_record_is_refused_as_before(records: Path):
    path = records / "porters.yaml"
    parse_record(path)
    path.unlink()
    os.mkfifo(path)
    with pytest.raises(RecordError, match="not a regular file|FIFO|special"):
        parse_record(path)


def test_a_persons_details_are_never_kept(tmp_path: Path):
    from assistant.case.details_file import load_details
    from assistant.law.reference import load_law

    details = tmp_path / "details.yaml"
    shutil.copy(ROOT / "examples" / "details.yaml", details)
    law = load_law()
    before = _kept_files()
    load_details(details, law)
    load_details(details, law)
    after = _kept_files()
    name = load_details(details, law).requester.full_name
    assert all(name not in f.read_text(encoding="utf-8") for f in after)
    assert len(after) == len(before)


def test_the_installed_records_come_back_the_same_through_the_cache(tmp_path: Path):
    folder = tmp_path / "companies"
    shutil.copytree(COMPANIES_DIR, folder)
    for path in sorted(folder.glob("*.yaml")):
        assert parse_record(path) == parse_record(path)
    assert len(_kept_files()) == len(list(folder.glob("*.yaml")))


def test_a_cache_folder_that_cannot_be_written_changes_nothing(tmp_path: Path, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("DRA_CACHE_DIR", str(blocked))
    path = tmp_path / "words.yaml"
    path.write_text("a: one\n", encoding="utf-8")
    assert read_own_yaml(path) == read_own_yaml(path) == {"a": "one"}
    assert blocked.read_text(encoding="utf-8").startswith("a file")


@pytest.mark.parametrize("kind", ["fifo", "link"])
def test_a_pipe_or_link_in_place_of_an_entry_is_ignored_without_waiting(tmp_path: Path, kind: str):
    path = tmp_path / "words.yaml"
    path.write_text("a: one\n", encoding="utf-8")
    read_own_yaml(path)
    (entry,) = _kept_files()
    kept = entry.read_bytes()
    entry.unlink()
    if kind == "fifo":  # opened for reading, it would wait for a writer for ever
        os.mkfifo(entry)
    else:  # a link to an entry that would be valid: a link is not ours, never followed
        (tmp_path / "elsewhere.json").write_bytes(kept)
        entry.symlink_to(tmp_path / "elsewhere.json")
    stamp = parsed_cache.source_stamp(path)
    assert parsed_cache.load(path, stamp) == (False, None)
    assert read_own_yaml(path) == {"a": "one"}
    assert stat.S_ISFIFO(os.lstat(entry).st_mode) if kind == "fifo" else entry.is_symlink()


def test_a_temporary_a_killed_write_left_is_removed_by_the_next_start(tmp_path: Path):
    """Killed between writing an entry's temporary and moving it into place (as a SIGKILL
    does): the next start removes the temporary, even when it writes nothing into the cache."""
    env = {**os.environ, "DRA_CACHE_DIR": str(cache_dir()), "PYTHONPATH": str(ROOT)}
    path = tmp_path / "words.yaml"
    path.write_text("a: one\n", encoding="utf-8")
    killed = ("import os, sys\nos.replace = os.link = lambda *a: os._exit(9)\n"
              "from assistant.io.own_yaml import read_own_yaml\nfrom pathlib import Path\nread_own_yaml(Path(sys.argv[1]))\n")
    done = subprocess.run([sys.executable, "-c", killed, str(path)], env=env, cwd=ROOT)
    assert done.returncode == 9 and list(cache_dir().rglob(".tmp-*"))
    from assistant.io.startup import tidy_user_folders

    tidy_user_folders()
    assert not list(cache_dir().rglob(".tmp-*"))
