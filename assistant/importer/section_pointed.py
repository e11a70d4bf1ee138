"""A request sent to a desk by the number of the section it stands in: 「…の請求については、下記8.の【当社の
問合せ窓口】までご連絡ください」, with section 8 (「8. 個人情報取扱業者名および…の問合せ先」) holding the
desk's block (「所在地 / 〒815-0041 福岡県… / 電話 / 0120-…」). Where the procedure gives no address of
its own, that section's one postal code (and the street on its line) is where requests go."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.desk_block_above import CODE_LINE

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

POINTED = re.compile(r"(?:下記|後記)\s?(?P<n>\d{1,2})\s?[.．項]?\s?(?:の|に記載の)?\s?[【「]?[^。【】「」]{0,20}?"
                     r"(?:窓口|問い?合わ?せ先|連絡先|申出先)[】」]?(?:まで|へ|に|宛て?)[^。]{0,20}?"
                     r"(?:ご連絡|お問い?合わ?せ|お申し出|お申出|送付|郵送|ご請求)")
SECTION = 20  # lines of the section read for its block
MAX_SENTENCES = 60


class SectionPointedRules:
    """Mixed into the extractor after the address and desk rules."""

    all: "list[Sentence]"
    region: "list[Sentence]"
    proposal: "Proposal"

    def section_pointed(self) -> None:
        if self.proposal.first("send_to.postal_code"):
            return
        for s in self.region[:MAX_SENTENCES]:
            m = POINTED.search(s.text)
            if m and t.REQUEST_TOPIC.search(s.text, 0, m.start()):
                self._block_of(s, m.group("n"))
                return

    def _block_of(self, pointing: "Sentence", number: str) -> None:
        heading = re.compile(rf"\s*(?:{number}\s?[.．)）]|[(（]{number}[)）]|第{number}条)(?!\d)")
        following = re.compile(rf"\s*(?:{int(number) + 1}\s?[.．)）]|[(（]{int(number) + 1}[)）]|第{int(number) + 1}条)(?!\d)")
        start = next((i for i, x in enumerate(self.all) if x.line > pointing.line and heading.match(x.text)), None)
        if start is None:
            return
        block = []
        for x in self.all[start + 1:start + 1 + SECTION]:
            if following.match(x.text):
                break
            block.append(x)
        codes = [(x, c) for x in block if not t.ACCREDITED.search(x.text)
                 for c in t.POSTAL.finditer(x.text) if CODE_LINE.match(x.text)]
        if len({c.group(0) for _, c in codes}) != 1:
            return  # none, or two (a head office and a branch): not told which
        x, c = codes[0]
        self.add("send_to.postal_code", f"{c.group(1)}-{c.group(2)}", x, c)  # type: ignore[attr-defined]
        rest = x.text[c.end():].strip(" 　,、")
        if t.PLACE.search(rest) and not t.COMPANY_NAME.search(rest):
            self.add("send_to.lines", (rest,), x, c)  # type: ignore[attr-defined]
