"""Structures the twelfth round's worked-on pages (real12/) used where the rules read them poorly
or wrongly (issue 21), each in our own words with a real-looking example and the page it came
from. The structure decides, not the page's words. Each test fails on the rules before this round
(its second half, where there is one, is a guard)."""
from __future__ import annotations

from tests.test_import_round6_structures import _facts


def test_a_nil_fee_said_of_the_other_kinds_in_its_own_clause():
    # real12/tokyubus: 「…開示手数料(開示または利用目的の通知のご請求の場合のみとし、訂正等および利用
    # 停止等のご請求の場合には当該手数料は不要。)を同封のうえ下記宛に郵便でご請求ください。」
    facts = _facts("所定の請求書に本人確認書類および手数料(開示の請求の場合のみとし、訂正および利用停止の請求の"
                   "場合には当該手数料は不要。)を同封のうえ、下記宛に郵便でご請求ください。\n")
    assert "fees.amount_yen" not in facts  # never 「手数料は不要」 for disclosure
    assert facts["fees.kinds"] == {("disclosure",)}
    assert facts["fees.pay_when"] == {"with-request"}
    assert facts["channels.accepted"] == {"post"}  # 「郵便でご請求ください」 asks the person to post it
    # a nil said of every kind is still a nil fee
    assert _facts("開示等の請求の手数料は不要です。\n")["fees.amount_yen"] == {0}
