""""One identity document with a photo, or two without" (issue 21): the phrasings real procedure
pages use, in real-looking examples of our own words. Where the page names documents with a
photo and two or more kinds without, the record offers the two sets (`either`: one of those with
a photo, or two different ones without) and the checklist says so; where it leaves doubt, the
documents without a photo become one note to check that quotes the page: never "two documents
needed", never "one health insurance card is enough"."""
from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.importer.extract import propose
from assistant.importer.record import record_data
from tests.test_import_sentences import HEAD, checklist, saved

PHOTO = {"drivers-licence", "passport", "my-number-card", "residence-card",
         "special-permanent-resident-certificate", "other-official-photo-id"}

VARIANTS = {
    # a count after a colon on each line (「…写し:1点」 / 「…写し:2点」)
    "colon": ("1.提出書類\n下記の書類をご準備いただき、下記宛にご郵送ください。\n<本人の場合>\n-\n"
              "運転免許証、パスポート、在留カード等の官公庁が発行した顔写真付き本人確認書類の写し:1点\n-\n"
              "健康保険被保険者証、年金手帳等の官公庁が発行した顔写真のない本人確認書類の写し:2点\n"),
    # two numbered lists, each headed by how many of it will do
    "headed lists": ("請求書をご郵送ください。\n(ア)ご本人による請求の場合\n①次の中から1点で足りる本人確認書類\n"
                     "運転免許証、パスポート、個人番号カード等の顔写真付きの書類の写し\n②次の中から2点必要となる本人確認書類\n"
                     "健康保険被保険者証、年金手帳等の顔写真のない書類の写し\n"),
    # one mixed list, and a sentence on those without a photo
    "one list": ("請求書に本人確認書類の写しを添えてご郵送ください。顔写真がない本人確認書類については2点をお送りください。\n"
                 "※本人確認書類の例…運転免許証、健康保険の被保険者証、個人番号カード、在留カード、年金手帳\n"),
    # in English
    "english": ("Please send the request form by post with a copy of your identification: a driver's license or "
                "passport, or, for identification without a photo, two documents such as a health insurance card "
                "and a pension book.\n"),
}


@pytest.mark.parametrize("variant", VARIANTS, ids=str)
def test_one_photo_id_or_two_without_is_offered_as_two_sets(tmp_path, variant):
    data = saved(tmp_path, VARIANTS[variant])
    entry = data["documents"]["self"]
    photo, without = entry["either"]
    assert {d["kind"] for d in photo["one_of"]} <= PHOTO and photo.get("count", 1) == 1
    assert without["count"] == 2 and {"health-insurance-card", "pension-book"} <= {d["kind"] for d in without["one_of"]}
    assert not {d["kind"] for d in without["one_of"]} & PHOTO
    assert any("2" in q or "two" in q for q in without["quote"])
    assert not any("two without a photo" in n["text"] for n in data.get("notes", []))
    documents = checklist(tmp_path).split("2. 書類をそろえる")[1].split("3. ")[0]
    assert "本人確認書類：次のいずれかを送る" in documents
    assert "（1）顔写真付きの本人確認書類：次のうちいずれか1点を送る" in documents
    assert "（2）顔写真のない本人確認書類：次のうち種類の異なる2点を送る" in documents
    english = checklist(tmp_path, language="en")
    assert "send ONE of these sets" in english and "send 2 DIFFERENT documents of these" in english


def test_the_alternative_is_settled_when_a_person_accepts_every_row():
    proposal = propose(HEAD + VARIANTS["colon"])
    accepted = [replace(f, sure=True) for f in proposal.facts]  # "accept" on every row of the dialog
    data = _record(proposal, accepted)
    assert [g.get("count", 1) for g in data["documents"]["self"]["either"]] == [1, 2]


def test_the_alternative_stays_a_note_when_the_count_is_dropped_in_the_review():
    proposal = propose(HEAD + VARIANTS["colon"])
    kept = [f for f in proposal.facts if f.field != "documents.self_count"]
    data = _record(proposal, kept)
    groups = data["documents"]["self"]
    assert len(groups) == 1 and {d["kind"] for d in groups[0]["one_of"]} <= PHOTO
    assert "count" not in groups[0]
    assert any("two without a photo" in n["text"] and "health-insurance-card" in n["text"] for n in data["notes"])


@pytest.mark.parametrize("text", [
    # one kind without a photo named: no list to take two different ones from
    "請求書に本人確認書類の写しを添えてご郵送ください。運転免許証等の顔写真付きのもの1点、又は健康保険証など顔写真のないもの2点。\n",
], ids=["one kind without"])
def test_a_doubtful_alternative_stays_a_note_to_check(tmp_path, text):
    data = saved(tmp_path, text)
    groups = data["documents"]["self"]
    assert isinstance(groups, list) and all("count" not in g for g in groups)
    assert all({d["kind"] for d in g["one_of"]} <= PHOTO for g in groups)
    note = next(n for n in data["notes"] if "two without a photo" in n["text"])
    assert "health-insurance-card" in note["text"] and any("2" in q for q in note["quote"])


def _record(proposal, facts):
    import datetime

    return record_data(proposal, facts, company_id="minato", name="株式会社みなと商会",
                       policy_file="minato.txt", today=datetime.date(2026, 12, 6), reviewed_by="山田")


def test_two_documents_without_an_alternative_are_still_two(tmp_path):
    data = saved(tmp_path, "請求書をご郵送ください。本人確認書類(運転免許証、パスポート、健康保険証、住民票)のうち"
                           "2種類のコピーを同封してください。\n")
    [group] = data["documents"]["self"]  # two different documents of the list, one line
    assert group["count"] == 2 and len(group["one_of"]) == 4
    text = "".join(checklist(tmp_path).split())  # the lines unwrapped
    assert "本人確認書類：次のうち種類の異なる2点を送る" in text
    # 「…のコピー」: each card as a copy (the 住民票の写し is the issued certificate)
    assert ("本人確認書類（運転免許証の写し、パスポートの写し、資格確認書（健康保険）の写し、住民票の写しのうち"
            "種類の異なる2点）") in text
    assert not any("two without a photo" in n["text"] for n in data.get("notes", []))


def test_a_document_refused_for_having_no_photo_makes_no_alternative(tmp_path):
    data = saved(tmp_path, "請求書をご郵送ください。本人確認書類として運転免許証またはパスポートの写しを1点同封してください。"
                           "健康保険証は顔写真がないため、お受けしておりません。\n")
    kinds = {d["kind"] for g in data["documents"]["self"] for d in g["one_of"]}
    assert kinds == {"drivers-licence", "passport"}
    assert not any("two without a photo" in n["text"] for n in data.get("notes", []))
