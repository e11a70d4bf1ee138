"""The request letter and the 委任状 as the second cold read asked (N-S2-1, N-S2-2, N-S2-5,
N-S2-6, N-S2-12): each assertion is on the generated document's own text."""
from __future__ import annotations

from assistant.render.letter_text import enclosures
from tests.letters.test_authority import _authority, _details as _authority_details
from tests.render.helpers import checklists, details, letter, squash, text_of

AGENT = {"capacity": "agent", "full_name": "高橋 美咲", "postal_code": "105-0011",
         "address": "東京都港区芝公園4-2-8"}


def _listed(company: str, d, language: str = "ja") -> list[str]:
    return enclosures(language, checklists(company, d), d, "、")


# -- N-S2-1 / N-S2-2: a named document keeps its conditions ---------------------------------
def test_a_named_document_keeps_写し_from_the_record():
    # Persol's record puts `copy` on each document, not on the group: still 写し once named
    d = details(requester={"documents": ["drivers-licence"]})
    assert "本人確認書類の写し（運転免許証）" in _listed("persol-career", d)
    assert "Copy of proof of identity: Driver's licence" in _listed("persol-career", d, "en")
    assert squash("本人確認書類の写し（運転免許証）") in squash(text_of(letter("persol-career", d)))
    # a certificate of residence is sent as issued: no 写し added to the group
    residence = details(requester={"documents": ["certificate-of-residence"]})
    line = [l for l in _listed("persol-career", residence) if "住民票" in l][0]
    assert line == "本人確認書類（住民票の写し）"


def test_the_my_number_card_is_named_by_its_front_side_from_the_law_data():
    for company in ("leverages", "infomart"):
        d = details(requester={"documents": ["my-number-card"]})
        assert "本人確認書類の写し（マイナンバーカードの表面）" in _listed(company, d), company
        assert any("front side" in line for line in _listed(company, d, "en")), company
    agent = details(representative=AGENT, requester={"documents": ["my-number-card"]})
    assert "本人の本人確認書類の写し（マイナンバーカードの表面）" in _listed("leverages", agent)


# -- N-S2-6: each ground with its own facts; the circumstances under a ground only when known ---
def test_each_ground_is_numbered_with_its_facts_and_the_circumstances_stand_apart():
    d = details(request={"kinds": ["suspension"], "grounds": ["no-longer-needed", "improper-acquisition"],
                         "ground_details": "2023年3月に退会済みです。",
                         "ground_facts": {"improper-acquisition": "提供していない勤務先の情報を貴社が保有していた。"}})
    text = squash(text_of(letter("porters", d)))
    first = text.index(squash("(1)利用する必要がなくなった（法第35条第5項）"))
    second = text.index(squash("(2)偽りその他不正の手段により取得された"))
    facts = text.index(squash("根拠となる事実：提供していない勤務先の情報を貴社が保有していた。"))
    heading = text.index("請求の事情")
    circumstances = text.index(squash("2023年3月に退会済みです。"))
    assert first < second < facts < heading < circumstances
    assert "具体的な事情" not in text  # not under the last ground as if it backed it
    english = squash(text_of(letter("porters", d, "en")))
    assert squash("Circumstances of the request") in english and "(2)" in english
    # one ground: the circumstances are that ground's, right under it
    one = squash(text_of(letter("porters", details(request={
        "kinds": ["suspension"], "grounds": ["no-longer-needed"], "ground_details": "2023年3月に退会済みです。"}))))
    assert squash("(1)利用する必要がなくなった（法第35条第5項）具体的な事情：2023年3月に退会済みです。") in one
    assert "請求の事情" not in one


# -- N-S2-12: a lawyer's 委任状 asks for no registered seal ------------------------------------
def test_a_lawyer_s_authority_asks_for_any_seal_and_an_agent_s_for_the_registered_one(tmp_path):
    lawyer = squash(_authority(tmp_path, _authority_details(
        tmp_path, "lawyer", "  registration_number: '45678'\n  bar_association: 第二東京弁護士会\n")))
    assert "氏名（自署）＿＿＿＿＿＿＿＿＿＿＿＿＿＿㊞" in lawyer and "実印" not in lawyer
    assert "registeredseal" not in squash(_authority(tmp_path, _authority_details(
        tmp_path, "lawyer", "  registration_number: '45678'\n"), "--language", "en"))
    agent = squash(_authority(tmp_path, _authority_details(tmp_path, "agent")))
    assert "氏名（自署）＿＿＿＿＿＿＿＿＿＿＿＿＿＿㊞（実印）" in agent
    # …whose certificate the letter encloses, as before
    d = details(representative=AGENT)
    assert any("印鑑登録証明書" in line for line in _listed("leverages", d))


# -- N-S2-5: the return envelope is addressed to whoever receives the answer -------------------
def test_the_return_envelope_is_addressed_to_the_representative_when_one_acts():
    agent = details(representative=AGENT)
    text = squash(text_of(letter("porters", agent)))
    assert squash("返信用封筒（代理人の住所・氏名を記入し、一般書留で返送するための590円分の切手を貼付したもの）") in text
    assert "請求者の住所" not in text
    assert "Return envelope addressed to the representative, with 590 yen in stamps for registered mail, for the reply and the letter to confirm the identity of the applicant or representative" \
        in _listed("porters", agent, "en")
    own = squash(text_of(letter("porters", details())))
    assert squash("返信用封筒（本人の住所・氏名を記入し、一般書留で返送するための590円分の切手を貼付したもの）") in own
