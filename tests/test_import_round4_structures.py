"""Sentence structures of the fourth round's new pages (issue 21), in real-looking examples of our
own words: hospitals' and clinics' pages, a bank's, a company's notes on the purpose notice."""
from __future__ import annotations

from tests.test_import_sentences import saved


def test_an_item_naming_what_it_proves_is_no_heading(tmp_path):
    # real4/miyuki_hp: under 「患者様ご本人以外の方が…」, 「A.法定代理人である旨の証明書類」 is one
    # proof among others, and 「2.お求めになられる方本人確認の書類」 is the requester's own ID
    data = saved(tmp_path, "申込書を1階受付窓口にお出し下さい。\n患者様ご本人以外の方がお求めになられる場合\n"
                           "1.患者様との関係を証明する書類\n A.法定代理人である旨の証明書類\n B.戸籍謄本 等\n"
                           "2.お求めになられる方本人確認の書類\n A.運転免許証の写し\n3.委任状\n")
    agent = {d["kind"] for g in data["documents"]["agent"] for d in g["one_of"]}
    assert {"family-register", "drivers-licence", "power-of-attorney"} <= agent
    assert "self" not in data["documents"] or all(
        d["kind"] != "family-register" for g in data["documents"]["self"] for d in g["one_of"])
    assert "in-person" in data["channels"]["accepted"]


def test_a_list_under_what_cannot_be_given_is_refusal_grounds(tmp_path):
    # real4/machida_hp: 「診療情報の提供ができない場合について」 and its items
    data = saved(tmp_path, "申出書を窓口に提出してください。\n診療情報の提供ができない場合について\n"
                           "- 治療効果等への悪影響が懸念されるとき\n- 第三者から得た情報で、当該第三者の了解が得られないとき\n")
    assert [g["ground"] for g in data["refusal_grounds"]][:1] == ["治療効果等への悪影響が懸念されるとき"]


def test_a_form_offered_as_dl_is_downloaded(tmp_path):
    # real4/fc_hosp: 「① 保有個人情報開示請求書(請求書DL)」
    data = saved(tmp_path, "郵送で開示請求する場合\n① 保有個人情報開示請求書(請求書DL)\n② 本人確認ができる書類\n")
    assert data["form"]["get_it"] == "download"


def test_a_page_that_names_only_its_disclosure_form_is_about_disclosure(tmp_path):
    # real4/kojosen: a clinic's table naming no kind of request but 「診療記録開示申請書」
    data = saved(tmp_path, "患者本人 右記3つの書類 |\n1.診察券 2.公的な身分証明書(保険証,運転免許証,パスポート等) "
                           "3.診療記録開示申請書 |\n", head="")
    assert list(data["request_kinds"]) == ["disclosure"]
