"""A first step written as a clause the rest of the sentence follows: 「電話によりご請求いただいた後に、
事務局から郵送する「請求書」に必要事項をすべてご記入のうえ、…簡易書留にてご返送ください」. The way
named before 「…いただいた後(に)」 is how the person asks first, not how the request is sent (the
sending way is the one after it). Where the company then sends something, the request starts by
contacting it, and what it sends — 「事務局から郵送する「請求書」」 — is its own form, mailed to the
person, under the name the page quotes.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.contact_ways import ways_named

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# 「ご請求いただいた後に」, 「ご連絡頂いた後、」, 「お問い合わせの上で」, 「ご連絡後、」: the person's act,
# then what follows it. Bounded alternatives only, no repetition: linear.
AFTER_ASKING = re.compile(r"(ご請求|ご連絡|お電話|お問い?合わ?せ|お問合せ|お申し?込み?|お申し?出|ご依頼)"
                          r"(を)?(いただいた|頂いた|いただきました|頂きました|の)?(後|のち|上で|うえで)(に|で)?[、,]")
# 「事務局から郵送する」, 「当社より送付いたします」: the company sends, after the person asked.
COMPANY_SENDS = re.compile(r"(から|より)[^。、]{0,6}(郵送|送付|お送り|発送)(する|します|いたします|致します|させて)")
# 「郵送する「請求書」」: what the company sends, as the page quotes its name.
SENT_FORM = re.compile(r"(郵送|送付|お送り|発送)(する|いたす|致す|した)「([^「」]{2,30})」")
# 「専用フォームにてご請求いただいた内容により、お客様ご本人の住所へ、…書類を郵送いたします」: the way
# named before it was a first contact, the papers the company then mails are the request
PAPERS_AFTER = re.compile(r"(にて|で|から|より)(ご請求|お申し?込み|ご依頼|ご連絡)(いただいた|頂いた)[^。]{0,20}[、,]"
                          r"[^。]{0,40}(書類|請求書|申請書|用紙|様式)[^。]{0,10}(郵送|送付|お送り|発送)(いた|致)?します")
FORM_WORD = re.compile(r"(書|用紙|様式|書式|フォーム)$")
# What the company sends is its form (「…から郵送する「請求書」」), not its answer (「回答書を郵送します」).
A_FORM = re.compile(r"請求書|申請書|申込書|依頼書|用紙|様式|書式")
ANSWER = re.compile(r"回答|開示結果|通知書|ご案内")


def first_step_end(text: str) -> int:
    """Where a first-step clause ends in the sentence (0 where there is none): a way named before
    it is the first contact's. Only where the person is then asked to send (「…ご返送ください」):
    「郵送にてご請求いただいた後、10日以内に回答いたします」 names the request's own way."""
    m = AFTER_ASKING.search(text)
    asked = m and t.PLEASE.search(text, m.end()) and t.SENDS.search(text, m.end())
    return m.end() if asked else 0


class FirstStepAfterRules:
    """Mixed into the extractor, after the channels' and the form's rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def first_step_then_form(self) -> None:
        self._first_way_then_papers()
        for s in self.region:
            step = AFTER_ASKING.search(s.text)
            sends = COMPANY_SENDS.search(s.text, step.end()) if step else None
            if not sends:
                continue
            sent = s.text[sends.start():sends.end() + 24]
            if not A_FORM.search(sent) or ANSWER.search(s.text, step.end(), sends.end() + 24):
                continue  # 「ご請求いただいた後、当社より回答書を郵送いたします」: the answer
            if not self.proposal.first("contact_first"):
                self.add("contact_first", True, s, step)
            if not self.proposal.values("form.get_it"):
                self.add("form.get_it", "mailed-by-company", s, sends)
            named = SENT_FORM.search(s.text, sends.start())
            if named and FORM_WORD.search(named.group(3)) and not self.proposal.values("form.name"):
                self.add("form.name", named.group(3), s, named)
            return

    def _first_way_then_papers(self) -> None:
        """The ways named just before 「…にてご請求いただいた内容により、…書類を郵送いたします」 are the
        first contact's, not ways to send the request (the papers come back by post)."""
        for s in self.region:
            if not (m := PAPERS_AFTER.search(s.text)):
                continue
            first = {value for value, _ in ways_named(s.text, max(0, m.start() - 12), m.start() + 2)}
            if first:
                self.proposal.facts[:] = [f for f in self.proposal.facts
                                          if not (f.field == "channels.accepted" and f.value in first)]
                if not self.proposal.first("contact_first"):
                    self.add("contact_first", True, s, m)
            return
