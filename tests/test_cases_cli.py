"""`cases` and `followup` on the command line, as a person would use them, on a faked clock
(faketime) where the day matters: one clear line and a non-zero exit for what cannot be, nothing
recorded then; bounded inputs; the evidence file; a follow-up recorded only once saved."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.repo import ROOT

DETAILS = ROOT / "examples" / "details.yaml"
FAKETIME = shutil.which("faketime")


class Run:
    def __init__(self, tmp_path: Path):
        self.env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"),
                    "XDG_CACHE_HOME": str(tmp_path / "cache")}

    def __call__(self, *args: str, on: str | None = None) -> subprocess.CompletedProcess:
        clock = [FAKETIME, f"{on} 12:00:00"] if on else []
        return subprocess.run([*clock, sys.executable, str(ROOT / "main.py"), *args],
                              capture_output=True, text=True, timeout=90, env=self.env, cwd=ROOT)


def one_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    return result.stderr


@pytest.mark.skipif(FAKETIME is None, reason="needs faketime")
def test_a_request_on_a_faked_clock(tmp_path: Path):
    run = Run(tmp_path)
    added = run("cases", "add", "--company", "leverages", "--details", str(DETAILS), on="2026-12-01")
    assert added.returncode == 0, added.stderr
    case = added.stdout.strip()
    assert "future" in one_line(run("cases", "posted", case, "--on", "2026-12-08", on="2026-12-06"))
    assert run("cases", "posted", case, "--on", "2026-12-01", on="2026-12-06").returncode == 0
    assert "before the posting date" in one_line(run("cases", "delivered", case, "--on", "2026-11-30",
                                                     on="2026-12-06"))
    assert run("cases", "delivered", case, "--on", "2026-12-02", on="2026-12-06").returncode == 0
    follow = lambda kind, day, *more: run("followup", "--case", case, "--kind", kind,  # noqa: E731
                                          "-o", str(tmp_path / f"{kind}-{day}.pdf"), *more, on=day)
    assert "available from 23 December 2026" in one_line(follow("reminder", "2026-12-06"))
    assert "end on 16 December 2026" in one_line(follow("demand", "2026-12-06"))
    assert not list(tmp_path.glob("*-2026-12-06.pdf"))
    made = follow("demand", "2026-12-17", "--text", str(tmp_path / "demand.txt"))
    assert made.returncode == 0, made.stderr
    assert "配達証明" in made.stdout and "yen" in made.stdout
    text = (tmp_path / "demand.txt").read_text(encoding="utf-8")
    assert "令和8年12月17日" in text and "令和8年12月2日に貴社に到達" in text
    assert run("cases", "answered", case, "--refused", "--on", "2026-12-20", on="2026-12-21").returncode == 0
    assert "proviso" in one_line(follow("demand", "2026-12-21"))
    shown = run("cases", "show", case).stdout
    assert shown.count("followup-made") == 1 and "refused 2026-12-20" in shown


def test_numbers_dates_and_copies_are_bounded_where_they_enter(tmp_path: Path):
    run = Run(tmp_path)
    for args in (("cases", "show", "99999999999999999999"), ("cases", "delete", "99999999999999999999", "--yes"),
                 ("profiles", "delete", "99999999999999999999", "--yes"),
                 ("followup", "--case", "99999999999999999999", "--kind", "reminder", "-o", "x.pdf")):
        result = run(*args)
        assert result.returncode == 2 and "is not a number" in result.stderr and "Traceback" not in result.stderr
    case = run("cases", "add", "--company", "porters", "--details", str(DETAILS)).stdout.strip()
    for action in ("posted", "delivered"):
        result = run("cases", action, case, "--on", "9999-12-31")
        assert result.returncode == 2 and "must be between 1900-01-01 and" in result.stderr
    started = time.monotonic()
    for copies in ("100000", "0", "-3"):
        result = run("followup", "--case", case, "--kind", "demand", "--copies", copies, "-o", "x.pdf")
        assert result.returncode == 2 and "between 1 and 10" in result.stderr
    assert time.monotonic() - started < 30
    assert "does not exist" in one_line(run("cases", "--store", str(tmp_path / "none" / "x.db"), "list"))
    assert not (tmp_path / "none").exists()


def test_a_follow_up_not_saved_is_not_recorded_and_the_evidence_file_is_written_whole(tmp_path: Path):
    run = Run(tmp_path)
    case = run("cases", "--today", "2026-11-01", "add", "--company", "porters", "--details",
               str(DETAILS)).stdout.strip()
    assert run("cases", "--today", "2026-11-03", "posted", case, "--on", "2026-11-02").returncode == 0
    lost = run("followup", "--case", case, "--kind", "ppc-sheet", "-o", str(tmp_path / "no" / "x.pdf"))
    assert lost.returncode == 1 and "does not exist" in lost.stderr
    assert "followup-made" not in run("cases", "show", case).stdout
    assert run("followup", "--case", case, "--kind", "ppc-sheet", "-o", str(tmp_path / "p.pdf")).returncode == 0
    out = tmp_path / "evidence.zip"
    assert run("cases", "export", case, "-o", str(out)).returncode == 0
    names = zipfile.ZipFile(out).namelist()
    assert names[-2:] == ["timeline-ja.pdf", "timeline-en.pdf"] and "03-followup-01-ppc-sheet.pdf" in names
    assert "already exists" in one_line(run("cases", "export", case, "-o", str(out)))
    assert not list(tmp_path.glob(".tmp-*"))


def test_several_companies_in_one_go_all_or_none_and_the_same_request_again(tmp_path: Path):
    run = Run(tmp_path)
    profile = run("profiles", "save", "--name", "山田 (caller 1)", "--details", str(DETAILS)).stdout.strip()
    added = run("cases", "add", "--profile", profile, "--company", "porters", "--company", "leverages")
    assert added.returncode == 0, added.stderr
    assert len(added.stdout.split()) == 2  # one case, one letter, per company
    listed = run("cases", "list").stdout
    assert "ポーターズ株式会社\t山田 (caller 1)" in listed  # whose request: the profile's name
    again = run("cases", "add", "--profile", profile, "--company", "infomart", "--company", "porters")
    assert "ポーターズ" in one_line(again) and "--replace" in again.stderr
    assert len(run("cases", "list").stdout.splitlines()) == 2  # nothing stored for infomart either
    first = added.stdout.split()[0]
    replaced = run("cases", "add", "--profile", profile, "--company", "porters", "--replace", first)
    assert replaced.stdout.strip() == first
    assert "letter-2.pdf" in run("cases", "show", first).stdout
    late = run("cases", "--today", "2026-12-01", "add", "--details", str(DETAILS), "--company",
               "infomart", "--letter-date", "2026-11-20")
    shown = run("cases", "show", late.stdout.strip()).stdout
    assert "20261120-infomart-" in shown and "letter-made 2026-11-20" in shown
