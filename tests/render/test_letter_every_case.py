"""Every company × every kind × every requester: the letter asks for the right person's data,
states a fee only where Art. 38 allows one and never claims a payment the person did not confirm,
and has the structure a Japanese company expects (拝啓…敬具, 記…以上) and an English reader
expects ("Yours faithfully" last), each language on pages of its own."""
from __future__ import annotations

from dataclasses import replace
import re
from datetime import date

import pytest

from assistant.law.reference import load_law
from assistant.law.wording import letter_wording
from assistant.records.model import REQUEST_KINDS
from assistant.render.letter_text import FeePaid, is_japanese
from tests.render.helpers import checklists, details, letter, letter_pages, pages_of, squash

COMPANIES = ("infomart", "leverages", "nttcom-online", "persol-career", "porters")
REPRESENTATIVES = {
    "legal-representative": {"capacity": "legal-representative-minor", "full_name": "山田 花子",
                             "address": "東京都渋谷区神宮前1-2-3"},
    "agent": {"capacity": "agent", "full_name": "代理 一郎", "address": "東京都港区芝1-1-1"},
    "lawyer": {"capacity": "lawyer", "full_name": "弁護 士郎", "address": "東京都千代田区霞が関1-1-1",
               "registration_number": "54321"},
}
# What shows a representative's right to act, by requester (from the policy or the law's baseline).
PROOF = {"legal-representative": ("戸籍謄本", "登記事項証明書", "法定代理人であることを確認できる書類"), "agent": ("委任状",),
         "lawyer": ("委任状", "弁護士登録番号")}
LAW = load_law()


def _details(kind: str, requester: str):
    request: dict = {"kinds": [kind]}
    if kind == "correction":
        request["correction"] = {"current": "旧住所", "correct": "新住所"}
    if LAW.needs_grounds(kind):  # type: ignore[arg-type]
        request["grounds"] = [next(iter(LAW.grounds_for(kind)))]  # type: ignore[arg-type]
    rep = REPRESENTATIVES.get(requester)
    return details(request=request, **({"representative": rep} if rep else {}))


def _fee_item(japanese: str) -> bool:
    return re.search(r"\d\.手数料", squash(japanese)) is not None


@pytest.mark.parametrize("company", COMPANIES)
def test_every_kind_and_requester(company):
    for kind in REQUEST_KINDS:
        for requester in ("self", *REPRESENTATIVES):
            case = f"{company} {kind} {requester}"
            d = _details(kind, requester)
            japanese, english = letter_pages(company, d)
            ja, en = squash(japanese), " ".join(english.split())
            # whose data: the person's, never the representative's own
            # (third-party records: the personal data by which the person is identified, Art. 33(5))
            if requester == "self":
                assert ("私を本人とする" in ja or "私が識別される" in ja) and \
                    ("concerning me" in en or "identifying me" in en), case
            else:
                assert "私を本人とする" not in ja and "私が識別される" not in ja, case
                assert "下記の者を本人とする" in ja or "下記の者が識別される" in ja, case
                assert "concerning me" not in en and "identifying me" not in en, case
                assert "concerning the person named below" in en or "identifying the person named below" in en, case
                enclosures = ja[ja.index("同封書類"):]
                assert any(p in enclosures for p in PROOF[requester]), case
            # fees: none where Art. 38 allows none; never "paid" without the person's word
            if not LAW.fee_allowed(kind):  # type: ignore[arg-type]
                assert not _fee_item(japanese) and "Fee" not in english, case
            assert "お支払いしました" not in ja and "has been paid" not in en and "was paid" not in en, case
            # the Japanese structure, in order; the English ending
            if "の送付について" in ja:  # a cover letter: the company's form is the request
                assert re.search(r"拝啓.*なお、本状と同封の貴社所定の.*の記載に相違がある場合は、.*敬具記1\..*以上", ja), case
                assert "上記のとおり請求します。" not in ja and "署名" not in ja, case
            else:
                assert re.search(r"拝啓.*敬具記1\..*上記のとおり請求します。署名（自署）印以上", ja), case
                signed = ja[ja.index("上記のとおり請求します。"):ja.rindex("以上")]
                assert "山田" not in signed, case  # signed by hand, the name not printed
            assert "拝啓貴社ますますご清栄のこととお慶び申し上げます。さて、" in ja, case
            assert "Dear Sir or Madam" not in japanese and "拝啓" not in english, case
            after = english[english.rindex("Yours faithfully,"):]
            assert re.search(r"\n\d+\. ", after) is None, case  # nothing of substance after it
            assert "End of document" not in english and "以上" not in english, case


def test_no_page_holds_only_the_signature():
    long = {"kinds": ["correction"], "correction": {"current": "旧" * 1500, "correct": "新" * 1690}}
    for size in range(1100, 1700, 60):  # move the page break across the end of the letter
        long["correction"]["current"] = "旧" * size
        for page in pages_of(letter("porters", details(request=long), "both")):
            body = re.sub(r"\d+ / \d+", "", page)
            body = re.sub(r"^山田 太郎.*\d+/\d+\n", "", body)  # the header of a later page
            assert re.sub(r"署名（自署）|印|以上|上記のとおり請求します。|Signature|Seal|\s",
                          "", body), page


def test_a_confirmed_payment_is_stated_with_its_day_and_method_and_only_then():
    d = details()
    paid = FeePaid(date(2026, 11, 20), "銀行振込")
    ja = squash("".join(pages_of(letter("infomart", d, "ja", fee_paid=paid))))
    assert "令和8年11月20日に銀行振込によりお支払いしました" in ja
    en = " ".join("".join(pages_of(letter("infomart", d, "en", fee_paid=paid))).split())
    assert "was paid on 20 November 2026 by 銀行振込" in en
    half = FeePaid(date(2026, 11, 20), None)  # no method: not confirmed
    assert "お支払いしました" not in squash("".join(pages_of(letter("infomart", d, "ja", fee_paid=half))))


def test_a_fee_paid_with_the_request_is_enclosed_and_one_form_is_charged_once():
    d = details(request={"kinds": ["purpose", "disclosure"]})
    lists = checklists("infomart", d)
    with_request = tuple(replace(c, fee=replace(c.fee, pay_when="with-request"))
                         for c in lists)
    ja = squash("".join(pages_of(letter("infomart", d, "ja", checklists=with_request))))
    assert "手数料（貴社の定めによる1件につき1,000円）を同封します。" in ja
    assert "2,000" not in ja and ja.count("1,000円") == 1  # one line, the policy's amount, no sum


def test_the_reference_number_is_on_the_letter_and_is_the_trackers(directory):
    from assistant.case.request import CaseOptions, RequestCase
    from assistant.facade import Assistant

    assistant = Assistant(directory)
    case = RequestCase.from_details("leverages", details(), languages=("ja", "en"),
                                    options=CaseOptions(letter_date=date(2026, 11, 22)))
    text = squash("".join(pages_of(assistant.letter_pdf(case, deterministic=True))))
    reference = case.reference(date(2026, 11, 22))
    assert re.fullmatch(r"20261122-leverages-[0-9a-f]{8}", reference)
    assert f"整理番号：{reference}" in text and f"Ourreference:{reference}" in text


def test_the_addressee_takes_sama_for_a_persons_title_and_onchu_for_an_office():
    w = letter_wording("ja")
    assert w.honorific("個人情報保護管理者") == "様" and w.honorific("総務部長") == "様"
    assert w.honorific("お客様相談室") == "御中" and w.honorific(None) == "御中"
    assert is_japanese("開示等請求書") and not is_japanese("company-designated request form")
