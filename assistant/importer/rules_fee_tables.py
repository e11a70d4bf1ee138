"""A fee table with one fee for the request and charges added to it: 「A基本事務手数料 / 開示依頼書
1通につき、550円 なお、…に加えて、…項目別手数料を加算」, 「手数料 | 医師立会なし | 5,500円 | 医師立会
有り | 11,000円/30分 | 診療録の写しにかかる費用(上記手数料に下記費用が必要)」. The fee rules leave
several amounts as "check this"; where exactly one amount stands before the words that add the
others to it (加算, に加えて, 上記手数料に下記費用), and every other amount is such an addition or a
charge by the time or the piece, that one is the request's fee and is settled; the added charges
stay notes to check, since they depend on what the record cannot hold (pages, items, time)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.rules_fee_kinds import ORDER, _kinds_in

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# Words that add the amounts after them to a fee named before.
ADDED = re.compile(r"加算|に加えて|に加え|上記(の)?(手数料|費用|料金)に")
# A charge by the time or the piece right after its amount (「11,000円/30分」, 「1枚につき」).
BY_UNIT = re.compile(r"\s?[(（]?(税込|税抜)?[)）]?\s?([/／]\s?\d{1,3}\s?(分|枚|頁|ページ|項目)|(につき|ごと|毎))")
# 「開示依頼書1通につき」: one request form, one request.
PER_FORM = re.compile(r"(請求書|依頼書|申請書|申込書)\s?(1|一)\s?通(につき|あたり|ごと)")
MAX_AMOUNTS = 12
ADDED_NOTE = "a charge added to the fee (by pages, items, time or a service)"
# 「開示のご請求の場合は、…以下の手数料をお支払いただきます」: a lead into the table says its kinds.
LEAD = re.compile(r"(以下|下記|次)の(手数料|費用|料金)")


class FeeTableRules:
    """One fee settled out of a table of a fee and its additions: mixed into the extractor."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def fee_table(self) -> None:
        amounts = [f for f in self.proposal.facts if f.field == "fees.amount_yen"]
        # a table has a handful of amounts (more is no table, and each is looked up in the text)
        if not 2 <= len(amounts) <= MAX_AMOUNTS or any(f.sure for f in amounts) or any(f.value == 0 for f in amounts):
            return
        added = self._added_at()
        if added is None:
            return
        placed = [(f, *where) for f in amounts if (where := self._place(f)) is not None]
        if len(placed) != len(amounts):
            return
        # before the words that add charges, and no charge by the time or the piece
        before = [(f, index) for f, index, m in placed if self.region[index].start + m.start() < added
                  and not BY_UNIT.match(self.region[index].text, m.end())]
        if len({f.value for f, _ in before}) != 1:
            return
        # an amount after them that names a kind of request is that kind's fee, no addition
        if any(_kinds_in(self.region[index].text)[1] for f, index, _ in placed if f.value != before[0][0].value):
            return
        base, index = before[0]
        facts = self.proposal.facts
        for number, f in enumerate(facts):
            if f is base:
                facts[number] = replace(f, sure=True, note="")
            elif f.field == "fees.amount_yen":
                facts[number] = replace(f, note=ADDED_NOTE)
        s = self.region[index]
        if (pm := t.PER.search(s.text) or PER_FORM.search(s.text)):
            self.add("fees.per", "request", s, pm)
        if not self.proposal.first("fees.kinds"):
            self._fee_kinds(s, index)
        if not self.proposal.first("fees.kinds"):
            self._lead_kinds(index)

    def _lead_kinds(self, index: int) -> None:
        """The kinds a lead a few lines above the table names (above the table's own headings)."""
        for x in reversed(self.region[max(0, index - 4):index]):
            if t.FEE.search(x.text) and LEAD.search(x.text):
                decided, kinds = _kinds_in(x.text)
                if decided and kinds:
                    self.add("fees.kinds", tuple(k for k in ORDER if k in kinds), x, next(iter(kinds.values())))
                return

    def _added_at(self) -> int | None:
        """Where the words that add charges to the fee first stand, in a sentence about the fee."""
        for s in self.region:
            m = ADDED.search(s.text)
            if m and (t.FEE.search(s.text) or t.YEN.search(s.text)):
                return s.start + m.start()
        return None

    def _place(self, f) -> "tuple[int, re.Match] | None":
        """The sentence an amount was read from and the amount's words in it."""
        for index, s in enumerate(self.region):
            if s.start <= f.start <= s.start + len(s.text):
                return next(((index, m) for m in t.YEN.finditer(s.text)
                             if int(m.group("n").replace(",", "")) == f.value), None)
        return None
