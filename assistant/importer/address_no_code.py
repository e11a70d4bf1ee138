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
# 「下記住所まで、開示請求書を郵送しお申し出ください。」 … 「お問い合わせ先 / Tree Company株式会社 / 大阪市西区
# 南堀江2丁目13-30 / サンイーストビル9F」: the page's address below, a designated city's ward without its
# prefecture, its building on the next line
TO_ADDRESS_BELOW = re.compile(r"(下記|以下|次)の?(住所|宛先|所在地|送付先)(まで|に|へ|宛)")
CITY_STREET = re.compile(r"^\s*(?P<a>(東京都|北海道|(京都|大阪)府|[^\s、。:：]{2,3}県)?[^\s、。:：]{1,4}市[^\s、。:：]{1,4}区"
                         r"[^\s、。:：]{1,20}?\d[^。\s]{0,30})$")
BUILDING = re.compile(r"^\s*[^\s、。:：]{1,30}(ビル|館|マンション|ハイツ|タワー|\d+\s?(F|階)|号室)[^\s、。]{0,10}$")
BELOW_REACH = 10  # lines under that sentence the address may stand on


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
        self._street_below()

    def _street_below(self) -> None:
        for index, s in enumerate(self.region):
            if not (TO_ADDRESS_BELOW.search(s.text) and t.SENDS.search(s.text)):
                continue
            for at, x in enumerate(self.region[index + 1:index + 1 + 4 * BELOW_REACH], start=index + 1):
                if x.line - s.line > BELOW_REACH:
                    break
                if (m := CITY_STREET.match(x.text)):
                    after = self.region[at + 1] if at + 1 < len(self.region) else None
                    building = after.text.strip() if after is not None and BUILDING.match(after.text) else ""
                    self.add("send_to.lines", (m.group("a").strip(), *((building,) if building else ())), x, m)
                    return
            return
