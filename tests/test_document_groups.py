"""Documents in groups with counts and alternatives (issue 21): 「顔写真付きの本人確認書類1点、または
顔写真のない本人確認書類2点」 and 「次のうち2点」 written by hand in a record, validated with messages
that name the file, the field and the fix, and said as such by the checklist (text, PDF), the
packing list and the letter's 同封書類."""
from __future__ import annotations

import pytest
import yaml

from assistant.checklist.build import build_checklist
from assistant.checklist.text import checklist_text
from assistant.io.paths import COMPANIES_DIR
from assistant.law.reference import load_checklist_words, load_labels, load_law
from assistant.records.model import Company, Either, Needed
from assistant.render.letter_text import DocumentNotAccepted, check_documents, enclosures
from assistant.render.checklist_pdf import checklist_pdf
from tests.render.helpers import details, squash, text_of
from tests.test_record_unknown_parts import _problems

PORTERS = (COMPANIES_DIR / "porters.yaml").read_text(encoding="utf-8")
PHOTO = """  self:
    either:
      - label: identity document with a photo
        one_of: [drivers-licence, passport, my-number-card]
        conditions: [copy]
        quote: "運転免許証、パスポート、個人番号カード等の顔写真付き本人確認書類の写し:1点"
      - label: identity document without a photo
        count: 2
        one_of: [health-insurance-card, pension-book, certificate-of-residence]
        conditions: [copy]
        quote: "健康保険被保険者証、年金手帳等の顔写真のない本人確認書類の写し:2点"
    quote: "顔写真付き本人確認書類の写し:1点、または顔写真のない本人確認書類の写し:2点"
"""
TWO_OF = """  self:
    - label: proof of identity
      count: 2
      one_of: [drivers-licence, passport, health-insurance-card, certificate-of-residence]
      conditions: [copy]
      quote: "本人確認書類（運転免許証、パスポート、健康保険証、住民票）のうち合計2点の写し"
"""


def _with_self(block: str) -> str:
    start, end = PORTERS.index("  self:\n"), PORTERS.index("  legal-representative:\n")
    return PORTERS[:start] + block + PORTERS[end:]


def _company(block: str) -> Company:
    return Company.model_validate(yaml.safe_load(_with_self(block)))


def _checklist(block: str, requester: str = "self"):
    return build_checklist(_company(block), "disclosure", requester, law=load_law(), labels=load_labels(),
                           words=load_checklist_words())


def _text(block: str, language: str = "ja") -> str:
    return checklist_text(_checklist(block), languages=(language,))


def _flat(text: str) -> str:
    return "".join(text.split())  # lines unwrapped


# -- the record -------------------------------------------------------------------------------
def test_two_sets_and_a_count_validate_and_resolve():
    assert _problems(_with_self(PHOTO)) == [] and _problems(_with_self(TWO_OF)) == []
    needs = _company(PHOTO).documents.resolve("self")
    assert isinstance(needs, Needed) and needs.groups == ()
    assert [[g.count for g in s] for s in needs.either] == [[1], [2]]
    assert _company(TWO_OF).documents.resolve("self").groups[0].count == 2
    # same_as follows the choice, and plus adds to every set
    lawyer = _company(PHOTO + """  lawyer:
    same_as: self
    plus:
      - label: authorisation
        one_of: [power-of-attorney]
        quote: "委任状"
    quote: "弁護士の場合は、本人の場合の書類に加え、委任状"
""").documents.resolve("lawyer")
    assert lawyer.either == needs.either and [g.label for g in lawyer.groups] == ["authorisation"]


def test_a_set_of_several_groups_and_groups_needed_in_every_case():
    block = """  self:
    either:
      - - label: proof of identity
          one_of: [drivers-licence]
          quote: "運転免許証"
      - - label: proof of identity
          one_of: [health-insurance-card]
          quote: "健康保険証"
        - label: proof of address
          one_of: [certificate-of-residence]
          quote: "住民票の写し"
    also:
      - label: the applicant's seal
        one_of: [seal-registration-certificate]
        quote: "印鑑登録証明書"
    quote: "運転免許証、又は健康保険証及び住民票の写し"
"""
    assert _problems(_with_self(block)) == []
    entry = _company(block).documents.self_
    assert isinstance(entry, Either) and [len(s) for s in entry.either] == [1, 2]
    text = _flat(_text(block))
    assert "（2）本人確認書類：次の書類を送る" in text and "住所を確認できる書類：次の書類を送る" in text
    assert text.index("請求者の印鑑の証明") < text.index("次のいずれかを送る")  # needed in any case


@pytest.mark.parametrize("change, message", [
    (("count: 2", "count: 4"), "porters.yaml:79: documents.self.either[1]: count is 4 but one_of names "
                               "only 3 different document(s); list at least 4 in one_of, or lower count"),
    (("count: 2", "count: 0"), "porters.yaml:80: documents.self.either[1].count: must be at least 1"),
    (("count: 2", "count: two"), "porters.yaml:80: documents.self.either[1].count: write a whole number"),
    (("    either:", "    eiter:"), "porters.yaml:74: documents.self.eiter: Extra inputs are not permitted; "
                                     "this key is not expected here; check its spelling"),
])
def test_a_wrong_group_is_one_message_naming_the_file_the_field_and_the_fix(change, message):
    problems = _problems(_with_self(PHOTO).replace(*change))
    assert any(p.startswith(message) for p in problems), problems
    assert not any("same_as" in p for p in problems)  # only the form it is written in


def test_a_choice_of_one_set_says_to_list_it_without_either():
    text = _with_self(PHOTO)
    start = text.index("      - label: identity document without a photo")
    text = text[:start] + text[text.index("    quote: \"顔写真付き本人確認書類の写し:1点"):]
    [problem] = _problems(text)
    assert "documents.self.either: either offers a choice: give at least two sets" in problem


# -- the checklist ----------------------------------------------------------------------------
def test_the_checklist_says_one_of_the_sets_and_how_many_of_each():
    documents = _flat(_text(PHOTO).split("2. 書類をそろえる")[1].split("3. ")[0])
    assert "本人確認書類：次のいずれかを送る" in documents
    assert "（1）顔写真付きの本人確認書類：次のうちいずれか1点を送る" in documents
    assert "（2）顔写真のない本人確認書類：次のうち種類の異なる2点を送る" in documents
    english = _text(PHOTO, "en")
    assert "Proof of identity: send ONE of these sets" in english
    assert "(2) Identity document without a photo: send 2 DIFFERENT documents of these" in english


def test_the_pdf_says_one_of_the_sets_each_under_its_number():
    pdf = checklist_pdf(_checklist(PHOTO), deterministic=True, languages=("ja", "en"))
    text = squash(text_of(pdf))
    assert "本人確認書類：次のいずれかを送る" in text
    assert "（2）顔写真のない本人確認書類：次のうち種類の異なる2点：資格確認書（健康保険）" in text
    assert "(2)Identitydocumentwithoutaphoto:2differentdocumentsof:" in text


def test_the_packing_list_names_both_sets_in_one_line():
    packing = [i.text.text("ja") for i in _checklist(PHOTO).packing]
    assert ("本人確認書類の写し（次のいずれか：（1）顔写真付きの本人確認書類（運転免許証・パスポート・マイナンバーカード"
            "のいずれか1点）（2）顔写真のない本人確認書類（資格確認書（健康保険）、年金手帳、住民票の写しのうち種類の異なる"
            "2点））") in packing


def test_two_of_a_list_is_two_different_documents_never_one():
    text = _flat(_text(TWO_OF))
    assert "本人確認書類：次のうち種類の異なる2点を送る" in text and "いずれか1点" not in text
    assert "Proofofidentity:send2DIFFERENTdocumentsofthese" in _flat(_text(TWO_OF, "en"))


def test_an_agent_s_documents_beside_the_person_s_choice_of_sets():
    block = PHOTO + """  agent:
    - label: authorisation
      whose: representative
      one_of: [power-of-attorney]
      quote: "委任状"
"""
    text = _flat(checklist_text(_checklist(block, requester="agent"), languages=("ja",)))
    assert "本人確認書類：次のいずれかを送る" in text and "委任状" in text


# -- the letter -------------------------------------------------------------------------------
def test_the_letter_names_the_documents_chosen_or_leaves_a_blank_for_each():
    lists = (_checklist(PHOTO),)
    blank = enclosures("ja", lists, details())
    assert "本人確認書類の写し（書類名：＿＿＿＿＿＿＿＿、＿＿＿＿＿＿＿＿）" in blank
    two = details(requester={"documents": ["pension-book", "certificate-of-residence"]})
    check_documents(two, lists)
    assert "本人確認書類（年金手帳の写し、住民票の写し）" in enclosures("ja", lists, two, "、")
    one = details(requester={"documents": ["passport"]})
    check_documents(one, lists)
    assert "本人確認書類の写し（パスポート）" in enclosures("ja", lists, one, "、")
    assert "Copy of proof of identity: Passport" in enclosures("en", lists, one)


@pytest.mark.parametrize("block, named", [(PHOTO, ["pension-book"]), (TWO_OF, ["passport"])])
def test_too_few_documents_for_any_set_are_refused_saying_what_to_name(block, named):
    with pytest.raises(DocumentNotAccepted, match=r"requester\.documents: .* is not enough for this "
                                                  r"company: name (1 of: .*, or )?2 of: "):
        check_documents(details(requester={"documents": named}), (_checklist(block),))


def test_a_child_who_cannot_hold_enough_documents_of_a_set_is_offered_the_other_set():
    # A 14-year-old holds no driving licence: "2 of: driving licence, health insurance" cannot be met,
    # so that set is left out and the other stays, as a plain group.
    block = """  self:
    either:
      - label: identity document with a photo
        one_of: [passport, my-number-card]
        quote: "パスポート又はマイナンバーカード"
      - label: identity document without a photo
        count: 2
        one_of: [drivers-licence, health-insurance-card]
        quote: "運転免許証、健康保険証の2点"
    quote: "パスポート又はマイナンバーカード、又は運転免許証、健康保険証の2点"
"""
    from datetime import date

    from assistant.checklist.context import Options

    company = _company(block)
    child = build_checklist(company, "disclosure", "self", Options(born=date(2012, 5, 3)), law=load_law(),
                            labels=load_labels(), words=load_checklist_words())
    adult = build_checklist(company, "disclosure", "self", law=load_law(), labels=load_labels(),
                            words=load_checklist_words())
    assert "次のいずれかを送る" in checklist_text(adult, languages=("ja",))
    text = _flat(checklist_text(child, languages=("ja",)))
    assert "次のいずれかを送る" not in text and "顔写真付きの本人確認書類：次のうちいずれか1点を送る" in text
    # a plain group of two the child cannot meet stays as the policy says it, never left out
    plain = build_checklist(_company(TWO_OF.replace(
        "[drivers-licence, passport, health-insurance-card, certificate-of-residence]",
        "[drivers-licence, health-insurance-card]")),
        "disclosure", "self", Options(born=date(2012, 5, 3)), law=load_law(), labels=load_labels(),
        words=load_checklist_words())
    assert "本人確認書類：次のうち種類の異なる2点を送る" in _flat(checklist_text(plain, languages=("ja",)))  # two of two
