"""Who pays the postage of the request, where the page says so: 「※郵便料金はお客様のご負担となります
のでご了承ください。」, 「印刷・コピー代、本人確認書類の取得費、郵送料等…は、すべてご本人負担」, "Postage
fees shall be handled by the applicant." The checklist then says it as the company's rule, with
its words, instead of a general practice. Not the answer's postage (「書面による開示を郵送により求める
場合は、郵送料を負担していただきます」, 「コピー…や郵送料については実費を負担」: the answer's cost,
charged by the company) nor a return envelope's (「返信用封筒(送料ご本人様負担)」: its stamps are on the list of what to enclose)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

PAID_BY_REQUESTER = "paid by the requester"

POSTAGE = re.compile(r"郵便料金|郵送料|郵送費|送付料|郵送(に|の)かかる(費用|送料)|(?<!無)送料|通信費|"
                     r"\bpostage\b|\bmailing (costs?|fees?|expenses?)|\bpostal (fees|charges|costs)", re.I)
# the person bears it: 「お客様のご負担」, 「ご本人負担」, 「請求者様においてご負担くださいませ」, 「ご負担いただきます」
BORNE = re.compile(r"(お客様|お客さま|ご?本人|ご?請求者|申請者|ご?依頼者)(様)?(の|に|にて|で|が|において)?(ご)?負担|"
                   r"(ご)?負担(して)?(いただ|頂|願|くだ|下さ)|"
                   r"\b(borne|paid|handled|covered) by (you|the (applicant|requester|person|customer))|"
                   r"\bat (your|the (applicant|requester)'?s?) (own )?expense|\bbear the (expense|cost)", re.I)
# the answer's postage or a return envelope's, not the request's
ANSWER_POST = re.compile(r"返信用封筒|お知らせする|実費|回答|返送|本人開示|開示(結果|書面|を郵送)|書面による開示|"
                         r"郵送(による|で)の?(開示|回答)|(開示|回答)(を|の)?郵送|return envelope|reply|response", re.I)
REACH = 80  # characters from the postage to the words that say who bears it


class PostageRules:
    """Mixed into the extractor after the channels' rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def postage_borne(self) -> None:
        for s in self.region:
            m = POSTAGE.search(s.text)
            if not m:
                continue
            borne = BORNE.search(s.text, m.end(), m.end() + REACH)
            if borne is None or ANSWER_POST.search(s.text, max(0, m.start() - 40), borne.end()):
                continue
            self.add("channels.postage", PAID_BY_REQUESTER, s, m)  # type: ignore[attr-defined]
            return
