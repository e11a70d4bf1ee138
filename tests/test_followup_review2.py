"""The follow-ups as the second cold read asked for them (findings2 N-S2-8..11): the complaint's
history states only what was recorded (a follow-up made, never 'sent'; the 催告書 made too), the
reply to an answer gives the day it was received, a lawyer's follow-ups speak as the lawyer's
request letter does and never split a date across lines, and the complaint's page the sender
keeps asks for the organisation's building where its record says the address lacks it."""
from __future__ import annotations

from assistant.followup.letters import paragraphs
from tests.test_followup_review import D, sent_and_delivered, text_of


def test_the_complaint_lists_follow_ups_made_with_a_blank_posting_day_never_sent(tmp_path):
    tracker, case_id = sent_and_delivered(tmp_path)
    for kind, day in (("reminder", 17), ("demand", 17), ("demand", 28)):
        tracker.record_followup(case_id, kind, tracker.followup_pdf(case_id, kind, today=D(day)), D(day))
    text = text_of(tracker.followup_pdf(case_id, "complaint", today=D(28)))
    history = text.split("3経緯")[1].split("4添付資料")[0]
    assert "送付" not in history
    assert "令和8年12月17日付け催促状（発送日：＿＿＿＿）" in history
    assert "令和8年12月28日付け催告書（内容証明郵便。発送日：＿＿＿＿）" in history
    assert "令和8年12月17日付け催告書" not in history  # the latest one, once
    assert "催告書の謄本の写し及び配達証明書の写し" in text.split("4添付資料")[1].split("5連絡先")[0]
    english = text_of(tracker.followup_pdf(case_id, "complaint", today=D(28), languages=("en",)))
    assert "wassent" not in english and "areminderdated17December2026(postedon:________)" in english
    assert "aformaldemanddated28December2026" in english and "deliverycertificate" in english


def test_a_complaint_without_a_demand_neither_lists_nor_encloses_one(tmp_path):
    tracker, case_id = sent_and_delivered(tmp_path)
    text = text_of(tracker.followup_pdf(case_id, "complaint", today=D(28)))
    assert "催告書" not in text.split("差し出す前に")[0]


def test_the_reply_to_an_answer_gives_the_day_it_was_received_not_a_letter_date(tmp_path):
    tracker, case_id = sent_and_delivered(tmp_path)
    tracker.answered(case_id, D(24), "refused", today=D(24))
    facts = tracker.facts(case_id, D(25), "開示しない理由が示されていない")
    body = paragraphs("incomplete", facts, "ja")[0]
    assert "貴社からは、令和8年12月24日に、請求に応じない旨のご回答を受領いたしました。" in body
    assert "付けで" not in body
    english = paragraphs("incomplete", facts, "en")[0]
    assert "On 24 December 2026 I received your answer" in english
    complaint = text_of(tracker.followup_pdf(case_id, "complaint", today=D(25), problem="理由がない"))
    assert "24日付けで" not in complaint and "令和8年12月24日に、請求に応じない旨の回答を受領" in complaint


def lawyer_case(tmp_path):
    from tests.tracking import case_for, tracker_for

    tracker = tracker_for(tmp_path)
    rep = {"capacity": "lawyer", "full_name": "田中 誠", "address": "東京都千代田区霞が関1-1-3 田中法律事務所",
           "registration_number": "45678", "bar_association": "第二東京弁護士会"}
    case_id = tracker.add(case_for("persol-career", "disclosure", representative=rep, letter_date=D(1)), D(1))
    tracker.posted(case_id, D(1), today=D(1))
    tracker.delivered(case_id, D(2), today=D(2))
    return tracker, case_id


def text_lines(pdf: bytes) -> list[str]:
    """The PDF's text as the reader sees it, line by line, spaces removed."""
    import io

    from pypdf import PdfReader

    return ["".join(line.split()) for page in PdfReader(io.BytesIO(pdf)).pages
            for line in page.extract_text().splitlines()]


def test_a_lawyers_follow_ups_speak_and_sign_as_the_request_letter_and_keep_dates_whole(tmp_path):
    import re

    tracker, case_id = lawyer_case(tmp_path)
    reminder = tracker.followup_pdf(case_id, "reminder", today=D(23))
    body = "".join(paragraphs("reminder", tracker.facts(case_id, D(23)), "ja"))
    name = tracker.facts(case_id, D(23)).person.replace(" ", "").replace("　", "")
    assert body.startswith(f"当職は、{name}（以下「本人」といいます。）の代理人として、令和8年12月1日付けの書面により")
    assert "本人に代わり" not in body and "私は" not in body
    lines = text_lines(reminder)
    assert f"{name}代理人弁護士田中誠（第二東京弁護士会所属）" in lines
    tracker.answered(case_id, D(24), "refused", today=D(24))
    incomplete = tracker.followup_pdf(case_id, "incomplete", today=D(25), problem="開示しない理由が示されていない")
    complaint = tracker.followup_pdf(case_id, "complaint", today=D(25), problem="開示しない理由が示されていない")
    for pdf in (reminder, incomplete, complaint):
        for line in text_lines(pdf):
            # A line never ends inside a date or an article: '令和8' / '年12月1日', '第33' / '条'.
            assert not re.search(r"(令和|平成)\d{0,2}$|\d{1,2}年(\d{1,2}月?)?$|\d月\d?$|第\d{0,3}$|第\d{1,3}条第?\d?$", line), line


def test_no_date_or_article_of_a_follow_up_is_split_whatever_the_names_length(tmp_path):
    import dataclasses
    import re

    from assistant.render.followup_pdf import followup_letter_pdf

    tracker, case_id = lawyer_case(tmp_path)
    facts = tracker.facts(case_id, D(23))
    split = re.compile(r"(令和|平成)\d{0,2}$|\d{1,2}年(\d{1,2}月?)?$|\d月\d?$|第\d{0,3}$|第\d{1,3}条第?\d?$")
    for extra in range(12):  # each length moves the dates along the line
        moved = dataclasses.replace(facts, person="佐藤" + "花" * extra)
        for line in text_lines(followup_letter_pdf("reminder", moved, ["ja"], deterministic=True)):
            assert not split.search(line), line


def test_the_page_the_sender_keeps_asks_for_the_building_where_the_record_says_it_is_missing(tmp_path):
    import dataclasses

    from assistant.followup.complaint import complaint_guide

    tracker, case_id = sent_and_delivered(tmp_path)
    facts = tracker.facts(case_id, D(28))
    assert facts.organisation.address_incomplete  # persol-career's record says JUAS's lacks it
    line = "団体の住所にはビル名・階数が入っていません。団体のウェブサイトで確かめ、書き加えてください。"
    text = text_of(tracker.followup_pdf(case_id, "complaint", today=D(28)))
    assert line in text.split("差し出す前に")[1]
    assert "buildingnameorfloor" in text_of(tracker.followup_pdf(case_id, "complaint", today=D(28),
                                                                   languages=("en",)))
    # Driven by the record, not by the text of the address: without the note, no such line.
    complete = dataclasses.replace(facts, organisation=dataclasses.replace(facts.organisation,
                                                                           address_incomplete=False))
    assert line not in complaint_guide(complete, "ja")[1]
