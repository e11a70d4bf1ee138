"""Tracking a request after sending, played as whole timelines on fixed dates: each follow-up is
made only when the law and the recorded facts allow it, with the dates and articles it prints,
in Japanese and English; the timeline's rules refuse what cannot be; a case is recorded after the
fact; the same request tracked again; several companies at once; the evidence file."""
from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from assistant.case.rows import StoreError
from assistant.case.timeline import TimelineError
from assistant.followup.availability import check
from assistant.followup.demand import demand_text
from assistant.followup.letters import FollowupError, paragraphs
from assistant.law.reference import load_law
from assistant.tracker import SameRequest, Tracker
from tests.tracking import case_for, tracker_for

LAW = load_law()
KINDS = tuple(LAW.request_kinds)
D = lambda day: date(2026, 12, day)  # noqa: E731 - December 2026, the month most of it happens


@pytest.fixture
def tracker(tmp_path: Path) -> Tracker:
    return tracker_for(tmp_path)


def sent(tracker: Tracker, company: str, *kinds: str, delivered: int | None = 2) -> int:
    case_id = tracker.add(case_for(company, *kinds), D(1))
    tracker.posted(case_id, D(1), "1234-5678-9012", today=D(1))
    if delivered:
        tracker.delivered(case_id, D(delivered), today=D(delivered))
    return case_id


def allowed(tracker: Tracker, case_id: int, kind: str, day: date, problem: str | None = None) -> bool:
    try:
        check(kind, tracker.facts(case_id, day, problem), "en")
    except FollowupError:
        return False
    return True


def text(tracker: Tracker, case_id: int, kind: str, day: date, language: str = "ja",
         problem: str | None = None) -> str:
    facts = tracker.facts(case_id, day, problem)
    if kind == "demand":
        return demand_text(facts)
    return "".join(paragraphs(kind, facts, language))


def test_the_request_of_the_issue_played_on_real_dates(tracker: Tracker):
    """Leverages, disclosure: posted 1 Dec 2026, delivered 2 Dec; the company's limit is 14
    business days (22 Dec); Art. 39's two weeks end on 16 Dec."""
    case_id = sent(tracker, "leverages", "disclosure")
    for kind in ("reminder", "demand"):
        assert not allowed(tracker, case_id, kind, D(6))  # day four: no limit has passed
    assert not allowed(tracker, case_id, "demand", D(16))
    assert allowed(tracker, case_id, "demand", D(17)) and not allowed(tracker, case_id, "reminder", D(22))
    demand = text(tracker, case_id, "demand", D(17))
    assert "同書面は令和8年12月2日に貴社に到達しております" in demand
    assert "2週間を経過した現在" in demand and "令和8年12月17日" in demand
    reminder = text(tracker, case_id, "reminder", D(23))
    assert ("貴社プライバシーポリシーには、記入済みの請求書と本人確認書類が届いた日から14営業日以内に回答する旨の"
            "記載がございますところ、上記到達日から起算して同期間（令和8年12月22日）を経過いたしましたが") in reminder
    sheet = tracker.followup_pdf(case_id, "ppc-sheet", today=D(17))
    assert "令和8年12月16日に満了" in "".join(PdfReader(io.BytesIO(sheet)).pages[0].extract_text().split())
    tracker.answered(case_id, D(20), "refused", today=D(20))
    for kind in ("reminder", "demand"):
        assert not allowed(tracker, case_id, kind, D(23))
    with pytest.raises(FollowupError, match="refused on 20 December 2026.*proviso"):
        tracker.followup_pdf(case_id, "demand", today=D(23))
    reply = text(tracker, case_id, "incomplete", D(23), problem="理由の説明がありません。")
    assert "請求に応じない旨のご回答" in reply and "第33条第3項" in reply


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_through_its_timeline_in_both_languages(tmp_path: Path, kind: str):
    tracker = tracker_for(tmp_path)
    law = LAW.request_kinds[kind]
    limited = sent(tracker, "leverages", kind)  # the policy names 14 business days
    open_ended = sent(tracker, "persol-career", kind)  # no limit; an accredited organisation
    court = law.court_after_two_weeks
    for case_id in (limited, open_ended):
        assert allowed(tracker, case_id, "ppc-sheet", D(6))
        for follow in ("reminder", "demand", "incomplete", "complaint"):
            assert not allowed(tracker, case_id, follow, D(6), "x"), (kind, follow)
    # 17 December: Art. 39's two weeks have passed; persol's reminder, as general practice, too.
    assert allowed(tracker, limited, "demand", D(17)) == court
    if court:
        demand = text(tracker, limited, "demand", D(17))
        assert f"個人情報の保護に関する法律{law.article_ja}に基づく" in demand
    assert not allowed(tracker, limited, "reminder", D(17))
    for language, article in (("ja", law.answer_duty.article_in("ja")), ("en", law.answer_duty.article)):
        reminder = text(tracker, open_ended, "reminder", D(17), language)
        assert article in reminder and (article + "、" not in reminder)
    assert "到達から既に2週間が経過した" in text(tracker, open_ended, "reminder", D(17))
    assert "2 weeks have passed since the letter's arrival" in text(tracker, open_ended, "reminder", D(17), "en")
    assert allowed(tracker, open_ended, "complaint", D(17))
    assert "回答をいただいておりません" in text(tracker, open_ended, "complaint", D(17))
    # Answered in full on the 18th: nothing says it was not; a reply to the answer is possible.
    tracker.answered(open_ended, D(18), today=D(18))
    for follow in ("reminder", "demand", "complaint"):
        assert not allowed(tracker, open_ended, follow, D(23)), follow
    assert "貴社からは、令和8年12月18日に、ご回答を受領いたしました" in text(
        tracker, open_ended, "incomplete", D(23), problem="一部が開示されていません。")
    # The company refuses on the 20th: the reply cites the kind's own notice article.
    tracker.answered(limited, D(20), "refused", today=D(20))
    assert not allowed(tracker, limited, "demand", D(23)) and not allowed(tracker, limited, "reminder", D(23))
    for language, article in (("ja", law.refusal_notice.article_in("ja")), ("en", law.refusal_notice.article)):
        reply = text(tracker, limited, "incomplete", D(23), language, problem="理由がありません。")
        assert article in reply


def test_a_case_recorded_after_the_fact_keeps_its_own_dates(tracker: Tracker):
    late = case_for("leverages", "correction", letter_date=date(2026, 11, 20))
    case_id = tracker.add(late, today=D(10))
    tracker.posted(case_id, date(2026, 11, 20), today=D(10))
    tracker.delivered(case_id, date(2026, 11, 21), today=D(10))
    facts = tracker.facts(case_id, D(10))
    assert (facts.letter_date, facts.arrived_on) == (date(2026, 11, 20), date(2026, 11, 21))
    demand = demand_text(facts)
    assert "令和8年11月20日付けの書面" in demand and "令和8年11月21日に貴社に到達" in demand
    assert "第34条第1項に基づく" in demand
    assert tracker.store.summary(case_id).reference.startswith("20261120-leverages-")
    letter = tracker.store.read_file(case_id, "letter.pdf")
    assert "令和8年11月20日" in "".join(PdfReader(io.BytesIO(letter)).pages[0].extract_text().split())


def test_the_timeline_refuses_dates_out_of_order_or_in_the_future(tracker: Tracker):
    case_id = tracker.add(case_for("leverages", "disclosure"), D(3))
    with pytest.raises(TimelineError, match="posting date 2026-12-09 is after today \\(2026-12-06\\)"):
        tracker.posted(case_id, D(9), today=D(6))
    with pytest.raises(TimelineError, match="posting date 2026-12-01 is before the date on the letter 2026-12-03"):
        tracker.posted(case_id, D(1), today=D(6))
    with pytest.raises(TimelineError, match="'delivered' needs 'posted'"):
        tracker.delivered(case_id, D(4), today=D(6))
    tracker.posted(case_id, D(4), today=D(6))
    with pytest.raises(TimelineError, match="delivery date 2026-12-03 is before the posting date 2026-12-04"):
        tracker.delivered(case_id, D(3), today=D(6))
    with pytest.raises(TimelineError, match="'posted' is already recorded on 2026-12-04"):
        tracker.posted(case_id, D(5), today=D(6))
    tracker.delivered(case_id, D(5), today=D(6))
    with pytest.raises(TimelineError, match="answer 2026-12-04 is before the delivery date 2026-12-05"):
        tracker.answered(case_id, D(4), today=D(6))
    kinds = [e.kind for e in tracker.store.events(case_id)]
    assert kinds == ["created", "letter-made", "posted", "delivered"]  # nothing else was recorded


def test_a_wrong_event_is_corrected_by_a_new_event_and_nothing_is_overwritten(tracker: Tracker):
    case_id = sent(tracker, "leverages", "disclosure", delivered=3)
    delivered = next(e for e in tracker.store.events(case_id) if e.kind == "delivered")
    court = lambda: next(d.day for d in tracker.store.summary(case_id).dues if d.what == "court-possible")  # noqa: E731
    assert court() == D(18)
    tracker.correct(case_id, delivered.id, day=D(2), today=D(6))
    assert court() == D(17)  # the dates follow the corrected arrival
    assert tracker.facts(case_id, D(17)).arrived_on == D(2)
    assert next(e for e in tracker.store.events(case_id) if e.id == delivered.id).day == D(3)
    with pytest.raises(TimelineError, match="delivery date 2026-11-30 is before"):
        tracker.correct(case_id, delivered.id, day=date(2026, 11, 30), today=D(6))
    posted = next(e for e in tracker.store.events(case_id) if e.kind == "posted")
    with pytest.raises(TimelineError, match="'delivered' needs 'posted'"):
        tracker.correct(case_id, posted.id, void=True, today=D(6))  # the delivery rests on it
    tracker.correct(case_id, delivered.id, void=True, today=D(6))
    assert tracker.store.summary(case_id).status == "posted"
    assert tracker.facts(case_id, D(20)).arrived_on is None
    tracker.close(case_id, D(7), today=D(7))
    with pytest.raises(TimelineError, match="closed on 2026-12-07"):
        tracker.delivered(case_id, D(2), today=D(8))


def test_the_same_request_again_replaces_the_letter_or_starts_a_new_case(tracker: Tracker):
    first = tracker.add(case_for("leverages", "disclosure"), D(1))
    with pytest.raises(SameRequest, match="already tracked as case 1.*--replace 1.*--new"):
        tracker.add(case_for("leverages", "disclosure"), D(1))
    assert tracker.add(case_for("leverages", "disclosure"), D(1), replace=first) == first
    made = [e for e in tracker.store.events(first) if e.kind == "letter-made"]
    assert [e.data["files"][0] for e in made] == ["letter.pdf", "letter-2.pdf"]
    assert tracker.store.read_file(first, "letter.pdf")  # the first copy stays in the history
    second = tracker.add(case_for("leverages", "disclosure"), D(1), new=True)
    references = {tracker.store.summary(i).reference for i in (first, second)}
    assert len(references) == 2  # a fresh reference for the second
    tracker.posted(first, D(1), today=D(2))
    with pytest.raises(TimelineError, match="posted.*--new"):
        tracker.add(case_for("leverages", "disclosure"), D(2), replace=first)


def test_several_companies_are_tracked_all_or_none(tracker: Tracker, monkeypatch):
    tracker.add(case_for("porters", "disclosure"), D(1))
    with pytest.raises(SameRequest, match="ポーターズ"):
        tracker.add_all([case_for("leverages", "disclosure"), case_for("porters", "disclosure")], D(1))
    assert len(tracker.store.cases()) == 1
    real = tracker.store.add_case

    def fail_on_persol(**fields):
        if fields["company_id"] == "persol-career":
            raise StoreError("the disk is full")
        return real(**fields)

    monkeypatch.setattr(tracker.store, "add_case", fail_on_persol)
    with pytest.raises(StoreError, match="パーソルキャリア.*nothing was kept.*removed again"):
        tracker.add_all([case_for("leverages", "disclosure"), case_for("persol-career", "disclosure")], D(1))
    assert [c.company_id for c in tracker.store.cases()] == ["porters"]


def test_a_follow_up_is_recorded_only_with_its_copy_and_the_evidence_file_holds_the_case(tracker: Tracker):
    case_id = sent(tracker, "leverages", "disclosure")
    other = sent(tracker, "persol-career", "disclosure")
    data = tracker.followup_pdf(case_id, "demand", today=D(17))
    assert [e.kind for e in tracker.store.events(case_id)][-1] == "delivered"  # not yet recorded
    tracker.record_followup(case_id, "demand", data, D(17))
    archive = zipfile.ZipFile(io.BytesIO(tracker.export(case_id, D(18), deterministic=True)))
    names = archive.namelist()
    assert names == ["01-letter.pdf", "02-checklist.pdf", "03-followup-01-demand.pdf",
                     "timeline-ja.pdf", "timeline-en.pdf"]
    assert archive.read("03-followup-01-demand.pdf") == data
    timeline = "".join(PdfReader(io.BytesIO(archive.read("timeline-ja.pdf"))).pages[0].extract_text().split())
    assert "第39条第2項" in timeline and "令和8年12月16日に満了" in timeline and "1234-5678-9012" in timeline
    assert len(PdfReader(io.BytesIO(archive.read("timeline-en.pdf"))).pages) == 1
    other_reference = tracker.store.summary(other).reference
    assert all(other_reference.encode() not in archive.read(n) for n in names)
    assert tracker.export(case_id, D(18), deterministic=True) == tracker.export(case_id, D(18), deterministic=True)


def test_the_demand_goes_to_a_japanese_address_and_refuses_a_latin_only_one(tmp_path: Path):
    shipped = tracker_for(tmp_path / "shipped")
    case_id = sent(shipped, "leverages", "disclosure")
    demand = text(shipped, case_id, "demand", D(17))
    assert "東京都渋谷区渋谷二丁目24番12号" in demand and "Shibuya" not in demand
    latin = tracker_for(tmp_path / "latin", latin_only=True)
    case_id = sent(latin, "leverages", "disclosure")
    with pytest.raises(FollowupError, match="only in Latin letters.*lines_ja"):
        latin.followup_pdf(case_id, "demand", today=D(17))
    assert allowed(latin, case_id, "reminder", D(23))  # an ordinary letter still goes
