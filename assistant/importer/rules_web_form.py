"""A request made on the company's web form: 「下記の「開示等申請フォーム」からお申し込みください。 /
https://…/privacy/request」, 「「個人情報開示等請求フォーム」(https://…)からご請求ください」. Where the
rules found the web form to be the way to send (channels.accepted online-form) and no other form,
the web form is the company's form: its name where the page quotes one, got on the web, and its
address where the line below the sentence naming it is a bare URL."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# 「「開示等申請フォーム」」: the form's own name, in quotes.
QUOTED_FORM = re.compile(r"[「『]([^「」『』]{2,30}フォーム)[」』]")
FORM_WORD = re.compile(r"フォーム|\bform\b", re.I)
# 「問い合わせフォーム」: the company's form for any question, no form of the request's own.
INQUIRY_FORM = re.compile(r"問い?合わ?せ|問合せ|contact|inquiry", re.I)


class WebFormRules:
    """The web form as the company's form: mixed into the extractor."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def web_form(self) -> None:
        accepted = next((f for f in self.proposal.facts
                         if f.field == "channels.accepted" and f.value == "online-form" and f.sure), None)
        if accepted is None:
            return
        if not self.proposal.first("inquiries.web_form"):
            for index, s in enumerate(self.region[1:], start=1):
                # the line above names the form (in any of its sentences)
                above = [x.text for x in self.region[max(0, index - 4):index] if x.line == self.region[index - 1].line]
                if (m := t.URL.fullmatch(s.text.strip().rstrip("."))) and any(FORM_WORD.search(x) for x in above):
                    self.add("inquiries.web_form", m.group(0), s, m)
                    break
        if self.proposal.first("form.get_it") or self.proposal.first("form.required"):
            return
        named = self.proposal.first("form.name")
        if INQUIRY_FORM.search(accepted.quote) and not named:
            return  # the request goes through the inquiry form: the page names no form of its own
        for s in self.region:
            m = QUOTED_FORM.search(s.text)
            if m and not named:
                self.add("form.name", m.group(1), s, m)
                self.add("form.get_it", "web-form", s, m)
                return
        if named is None or FORM_WORD.search(str(named.value)):
            m = FORM_WORD.search(accepted.quote)
            self.add("form.get_it", "web-form", _sentence(self.region, accepted.start), m)


def _sentence(region: "list[Sentence]", start: int) -> "Sentence":
    return next((s for s in region if s.start <= start <= s.start + len(s.text)), region[0])
