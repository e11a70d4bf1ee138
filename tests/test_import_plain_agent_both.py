"""A plain 代理人's documents are both representatives' where the page provides for a legal
representative (Art. 37(3): a 代理人 is either kind); a power of attorney and its seal certificate stay
the appointed agent's; a case named before them (「任意代理人の場合：…」) keeps them that one's; a page
that never speaks of a legal representative keeps them the agent's. In the record a seal certificate
that goes with the 委任状 is no alternative to an identity document, a relation's proof none either,
and the representative's own IDs are labelled as their identity, not as proof of their standing."""
from __future__ import annotations

from tests.test_import_sentences import saved

HEAD = ("開示等の請求について\nご本人又は法定代理人若しくはご本人が委任した代理人は、開示等の請求をすることができます。\n"
        "開示等の請求は、所定の請求書に記入の上、郵送でお送りください。\n")


def _kinds(data: dict, who: str) -> set[str]:
    groups = data["documents"].get(who) or []
    return {d["kind"] for g in groups for d in g.get("one_of", [])}


def _groups(data: dict, who: str) -> list[tuple[str, set[str]]]:
    return [(g["label"], {d["kind"] for d in g["one_of"]}) for g in data["documents"].get(who) or []]


def test_a_plain_representatives_own_ids_under_both_cases_are_both_kinds(tmp_path):
    data = saved(tmp_path, HEAD + "代理人であることを確認する書類\n＜ご本人が委任した代理人の場合＞\n委任状（原本）\n"
                                  "＜代理人が未成年者の法定代理人の場合＞\n戸籍謄本\n代理人ご自身を証明する書類の写し\n"
                                  "① 運転免許証\n② パスポート\n③ マイナンバーカード（表面）\n")
    for who in ("agent", "legal-representative"):
        assert {"drivers-licence", "passport", "my-number-card"} <= _kinds(data, who), who
    assert "power-of-attorney" not in _kinds(data, "legal-representative")
    assert "family-register" not in _kinds(data, "agent")


def test_instead_of_the_power_of_attorney_a_parent_still_shows_their_own_id(tmp_path):
    data = saved(tmp_path, HEAD + "代理人による請求の場合\n次の書類を同封してください。\n"
                                  "(1) 代理人の本人確認書類：運転免許証、パスポートのいずれか1点の写し\n"
                                  "(2) 委任状（ご本人が実印を押印し、印鑑登録証明書を添付してください。代理人が親権者など"
                                  "の法定代理人であるときは、委任状に代えて、ご本人との関係がわかる戸籍謄本をご提出ください。）\n")
    legal = _groups(data, "legal-representative")
    assert ("the representative's identity", {"drivers-licence", "passport"}) in legal
    assert not _kinds(data, "legal-representative") & {"power-of-attorney", "seal-registration-certificate"}
    agent = _groups(data, "agent")
    # the seal certificate goes with the 委任状: needed besides the ID, never one of them
    assert ("the representative's identity", {"drivers-licence", "passport"}) in agent
    assert any(kinds == {"seal-registration-certificate"} for _, kinds in agent)


def test_a_case_named_before_the_documents_keeps_them_that_ones(tmp_path):
    data = saved(tmp_path, HEAD + "【代理人による請求】\n法定代理人の場合：戸籍謄本\n"
                                  "任意代理人の場合：委任状および代理人の運転免許証の写し\n")
    assert "drivers-licence" in _kinds(data, "agent")
    assert "drivers-licence" not in _kinds(data, "legal-representative")


def test_a_case_closed_before_the_representatives_own_id_leaves_it_both_kinds(tmp_path):
    data = saved(tmp_path, HEAD + "代理人による請求の場合、法定代理人は戸籍謄本を、任意代理人は委任状を、"
                                  "代理人ご自身の運転免許証の写しとあわせてお送りください。\n")
    assert "drivers-licence" in _kinds(data, "agent") and "drivers-licence" in _kinds(data, "legal-representative")
    assert "family-register" not in _kinds(data, "agent")


def test_a_page_without_a_legal_representative_keeps_a_plain_representative_the_agent(tmp_path):
    data = saved(tmp_path, "開示等の請求について\n開示等の請求は、所定の請求書に記入の上、郵送でお送りください。\n"
                           "代理人の場合\n代理人の運転免許証、パスポートのいずれか1点の写しと委任状をお送りください。\n")
    assert {"drivers-licence", "passport"} <= _kinds(data, "agent")
    assert not _kinds(data, "legal-representative")


def test_a_relations_proof_is_no_alternative_to_the_parents_own_id(tmp_path):
    data = saved(tmp_path, HEAD + "代理人の場合は、委任状と、代理人ご自身の運転免許証、パスポート等の写しを提示してください。"
                                  "\n代理人が親権者などの法定代理人であるときは、委任状に代えて、ご本人との関係がわかる"
                                  "住民票または健康保険の被保険者証を提示してください。\n")
    legal = _groups(data, "legal-representative")
    assert ("proof of legal representation", {"certificate-of-residence", "health-insurance-card"}) in legal
    assert ("the representative's identity", {"drivers-licence", "passport"}) in legal


SECTIONS = ("(1)請求者本人が請求するときの提出書類\n①開示等請求書\n②「本人確認書類」として下記のいずれか1種類\n"
            "・運転免許証の写し\n・パスポートの写し\n(2)法定代理人が請求するときの提出書類\n①開示等請求書\n"
            "②「請求者本人との関係を証する書類」\n・戸籍謄本\n③法定代理人の「本人確認書類」 ※上記(1)➁と同様\n"
            "(3)任意代理人が請求するときの提出書類\n①開示等請求書\n②「本人確認書類」 ※上記(1)➁と同様\n"
            "③「請求者本人との関係を証する書類」\n・当社所定の委任状\n・請求者本人の印鑑証明書\n"
            "④任意代理人の「本人確認書類」 ※上記(1)➁と同様\n")


def test_a_reference_to_an_item_inside_a_section_finds_it(tmp_path):
    # 「上記(1)➁」: ➁ (a dingbat circled digit) reads as ②, and the item marked (2), not the section
    # 「2.」 above it (both list the person's IDs when the page has a numbered heading too)
    data = saved(tmp_path, "2. 開示等の請求の提出書類\n開示等請求書を郵送してください。\n" + SECTIONS)
    for who in ("agent", "legal-representative"):
        assert ("the representative's identity", {"drivers-licence", "passport"}) in _groups(data, who), who


def test_an_item_pointing_above_heads_no_list_of_the_persons(tmp_path):
    # 「②「本人確認書類」 ※上記(1)➁と同様」 in the agent's section: the seal certificate below it is
    # the agent's (with the 委任状), never one of the person's IDs
    data = saved(tmp_path, "開示等請求書を郵送してください。\n" + SECTIONS)
    assert "seal-registration-certificate" not in _kinds(data, "self")
    assert "seal-registration-certificate" in _kinds(data, "agent")


def test_the_ids_of_both_defined_below_as_counted_items_keep_their_items(tmp_path):
    # real17_blind/sotobaco: 「本人確認書類（ご本人様・代理人様分両方）」, the IDs defined below as two
    # counted items: each representative sends their own, item by item, never "one of" all six
    data = saved(tmp_path, HEAD + "①ご本人が手続きされる場合\n開示等請求書\n本人確認書類\n印鑑登録証明書\n"
                                  "②代理人の方が手続をされる場合\n開示等請求書\n本人確認書類（ご本人様・代理人様分両方）\n委任状\n"
                                  "※本人確認書類は、以下２点をご郵送ください。\n1)３ヶ月以内に取得した住民票（１通）\n"
                                  "2)運転免許証またはパスポートのコピーのうちいずれか1点\n")
    for who in ("agent", "legal-representative"):
        groups = _groups(data, who)
        assert ("the representative's identity", {"certificate-of-residence"}) in groups, who
        assert ("the representative's identity", {"drivers-licence", "passport"}) in groups, who
        assert "seal-registration-certificate" not in _kinds(data, who)
