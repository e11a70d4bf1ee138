"""A desk the procedure points to by where it stands: 「…のご請求については5項の苦情及び相談窓口にご連絡
下さい」, 「…後記のお問い合わせ窓口宛に、…申請書を送付する」, 「…末尾記載の…窓口まで」. The desk's name is
taken only where a short line elsewhere on the page names it (the block's heading: 「苦情及び相談窓口 /
〒103-0011 …」); desk_block_above then reads that block's address and contacts."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

POINTED = re.compile(r"(?:(?:上記|前記|後記)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})項|上記|後記|前記|末尾(?:記載)?|下記)の?"
                     r"(?P<d>[^\s、。「」（）()]{2,24}?(?:窓口|事務局|係|相談室|担当|管理者|責任者))[」』]?"
                     r"(?:宛て?に?|に|へ|まで)[^。]{0,40}?(?:ご連絡|お問い?合わ?せ|お申し出|送付|郵送|ご提出)")
HEADING = 40  # a line this short naming the desk heads its block
MAX_SENTENCES = 40  # sentences of the procedure read for a pointer (a page has one or two)


class DeskPointedRules:
    """Mixed into the extractor before the desk block's rule."""

    all: "list[Sentence]"
    region: "list[Sentence]"
    proposal: "Proposal"

    def desk_pointed(self) -> None:
        if self.proposal.first("send_to.department"):
            return
        for s in self.region[:MAX_SENTENCES]:
            m = POINTED.search(s.text)
            if not m or not t.REQUEST_TOPIC.search(s.text, 0, m.start("d")):  # (「…申し出は上記2項の…」: its pointer read too)
                continue
            name = m.group("d")
            if any(x is not s and len(x.text) <= HEADING and name in x.text and not x.text.endswith("。")
                   for x in self.all):
                self.add("send_to.department", name, s, m)
            return
