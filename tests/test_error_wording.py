"""Input errors say what to type in the person's language (forms/errors.yaml)."""
from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from assistant.case.request import Typed, check_details
from assistant.io.error_wording import _catalogue, translated
from assistant.io.paths import forms_dir
from tests.repo import ROOT
from assistant.io.yaml_errors import _PLAIN
from assistant.law.reference import load_law

CATALOGUE = _catalogue(forms_dir() / "errors.yaml")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _raised_messages(path: Path) -> list[str]:
    """Every fixed message a module raises as ValueError or PydanticCustomError."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "ValueError" and \
                node.args and isinstance(node.args[0], ast.Constant):
            found.append(node.args[0].value)
    return found


@pytest.mark.parametrize("english", sorted(CATALOGUE))
def test_every_translation_keeps_the_values_it_fills_in(english):
    for language, words in CATALOGUE[english].items():
        assert _names(words) == _names(english), (english, language)
        assert not LATIN_WORD.search(re.sub(r"「[^」]*」|\{\w+\}|\[a, b\]", "", words)), words


def test_every_message_the_details_checks_give_has_japanese_words():
    messages = list(_PLAIN.values()) + _raised_messages(ROOT / "assistant/case/details.py")
    assert len(messages) > 15  # the walk found the validators' messages
    missing = [m for m in messages if "ja" not in CATALOGUE.get(m, {})]
    assert missing == []


def test_the_wizard_gets_the_errors_in_japanese_and_the_cli_keeps_english():
    typed = Typed(fields={"requester.full_name": "\u200b", "requester.date_of_birth": "2999-01-01",
                          "requester.postal_code": "12-34", "requester.email": "taro",
                          "requester.address": "東京都", "request.correction.current": "x"})
    law = load_law()
    ja = dict(check_details(typed, ("correction",), "self", law, "ja").errors)
    en = dict(check_details(typed, ("correction",), "self", law).errors)
    assert set(ja) == set(en) and len(ja) == 5
    assert ja["requester.postal_code"] == "郵便番号は「150-0001」のように7桁の数字で入力してください"
    assert ja["requester.full_name"] == "入力してください" and en["requester.full_name"] == "required"
    assert "past" in en["requester.date_of_birth"] and "今日より前" in ja["requester.date_of_birth"]
    for message in ja.values():
        assert not LATIN_WORD.search(re.sub(r"「[^」]*」", "", message)), message


def test_a_message_without_a_translation_stays_as_the_code_wrote_it():
    assert translated("no such message", "ja") == "no such message"
    assert translated("at most {max_length} characters; shorten it", "ja", max_length=5) == \
        "5文字以内に短くしてください"


def test_a_line_compiles_only_the_templates_whose_own_words_it_holds():
    """A Japanese checklist prints some 140 lines against some 200 templates: a template is
    compiled only for a line that holds its longest run of own words, not all at once."""
    from assistant.io import error_wording
    from assistant.io.paths import forms_dir

    files = ("cli.yaml", "errors.yaml")
    error_wording._compiled.cache_clear()
    templates = error_wording._all_patterns(tuple(forms_dir() / name for name in files), "ja")
    assert len(templates) > 100
    said = error_wording.translated_message("no case with id 7; 'cases list' shows the ids", "ja", files)
    assert said.startswith("番号7の請求はありません")
    error_wording.translated_message("□ 本人確認書類の写し（運転免許証）", "ja", files)
    assert error_wording._compiled.cache_info().currsize < 10
