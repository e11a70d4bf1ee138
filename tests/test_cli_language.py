"""The command line speaks the locale's language (issue 22 item 3): Japanese on a Japanese
locale, `--language` or DRA_LANGUAGE to choose; each command's output and errors in it, the
words in forms/cli.yaml (and forms/errors.yaml) with the same values as the English."""
from __future__ import annotations

import re

import pytest

from assistant.cli.language import chosen_language
from assistant.io.own_yaml import read_own_yaml
from assistant.io.paths import forms_dir
from tests.conftest import run_main


@pytest.mark.parametrize("argv, environ, expected", [
    ((), {"LANG": "ja_JP.UTF-8"}, "ja"), ((), {"LANG": "en_US.UTF-8"}, "en"), ((), {}, "en"),
    ((), {"LANG": "en_US.UTF-8", "LC_MESSAGES": "ja_JP.UTF-8"}, "ja"),
    ((), {"LC_ALL": "C", "LANG": "ja_JP.UTF-8"}, "en"), ((), {"LANG": "de_DE.UTF-8"}, "en"),
    ((), {"DRA_LANGUAGE": "ja", "LANG": "C"}, "ja"), ((), {"DRA_LANGUAGE": "en", "LANG": "ja_JP"}, "en"),
    (("--language", "en", "show", "x"), {"LANG": "ja_JP.UTF-8"}, "en"),
    (("--language=ja", "cases", "list"), {}, "ja"),
    (("--data-dir", "x", "--language", "ja", "show", "porters"), {}, "ja"),
    (("checklist", "--language", "en"), {"LANG": "ja_JP.UTF-8"}, "ja"),  # the checklist's own language
])
def test_the_language_is_chosen_from_the_option_the_setting_then_the_locale(argv, environ, expected, monkeypatch):
    import locale

    monkeypatch.setattr(locale, "getlocale", lambda *a: (None, None))  # no machine's own locale
    assert chosen_language(argv, environ) == expected
    monkeypatch.setattr(locale, "getlocale", lambda *a: ("Japanese_Japan", "932"))  # Windows
    assert chosen_language((), {}) == "ja"


def _japanese(monkeypatch, **more: str) -> None:
    monkeypatch.delenv("DRA_LANGUAGE", raising=False)
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    for name, value in more.items():
        monkeypatch.setenv(name, value)


def test_on_a_japanese_locale_every_command_speaks_japanese(monkeypatch):
    _japanese(monkeypatch)
    shown = run_main("show", "porters")
    assert shown.returncode == 0 and "日本語の名称: ポーターズ株式会社" in shown.stdout
    assert "ポリシーの原文: “" in shown.stdout and "policy says" not in shown.stdout
    assert "郵便番号: 不明（ポリシーに記載なし）" in shown.stdout
    empty = run_main("cases", "list")
    assert empty.stdout.startswith("管理している請求はまだありません")
    assert run_main("profiles", "list").stdout.startswith("保存したプロフィールはありません")
    assert run_main("validate").stdout.startswith("記録5件を確認、問題0件")
    unknown = run_main("checklist", "--company", "nope", "--request", "disclosure")
    assert unknown.returncode == 2 and unknown.stderr.startswith("エラー：IDが「nope」の会社はありません")
    wrong = run_main("checklist", "--company", "porters", "--request", "bogus")
    assert wrong.returncode == 2 and "使い方：" in wrong.stderr
    assert "--request に 'bogus' は指定できません" in wrong.stderr
    nothing = run_main("companies", "zzzzz")
    assert "に当てはまる会社はありません" in nothing.stderr and "Ways on" not in nothing.stderr
    missing = run_main("letter", "--company", "porters", "--details", "nope.yaml", "-o", "x.pdf")
    assert "ファイルを読めません（ファイルまたはフォルダがありません）" in missing.stderr


def test_a_tracked_request_is_listed_in_japanese(monkeypatch):
    from tests.repo import ROOT

    _japanese(monkeypatch)
    added = run_main("cases", "add", "--company", "porters", "--details", str(ROOT / "examples" / "details.yaml"),
                     "--letter-date", "2026-11-01")
    assert added.returncode == 0, added.stderr
    listed = run_main("cases", "list").stdout
    assert "書面作成済み（未投函）" in listed and "期日なし（まず投函を記録してください）" in listed
    assert "\t開示\t" in listed and "draft" not in listed
    posted = run_main("cases", "posted", "1", "--on", "2026-11-02")
    assert posted.stdout.startswith("請求 1：投函済み。") and "訴えを起こせる日" in posted.stdout
    shown = run_main("cases", "show", "1").stdout
    assert "本人：山田 太郎　請求：開示（請求者：本人）　状況：投函済み" in shown
    english = run_main("--language", "en", "cases", "list").stdout
    assert "\tposted\t" in english and "投函済み" not in english


def test_the_japanese_words_keep_every_value_of_the_english():
    for name in ("cli.yaml", "errors.yaml"):
        for english, words in read_own_yaml(forms_dir() / name).items():
            japanese = words.get("ja", "")
            assert japanese, (name, english)
            assert set(re.findall(r"\{\w+\}", english)) == set(re.findall(r"\{\w+\}", japanese)), english
