"""Broken and hostile record files: refused quickly, with file and problem named; the rest load."""
from __future__ import annotations

import time
import tracemalloc

import pytest

from assistant.cli.commands import main as cli
from assistant.records.directory import load_directory
from tests.conftest import COMPANY_IDS, posix_only, run_main

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
    "baddate.yaml": b"id: baddate\nname: x\nchecked: 2000-02-30\n",
    "zerodate.yaml": b"id: zerodate\nchecked: 0000-00-00\n",
    "bignum.yaml": b"id: bignum\nfees:\n  - amount_yen: " + b"9" * 5000 + b"\n",
    "sexagesimal.yaml": b"id: slow\nn: 1" + b":59" * 300_000 + b"\n",  # quadratic to build
    "dupkey.yaml": b"id: dupkey\nname: a\nname: b\n",
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
    assert "not a real date" in messages["baddate.yaml"] and "not a real date" in messages["zerodate.yaml"]
    assert "5,000 characters" in messages["bignum.yaml"]
    assert "written twice" in messages["dupkey.yaml"] and "lines 2 and 3" in messages["dupkey.yaml"]


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


def _replace_line(path, start: str, new: str) -> int:
    """Replace the first line starting with `start`; returns its 1-based number."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines) if line.startswith(start))
    lines[number] = new + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    return number + 1


@pytest.mark.parametrize("value", ["2000-02-30", "0000-00-00"])
def test_an_impossible_date_in_a_record_is_reported_and_every_command_still_works(records, value):
    line = _replace_line(records / "porters.yaml", "checked:", f"checked: {value}")
    loaded = load_directory([records], use_cache=False)
    assert sorted(loaded.entries) == [i for i in COMPANY_IDS if i != "porters"]
    [problem] = loaded.problems
    assert (problem.file.name, problem.line, problem.field) == ("porters.yaml", line, "checked")
    assert "not a real date" in problem.message
    result = run_main("--data-dir", str(records), "companies")
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert f"porters.yaml:{line}: checked: '{value}' is not a real date" in result.stderr
    assert "porters\tPORTERS Corporation" in result.stdout  # the installed record stays in use
    assert len(result.stdout.splitlines()) == len(COMPANY_IDS)


def test_a_number_too_long_for_python_in_a_record_is_reported(records):
    line = _replace_line(records / "infomart.yaml", "  - amount_yen:", "  - amount_yen: " + "1" * 4400)
    result = run_main("validate", str(records))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"infomart.yaml:{line}: fees[0].amount_yen: this number is 4,400 characters long" in result.stderr


def test_a_key_written_twice_in_a_record_names_both_lines(records):
    path = records / "porters.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("checked: 2026-11-22\n", "checked: 2026-11-22\nname: Someone Else\n"),
                    encoding="utf-8")
    first = text.splitlines().index("name: PORTERS Corporation") + 1
    second = text.splitlines().index("checked: 2026-11-22") + 2
    loaded = load_directory([records], use_cache=False)
    [problem] = loaded.problems
    assert "porters" not in loaded.entries
    assert problem.field == "name" and problem.line == second
    assert f"lines {first} and {second}" in problem.message


@pytest.mark.parametrize("field, written", [
    ("name", r'name: "\e[31mPORTERS\e[0m"'),
    ("name", 'name: "\u202ePORTERS"'),
    ("name_ja", "name_ja: \u202eポーターズ株式会社"),
    ("aliases", "aliases: [PORTERS, \"\\e]0;pwned\\a\"]"),
    ("send_to.department", 'send_to:\n  department: "\\e[2JOffice"'),
])
def test_escape_sequences_and_bidi_controls_in_a_record_are_refused_naming_the_field(records, field, written):
    path = records / "porters.yaml"
    key = written.split(":")[0]
    text = path.read_text(encoding="utf-8").splitlines()
    number = next(i for i, line in enumerate(text) if line.startswith(key + ":"))
    if "\n" in written:  # a nested key: replace the parent line and the first child
        text[number:number + 2] = written.split("\n")
    else:
        text[number] = written
    path.write_text("\n".join(text) + "\n", encoding="utf-8")
    loaded = load_directory([records], use_cache=False)
    [problem] = loaded.problems
    assert problem.field == field and "invisible control character" in problem.message
    assert ("item 2 " in problem.message) == (field == "aliases")
    assert "porters" not in loaded.entries
    # The CLI prints nothing raw: the installed record is used, the refused one named.
    for args in (["companies"], ["show", "porters"],
                 ["checklist", "--language", "en", "--company", "porters", "--request", "disclosure"]):
        result = run_main("--data-dir", str(records), *args)
        assert result.returncode == 0 and "Traceback" not in result.stderr
        assert f"porters.yaml:{number + 1 + (1 if '.' in field else 0)}: {field}:" in result.stderr
        for output in (result.stdout, result.stderr):
            assert "\x1b" not in output and "\u202e" not in output and "\x07" not in output


@posix_only  # such file names cannot be made on Windows
def test_the_command_line_never_prints_control_characters_from_file_names(tmp_path):
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "\x1b[31mred\u202e.yaml").write_text("- not a record\n", encoding="utf-8")
    for args in (["--data-dir", str(folder), "companies"], ["validate", str(folder)]):
        result = run_main(*args)
        assert "Traceback" not in result.stderr and "red" in result.stderr
        assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
        assert "\\u001b[31mred\\u202e.yaml" in result.stderr  # named, visibly


@pytest.mark.parametrize("file", ["../../../../etc/shadow", "..", ".", "/usr/bin/ls", "/dev/zero",
                                  "sub/000_a89de472e0e51828.txt", "..\\secret.txt"])
def test_policy_file_must_be_a_bare_name_in_the_policies_folder(records, file):
    line = _replace_line(records / "porters.yaml", "  file:", f"  file: '{file}'")
    loaded = load_directory([records], use_cache=False)
    [problem] = loaded.problems
    assert (problem.line, problem.field) == (line, "policy.file")
    assert "bare file name" in problem.message
    result = run_main("validate", str(records))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "policy.file" in result.stderr and "root:" not in result.stderr


@posix_only
def test_a_policy_file_that_is_a_pipe_or_a_folder_is_a_problem_not_a_hang(records, tmp_path, policies_dir):
    import os
    import shutil

    policies = tmp_path / "policies"
    shutil.copytree(policies_dir, policies)
    os.unlink(policies / "000_a89de472e0e51828.txt")
    os.mkfifo(policies / "000_a89de472e0e51828.txt")       # porters
    os.unlink(policies / "002_8437c2798ff2862c.txt")
    os.mkdir(policies / "002_8437c2798ff2862c.txt")        # infomart
    result = run_main("validate", str(records), "--policies", str(policies))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "porters.yaml: policy.file:" in result.stderr and "named pipe" in result.stderr
    assert "infomart.yaml: policy.file:" in result.stderr and "a folder" in result.stderr


@pytest.mark.parametrize("file, start, written, field, message", [
    ("porters.yaml", "name:", 'name: "\u200b\u200b"', "name", "invisible control character (U+200B)"),
    ("porters.yaml", "name:", 'name: "   "', "name", "only invisible characters"),
    ("porters.yaml", "name:", 'name: "\u3164 \u3164"', "name", "only invisible characters"),
    ("porters.yaml", "aliases:", 'aliases: [PORTERS, "\u2060"]', "aliases", "item 2 contains"),
    ("infomart.yaml", "  postal_code:", "  postal_code: ١٠٥-٠٠٢٢", "send_to.postal_code", "123-4567"),
    ("infomart.yaml", "  postal_code:", "  postal_code: १०५-००२२", "send_to.postal_code", "123-4567"),
])
def test_invisible_names_and_other_digits_in_a_record_are_refused(records, file, start, written,
                                                                    field, message):
    line = _replace_line(records / file, start, written)
    loaded = load_directory([records], use_cache=False)
    [problem] = loaded.problems
    assert (problem.file.name, problem.line, problem.field) == (file, line, field)
    assert message in problem.message
    assert file.removesuffix(".yaml") not in loaded.entries
