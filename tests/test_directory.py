"""Loading, validating and searching the company directory."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cli.commands import main as cli
from assistant.records.directory import RecordError, load_directory, normalise, parse_record
from assistant.io.paths import COMPANIES_DIR, user_companies_dir
from tests.conftest import COMPANY_IDS, posix_only, run_main


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_all_five_records_load_without_problems(directory):
    assert sorted(c.id for c in directory) == COMPANY_IDS
    assert directory.problems == []


def test_typo_in_a_key_names_file_line_and_field(records):
    _edit(records / "porters.yaml", "send_to:", "sned_to:")
    with pytest.raises(RecordError) as caught:
        parse_record(records / "porters.yaml")
    messages = [str(p) for p in caught.value.problems]
    assert any("porters.yaml:" in m and "sned_to" in m and "spelling" in m for m in messages)
    assert any("send_to" in m and "required" in m for m in messages)
    typo = next(p for p in caught.value.problems if p.field == "sned_to")
    lines = (records / "porters.yaml").read_text(encoding="utf-8").splitlines()
    assert lines[typo.line - 1].startswith("sned_to:")


def test_wrong_type_names_the_field(records):
    _edit(records / "infomart.yaml", "amount_yen: 1000", "amount_yen: a thousand")
    with pytest.raises(RecordError) as caught:
        parse_record(records / "infomart.yaml")
    [problem] = caught.value.problems
    assert problem.field == "fees[0].amount_yen"
    assert "integer" in problem.message
    assert "amount_yen: a thousand" in (records / "infomart.yaml").read_text().splitlines()[problem.line - 1]


def test_bad_postal_code_says_the_expected_shape(records):
    _edit(records / "infomart.yaml", "postal_code: 105-0022", "postal_code: 1050022")
    with pytest.raises(RecordError, match=r"123-4567"):
        parse_record(records / "infomart.yaml")


def test_yaml_syntax_error_gives_the_line(records):
    path = records / "leverages.yaml"
    _edit(path, "name: Leverages Co., Ltd.", "name: [Leverages Co., Ltd.")
    with pytest.raises(RecordError) as caught:
        parse_record(path)
    [problem] = caught.value.problems
    assert "YAML syntax error" in problem.message and problem.line is not None


def test_empty_and_non_utf8_files_are_refused_with_a_fix(records):
    (records / "empty.yaml").write_text("", encoding="utf-8")
    (records / "latin.yaml").write_bytes("name: caf\xe9\n".encode("latin-1"))
    with pytest.raises(RecordError, match="empty"):
        parse_record(records / "empty.yaml")
    with pytest.raises(RecordError, match="UTF-8"):
        parse_record(records / "latin.yaml")


def test_id_must_equal_the_file_name(records):
    (records / "porters.yaml").rename(records / "porters-copy.yaml")
    with pytest.raises(RecordError, match="rename the file to porters.yaml"):
        parse_record(records / "porters-copy.yaml")


def test_a_broken_record_is_skipped_and_the_rest_load(records):
    _edit(records / "porters.yaml", "send_to:", "sned_to:")
    loaded = load_directory([records])
    assert sorted(c.id for c in loaded) == [i for i in COMPANY_IDS if i != "porters"]
    assert loaded.problems and all(p.file.name == "porters.yaml" for p in loaded.problems)


def test_duplicate_id_in_one_folder_is_an_error(records):
    text = (records / "porters.yaml").read_text(encoding="utf-8")
    (records / "porters.yml").write_text(text, encoding="utf-8")
    loaded = load_directory([records])
    assert any("already used" in p.message for p in loaded.problems)


def test_validate_exits_1_naming_file_and_field(records, capsys):
    _edit(records / "porters.yaml", "send_to:", "sned_to:")
    _edit(records / "infomart.yaml", "amount_yen: 1000", "amount_yen: lots")
    assert cli(["validate", str(records)]) == 1
    err = capsys.readouterr().err
    assert "porters.yaml" in err and "sned_to" in err
    assert "infomart.yaml" in err and "fees[0].amount_yen" in err


def test_validate_catches_a_misquote(records, capsys):
    _edit(records / "leverages.yaml", "within fourteen (14) business days", "within ten (10) business days")
    assert cli(["validate", str(records)]) == 1
    assert "time_limit" in capsys.readouterr().err


def test_validate_installed_records_exits_0(capsys):
    assert cli(["validate"]) == 0
    assert "5 record(s) valid, 0 problem(s)" in capsys.readouterr().out


@pytest.mark.parametrize("query, expected", [
    ("doda", "persol-career"),
    ("ＤＯＤＡ", "persol-career"),          # full-width
    ("hipro", "persol-career"),
    ("パーソル", "persol-career"),
    ("ｲﾝﾌｫﾏｰﾄ", "infomart"),               # half-width katakana
    ("ntt com", "nttcom-online"),
    ("porters magazine", "porters"),
    ("leverages group", "leverages"),
])
def test_search_finds_by_any_name_ignoring_case_and_width(directory, query, expected):
    assert [c.id for c in directory.search(query)] == [expected]


def test_empty_search_lists_everyone_and_nonsense_finds_nothing(directory):
    assert len(directory.search("")) == 5
    assert directory.search("no such company") == []


def test_normalise_folds_width_and_case():
    assert normalise("ＰＥＲＳＯＬ") == normalise("persol")


def test_user_folder_and_data_dir_override_and_add(tmp_path, capsys):
    user = user_companies_dir()
    user.mkdir(parents=True)
    text = (COMPANIES_DIR / "porters.yaml").read_text(encoding="utf-8")
    (user / "porters.yaml").write_text(text.replace("name: PORTERS Corporation", "name: PORTERS (local copy)"), encoding="utf-8")
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "acme.yaml").write_text(text.replace("id: porters", "id: acme").replace(
        "name: PORTERS Corporation", "name: ACME K.K."), encoding="utf-8")
    assert load_directory().get("porters").name == "PORTERS (local copy)"
    assert cli(["--data-dir", str(extra), "companies"]) == 0
    out = capsys.readouterr().out
    assert "acme\tACME K.K." in out and "PORTERS (local copy)" in out


def test_second_load_comes_from_the_cache_without_parsing(records, monkeypatch, tmp_path):
    import assistant.records.directory_core as directory_core

    monkeypatch.setenv("DRA_CACHE_DIR", str(tmp_path / "cache"))
    first = load_directory([records])
    assert len(first._parsed) == 5  # parsed and validated once
    parsed: list = []
    real = directory_core.parse_record
    monkeypatch.setattr(directory_core, "parse_record", lambda *a: parsed.append(a) or real(*a))
    second = load_directory([records])
    assert sorted(second.entries) == sorted(first.entries) and parsed == []
    assert [e.id for e in second.search("doda")] == ["persol-career"]
    assert second.get("infomart").fees[0].amount_yen == 1000  # parsed on first use
    assert len(parsed) == 1


def test_a_changed_record_misses_the_cache_and_is_checked_again(records, monkeypatch, tmp_path):
    monkeypatch.setenv("DRA_CACHE_DIR", str(tmp_path / "cache"))
    load_directory([records])
    _edit(records / "porters.yaml", "send_to:", "sned_to:")
    again = load_directory([records])
    assert "porters" not in again and any(p.field == "sned_to" for p in again.problems)


def test_search_limit_keeps_the_best_first(directory):
    assert [e.id for e in directory.search("co", limit=2)] == [e.id for e in directory.search("co")][:2]


@posix_only
def test_validate_names_pipes_folders_devices_and_link_loops_named_yaml(records):
    import os

    os.mkfifo(records / "pipe.yaml")
    (records / "folder.yaml").mkdir()
    os.symlink("loop.yaml", records / "loop.yaml")
    os.symlink("/dev/null", records / "device.yaml")
    os.symlink("no-such-file.yaml", records / "dangling.yml")
    loaded = load_directory([records], use_cache=False)
    assert sorted(loaded.entries) == COMPANY_IDS
    reasons = {p.file.name: p.message for p in loaded.problems}
    assert "named pipe" in reasons["pipe.yaml"] and "a folder" in reasons["folder.yaml"]
    assert "a device" in reasons["device.yaml"]
    assert "cannot read" in reasons["loop.yaml"] and "cannot read" in reasons["dangling.yml"]
    result = run_main("validate", str(records))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "5 record(s) valid, 5 problem(s)" in result.stdout
    for name in reasons:
        assert f"{records / name}: " in result.stderr
    result = run_main("validate", str(records / "pipe.yaml"))  # named on its own, too
    assert result.returncode == 1 and "named pipe" in result.stderr


def _local_porters(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = (COMPANIES_DIR / "porters.yaml").read_text(encoding="utf-8")
    path = folder / "porters.yaml"
    path.write_text(text.replace("name: PORTERS Corporation", "name: PORTERS (local copy)"), encoding="utf-8")
    return path


def test_a_record_that_replaces_an_installed_one_is_recorded_on_the_directory(tmp_path):
    _local_porters(user_companies_dir())
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "infomart.yaml").write_bytes((COMPANIES_DIR / "infomart.yaml").read_bytes())
    loaded = load_directory([COMPANIES_DIR, user_companies_dir(), extra], use_cache=False)
    assert loaded.overrides == {"porters": COMPANIES_DIR / "porters.yaml",
                                "infomart": COMPANIES_DIR / "infomart.yaml"}
    assert load_directory([COMPANIES_DIR], use_cache=False).overrides == {}


def test_show_and_every_checklist_format_announce_a_record_from_your_folder(tmp_path, capsys):
    import io
    import json

    from pypdf import PdfReader

    user = user_companies_dir()
    _local_porters(user)
    notice = f"This company's record comes from YOUR folder {user}, replacing the installed one."
    assert cli(["show", "porters"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"(!) {notice}" and "PORTERS (local copy)" in out
    checklist = ["checklist", "--language", "en", "--company", "porters", "--request", "disclosure"]
    assert cli(checklist) == 0
    assert "".join(notice.split()) in "".join(capsys.readouterr().out.split())  # long lines wrap
    assert cli([*checklist, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["record_override"] == notice
    pdf = tmp_path / "c.pdf"
    assert cli([*checklist, "--format", "pdf", "-o", str(pdf)]) == 0
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.read_bytes())).pages)
    assert "".join(notice.split()) in "".join(text.split())
    # In Japanese, the same notice in Japanese.
    assert cli(["checklist", "--company", "porters", "--request", "disclosure"]) == 0
    said = "".join(capsys.readouterr().out.split())
    assert "".join(f"この会社については、同梱の記録ではなく、利用者のフォルダ {user} にある記録を使っている".split()) in said
    # A company whose installed record is in use says nothing of the kind.
    assert cli(["show", "infomart"]) == 0
    assert cli(["checklist", "--language", "en", "--company", "infomart", "--request", "disclosure", "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert "YOUR folder" not in out and '"record_override": null' in out
