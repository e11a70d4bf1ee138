"""The follow-ups as a 行政書士's review asked for them (review findings S1-2, S1-6, S1-10, S1-12,
S1-15, S2-4, S2-5, S2-14): every follow-up cites the reference and date the sent letter carried,
whatever day the case was tracked; the 催告書 rests the suit on the request's own article and
advises waiting after a reminder; the complaint never asserts membership and carries its 記書き; the
first-contact message is signed from the details."""
from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from assistant.case.rows import StoreError
from assistant.followup.availability import check
from assistant.followup.demand import demand
from assistant.followup.letters import FollowupError, paragraphs, ppc_sheet
from assistant.render.followup_pdf import followup_letter_pdf
from tests.repo import ROOT
from tests.test_cases_cli import Run, one_line
from tests.tracking import case_for, tracker_for

D = lambda day: date(2026, 12, day)  # noqa: E731


def text_of(pdf: bytes) -> str:
    return "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.skipif(shutil.which("faketime") is None, reason="needs faketime")
def test_letter_on_one_day_tracked_on_another_and_followed_up_on_a_third_cite_one_reference(tmp_path: Path):
    """`letter` on 1 December, `cases add --letter-date` on 3 December, a reminder on 28
    December: the letter, the case and the reminder carry the same 整理番号 and letter date."""
    run = Run(tmp_path)
    details = str(ROOT / "examples" / "details.yaml")
    made = run("letter", "--company", "leverages", "--details", details, "-o",
               str(tmp_path / "letter.pdf"), on="2026-12-01")
    assert made.returncode == 0, made.stderr
    letter = text_of((tmp_path / "letter.pdf").read_bytes())
    added = run("cases", "add", "--company", "leverages", "--details", details,
                "--letter-date", "2026-12-01", on="2026-12-03")
    assert added.returncode == 0, added.stderr
    case = added.stdout.strip()
    shown = run("cases", "show", case, on="2026-12-03").stdout
    reference = next(word for line in shown.splitlines() for word in line.split() if "-leverages-" in word)
    assert reference.startswith("20261201-") and reference in letter and "令和8年12月1日" in letter
    assert run("cases", "posted", case, "--on", "2026-12-03", on="2026-12-03").returncode == 0
    assert run("cases", "delivered", case, "--on", "2026-12-04", on="2026-12-05").returncode == 0
    out = tmp_path / "reminder.pdf"
    follow = run("followup", "--case", case, "--kind", "reminder", "-o", str(out), on="2026-12-28")
    assert follow.returncode == 0, follow.stderr
    reminder = text_of(out.read_bytes())
    assert f"当方整理番号：{reference}" in reminder and "令和8年12月1日付けの書面" in reminder


def test_a_corrected_or_new_letter_carries_the_reference_its_case_keeps(tmp_path: Path):
    """The wizard's path: the reference is final before the letter is made (a correction keeps
    its case's, a new request of the same kind gets a free one); a saved letter that carries
    another reference than its case is refused, never kept beside it."""
    tracker = tracker_for(tmp_path)
    first = tracker.add(case_for("leverages", "disclosure", letter_date=D(1)), D(1))
    original = tracker.store.summary(first).reference
    corrected = tracker.prepare(case_for("leverages", "disclosure"), D(3), letter_date=D(3), replace=first)
    assert corrected.options.reference == original
    letter = tracker.assistant.letter_pdf(corrected)
    assert original in text_of(letter)
    assert tracker.add(corrected, D(3), replace=first, letter=letter) == first
    new = tracker.prepare(case_for("leverages", "disclosure"), D(3), letter_date=D(1), new=True)
    assert new.options.reference != original
    second = tracker.add(new, D(3), new=True, letter=tracker.assistant.letter_pdf(new))
    assert tracker.store.summary(second).reference == new.options.reference
    stale = tracker.prepare(case_for("leverages", "disclosure"), D(3), letter_date=D(2))
    with pytest.raises(StoreError, match="make the corrected letter again|make the letter again"):
        tracker.add(stale, D(3), replace=first, letter=tracker.assistant.letter_pdf(stale))
    facts = tracker.facts(first, D(28))
    assert facts.reference == original and facts.letter_date == D(3)


def sent_and_delivered(tmp_path: Path, company: str = "persol-career"):
    tracker = tracker_for(tmp_path)
    case_id = tracker.add(case_for(company, "disclosure", letter_date=D(1)), D(1))
    tracker.posted(case_id, D(1), today=D(1))
    tracker.delivered(case_id, D(2), today=D(2))
    return tracker, case_id


def test_the_demand_rests_on_the_request_article_and_advises_a_week_after_a_reminder(tmp_path: Path):
    tracker, case_id = sent_and_delivered(tmp_path)
    facts = tracker.facts(case_id, D(17))
    body = "".join(demand(facts).paragraphs)
    assert "個人情報の保護に関する法律第39条第1項に定める期間は既に経過しております" in body
    assert "同法第33条第1項の規定による請求に係る訴えの提起を検討" in body
    assert "第39条の規定に基づき" not in body
    assert "（doda、ID-778899）" in body  # the request identified as the letter named it
    assert tracker.followup_advice(case_id, "demand", D(17)) is None  # no reminder yet
    tracker.record_followup(case_id, "reminder", tracker.followup_pdf(case_id, "reminder", today=D(17)), D(17))
    # The law allows the demand from 17 December: within the week after a reminder it is still
    # made, with general practice's advice (labelled so) to wait, never a refusal.
    for day in (17, 23):
        check("demand", tracker.facts(case_id, D(day)), "en")
        said = tracker.followup_advice(case_id, "demand", D(day), "en")
        assert said.startswith("general practice (not the law)") and "from 24 December 2026" in said
    said_ja = tracker.followup_advice(case_id, "demand", D(23), "ja")
    assert said_ja.startswith("一般的な慣行（法律の定めではありません）") and "2026年12月24日以降" in said_ja
    assert tracker.followup_advice(case_id, "demand", D(24), "en") is None
    assert tracker.followup_advice(case_id, "reminder", D(23), "en") is None
    demand_pdf = tracker.followup_pdf(case_id, "demand", today=D(18))
    assert "ご担当者様" in text_of(demand_pdf) and "ご担当者　様" not in text_of(demand_pdf)


def test_the_complaint_asserts_no_membership_and_gives_the_organisation_what_it_needs(tmp_path: Path):
    tracker, case_id = sent_and_delivered(tmp_path)
    pdf = tracker.followup_pdf(case_id, "complaint", today=D(18))
    text = text_of(pdf)
    assert "貴団体の対象事業者である" not in text.split("差し出す前に")[0]
    for item in ("記", "1対象事業者パーソルキャリア株式会社", "2請求の内容個人情報の保護に関する法律第33条第1項",
                 "3経緯令和8年12月1日付けの請求書を令和8年12月1日に発送、令和8年12月2日に同社に到達。"
                 "以後、回答なし（令和8年12月18日現在）。", "4添付資料(1)請求書の控えの写し",
                 "5連絡先電話090-1234-5678電子メールtaro@example.jp", "以上", "山田太郎㊞",
                 "苦情の処理を賜りますようお願い申し上げます"):
        assert item in text, item
    assert "認定個人情報保護団体一覧" in text.split("差し出す前に")[1]  # the page the sender keeps
    english = text_of(tracker.followup_pdf(case_id, "complaint", today=D(18), languages=("en",)))
    assert "amemberofyourorganisation" not in english and "1.Thecompany:" in english


def test_the_reply_to_a_refusal_numbers_its_points_and_asks_which_item_applies(tmp_path: Path):
    tracker, case_id = sent_and_delivered(tmp_path)
    tracker.answered(case_id, D(24), "refused", today=D(24))
    facts = tracker.facts(case_id, D(25), "開示しない理由が示されていない\n利用履歴が含まれていない")
    body = paragraphs("incomplete", facts, "ja")
    assert body[2:4] == ["1　開示しない理由が示されていない", "2　利用履歴が含まれていない"]
    assert "同法第33条第2項各号のいずれに該当するか、及びその具体的な理由" in body[-1]
    assert "貴社からは、令和8年12月24日に、請求に応じない旨のご回答を受領いたしました。" in body[0]
    pdf = text_of(tracker.followup_pdf(case_id, "incomplete", today=D(25), problem="理由がない"))
    assert f"当方整理番号：{tracker.store.summary(case_id).reference}" in pdf


def test_the_ppc_sheet_is_a_memo_and_its_example_is_spoken(tmp_path: Path):
    tracker, case_id = sent_and_delivered(tmp_path)
    sheet = ppc_sheet(tracker.facts(case_id, D(17)), "ja", "03-6457-9849", "平日（電話のみ）")
    assert "会社の対応：回答なし（令和8年12月17日現在）" in sheet["have"]
    assert "（電話のみ）" not in sheet["intro"]
    assert "パーソルキャリア株式会社の個人情報の窓口に、" in sheet["say"] and "まだ回答がありません。" in sheet["say"]
    assert "ご担当者に" not in sheet["say"]


def test_the_reminder_states_the_policy_limit_and_its_basis_never_a_company_deadline(tmp_path: Path):
    tracker, case_id = sent_and_delivered(tmp_path, "leverages")
    lawyer = tracker_for(tmp_path / "lawyer")
    rep = {"capacity": "lawyer", "full_name": "田中 誠", "address": "東京都千代田区霞が関1-1-3",
           "registration_number": "45678", "bar_association": "第二東京弁護士会"}
    lawyer_case = lawyer.add(case_for("leverages", "disclosure", representative=rep, letter_date=D(1)), D(1))
    lawyer.posted(lawyer_case, D(1), today=D(1))
    lawyer.delivered(lawyer_case, D(2), today=D(2))
    for t, c in ((tracker, case_id), (lawyer, lawyer_case)):
        body = "".join(paragraphs("reminder", t.facts(c, D(23)), "ja"))
        assert "貴社の定める回答期限" not in body
        assert ("記入済みの請求書と本人確認書類が届いた日から14営業日以内に回答する旨の記載がございますところ、"
                "上記到達日から起算して同期間（令和8年12月22日）を経過いたしました") in body
    english = " ".join(paragraphs("reminder", tracker.facts(case_id, D(23)), "en"))
    assert "Your privacy policy states that you answer within 14 business days of receipt" in english


def test_the_first_contact_message_is_signed_from_the_details(tmp_path: Path):
    run = Run(tmp_path)
    out = run("message", "--company", "porters", "--request", "disclosure", "--language", "ja",
              "--details", str(ROOT / "examples" / "details.yaml"))
    assert out.returncode == 0, out.stderr
    assert "[氏名]" not in out.stdout and "下記の住所宛てにお送りいただけますと幸いです" in out.stdout
    tail = out.stdout.rstrip().splitlines()[-4:]
    assert tail[0].endswith("）") and tail[2].startswith("住所：〒") and "電話：" in tail[3]
    blank = run("message", "--company", "porters", "--request", "disclosure", "--language", "ja")
    assert blank.stdout.rstrip().endswith("[氏名]")  # no details: a marked blank, nothing guessed
    assert "error" in one_line(run("message", "--company", "porters", "--request", "disclosure",
                                   "--details", str(tmp_path / "missing.yaml"))).lower()
