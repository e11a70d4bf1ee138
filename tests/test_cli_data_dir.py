"""A records folder the person names (--data-dir, DRA_DATA_DIR) that is not there is said, in one
line and exit 2, before anything is done: else the records meant would silently not be used."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.cli.commands import main as cli


@pytest.mark.parametrize("command", [["checklist", "--company", "leverages", "--request",
                                      "disclosure"], ["validate"], ["show", "leverages"]])
def test_a_named_folder_that_is_not_there_is_refused(capsys, tmp_path: Path, command):
    missing = tmp_path / "no-such-folder"
    assert cli(["--language", "en", "--data-dir", str(missing), *command]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert out.err.strip() == (f"error: the folder {missing} named by --data-dir does not exist; "
                               "name a folder that holds company records (.yaml files)")


def test_the_environment_setting_too_and_in_japanese(capsys, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch):
    file = tmp_path / "a-file"
    file.write_text("x", encoding="utf-8")
    monkeypatch.setenv("DRA_DATA_DIR", str(file))  # a file is not a folder of records
    assert cli(["--language", "ja", "validate"]) == 2
    assert capsys.readouterr().err.strip() == (
        f"エラー：DRA_DATA_DIR で指定したフォルダ {file} がありません。会社の記録（.yaml ファイル）の"
        "あるフォルダを指定してください")


def test_a_folder_that_is_there_is_used(capsys, tmp_path: Path):
    assert cli(["--language", "en", "--data-dir", str(tmp_path), "validate"]) == 0
    assert "valid" in capsys.readouterr().out
