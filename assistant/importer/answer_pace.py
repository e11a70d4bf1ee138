"""When the company says it answers, in words not days: 「遅滞なく回答いたします」, 「合理的な期間内に対応
いたします」, "we will respond without delay". A page with no time limit often says this; a clerk's cold
read found the checklist saying only "the policy names no time limit" beside such a sentence. The
record keeps the words (`Response.pace`); the checklist quotes them as the company's, the law's
遅滞なく beside them, and still counts no due date from them."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.terms_answer import REFUSAL_NOTICE

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

PACE = re.compile(r"(?P<w>遅滞なく|可能な限り速やかに|速やかに|すみやかに|合理的な期間(内)?|"
                  r"without (undue )?delay|promptly|within a reasonable (period|time))", re.I)
# The company's answer or its handling of the request (not a refusal's notice, not a correction done)
ANSWERING = re.compile(r"回答|開示(いた|致)?し|開示させ|対応|応じ|ご連絡|お答え|"
                       r"\b(respond|reply|answer|disclose|handle|deal with|comply)", re.I)
# Not the request's answer: a question about security measures or the company's name and address
# (「…代表者の氏名については、…遅滞なく回答します」), the trade law's address, a correction or an erasure
# made (「遅滞なく訂正等を行い」, 「対応完了後速やかに削除します」), an investigation, papers destroyed,
# an incident, opinions and complaints, a notice of something (「その旨をご連絡いたします」)
OTHER = re.compile(r"安全管理措置|代表者の氏名|特定商取引|(訂正|利用停止|消去|削除|調査)(等)?(を行|し、|いたし|します)|"
                   r"廃棄|インシデント|ご意見|ご要望|苦情|その旨|"
                   # 「開示しない決定をした場合には、その旨を遅滞なく通知します」: a refusal's notice
                   r"(しない|応じない|行わない|できない|かねる)(旨の)?(決定|場合|とき)|"
                   r"breach|leak|incident|(decide|decision) not to|unable to", re.I)
NEAR = 40  # characters between the pace's words and the answer's verb


class PaceRules:
    """Mixed into the extractor: the first sentence of the procedure that says when it answers."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def answer_pace(self) -> None:
        for s in self.region:
            text = s.text
            if REFUSAL_NOTICE.search(text) or OTHER.search(text) or t.CONTACT_LINE.match(text):
                continue
            for m in PACE.finditer(text):
                around = text[max(0, m.start() - NEAR):m.end() + NEAR]
                if ANSWERING.search(around):
                    self.add("response.pace", m.group("w"), s, m)  # type: ignore[attr-defined]
                    return
