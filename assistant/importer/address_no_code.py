"""An address the page gives without a postal code: 「下記の宛先に…お申込ください。 / 【受付の方法・窓口】 /
住所：東京都豊島区東池袋1-25-8 タカセビル本館3F　個人情報受付センター」. The street is the page's (the
desk after it is split off by desk_after_address); the postal code stays unknown, never looked up
and passed as the page's. Only where no address with a code was found, and only a labelled line
that starts with a prefecture, near a sentence or heading that says requests go there, or the
street alone under the desk's bracketed heading (「【…お問い合わせ窓口】 / 東京都新宿区…」, the desk
taken too); else the checklist would say the page names no address where it does."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.desk_names import bracketed_desk

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# 「住所：東京都…」, 「所在地: 大阪府…」: a labelled line opening with a prefecture and a street number
LABELLED = re.compile(r"^\s*[-・•]?\s*(住所|所在地|送付先|宛先|郵送先)\s?[:：]\s?"
                      r"(?P<a>(東京都|北海道|(京都|大阪)府|[^\s、。:：]{2,3}県)[^\s、。:：]{2,30}?\d[^。]{0,60})$")
# 「【個人情報の取扱いに関するお問い合わせ窓口】 / 東京都新宿区百人町2-20-2金子ハイツ2階 / 電話番号 …」: the
# street alone on the line under the desk's bracketed heading
UNDER_DESK = re.compile(r"^\s*(?P<a>(東京都|北海道|(京都|大阪)府|[^\s、。:：]{2,3}県)[^\s、。:：]{2,30}?\d[^。]{0,60})$")
REACH = 4  # lines above the address within which the request is sent there


class AddressNoCodeRules:
    """Mixed into the extractor after the address rules, before desk_after_address."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def address_no_code(self) -> None:
        if self.proposal.first("send_to.postal_code") or self.proposal.first("send_to.lines") \
                or any(t.POSTAL.search(s.text) for s in self.region):
            return  # (a code anywhere on the page: the address rules' to read)
        for index, s in enumerate(self.region):
            under_desk = index and bracketed_desk(self.region[index - 1:index])
            if not (m := LABELLED.match(s.text) or under_desk and UNDER_DESK.match(s.text)):
                continue
            near = " ".join(x.text for x in self.region[max(0, index - REACH):index])
            if t.SENDS_TO.search(near) or t.DESK_HEADING.search(near) or t.REQUESTS_TO_BELOW.search(near) or under_desk:
                street = re.sub(r"\s+", " ", m.group("a")).strip()
                self.add("send_to.lines", (street,), s, m)
                if under_desk and not self.proposal.first("send_to.department"):
                    self.add("send_to.department", *under_desk)  # the heading names the desk at that street
                return
