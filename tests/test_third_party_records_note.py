"""The third-party records' checklist says what the Act has a company record (its provisions to and
receipts from third parties, not those the items of Art. 27(1) allow, nor — unless the third party is
abroad — those to a processor, in a succession or for joint use) and how long it keeps them, as the law's note with its articles; no
other kind's checklist says it."""
from __future__ import annotations

from assistant.checklist.text import checklist_text
from assistant.facade import Assistant
from assistant.records.directory import load_directory


def _legal(kind: str, language: str) -> list:
    assistant = Assistant(load_directory(use_cache=False))
    company = assistant.directory.get("leverages")
    checklist = assistant.checklist(company, kind)
    notes = [n for s in checklist.sections if s.key == "legal-notes" for n in s.items]
    return notes, checklist_text(checklist, languages=(language,))


def test_the_records_note_names_what_is_recorded_and_for_how_long():
    notes, text = _legal("third-party-records", "ja")
    note = next(n for n in notes if "第三者提供記録は" in n.text.text("ja"))
    assert note.source == "law" and note.article == "Arts. 29, 30"
    words = note.text.text("ja")
    assert "委託、事業の承継又は共同利用に伴う提供" in words and "外国にある第三者への提供でない限り" in words
    assert "原則3年" in words and "施行規則第21条・第25条" in words  # (as numbered since April 2022)
    assert "第三者提供記録は" in text  # printed among the legal notes
    assert "a processor entrusted with the data" in note.text.text("en")


def test_no_other_kind_carries_it():
    for kind in ("disclosure", "purpose", "correction"):
        _, text = _legal(kind, "ja")
        assert "第三者提供記録は、会社が" not in text


def test_the_method_is_designated_under_article_33_1_as_33_5_applies_it():
    notes, _ = _legal("third-party-records", "ja")
    designate = next(n for n in notes if "を指定できる" in n.text.text("ja"))
    assert designate.article == "Art. 33(1), applied by Art. 33(5)"
    assert designate.text.text("ja").startswith("個人情報保護法第33条第5項において準用する同条第1項により")
    notes, _ = _legal("disclosure", "ja")
    assert next(n for n in notes if "を指定できる" in n.text.text("ja")).article == "Art. 33(1)"
