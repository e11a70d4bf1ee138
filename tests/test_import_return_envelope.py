"""A return envelope the page asks to enclose for the answer (a clerk's cold read: the checklist
listed two of the page's three items and left the envelope out): its stamps' amount and the mail
they pay for where the page says, priced at Japan Post's current fees on the checklist; never an
envelope sent to get the form, nor one the company sends."""
from __future__ import annotations

from assistant.importer.extract import propose
from assistant.importer.source import clean
from assistant.law.reference import load_law
from tests.test_import_sentences import checklist, saved

ITEMS = ("【個人情報の開示等の請求方法】\n下記の3点の書類をご準備頂き、お問い合わせ窓口までご送付ください。\n"
         "1) 個人情報開示等請求書\n2) 添付書類\n3) 返信用封筒\n※宛先にお客様の連絡先をご記入の上、392円分の切手（通常郵便代金82円+"
         "簡易書留代310円）を貼って同封してください。\n")


def _envelopes(text: str) -> list:
    return [f.value for f in propose(clean(text)).facts if f.field == "enclosures.return_envelope"]


def test_an_items_envelope_with_its_note_below():
    assert _envelopes(ITEMS) == [(392, ("letter", "simple-registered-mail"))]


def test_an_envelope_in_the_sending_sentence():
    text = ("開示等の請求を行う場合は、所定の請求書に必要な書類、および、請求者の住所を記載し729円分の郵便切手を貼り付けた"
            "返信用封筒を同封のうえ、下記宛に書留郵便によりご請求ください。\n")
    assert _envelopes(text) == [(729, ())]  # (the registered mail is the request's, not the envelope's)
    other = ("必要書類(①申請書、②本人確認書類及び③返信用封筒(定型封筒に限ります)に612円分の切手(書留料及び本人限定受取郵便料を"
             "含む)を貼付)を同封の上、受付窓口宛にご郵送ください。\n")
    assert _envelopes(other) == [(612, ())]  # (a service priced apart: the sum is not priced anew)


def test_no_envelope_for_the_form_or_from_the_company():
    form = ("開示等の請求は、請求書をダウンロードのうえ郵送ください。なお、請求書のダウンロードや印刷ができない場合は、住所・氏名を"
            "記入した返信用封筒を前項の宛先までご郵送ください。\n")
    company = "開示等の請求は、窓口にご連絡ください。請求内容に基づいて申請書と返信用封筒を郵送させていただきます。\n"
    assert _envelopes(form) == [] and _envelopes(company) == []


def test_the_checklist_encloses_it_at_todays_postage(tmp_path):
    data = saved(tmp_path, ITEMS)
    assert data["enclosures"][0]["postage"] == ["letter", "simple-registered-mail"]
    text = "".join(checklist(tmp_path).split())
    fees = load_law().postal_fees.yen
    now = fees["letter"] + fees["simple-registered-mail"]
    assert f"返信用封筒（本人の住所・氏名を記入し、簡易書留で返送するための{now}円分の切手を貼付したもの）" in text
    assert "プライバシーポリシーの392円は現在の郵便料金と合わない。" in text


def test_an_envelope_without_its_stamps_is_listed_with_the_pages_words(tmp_path):
    saved(tmp_path, "開示等のご請求は、下記書類を同封のうえ郵送でお願いします。\n1) 開示等請求書\n2) 本人確認書類\n"
                    "3) 返信用封筒(書面でのご請求の場合)\n返信用封筒は、定型サイズのものをご同封下さい。\n")
    text = "".join(checklist(tmp_path).split())
    assert "返信用封筒1通" in text and "円分の切手" not in text
    assert "プライバシーポリシーの原文：「3)返信用封筒(書面でのご請求の場合)」" in text
