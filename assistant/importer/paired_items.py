"""Two documents one item of a "one of" list joins: 「公的機関発行の証明書、いずれか1通のコピー /
・運転免許証 / ・パスポート / ・健康保険証および年金手帳 / ・住民票」 — the insurance card goes only with
the pension book. A "one of" list holding them all would say the card alone is enough; the record
offers the two sets instead (one of the other items, or both of the pair), as it does for "one
photo ID or two without". Every pattern here is bounded (linear time)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Found, Proposal, Sentence

PAIRED = "two documents an item of a \"one of\" list joins: both together, or one of the other items"
# what stands between the two documents' names: "and" alone (「健康保険証および年金手帳」)
JOINED = re.compile(r"\s?(の写し|のコピー)?\s?(および|及び|並びに|ならびに|と|＋|\+|and)\s?$")
ITEMS = 10  # items read above and below


class PairedItemRules:
    """Mixed into the extractor after the documents' own rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def paired_items(self) -> None:
        mine = [f for f in self.proposal.facts if f.field == "documents.self" and f.sure and not f.note]
        by_quote: dict[str, list[Found]] = {}
        for f in mine:
            by_quote.setdefault(f.quote, []).append(f)
        for index, s in enumerate(self.region):
            pair = by_quote.get(s.text, [])
            if len(pair) != 2 or not t.BULLET.match(s.text) or not self._in_one_of_list(index, by_quote):
                continue
            spans = sorted(m.span() for f in pair for pattern, kind in t.DOCUMENTS
                           if kind == f.value and (m := pattern.search(s.text)))
            if len(spans) != 2 or not JOINED.fullmatch(s.text[spans[0][1]:spans[1][0]]):
                continue
            marked = {id(f) for f in pair}
            self.proposal.facts = [replace(f, note=PAIRED) if id(f) in marked else f for f in self.proposal.facts]

    def _in_one_of_list(self, index: int, by_quote: dict) -> bool:
        """Under a lead that says "one of", beside another item naming one document alone."""
        above = index
        while above > max(0, index - ITEMS) and t.BULLET.match(self.region[above - 1].text):
            above -= 1
        if not above or not t.CHOICE.search(self.region[above - 1].text):
            return False
        below = index + 1
        while below < min(len(self.region), index + ITEMS) and t.BULLET.match(self.region[below].text):
            below += 1
        return any(len(by_quote.get(x.text, [])) == 1 for x in self.region[above:below] if x is not self.region[index])


def pair_or_one(docs: list[dict], found: "list[Found]", besides: list[dict]) -> dict:
    """The record's two sets: one of the single items, or both documents of the pair."""
    paired = {f.value for f in found if f.note == PAIRED}

    def quotes(kinds: set) -> list[str]:
        return list(dict.fromkeys(f.quote for f in found if f.value in kinds))

    singles = [d for d in docs if d["kind"] not in paired]
    both = [d for d in docs if d["kind"] in paired]
    one = {"label": "proof of identity", "one_of": singles, "quote": quotes({d["kind"] for d in singles})}
    two = {"label": "proof of identity", "count": 2, "one_of": both, "quote": quotes(paired)}
    return {"either": [one, two], **({"also": besides} if besides else {}),
            "quote": list(dict.fromkeys(one["quote"] + two["quote"]))}
