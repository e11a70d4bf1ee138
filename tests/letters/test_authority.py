"""The 委任状: who authorises whom, to ask what of which company, the 実印 box; only for an
appointed agent or a lawyer; listed among the letter's enclosures."""
from __future__ import annotations

import pytest

from assistant.cli.commands import main as cli
from tests.render.helpers import squash, text_of
from tests.repo import ROOT

AGENT = """representative:
  capacity: {capacity}
  full_name: 鈴木 花子
  postal_code: 105-0011
  address: 東京都港区芝公園4-2-8
{extra}"""


def _details(tmp_path, capacity: str, extra: str = "", kinds: str = "[disclosure]"):
    text = (ROOT / "examples" / "details.yaml").read_text(encoding="utf-8")
    text = text.replace("kinds: [disclosure]", f"kinds: {kinds}")
    path = tmp_path / f"{capacity}.yaml"
    path.write_text(text + AGENT.format(capacity=capacity, extra=extra), encoding="utf-8")
    return path


def _authority(tmp_path, details, *more) -> str:
    out = tmp_path / "authority.pdf"
    assert cli(["authority", "--company", "leverages", "--details", str(details), "--date",
                "2026-12-01", "-o", str(out), "--overwrite", *more]) == 0
    return text_of(out.read_bytes())


def test_an_agent_s_authority_names_both_people_the_company_the_requests_and_the_seal(tmp_path):
    text = squash(_authority(tmp_path, _details(tmp_path, "agent", kinds="[disclosure, purpose]")))
    for expected in ["委任状", "受任者（代理人）", "鈴木花子", "東京都港区芝公園4-2-8",
                     "私は、上記の者を代理人と定め、下記の事項を委任します。", "記", "委任事項",
                     "レバレジーズ株式会社（以下「同社」といいます。）に対し、",
                     "同社が保有する私を本人とする保有個人データについて",
                     "同社からの連絡及び開示等の結果の受領（代理人宛ての送付を求めることを含む。）",
                     "保有個人データの開示の請求（法第33条第1項）",
                     "保有個人データの利用目的の通知の請求（法第32条第2項）",
                     "doda", "以上", "令和8年12月1日委任者（本人）",
                     "昭和60年4月12日", "氏名（自署）＿＿＿＿＿＿＿＿＿＿＿＿＿＿㊞（実印）"]:
        assert expected in text, expected
    assert text.index("以上") < text.index("委任者（本人）")  # the person signs below the matters
    # S1-4/S1-5: no note to the person on the paper the company keeps, one name for the company,
    # one calendar, no heading on the date, the person's name left to their own hand
    for absent in ["印鑑登録証明書", "一般的な慣行", "貴社", "私の保有個人データ", "作成日", "（2026年",
                   "（1985年", "御中", "山田太郎"]:
        assert absent not in text, absent


def test_a_lawyer_s_authority_carries_the_registration_number_and_english_follows(tmp_path):
    details = _details(tmp_path, "lawyer", "  registration_number: 54321\n  bar_association: 第二東京弁護士会\n")
    text = squash(_authority(tmp_path, details, "--language", "both"))
    assert "上記の弁護士を代理人と定め" in text
    assert "氏名：弁護士鈴木花子（第二東京弁護士会所属、登録番号54321）" in text
    assert text.index("委任状") < text.index("Letterofauthority")
    assert "鈴木花子,attorneyatlaw(第二東京弁護士会,registrationno.54321)" in text
    assert "includingaskingthattheybesenttotheagent" in text and "registeredseal" not in text  # N-S2-12
    assert "jitsuin" not in text and "generalpractice" not in text


def test_the_seal_advice_moved_to_the_checklist_labelled_general_practice(tmp_path, capsys):
    assert cli(["checklist", "--company", "leverages", "--request", "disclosure", "--requester", "agent",
                "--language", "ja"]) == 0
    out = squash(capsys.readouterr().out)
    assert "一般的な慣行：本人の印鑑登録証明書" in out and "委任状に押印した実印" in out


@pytest.mark.parametrize("capacity, says", [
    ("legal-representative-minor", "acts by law"), (None, "names no representative")])
def test_no_authority_for_the_person_or_a_legal_representative(tmp_path, capsys, capacity, says):
    details = _details(tmp_path, capacity) if capacity else ROOT / "examples" / "details.yaml"
    out = tmp_path / "authority.pdf"
    assert cli(["authority", "--company", "leverages", "--details", str(details), "-o", str(out)]) == 2
    assert says in capsys.readouterr().err and not out.exists()


def test_the_letter_lists_the_authority_among_the_enclosures(tmp_path):
    out = tmp_path / "letter.pdf"
    assert cli(["letter", "--company", "leverages", "--details", str(_details(tmp_path, "agent")),
                "-o", str(out)]) == 0
    text = squash(text_of(out.read_bytes()))
    assert "委任状" in text[text.index("同封書類"):]
