"""Broken and hostile record files: refused quickly, with file and problem named; the rest load."""
from __future__ import annotations

import time
import tracemalloc

import pytest

from assistant.cli import main as cli
from assistant.directory import load_directory
from tests.conftest import COMPANY_IDS

BILLION_LAUGHS = """id: bomb
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
name: [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""

HOSTILE = {
    "bomb.yaml": BILLION_LAUGHS.encode(),
    "deep.yaml": ("id: deep\nname: " + "[" * 100_000 + "]" * 100_000 + "\n").encode(),
    "huge.yaml": b"id: huge\nname: " + b"x" * 5_000_000 + b"\n",
    "empty.yaml": b"",
    "binary.yaml": bytes(range(256)) * 10,
    "escape.yaml": b"id: ../../etc/passwd\nname: x\n",
    "list.yaml": b"- just\n- a list\n",
}


@pytest.fixture
def hostile(records):
    for name, data in HOSTILE.items():
        (records / name).write_bytes(data)
    porters = (records / "porters.yaml").read_text(encoding="utf-8")
    (records / "escape.yaml").write_text(porters.replace("id: porters", "id: ../../etc/passwd"),
                                         encoding="utf-8")
    return records


def test_hostile_files_are_refused_quickly_with_bounded_memory_and_the_rest_load(hostile):
    tracemalloc.start()
    start = time.perf_counter()
    loaded = load_directory([hostile], use_cache=False)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert sorted(loaded.entries) == COMPANY_IDS
    refused = {p.file.name for p in loaded.problems}
    assert refused == set(HOSTILE)
    assert elapsed < 10 and peak < 200 * 2**20  # generous bounds: a bomb would take forever
    messages = {p.file.name: p.message for p in loaded.problems}
    assert "aliases" in messages["bomb.yaml"]
    assert "bytes" in messages["huge.yaml"]
    assert "UTF-8" in messages["binary.yaml"]
    assert "empty" in messages["empty.yaml"]


def test_an_id_that_tries_to_leave_the_folder_is_refused(hostile):
    loaded = load_directory([hostile], use_cache=False)
    [problem] = [p for p in loaded.problems if p.file.name == "escape.yaml"]
    assert problem.field == "id" and "lower-case letters" in problem.message
    assert "../../etc/passwd" not in loaded.entries


def test_validate_names_each_broken_file(hostile, capsys):
    assert cli(["validate", str(hostile)]) == 1
    err = capsys.readouterr().err
    for name in HOSTILE:
        assert name in err


def test_the_wizard_still_starts_with_broken_records(hostile, qtbot, monkeypatch):
    monkeypatch.setenv("DRA_DATA_DIR", str(hostile))
    from assistant.ui.wizard import RequestWizard

    wizard = RequestWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.company_page.list.count() >= 5
    assert "could not be read" in wizard.company_page.problems.text()
