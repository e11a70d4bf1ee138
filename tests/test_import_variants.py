"""Variants, in our own words, of how Japanese procedure pages state what the twelfth round found
read poorly (issue 21): a representative's own identity documents named plainly, address blocks,
envelope markings, fees, refusal grounds. Each is built from phrasings the real corpus uses
(tests/fixtures/real*/), recombined; the structure decides, not one page's words. Precision
first: a guard beside each (no refused way accepted, no fee invented)."""
from __future__ import annotations

from pathlib import Path

from tests.test_import_round6_structures import _facts
from tests.test_import_sentences import saved

PERSON = "本人確認書類として、運転免許証又はパスポートの写しを同封してください。\n"


# --- 1. 「代理人の本人確認書類」: the representative's own IDs, the person's kinds (README) -----------

def test_a_plain_representatives_id_is_of_the_persons_kinds():
    # procedures/fax_refused, real2_unseen/tanyo_shinkin: 「…及び代理人の本人確認書類」
    facts = _facts(PERSON + "任意代理人の場合は、委任状、ご本人の印鑑登録証明書及び代理人の本人確認書類を"
                            "お送りください。\n")
    assert facts["documents.agent"] >= {"drivers-licence", "passport", "power-of-attorney"}
    assert "documents.legal-representative" not in facts
    # 「法定代理人の本人確認のための書類」: the legal representative's alone
    facts = _facts(PERSON + "法定代理人の場合は、戸籍謄本及び法定代理人の本人確認のための書類をお送りください。\n")
    assert facts["documents.legal-representative"] >= {"drivers-licence", "passport", "family-register"}
    assert "documents.agent" not in facts
    # a plain 代理人 where the page provides for a legal representative: both
    facts = _facts("請求できる方:ご本人、親権者、委任を受けた代理人\n" + PERSON +
                   "代理人の本人確認書類(代理人からのご請求の場合)\n")
    assert facts["documents.agent"] == facts["documents.legal-representative"] == {"drivers-licence", "passport"}


def test_a_plain_representatives_id_keeps_its_own_list_and_none_needed():
    # their own kinds named after it: those, not the person's
    facts = _facts(PERSON + "代理人の場合は、委任状及び代理人の本人確認書類(健康保険証)をお送りください。\n")
    assert "drivers-licence" not in facts.get("documents.agent", set())
    # a heading over their own list
    facts = _facts(PERSON + "代理人の本人確認書類\n在留カード\n")
    assert "passport" not in facts.get("documents.agent", set())
    # 「…は不要です」: none
    facts = _facts(PERSON + "代理人の本人確認書類は不要です。委任状をお送りください。\n")
    assert facts["documents.agent"] == {"power-of-attorney"}


def test_a_plain_representatives_id_without_kinds_is_a_line_to_ask(tmp_path: Path):
    # real2_unseen/kyotobank, real_unseen/aos: no kinds named for anyone (the list cut off)
    data = saved(tmp_path, "ご提出いただくもの\n開示依頼書\n代理人の本人確認書類(代理人からのご請求の場合)\n"
                           "委任状(代理人からのご請求の場合)\n")
    groups = data["documents"]["agent"]
    own = [g for g in groups if g["one_of"][0]["kind"] == "other"]
    assert len(own) == 1 and "names no kinds" in own[0]["one_of"][0]["note"]
    assert own[0]["quote"] == ["代理人の本人確認書類(代理人からのご請求の場合)"]
    assert any(g["one_of"][0]["kind"] == "power-of-attorney" for g in groups)
    # the person's kinds given: those, no line of `other`
    data = saved(tmp_path / "b", PERSON + "代理人の場合は、委任状及び代理人の本人確認書類をお送りください。\n")
    kinds = {d["kind"] for g in data["documents"]["agent"] for d in g["one_of"]}
    assert kinds == {"drivers-licence", "passport", "power-of-attorney"}
