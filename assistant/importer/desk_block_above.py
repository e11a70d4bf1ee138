"""「開示等のお求めは、上記個人情報問合せ係にお申し出ください」: the desk the procedure points to
stands above it, in a block of its own (「〒104-0032 … / 株式会社… 個人情報問合せ係 / メールアドレス:… /
TEL:…」) before the procedure part the other rules read. Where the procedure names no address or
contact of its own, that block's postal code, phone and e-mail are the desk's. And where the
procedure names no phone or e-mail at all, those of the page's personal-information desk
(「個人情報に関する苦情・相談窓口 / … / TEL:…」, outside the procedure part) are the inquiries'."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

ABOVE = re.compile(r"上記|前記")
POINTER = re.compile(ABOVE.pattern + r"|後記|末尾|\d{1,2}項")  # 「後記の…窓口」, 「5項の…」: where it stands
CODE_LINE = re.compile(r"\s*((住所|所在地)\s?[:：]\s?)?〒")  # 「〒…」, 「住所：〒103-0004 …」
REACH = 4  # lines either side of the desk's line that are its block


class DeskBlockAboveRules:
    """Mixed into the extractor after the desk and contact rules."""

    all: "list[Sentence]"
    region: "list[Sentence]"
    proposal: "Proposal"

    def desk_block_above(self) -> None:
        desk = self.proposal.first("send_to.department")
        if desk is None or not POINTER.search(desk.quote) or self.proposal.first("send_to.postal_code") \
                or not self.region:
            return
        start = len(self.all) - len(self.region)  # the region is the tail of all the sentences
        # (a short page's region is all of it: the block above the pointing sentence, not above the region)
        start = next((i for i in range(start, len(self.all)) if desk.quote in self.all[i].text), start)
        at = next((i for i in range(start - 1, -1, -1) if str(desk.value) in self.all[i].text), None)
        if at is None and not ABOVE.search(desk.quote):  # pointed to elsewhere: anywhere on the page
            at = next((i for i, x in enumerate(self.all) if str(desk.value) in x.text and len(x.text) <= 40
                       and desk.quote not in x.text), None)
        if at is None:
            return
        block = [s for s in self.all[max(0, at - REACH):at + REACH + 1] if not t.ACCREDITED.search(s.text)]
        codes = [(s, m) for s in block for m in t.POSTAL.finditer(s.text) if CODE_LINE.match(s.text)]
        if len({m.group(0) for _, m in codes}) == 1:
            s, m = codes[0]
            self.add("send_to.postal_code", f"{m.group(1)}-{m.group(2)}", s, m)
            rest = s.text[m.end():].strip(" 　,、")
            if t.PLACE.search(rest) and not t.COMPANY_NAME.search(rest):
                self.add("send_to.lines", (rest,), s, m)  # the street on the code's line
        for s in block:
            if not self.proposal.first("inquiries.phone") and (m := t.PHONE.search(s.text)):
                self.add("inquiries.phone", t.dialled(m), s, m)
            if not self.proposal.first("inquiries.email") and (m := t.EMAIL.search(s.text)):
                self.add("inquiries.email", m.group(0).rstrip("."), s, m)

    def privacy_desk_contacts(self) -> None:
        for field, pattern in (("inquiries.phone", t.PHONE), ("inquiries.email", t.EMAIL)):
            if self.proposal.first(field):
                continue
            for index, s in enumerate(self.all):
                m = pattern.search(s.text)
                block = self.all[max(0, index - 4):index + 1]
                if m and any(t.PRIVACY_DESK.search(x.text) for x in block) \
                        and not any(t.ACCREDITED.search(x.text) for x in block):
                    value = t.dialled(m) if field == "inquiries.phone" else m.group(0).rstrip(".")
                    self.add(field, value, s, m)
                    break
