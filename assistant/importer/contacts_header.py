"""Phones the contact rules miss. The company's phone in the page's header, where the procedure
names none: 「0166-46-5330 / お問い合わせ」 — a number alone on its line, beside the word for
inquiries, above the procedure (a header's number without that word, a sales line or a fax, is not
taken). And a number written from abroad on an English page: "Telephone number: General Affairs
Department at +81-6-6208-1910", "Contact information: 81- (0)3-3219-1511" are 06-6208-1910 and
03-3219-1511. And a number alone on its line with the hours it answers below it ("+03-5639-3140 /
(Every day except Saturdays, Sundays…)"): a fax has no hours."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

INQUIRY_WORD = re.compile(r"^(お問い?合わ?せ|お問合せ|問い?合わ?せ先|お問い合わせ窓口|Contact( us)?)$", re.I)
# "+81-6-6208-1910", "+81 3 1234 5678": the country code, then the number without its leading 0.
INTERNATIONAL = re.compile(r"(\+81[-\s]{0,2}|(?<![\d.+-])81[-\s]{1,2})\(?0?\)?\s?(\d{1,4})[-\s](\d{1,4})[-\s](\d{3,4})(?![\d-])")
PHONE_WORD = re.compile(r"\b(tel|telephone|phone|contact (information|number))\b", re.I)
FAX_WORD = re.compile(r"fax|facsimile|ファクス|ファックス", re.I)
# a number alone on its line (a stray "+" before it), and the hours it answers on the line below
BARE_NUMBER = re.compile(r"\+?\s?(0\d{1,4})-(\d{1,4})-(\d{3,4})")
HOURS = re.compile(r"受付時間|営業時間|平日|土日|\bhours\b|weekdays?|except (Saturdays|Sundays|weekends)|"
                   r"\d{1,2}:\d{2}\s?[-~〜～]", re.I)
HEADER_SPAN = 12  # lines of the page above the procedure read as its header


class HeaderPhoneRules:
    """Mixed into the extractor, after the contacts' rules."""

    all: "list[Sentence]"
    region: "list[Sentence]"
    proposal: "Proposal"

    def header_phone(self) -> None:
        if self.proposal.values("inquiries.phone") or not self.region:
            return
        above = [s for s in self.all[:HEADER_SPAN] if s.start < self.region[0].start]
        for index, s in enumerate(above):
            m = t.PHONE_LEADING.match(s.text.strip())
            if not m or len(s.text.strip()) != m.end():
                continue  # the number alone on its line
            beside = [x.text.strip() for x in above[max(0, index - 1):index + 2] if x is not s]
            if any(INQUIRY_WORD.match(b) for b in beside):
                self.add("inquiries.phone", f"{m.group(1)}-{m.group(2)}-{m.group(3)}", s, m)
                return

    def international_phone(self) -> None:
        if self.proposal.values("inquiries.phone"):
            return
        for s in self.region:
            m = INTERNATIONAL.search(s.text)
            word = m and PHONE_WORD.search(s.text, max(0, m.start() - 80), m.start())
            if m and word and not FAX_WORD.search(s.text, word.end(), m.start()):
                self.add("inquiries.phone", f"0{m.group(2)}-{m.group(3)}-{m.group(4)}", s, m)
                return
        for s, below in zip(self.region, self.region[1:]):
            m = BARE_NUMBER.fullmatch(s.text.strip())
            if m and below.line == s.line + 1 and HOURS.search(below.text):
                self.add("inquiries.phone", f"{m.group(1)}-{m.group(2)}-{m.group(3)}", s,
                         BARE_NUMBER.search(s.text))
                return
