"""Two documents asked for one of each: 「住民票(原本)および、公的機関が発行した…身分証明書のコピーの
各1通が必要です」 — two documents go, whatever kinds the list can name (where it names fewer, the
record keeps the count as a note to check, never one of a list)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.id_items_counted import id_items

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

EACH_ONE = re.compile(r"(および|及び|並びに|と)、?[^。、]{1,60}?の?各\s?[1１一]\s?(通|部|点)")
PERSONS_ID = re.compile(r"住民票|身分証明|本人確認|運転免許|保険証|パスポート|旅券")
AGENTS = re.compile(r"代理|委任")


class EachOneCountRules:
    """One of each of two documents: mixed into the extractor."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def each_one_count(self) -> None:
        if self.proposal.first("documents.self_count"):
            return
        for s in self.region:
            if (m := EACH_ONE.search(s.text)) and PERSONS_ID.search(s.text) and not AGENTS.search(s.text) \
                    and not t.FEE.search(s.text):
                self.add("documents.self_count", 2, s, m)
                return
        if (second := id_items([s.text for s in self.region])) is not None:
            self.add("documents.self_count", 2, self.region[second])  # two ID items of one list
