"""A desk written after the street on the address line: 「大阪府大阪市西区…3-9-13 堀江家具WESTビル
ディング4階 個人情報保護相談受付窓口 お客様サポートセンター 宛」: the words after the building that end
in a desk's word (窓口, センター, 部, 課, 室, 係) are where the request goes; the rest is the address."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.facts import Found

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal

DESK_END = re.compile(r"(窓口|センター|部|課|室|係|担当)$")
ADDRESSED = ("宛", "宛て", "あて", "御中")
ORG_END = re.compile(r"(新聞社|会社|法人|組合|協会|病院|医院|クリニック)$")
PLACE = re.compile(r"[0-9０-９]|階|号|丁目|番地")  # a word of the street or the building


class DeskAfterAddressRules:
    """The desk on the address line: mixed into the extractor."""

    proposal: "Proposal"

    def desk_after_address(self) -> None:
        found = self.proposal.first("send_to.lines")
        if found is None or found.value[-1].isascii() or self.proposal.first("send_to.department"):
            return
        if len(found.value) > 1:
            self._desk_line_last(found)
            return
        words = found.value[0].split()
        while words and words[-1] in ADDRESSED:
            words.pop()
        desk: list[str] = []
        while len(words) > 1 and DESK_END.search(words[-1]) and not PLACE.search(words[-1]) \
                and not t.COMPANY_NAME.search(words[-1]):
            desk.insert(0, words.pop())
        if not desk or not PLACE.search(" ".join(words)):
            return
        facts = self.proposal.facts
        facts[facts.index(found)] = replace(found, value=(" ".join(words),))
        facts.append(Found("send_to.department", " ".join(desk), found.quote, found.start, found.end))

    def _desk_line_last(self, found: Found) -> None:
        """「〒060-8711 札幌市中央区大通西3丁目6 / 北海道新聞社 読者センター 宛」: the address block's last
        line, no street in it, names the company and its desk: the desk is where the request goes."""
        words = found.value[-1].split()
        while words and words[-1] in ADDRESSED:
            words.pop()
        while len(words) > 1 and (t.COMPANY_NAME.search(words[0]) or ORG_END.search(words[0])):
            words.pop(0)  # 「北海道新聞社」: the company's name before its desk
        if not words or PLACE.search(" ".join(words)) or not DESK_END.search(words[-1]) \
                or not PLACE.search(" ".join(found.value[:-1])):
            return
        facts = self.proposal.facts
        facts[facts.index(found)] = replace(found, value=tuple(found.value[:-1]))
        facts.append(Found("send_to.department", " ".join(words), found.quote, found.start, found.end))
