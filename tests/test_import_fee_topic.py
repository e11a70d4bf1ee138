"""A sentence about the fee after a list of things to enclose is no item of that list (a clerk's
cold read of an imported page): 「以下の書類を同封してください。・… 手数料は1件につき800円です（郵便
切手でのお支払いも可）。」 does not say the fee goes in the envelope, so no "pay with the request" is
read from the list's lead; 「③手数料1,000円」 as an item of the list still is."""
from __future__ import annotations

from assistant.importer.extract import propose

HEAD = "株式会社ことり商店\n個人情報の開示等の請求について\n開示等の請求は郵送で受け付けます。\n"


def _when(body: str) -> list[object]:
    return propose(HEAD + body).values("fees.pay_when")


def test_a_sentence_about_the_fee_is_no_item_of_the_list_above():
    body = ("開示等をご請求の際は、以下の書類を同封してください。\n・請求書\n・運転免許証の写し\n"
            "請求書は本ページから印刷できます。手数料は1件につき800円です（郵便切手でのお支払いも可）。\n")
    assert _when(body) == []


def test_the_fee_as_an_item_of_the_list_is_enclosed():
    body = "次に示す書類を封入のうえ、ご郵送ください。\n① 請求書\n② 運転免許証の写し\n③ 手数料1,000円\n"
    assert _when(body) == ["with-request"]
