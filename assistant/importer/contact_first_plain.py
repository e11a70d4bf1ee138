"""A first contact a small company's page asks for without naming any way to send: the company
explains the procedure when asked (「下記問い合わせ先においてのみ、ご相談をお受けし、開示に必要な手続きに
ついてご説明を致します」), asks for its papers after the call (「ご連絡を戴いた後、…当社所定の書式…のご
提出をお願いする場合がございます」), or sends those who wish to request to its desk (「ご希望の方は…窓口
までご相談ください」, after the sentence naming the requests), or to ask for the procedure's details
(「手続き (必要書類・…・手数料) についての詳細は各窓口までお問い合わせください」), or sends the requests themselves
to a desk to contact (「開示・訂正・削除等のご請求…につきましては、下記お問い合わせ窓口までご連絡下さい」).
Only where no way to send, no first
contact and no way to get a form is named: the person then contacts the company first. Beside those:
a request made on the company's form after asking (「…窓口にお問合せの上、…当社所定の書面に必要事項を
ご記入の上、提出いただきます」): ask first, and the form comes by asking."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

EXPLAINS = re.compile(r"(手続き?|方法)[^。]{0,12}(ご説明|ご案内)を?(いた|致|させて(いただ|頂))")
AFTER_CONTACT = re.compile(r"(ご連絡|お問い?合わ?せ|ご相談)を?(戴|頂|いただ)(いた後|きましたら|いた際)[、,]?[^。]{0,60}"
                           r"(書式|様式|請求書|申請書|書類|文書)[^。]{0,30}(ご提出|お送り|送付|郵送)")
WISHED = re.compile(r"ご希望の(方|場合)は[、,]?[^。]{0,40}(ご相談|ご連絡|お問い?合わ?せ)(ください|下さい)")
ASKED_THEN_FORM = re.compile(r"(お問い?合わ?せ|ご連絡|ご相談)(の上|のうえ)[、,][^。]{0,160}?所定の[^。、]{0,12}"
                             r"(書面|請求書|申請書|用紙|様式|書式)")
ASKED_NEAR = re.compile(r"ご連絡|お問い?合わ?せ|ご相談|問い?合わ?せ先")
# 「開示の求めに関する手続き (必要書類・受付の方法・…・手数料) についての詳細は各窓口までお問い合わせください」
# 「開示・訂正・削除等のご請求、その他…ご要望につきましては、下記お問い合わせ窓口までご連絡下さい」: the
# request itself sent to a desk to contact, no way to send it named (README: then contact first)
REQUEST_TO_CONTACT = re.compile(r"(ご?請求|お申し?出|お求め|求め)[^。]{0,60}?(につきましては|については|の際は|される場合は|の場合は)、?"
                                r"[^。]{0,30}(まで|へ|に)(ご連絡|お問い?合わ?せ)(ください|下さい|願います)")
# 「手続：下記受付窓口あてにお問い合わせください。」: the procedure is to ask; "The Company would like the
# User to contact the following for inquiries regarding the Disclosure, Etc."
PROCEDURE_IS_ASKING = re.compile(r"^\W{0,3}(お?手続き?|請求方法)\s?[:：][^。]{0,30}(お問い?合わ?せ|ご連絡|ご相談)(ください|下さい)|"
                                 r"\bcontact (the following|us)\b[^.]{0,30}\bfor (the )?(inquiries (regarding|about) (the )?)?"
                                 r"(Disclosure|requests? for disclosure)", re.I)
DETAILS_ASKED = re.compile(r"手続き?[^。]{0,80}(詳細|詳しく)(は|について(は)?)[^。]{0,20}(お問い?合わ?せ|ご確認|ご相談)(ください|下さい)")


class ContactFirstPlainRules:
    """Mixed into the extractor after the channels', the first contact's and the form's rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def contact_first_plain(self) -> None:
        if self.proposal.values("channels.accepted") or self.proposal.first("contact_first") \
                or self.proposal.values("form.get_it"):
            return
        for index, s in enumerate(self.region):
            before = self.region[index - 1].text if index else ""
            m = AFTER_CONTACT.search(s.text) or DETAILS_ASKED.search(s.text) or REQUEST_TO_CONTACT.search(s.text) \
                or PROCEDURE_IS_ASKING.search(s.text) or (
                (em := EXPLAINS.search(s.text)) and ASKED_NEAR.search(s.text, 0, em.start()) and em) or (
                (wm := WISHED.search(s.text)) and t.REQUEST_WORD.search(before + s.text[:wm.start()])
                and not t.UNSURE.search(s.text) and wm)
            if m:
                self.add("contact_first", True, s, m)
                return

    def asked_then_form(self) -> None:
        if self.proposal.first("contact_first"):
            return
        for s in self.region:
            if (m := ASKED_THEN_FORM.search(s.text)) and not t.UNSURE.search(s.text, 0, m.start()):
                self.add("contact_first", True, s, m)
                if not self.proposal.values("form.get_it"):
                    self.add("form.get_it", "inquiry", s, m)
                return
