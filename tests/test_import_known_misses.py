"""The known misses left after the ninth round (issue 21), each structure in our own words with a
real-looking example and the page it came from. The rules are general: the structure decides."""
from __future__ import annotations

from tests.test_import_round6_structures import _facts


def test_the_fee_listed_among_what_is_handed_in_is_paid_with_the_request():
    # real5_unseen/dnc: 「提出書類 / - 保有個人情報開示請求書 / - 開示請求手数料分の定額小為替証書」
    facts = _facts("次の書類を準備し、窓口へ提出(郵送または来所)してください。\n提出書類\n"
                   "- 保有個人情報開示請求書\n- 本人を確認できる証明書\n"
                   "- 開示請求手数料分の定額小為替証書または振込み領収証書\n"
                   "開示請求手数料は、1件につき300円です。\n")
    assert facts["fees.pay_when"] == {"with-request"}
    # real8/js_net: the fee as the last item of a line that holds two
    facts = _facts("開示等の請求は郵送で受け付けます。\n2 個人情報の開示等に必要なもの\n- (1)「個人情報開示等請求書」\n"
                   "- (2)「ご本人確認書類(写)」\n(運転免許証・パスポートの写し) - (3)手数料\n")
    assert facts["fees.pay_when"] == {"with-request"}


def test_a_fee_due_on_applying_is_paid_with_the_request():
    # real5_unseen/iroha: 「(開示申請の手続き時に費用がかかります。9参照)」, the amount cut off
    facts = _facts("必要書類をご持参のうえ、受付までご来院ください。(開示申請の手続き時に費用がかかります。9参照)\n")
    assert facts["fees.pay_when"] == {"with-request"}


def test_a_list_of_what_to_send_that_says_no_fee_says_nothing_of_when_to_pay():
    facts = _facts("開示等の請求は郵送で受け付けます。\n提出書類\n- 開示請求書\n- 本人確認書類の写し\n"
                   "開示請求の手数料は無料です。\n")
    assert "fees.pay_when" not in facts
