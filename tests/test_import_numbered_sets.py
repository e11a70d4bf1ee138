"""「次の①から1点、または②から2点」: the person's identity documents as two numbered lists
(importer/numbered_sets.py). Settled as the record's choice of two sets only where the lists are
the usual ones (the one-document list all with a photo, the other all without); a list mixed
otherwise stays a note to check, never a "one of" that would say one document is enough."""
from __future__ import annotations

from tests.test_import_sentences import saved

HEAD = "個人情報の開示等のご請求は、下記の書類を郵送にてお送りください。\n(1) 当社所定の開示等請求書\n"
PHOTO = {"drivers-licence", "passport", "my-number-card"}
WITHOUT = {"health-insurance-card", "pension-book", "certificate-of-residence"}


def _sets(data: dict) -> list[set[str]]:
    person = data["documents"]["self"]
    choice = person["either"] if isinstance(person, dict) else []
    return [{d["kind"] for d in group["one_of"]} for group in choice]


def test_one_from_the_first_list_or_two_from_the_second_is_the_record_s_choice(tmp_path):
    body = HEAD + ("(2) ご本人確認のための書類の写し(次の①から1点、または②から2点)\n"
                   "① 運転免許証、パスポート、マイナンバーカード(表面のみ)\n"
                   "② 健康保険証、年金手帳、住民票の写し\n")
    data = saved(tmp_path, body)
    assert _sets(data) == [PHOTO, WITHOUT]
    assert data["documents"]["self"]["either"][1]["count"] == 2


def test_lettered_lists_said_with_yori_and_mata_wa_read_alike(tmp_path):
    body = HEAD + ("(2) 本人確認書類:Aより1点又はBより2点をコピーして同封してください。\n"
                   "A. 運転免許証、パスポート\n"
                   "B. 健康保険証、年金手帳、住民票の写し\n")
    assert _sets(saved(tmp_path, body)) == [{"drivers-licence", "passport"}, WITHOUT]


def test_a_first_list_holding_a_document_without_a_photo_is_left_to_check(tmp_path):
    # 健康保険証 alone is enough here: "one with a photo or two without" would ask for a second
    body = HEAD + ("(2) ご本人確認のための書類の写し(次の①から1点、または②から2点)\n"
                   "① 運転免許証、パスポート、健康保険証\n"
                   "② 年金手帳、住民票の写し、公共料金の領収書\n")
    data = saved(tmp_path, body)
    assert _sets(data) == []
    listed = [d["kind"] for group in data["documents"]["self"] for d in group["one_of"]] \
        if isinstance(data["documents"]["self"], list) else []
    assert "health-insurance-card" not in listed and "pension-book" not in listed  # never "one of"
