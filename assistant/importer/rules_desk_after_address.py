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
PLACE = re.compile(r"[0-9０-９]|階|号|丁目|番地")  # a word of the street or the building


class DeskAfterAddressRules:
    """The desk on the address line: mixed into the extractor."""

    proposal: "Proposal"

    def desk_after_address(self) -> None:
        found = self.proposal.first("send_to.lines")
        if found is None or len(found.value) != 1 or found.value[0].isascii() \
                or self.proposal.first("send_to.department"):
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
