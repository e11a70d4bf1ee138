"""Documents as the blind sets' pages name them (ourdesk, mid, giftpad), in our own words: 「その他写真
入りの公的証明書」 is a photo ID of its own kind; the same words after examples (「旅券等の顔写真付の公的
証明書類」) are the examples' kind, and in the case of lacking one (「…を所持していない場合」) none to send."""
from __future__ import annotations

from tests.test_import_sentences import saved

HEAD = "個人情報の開示等の請求について\n開示等の請求は、所定の請求書に記入の上、郵送でお送りください。\n"


def _kinds(data: dict, who: str = "self") -> set[str]:
    groups = data["documents"].get(who) or []
    groups = groups if isinstance(groups, list) else groups.get("either", [])
    return {d["kind"] for g in groups for d in g.get("one_of", [])}


def test_any_other_photo_id_is_its_own_kind(tmp_path):
    data = saved(tmp_path, HEAD + "本人確認のため、次のいずれかの写しを同封してください。\n・運転免許証\n・マイナンバーカード（表面）\n"
                                  "・その他写真入りの公的証明書\n")
    assert {"drivers-licence", "my-number-card", "other-official-photo-id"} <= _kinds(data)


def test_the_examples_kind_and_the_case_of_lacking_one_are_no_other_document(tmp_path):
    data = saved(tmp_path, HEAD + "本人確認は、運転免許証、旅券等の顔写真付の公的証明書類で行います。\n"
                                  "顔写真付の公的証明書類を所持していない場合は、住民票の写しなどで確認します。\n")
    assert "other-official-photo-id" not in _kinds(data)
    assert {"drivers-licence", "passport"} <= _kinds(data)
