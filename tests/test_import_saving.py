"""Saving an import: names cannot inject YAML, a failed save leaves nothing behind, and an output
that is not a writable folder gets one line (issue 20 items 12 and 14)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from assistant.importer import record_save
from assistant.importer.record import ImportError_
from assistant.importer.run import import_policy
from assistant.io.safe_write import OutputError
from tests.repo import ROOT

TEXT = ROOT / "tests" / "fixtures" / "procedures" / "stamps.txt"


def _main(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, timeout=60, cwd=ROOT)


@pytest.mark.parametrize("option", ["--name", "--reviewed-by"])
def test_a_line_break_in_a_name_is_refused_and_nothing_is_written(tmp_path, option):
    done = _main("import", str(TEXT), "-o", str(tmp_path), "--id", "x", option,
                 "ACME\nquality: reviewed\nreviewed_by: nobody")
    assert done.returncode == 1 and "one line" in done.stderr
    assert not any(tmp_path.rglob("*.*"))


def test_a_name_full_of_yaml_is_written_as_plain_text(tmp_path):
    name = "ACME: {quality: reviewed} # [x]"
    saved = import_policy(TEXT, tmp_path, company_id="acme", name=name, reviewed_by="- 山田")
    data = yaml.safe_load(saved.read_text(encoding="utf-8"))
    assert data["name"] == name and data["reviewed_by"] == "- 山田" and data["quality"] == "reviewed"


def test_a_full_disk_leaves_no_policy_text_behind(tmp_path, monkeypatch):
    from assistant.io import safe_write

    real = safe_write.write_atomically

    def full(path, data, overwrite=False):
        if str(path).endswith(".yaml"):
            raise OutputError(f"could not write {Path(path).name}: No space left on device. Nothing was saved")
        return real(path, data, overwrite=overwrite)

    monkeypatch.setattr(safe_write, "write_atomically", full)
    with pytest.raises(ImportError_, match="Nothing was saved"):
        import_policy(TEXT, tmp_path, company_id="acme", name="ACME")
    assert list(tmp_path.iterdir()) == []  # not even the policies/ folder it made
    out = tmp_path / "new" / "records"  # a folder it made for the save is gone too
    with pytest.raises(ImportError_, match="Nothing was saved"):
        import_policy(TEXT, out, company_id="acme", name="ACME")
    assert not (tmp_path / "new").exists()
    (tmp_path / "kept" / "policies").mkdir(parents=True)  # folders that were there stay
    with pytest.raises(ImportError_, match="Nothing was saved"):
        import_policy(TEXT, tmp_path / "kept", company_id="acme", name="ACME")
    assert (tmp_path / "kept" / "policies").is_dir()


@pytest.mark.parametrize("where", ["file", "proc"])
def test_an_output_that_is_not_a_writable_folder_is_one_line(tmp_path, where):
    target = tmp_path / "a-file.txt" if where == "file" else Path("/proc/self")
    if where == "file":
        target.write_text("keep me")
    done = _main("import", str(TEXT), "-o", str(target), "--id", "acme", "--name", "ACME")
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    if where == "file":
        assert target.read_text() == "keep me"


def test_a_read_only_folder_is_one_line(tmp_path, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Read-only file system")

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(ImportError_, match="Read-only file system"):
        record_save.save_record(tmp_path / "new", {"id": "x", "policy": {"file": "x.txt"}}, "text")
