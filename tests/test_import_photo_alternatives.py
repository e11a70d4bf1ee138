""""One identity document with a photo, or two without" (issue 21, fourth round): the phrasings
real procedure pages use, in real-looking examples of our own words. The record cannot hold
"one of these, or two of those", so the saved list keeps only the documents one of which is
enough alone (those with a photo), and the others become one note to check that quotes the page:
never "two documents needed", never "one health insurance card is enough"."""
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
def test_one_photo_id_or_two_without_is_never_a_count_nor_one_of_all(tmp_path, variant):
    data = saved(tmp_path, VARIANTS[variant])
    groups = data["documents"]["self"]
    assert len(groups) == 1, "a count of two for what one photo ID alone satisfies"
    kinds = {d["kind"] for d in groups[0]["one_of"]}
    assert kinds and kinds <= PHOTO, "a document without a photo listed as enough alone"
    note = next(n for n in data["notes"] if "two without a photo" in n["text"])
    assert "health-insurance-card" in note["text"]
    assert any("2" in q or "two" in q for q in note["quote"])
    text = checklist(tmp_path)
    assert "健康保険証" not in text.split("5. 封筒を準備する")[0].split("本人確認書類")[-1]


def test_the_alternative_stays_a_note_when_a_person_accepts_it():
    proposal = propose(HEAD + VARIANTS["colon"])
    accepted = [replace(f, sure=True) for f in proposal.facts]  # "accept" on every row of the dialog
    import datetime

    data = record_data(proposal, accepted, company_id="minato", name="株式会社みなと商会",
                       policy_file="minato.txt", today=datetime.date(2026, 12, 6), reviewed_by="山田")
    groups = data["documents"]["self"]
    assert len(groups) == 1 and {d["kind"] for d in groups[0]["one_of"]} <= PHOTO
    assert any("two without a photo" in n["text"] for n in data["notes"])


def test_two_documents_without_an_alternative_are_still_two(tmp_path):
    data = saved(tmp_path, "請求書をご郵送ください。本人確認書類(運転免許証、パスポート、健康保険証、住民票)のうち"
                           "2種類のコピーを同封してください。\n")
    assert len(data["documents"]["self"]) == 2
    assert not any("two without a photo" in n["text"] for n in data.get("notes", []))


def test_a_document_refused_for_having_no_photo_makes_no_alternative(tmp_path):
    data = saved(tmp_path, "請求書をご郵送ください。本人確認書類として運転免許証またはパスポートの写しを1点同封してください。"
                           "健康保険証は顔写真がないため、お受けしておりません。\n")
    kinds = {d["kind"] for g in data["documents"]["self"] for d in g["one_of"]}
    assert kinds == {"drivers-licence", "passport"}
    assert not any("two without a photo" in n["text"] for n in data.get("notes", []))
