"""Documents listed without saying how many go (issue 21, "never mislead"): a page that lists an
ID and a 住民票 under 「以下の書類を同封してください。」 does not say one of them is enough. The
record writes `count: unknown`; the checklist, its PDF, the packing list and the letter say to ask
the company, and never 「いずれか1点」 nor 「1点」. The importer writes it where the words around the
list say neither "one of" (nor give examples) nor "all of them" (「及び」「すべて」 "both": then the
count is the number of documents listed)."""
from __future__ import annotations

from datetime import date

import pytest

from assistant.importer.extract import propose
from assistant.importer.record import record_data
from assistant.render.letter_text import check_documents, enclosures
from tests.render.helpers import details, squash, text_of
from tests.test_document_groups import _checklist, _company, _flat, _problems, _text, _with_self, checklist_pdf

UNSTATED = """  self:
    - label: proof of identity
      count: unknown
      one_of: [drivers-licence, certificate-of-residence]
      quote: ["・運転免許証の写し", "・住民票の写し"]
"""


# -- the record --------------------------------------------------------------------------------
def test_a_count_the_policy_does_not_state_is_written_unknown():
    assert _problems(_with_self(UNSTATED)) == []
    group = _company(UNSTATED).documents.self_[0]
    assert group.count == "unknown" and not group.stated and group.least == 1


@pytest.mark.parametrize("change, message", [
    (("one_of: [drivers-licence, certificate-of-residence]", "one_of: [drivers-licence]"),
     "documents.self[0]: count is unknown but one_of names a single document; leave count out"),
    (("count: unknown", "count: some"), "documents.self[0].count: write a whole number (an integer), "
                                         "e.g. 500; or write 'unknown' if the policy does not say"),
])
def test_a_wrong_count_names_the_field_and_the_fix(change, message):
    problems = _problems(_with_self(UNSTATED).replace(*change))
    assert any(message in p and p.startswith("porters.yaml:") for p in problems), problems


# -- what the person reads ---------------------------------------------------------------------
def test_the_checklist_says_to_ask_how_many_never_one_of():
    japanese = _flat(_text(UNSTATED))
    assert "本人確認書類：次の書類を送る（すべて必要か、一部でよいかはプライバシーポリシーに書かれていないため、送る前に会社に確認する）" in japanese
    assert "いずれか1点" not in japanese and "本人確認書類（運転免許証、住民票の写し。すべて必要か、一部でよいかは会社に確認する）" in japanese
    english = _flat(_text(UNSTATED, "en"))
    assert "Proofofidentity:sendthese(thepolicydoesnotsaywhetherallareneededorsomewilldo:askthecompanybeforesending)" in english
    assert "ONEofthese" not in english


def test_the_pdf_says_it_beside_the_names():
    text = squash(text_of(checklist_pdf(_checklist(UNSTATED), deterministic=True, languages=("ja", "en"))))
    assert "本人確認書類：運転免許証、住民票の写し（すべて必要か、一部でよいかはプライバシーポリシーに書かれていないため、送る前に会社に確認する）" in text
    assert "いずれか1点" not in text


def test_the_letter_leaves_blanks_without_a_number_and_takes_what_the_person_names():
    lists = (_checklist(UNSTATED),)
    blank = enclosures("ja", lists, details())
    assert "本人確認書類（書類名：＿＿＿＿＿＿＿＿、＿＿＿＿＿＿＿＿）" in blank and not any("1点" in b for b in blank)
    assert not any("1 document" in line for line in enclosures("en", lists, details()))
    for named in (["drivers-licence"], ["drivers-licence", "certificate-of-residence"]):
        chosen = details(requester={"documents": named})
        check_documents(chosen, lists)  # one or both: the company decides, the letter never refuses
    both = details(requester={"documents": ["drivers-licence", "certificate-of-residence"]})
    assert "本人確認書類（運転免許証、住民票の写し）" in enclosures("ja", lists, both, "、")


# -- the importer --------------------------------------------------------------------------------
HEAD = "株式会社みずほ野商事\n個人情報の開示等の請求について\n開示等の請求は郵送で受け付けます。\n"
TAIL = "\n送付先：〒100-0001 東京都千代田区千代田1-1 株式会社みずほ野商事 お客様相談室\n"


def _self_groups(body: str) -> list[dict]:
    proposal = propose(HEAD + body + TAIL)
    data = record_data(proposal, list(proposal.facts), company_id="x", name="x", policy_file="x.txt",
                       today=date(2026, 12, 6))
    return data["documents"]["self"]


@pytest.mark.parametrize("body", [
    "請求書に次の書類を同封してください。\n・運転免許証の写し\n・住民票の写し\n",          # a list, no count
    "【同封書類】\n1. 請求書\n2. パスポートの写し\n3. 印鑑登録証明書\n",                     # a heading
    "Please enclose with the form:\n- a copy of your passport\n- a copy of your residence certificate\n",
])
def test_a_list_that_says_no_number_is_saved_as_unknown(body):
    [group] = _self_groups(body)
    assert group["count"] == "unknown" and len(group["one_of"]) == 2


@pytest.mark.parametrize("body", [
    "請求書に、運転免許証の写しと住民票の写しを添えてお送りください。\n",                   # 「と」
    "運転免許証の写し及び住民票の写し（発行から3か月以内）を同封してください。\n",           # 「及び」
    "本人確認のため、次の書類をすべてご用意ください。\n・パスポートの写し\n・住民票の写し\n",  # 「すべて」
    "Please enclose both of the following:\n- a copy of your passport\n- a copy of your residence certificate\n",
])
def test_a_list_that_says_all_of_them_is_that_many_different_documents(body):
    [group] = _self_groups(body)
    assert group["count"] == 2 and len(group["one_of"]) == 2


def test_a_note_that_names_two_documents_together_says_nothing_of_how_many():
    # 「※住民票の写し及び印鑑登録証明書は…」 joins two names, but only to say how recent they must be
    body = ("請求書に次の書類を同封してください。\n・運転免許証の写し\n・住民票の写し\n・印鑑登録証明書\n"
            "※住民票の写し及び印鑑登録証明書は発行から3か月以内のものに限ります。\n")
    [group] = _self_groups(body)
    assert group["count"] == "unknown"


@pytest.mark.parametrize("body", [
    "以下のいずれか1点の写しを同封してください。\n・運転免許証\n・住民票の写し\n",            # the lead says it
    "■本人確認書類（次のうち1点）\n① 運転免許証\n② パスポート\n",                          # the heading says it
    "本人確認書類（運転免許証、パスポート等）の写しを同封してください。\n",                  # examples: 「等」
    "運転免許証、パスポート、健康保険証のコピー\n1通\n",                                      # one copy
    "運転免許証又はパスポートの写しを同封してください。\n",                                  # 「又は」
    "Enclose one of the following:\n- a copy of your passport\n- a copy of your residence certificate\n",
])
def test_a_list_that_says_one_of_stays_one_of(body):
    [group] = _self_groups(body)
    assert "count" not in group and len(group["one_of"]) >= 2


def test_the_words_about_the_request_do_not_pass_for_examples():
    # 「開示等の請求」 and 「個人番号等」 are not a list of examples: the list still says no number.
    body = ("開示等の請求に際しては、次の書類を同封してください。\n・運転免許証の写し\n"
            "・住民票の写し（本籍・個人番号等は記載のないもの）\n")
    [group] = _self_groups(body)
    assert group["count"] == "unknown"


ALL = """  self:
    - label: proof of identity
      count: 2
      one_of: [drivers-licence, certificate-of-residence]
      quote: ["運転免許証の写し及び住民票の写し"]
"""


def test_a_count_of_every_document_listed_is_that_many_and_the_letter_names_them_all():
    japanese = _flat(_text(ALL))
    assert "本人確認書類：次のうち種類の異なる2点を送る" in japanese
    assert "Proofofidentity:send2DIFFERENTdocumentsofthese" in _flat(_text(ALL, "en"))
    # no choice to leave blank: the letter lists both, as the checklist does
    lists = (_checklist(ALL),)
    assert "本人確認書類（運転免許証、住民票の写しのうち種類の異なる2点）" in enclosures("ja", lists, details())
    three = ALL.replace("[drivers-licence, certificate-of-residence]", "[drivers-licence, passport, certificate-of-residence]")
    assert any("＿" in line for line in enclosures("ja", (_checklist(three),), details()))  # two of three: blanks
