"""A record's note on where to send (send_to.note) is said in Japanese where the record gives its
Japanese (note_ja), never left as a pointer to the English policy in a Japanese checklist (the
third-party records' cold read found leverages' return-address note shown only so)."""
from __future__ import annotations

import yaml

from assistant.checklist.build import build_checklist
from assistant.checklist.text import checklist_text
from assistant.io.paths import COMPANIES_DIR
from assistant.law.reference import load_checklist_words, load_labels, load_law
from assistant.records.model import Company


def _text(data: dict, language: str) -> str:
    checklist = build_checklist(Company.model_validate(data), "disclosure", "self", law=load_law(),
                                labels=load_labels(), words=load_checklist_words())
    return "".join(checklist_text(checklist, languages=(language,)).split())


def test_the_note_in_japanese_where_the_record_gives_it():
    data = yaml.safe_load((COMPANIES_DIR / "leverages.yaml").read_text(encoding="utf-8"))
    assert "レバレジーズから郵送される請求書に返送先の記載がある場合は、その宛先に送る。" in _text(data, "ja")
    assert "mayname areturnaddress".replace(" ", "") in _text(data, "en").replace(" ", "")
    del data["send_to"]["note_ja"]  # without it: the pointer to the policy's words, no English
    assert "送付先については下記のプライバシーポリシーの原文も確認する" in _text(data, "ja")
