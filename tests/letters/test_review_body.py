"""What the request letter says and encloses, as a Japanese desk reads it (review S1-3, S1-8,
S1-13, S1-14, S2-7, S2-12, S2-13, S3-3, S3-4): each assertion is on the letter's own text."""
from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from assistant.case.details import Details
from assistant.case.request import Typed, check_details
from assistant.law.reference import load_labels, load_law
from assistant.render.letter_text import DocumentNotAccepted, check_documents, enclosures
from assistant.render.letter_text import FeePaid, fee_to_fill
from tests.render.helpers import checklists, details, letter, squash, text_of

MINOR = {"capacity": "legal-representative-minor", "full_name": "山田 一郎",
         "address": "東京都渋谷区神宮前1-2-3"}
CHILD = {"date_of_birth": "2012-05-03"}


def _text(company: str, d: Details, language: str = "ja") -> str:
    return squash(text_of(letter(company, d, language)))


# -- S1-3: no breach of the Act alleged without facts; one ground a line ------------------------
def _suspension(**request) -> dict:
    return {"kinds": ["suspension"], **request}


def test_a_breach_ground_without_its_facts_is_refused_naming_the_field():
    law = load_law()
    with pytest.raises(ValidationError, match=r"ground_facts\.improper-acquisition"):
        Details.model_validate(
            {"requester": {"full_name": "山田", "date_of_birth": "1985-04-12", "address": "東京都"},
             "request": _suspension(grounds=["no-longer-needed", "improper-acquisition"],
                                    ground_details="2023年3月に退会済みです。")},
            context={"law": law})
    typed = Typed(fields={"requester.full_name": "山田", "requester.date_of_birth": "1985-04-12",
                          "requester.address": "東京都"}, grounds=("improper-acquisition",))
    check = check_details(typed, ("suspension",), "self", law, "ja")
    assert check.details is None
    assert any("ground_facts.improper-acquisition" in m and "事実" in m for _, m in check.errors)


def test_each_ground_is_its_own_line_with_its_article_and_facts():
    d = details(request=_suspension(
        grounds=["no-longer-needed", "improper-acquisition"], ground_details="2023年3月に退会済みです。",
        ground_facts={"improper-acquisition": "提供していない勤務先の情報を貴社が保有していた。"}))
    text = _text("porters", d)
    assert squash("(1)利用する必要がなくなった（法第35条第5項）") in text
    assert squash("(2)偽りその他不正の手段により取得された（法第20条第1項違反。法第35条第1項）") in text
    assert squash("根拠となる事実：提供していない勤務先の情報を貴社が保有していた。") in text
    assert "又は本人の同意を得ない要配慮個人情報" not in text  # no "A or B" alternation
    only_left = _text("porters", details(request=_suspension(grounds=["no-longer-needed"])))
    assert "第20条" not in only_left and squash("第35条第5項に基づき") in only_left


# -- S1-8: what is enclosed, not the options --------------------------------------------------
def test_the_letter_names_the_document_chosen_or_leaves_a_blank():
    blank = enclosures("ja", checklists("leverages", details()), details())
    assert "本人確認書類の写し　1点（書類名：＿＿＿＿＿＿＿＿）" in blank
    assert not any("いずれか1点" in line for line in blank)
    chosen = details(requester={"documents": ["my-number-card"]})
    named = enclosures("ja", checklists("leverages", chosen), chosen, "、")
    assert "本人確認書類の写し（マイナンバーカードの表面）" in named  # N-S2-2: the front only
    assert "本人確認書類の写し（マイナンバーカードの表面）" in _text("leverages", chosen)


def test_a_document_the_company_does_not_take_is_refused_naming_the_field():
    d = details(requester={"documents": ["pension-book"]})  # Porters lists photo IDs only
    with pytest.raises(DocumentNotAccepted, match=r"requester\.documents: pension-book"):
        check_documents(d, checklists("porters", d))


def test_a_minor_is_not_offered_documents_impossible_at_their_age():
    d = details(requester=CHILD, representative=MINOR)
    lists = checklists("leverages", d, born=date(2012, 5, 3), today=date(2026, 12, 6))
    person = [item for item in lists[0].packing if item.whose == "person"][0]
    assert "drivers-licence" not in person.choices and "pension-book" not in person.choices
    assert "my-number-card" in person.choices
    adult = checklists("leverages", details(), born=date(1985, 4, 12), today=date(2026, 12, 6))
    assert "drivers-licence" in [i for i in adult[0].packing if i.whose == "person"][0].choices


def test_a_lapsed_health_insurance_card_is_offered_as_the_eligibility_certificate():
    before = checklists("porters", details(), today=date(2025, 11, 1))
    after = checklists("porters", details(), today=date(2025, 12, 2))
    assert "health-insurance-card" in before[0].packing[1].choices
    assert "health-insurance-card" not in after[0].packing[1].choices
    assert "health-insurance-eligibility-certificate" in after[0].packing[1].choices
    offered = [c for g in after[0].documents for c in g.choices
               if c.kind == "health-insurance-eligibility-certificate"][0]
    assert offered.source == "law" and offered.article  # the law's fact, not the company's


# -- S1-13: the correction asked for, its article, the result to be notified -------------------
def test_a_correction_asks_only_for_the_actions_chosen_and_for_notice():
    d = details(request={"kinds": ["correction"], "account_ids": ["会員番号 1234567"], "correction": {
        "current": "住所　大阪府大阪市北区梅田1-1-1", "correct": "住所　東京都渋谷区神宮前1-2-3"}})
    text = _text("porters", d)
    assert squash("個人情報の保護に関する法律第34条第1項に基づき") in text
    assert squash("下記のとおり訂正を請求します。") in text and "訂正、追加又は削除" not in text
    # Art. 34(3): notice of the correction made, or of the decision not to make it (a cold read's finding)
    assert squash("訂正を行ったとき又は行わない旨の決定をしたときは、遅滞なく、その旨（訂正を行ったときは、その内容を含みます。）"
                  "をご通知ください（同条第3項）。") in text
    assert squash("現在の登録内容：住所大阪府大阪市北区梅田1-1-1") in text
    assert squash("訂正後の内容：住所東京都渋谷区神宮前1-2-3") in text
    assert squash("会員番号・ID：会員番号1234567") in text
    both = details(request={"kinds": ["correction"], "correction": {
        "actions": ["correction", "deletion"], "current": "旧住所", "correct": "新住所"}})
    assert squash("下記のとおり訂正及び削除を請求します。") in _text("porters", both)


# -- S1-14, S2-12: the legal representative's capacity and proof ------------------------------
def test_a_minor_s_parent_is_named_so_and_proves_it_by_the_family_register():
    d = details(requester=CHILD, representative=MINOR)
    text = _text("leverages", d)
    assert squash("資格：法定代理人（親権者）") in text and "親権者等" not in text
    assert squash("戸籍謄本（全部事項証明書）（発行後3か月以内の原本）") in text
    assert "被扶養者" not in text  # a health insurance card proves no parental authority


def test_a_guardian_s_certificate_is_named_in_full():
    d = details(representative={**MINOR, "capacity": "legal-representative-ward"})
    assert squash("後見登記等ファイルの登記事項証明書（成年後見人であることを証するもの）"
                  "（発行後3か月以内の原本）") in _text("leverages", d)


# -- S2-7, S2-13, S3-3, S3-4 ------------------------------------------------------------------
def test_the_return_envelope_is_worded_for_a_company():
    text = _text("porters", details())
    assert "送ってもらう" not in text and squash("返信用封筒（本人の住所・氏名を記入し") in text


def test_a_fee_paid_first_leaves_a_clear_blank_and_is_warned_of():
    d = details()
    lists = checklists("infomart", d)
    assert fee_to_fill(lists, load_law(), FeePaid())
    assert not fee_to_fill(lists, load_law(), FeePaid(date(2026, 11, 20), "郵便振替"))
    text = _text("infomart", d)
    assert squash("1件につき1,000円（貴社所定）支払日：令和＿＿年＿＿月＿＿日支払方法：＿＿＿＿") in text


def test_the_request_names_the_person_and_how_to_deliver_electronically():
    text = _text("leverages", details())
    assert squash("貴社が保有する私を本人とする保有個人データの全部について、開示を請求します。") in text
    mail = details().requester.email
    # (「貴社所定のダウンロード」 read unnatural to a 行政書士: the company's website, as they put it)
    assert squash(f"PDF等のファイルを電子メールアドレス{mail}宛てに送信する方法又は貴社の指定するウェブサイトからダウンロードする方法") in text
    english = _text("leverages", details(), "en")
    assert "PDF" in english and "download" in english and f"e-mail address {mail}".replace(" ", "") in english


AGENT = {"capacity": "agent", "full_name": "高橋 美咲", "address": "東京都千代田区丸の内1-1-1"}


def test_a_representative_s_letter_sends_electronic_results_to_the_representative_s_address_only():
    """Review round 2, N-S1-1: the results go to the representative, so the e-mail the letter names
    is the representative's, written out; without one, no e-mail is named at all (never the
    person's, never "the address above" that the letter does not show)."""
    person = details().requester.email
    without = _text("leverages", details(representative=AGENT))
    assert "電子メールアドレス" not in without and person not in without
    assert squash("PDF等のファイルを貴社の指定するウェブサイトからダウンロードする方法") in without
    with_mail = _text("leverages", details(representative={**AGENT, "email": "misaki@example.jp"}))
    assert squash("PDF等のファイルを電子メールアドレスmisaki@example.jp宛てに送信する方法") in with_mail
    assert person not in with_mail
