"""Import does each step once (read, clean, propose), and cleans no more of a huge text than it
keeps; the quick path of cleaning gives what checking every character gives."""
from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest

from assistant.cli.commands import main as cli_main
from assistant.importer import extract, run, source
from assistant.importer.source import MAX_CHARS, clean
from tests.repo import ROOT

TEXT = ROOT / "tests" / "fixtures" / "procedures" / "stamps.txt"


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    counted = {"read": 0, "clean": 0, "propose": 0}

    def counting(name, real):
        def call(*args, **kwargs):
            counted[name] += 1
            return real(*args, **kwargs)
        return call
    monkeypatch.setattr(source, "read_limited", counting("read", source.read_limited))
    monkeypatch.setattr(source, "clean", counting("clean", source.clean))
    monkeypatch.setattr(run, "propose", counting("propose", extract.propose))
    return counted


def test_the_import_command_reads_cleans_and_searches_the_text_once(tmp_path, calls, capsys):
    assert cli_main(["import", str(TEXT), "-o", str(tmp_path), "--id", "stamps"]) == 0
    assert (tmp_path / "stamps.yaml").is_file()
    assert calls == {"read": 1, "clean": 1, "propose": 1}


def test_a_dry_run_too(tmp_path, calls, capsys):
    assert cli_main(["import", str(TEXT), "--dry-run"]) == 0
    assert calls == {"read": 1, "clean": 1, "propose": 1}


def _seen(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    seen: list[int] = []
    real = source._visible
    monkeypatch.setattr(source, "_visible", lambda line: seen.append(len(line)) or real(line))
    return seen


def test_a_five_megabyte_text_is_cut_before_it_is_cleaned(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    path.write_text(("個人情報の開示請求は書面で受け付けます。\t\n" * 200_000)[:1_500_000], encoding="utf-8")
    seen = _seen(monkeypatch)
    text = source.read_policy(path)
    assert len(text) <= MAX_CHARS
    assert sum(seen) + len(seen) - 1 <= 2 * MAX_CHARS  # characters looked at, line breaks too


def test_a_huge_page_is_read_only_as_far_as_its_text_is_kept(tmp_path, monkeypatch):
    path = tmp_path / "huge.html"
    path.write_text("<html><body>" + "<p>開示請求の手続</p>" * 150_000, encoding="utf-8")
    fed: list[int] = []
    real = source._TextOfPage.feed
    monkeypatch.setattr(source._TextOfPage, "feed", lambda self, data: fed.append(len(data)) or real(self, data))
    assert source.read_policy(path).startswith("開示請求の手続")
    assert sum(fed) < path.stat().st_size / 2


def _reference_clean(text: str) -> str:
    """clean() as it was, every character checked: the quick path must give the same."""
    text = text[:MAX_CHARS * 2].translate(source.CIRCLED)
    text = unicodedata.normalize("NFKC", text).replace("\r\n", "\n").replace("\r", "\n")
    kept = [ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co")]
    lines = [p for line in "".join(kept).split("\n") for p in source._wrapped(" ".join(line.split()))]
    out = "\n".join(lines)
    while "\n\n\n" in out:
        out = out.replace("\n\n\n", "\n\n")
    return out.strip()[:MAX_CHARS]


def test_cleaning_line_by_line_gives_what_checking_every_character_gives():
    rng = random.Random(25)
    alphabet = ("開示請求書ｶﾀｶﾅ①⑳ABCabc 123\t\n\r\u3000\xa0\u2028\u2029\u200b\u200e\u202e"
                "\ue000\U000f0000\x00\x1b\x7f\x85\ufeff\u0378\ufffe㍿")
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400)))
        assert clean(text) == _reference_clean(text), repr(text)
