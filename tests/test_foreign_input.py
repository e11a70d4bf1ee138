"""Files that are not what they should be, names that are not text, characters no name holds, and
the command line's own error paths: one clear line each, never a file's content, no traceback."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from assistant.cli.commands import main as cli
from assistant.io.paths import COMPANIES_DIR, user_companies_dir
from assistant.records.directory import load_directory
from tests.conftest import posix_only, run_main
from tests.repo import ROOT

CANARY = "CANARY-9f2c"
SHADOW = (f"root:$6${CANARY}$abc:19000:0:99999:7:::\n"
          f"daemon:*:19000:0:99999:7:::\nuser: {CANARY}-2\n")
CONFIG = f"password: {CANARY}\nname: {CANARY}-name\ntoken: {CANARY}\nurl: x\n"


@pytest.mark.parametrize("content", [SHADOW, CONFIG, f"[{CANARY}: \n", f"{CANARY}: !!binary x\n"])
def test_a_details_file_that_is_not_one_is_refused_without_a_word_of_it(tmp_path, capsys, content):
    secret = tmp_path / "shadow"
    secret.write_text(content)
    status = cli(["letter", "--company", "porters", "--details", str(secret), "-o",
                  str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert status == 2 and CANARY not in err and len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "x.pdf").exists()


def test_a_details_file_with_a_typo_still_names_the_key(tmp_path, capsys):
    good = (ROOT / "examples" / "details.yaml").read_text(encoding="utf-8")
    typo = tmp_path / "d.yaml"
    typo.write_text(good.replace("request:", "reqest:", 1), encoding="utf-8")
    assert cli(["letter", "--company", "porters", "--details", str(typo), "-o",
                str(tmp_path / "x.pdf")]) == 2
    assert "reqest" in capsys.readouterr().err


@posix_only
def test_a_link_to_a_secret_among_the_records_is_one_warning_without_its_content(tmp_path):
    secret = tmp_path / "shadow"
    secret.write_text(SHADOW + CONFIG.replace("name:", "alias:"))
    folder = user_companies_dir()
    folder.mkdir(parents=True)
    os.symlink(secret, folder / "evil.yaml")
    for args in (["companies"], ["validate"], ["show", "porters"]):
        done = run_main(*args)
        assert CANARY not in done.stdout + done.stderr
        assert "evil.yaml: this is not a company record" in done.stderr, done.stderr


def test_a_yaml_syntax_error_does_not_quote_the_file():
    from assistant.io.yaml_read import _reason

    class Error:
        problem = f"found undefined alias '{CANARY}'"

    assert CANARY not in _reason(Error()) and "undefined alias" in _reason(Error())
    Error.problem = "found character '\\t' that cannot start any token"
    assert _reason(Error()) == Error.problem


@posix_only
def test_a_record_file_name_that_is_not_utf8_is_skipped_with_one_escaped_warning(tmp_path):
    folder = os.fsencode(user_companies_dir())
    os.makedirs(folder)
    with open(folder + b"/bad\xff.yaml", "wb") as handle:
        handle.write((COMPANIES_DIR / "porters.yaml").read_bytes())
    for args in (["companies"], ["validate"], ["checklist", "--company", "leverages",
                                               "--request", "disclosure"]):
        done = run_main(*args)
        assert done.returncode in (0, 1) and "Traceback" not in done.stderr, done.stderr
        assert done.stderr.count("bad\\xff.yaml") == 1 and "not UTF-8" in done.stderr
    loaded = load_directory()
    assert "porters" in loaded and any("bad\\xff" in str(p.file) for p in loaded.problems)


@pytest.mark.parametrize("query", ["\0", "po\0rters", "ポーター\0ズ", "x\ud800y", '"\0"'])
def test_a_nul_or_a_lone_surrogate_in_the_search_finds_as_without_it(directory, query):
    found = [entry.id for entry in directory.search(query)]
    if "rters" in query or "ズ" in query:
        assert found == ["porters"]


def test_a_language_that_is_not_one_is_one_line_even_outside_argparse(capsys):
    from assistant.cli.common import OptionError, _languages

    with pytest.raises(OptionError, match="'xx' is not a letter language"):
        _languages("xx")
    status = cli(["cases", "add", "--company", "porters", "--details",
                  str(ROOT / "examples" / "details.yaml"), "--language", "xx"])
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1 and "not a letter language" in err, err


def test_an_unexpected_error_is_one_line_that_echoes_nothing(monkeypatch, capsys):
    from assistant.cli import show

    def broken(_args):
        raise RuntimeError(f"internal detail {CANARY}")

    monkeypatch.setattr(show, "cmd_show", broken)
    assert cli(["show", "porters"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "RuntimeError" in err and CANARY not in err


@posix_only
def test_a_closed_pipe_ends_quietly():
    read, write = os.pipe()
    os.close(read)
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "show", "porters"], stdout=write,
                          stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    os.close(write)
    assert done.returncode == 1 and done.stderr == ""


def test_a_draft_with_typed_fields_of_no_known_path_keeps_only_the_known_ones():
    from assistant.case.drafts import case_from_json
    from assistant.case.request import check_details
    from assistant.facade import Assistant

    case = case_from_json({"version": 2, "case": {"company_id": "porters", "kinds": ["disclosure"],
                           "typed": {"fields": {"x": "y", "requester.": "z",
                                                "request.correction.current.deep": "q",
                                                "requester.full_name": "山田 太郎"}}}})
    assert case.typed.fields == {"requester.full_name": "山田 太郎"}
    checked = check_details(case.typed, case.kinds, case.requester, Assistant().law)
    assert checked.details is None and ("requester.address", "required") in checked.errors


@posix_only
def test_a_store_named_on_a_file_that_is_no_database_leaves_it_as_it_was(tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text(SHADOW)
    os.chmod(secret, 0o640)
    assert cli(["cases", "--store", str(secret), "list"]) != 0
    err = capsys.readouterr().err
    assert "is not a case database" in err and CANARY not in err
    assert secret.read_text() == SHADOW and (secret.stat().st_mode & 0o777) == 0o640
