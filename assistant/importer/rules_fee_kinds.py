"""The kinds of request a fee is charged for, read where the text says them: in the fee's own
sentence (「利用目的の通知及び開示の場合は、…300円」), in a sentence leading into it (「開示または利用
目的の通知…のご請求の場合は、以下の手数料が必要です」), in a heading above it ("I. When requesting
disclosure or notification of purpose of use", 「(1) 開示の請求手続」), or in the list items that
say the fee is charged (「・ 利用目的の通知(手数料がかかります)」)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.clauses import negated, spans
from assistant.importer.defined_terms import broad_disclosure, defined_kinds

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

FEE_KINDS = {"purpose", "disclosure", "third-party-records"}  # the kinds the law lets a fee be charged for
ORDER = ("purpose", "disclosure", "third-party-records")
CLIMB = 12  # sentences above the fee in which its lead and headings are looked for
ABOVE_REQUEST = re.compile(r"(上記|前記)の?(通知|開示|ご?請求)(に|の|は)")


class FeeKindRules:
    """The fee's kinds: mixed into the fee rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def _fee_kinds(self, s: "Sentence", index: int) -> None:
        # 「…資料(訂正等の際に必要)、手数料(開示請求または利用目的通知請求の際に必要)と併せて」: the
        # fee's own brackets say its kinds, whatever the sentence says of the other things sent
        for bm in t.FEE_BRACKET.finditer(s.text):
            # 「開示手数料(訂正…の場合は不要です)」: the fee's name before its brackets is read with them
            named = _named(s.text[max(0, bm.start() - 6):bm.start()])
            decided, kinds = _kinds_in(bm.group(1))
            exempts_only = not _named(bm.group(1)).keys() & FEE_KINDS
            if named.keys() & FEE_KINDS and exempts_only and kinds.keys() - named.keys():
                return  # the name says one kind, the brackets only exempt others: not said which pay
            if decided and kinds:
                self.add("fees.kinds", tuple(k for k in ORDER if k in kinds), s, bm)
                return
        for place in self._kind_places(index):
            # 「[開示等請求の場合]」 where 「開示等請求」 was defined as the purpose notice and disclosures
            if (kinds := next((k for word, k in self._defined().items() if word in place.text), None)) \
                    and kinds <= FEE_KINDS:
                self.add("fees.kinds", tuple(k for k in ORDER if k in kinds), place)
                return
            decided, kinds = _kinds_in(place.text)
            # 「…利用目的の通知又 / は…開示をご請求になる場合には」: a sentence a PDF broke over lines
            # names its kinds on both
            if kinds and (before := self._broken_before(place)) is not None:
                kinds = {**_kinds_in(before.text)[1], **kinds}
            if decided:
                if kinds and not self._disclosure_stands_for_more(kinds):
                    self.add("fees.kinds", tuple(k for k in ORDER if k in kinds), place,
                             next(iter(kinds.values())))
                return

    def _disclosure_stands_for_more(self, kinds: dict) -> bool:
        """A fee said of "disclosure" where the text defines "disclosure" to cover other kinds too
        (「(以下「開示」といいます)」 after several kinds): its kinds are not said."""
        if set(kinds) != {"disclosure"}:
            return False
        if not hasattr(self, "_broad_disclosure"):
            lines = getattr(self, "all", self.region)
            self._broad_disclosure = broad_disclosure((x.text for x in lines), _named)
        return self._broad_disclosure

    def _defined(self) -> dict[str, set]:
        if not hasattr(self, "_defined_kinds"):
            self._defined_kinds = defined_kinds((x.text for x in getattr(self, "all", self.region)), _named)
        return self._defined_kinds

    def _broken_before(self, place: "Sentence") -> "Sentence | None":
        """The line before, where the place goes on from it: the place opens with a particle
        (「は」, 「の」…) and the line before has no full stop."""
        i = next((i for i, x in enumerate(self.region) if x is place), 0)
        before = self.region[i - 1] if i else None
        opens_on_particle = place.text[:1] != "" and place.text[0] in "はがのをにとでも又及"
        if before is None or before.text.endswith(("。", ".")) or not opens_on_particle:
            return None
        return before

    def _charged_items_kinds(self, index: int) -> None:
        """「・ 利用目的の通知(手数料がかかります) ・ 開示(手数料がかかります)」: each item that says
        the fee is charged names a kind; an item under a heading on the records of provision to
        third parties (「個人データに係る第三者提供記録について / ・ 開示」) is of those records."""
        found: dict = {}
        for i in range(max(0, index - CLIMB), min(len(self.region), index + CLIMB)):
            s = self.region[i]
            if not (t.BULLET.match(s.text) and t.FEE_NO_AMOUNT.search(s.text)):
                continue
            _, kinds = _kinds_in(s.text)
            if "disclosure" in kinds and t.RECORDS_HEADING.search(self._item_heading(i)):
                kinds = {"third-party-records": kinds["disclosure"]}
            for kind, m in kinds.items():
                found.setdefault(kind, (s, m))
        if found and set(found) <= FEE_KINDS:
            s, m = next(iter(found.values()))
            self.add("fees.kinds", tuple(k for k in ORDER if k in found), s, m)

    def _item_heading(self, index: int) -> str:
        """The line a list item stands under: the nearest line above without its bullet
        (「- 個人データに係る第三者提供記録について」 over 「・ 開示」)."""
        bullet = self.region[index].text.lstrip()[:1]
        for s in reversed(self.region[max(0, index - CLIMB):index]):
            if not s.text.lstrip().startswith(bullet):
                return s.text
        return ""

    def _kind_places(self, index: int):
        """The fee's sentence and the one explaining it below, then upwards: the sentences about a
        fee before it (its lead), and the headings above it, the nearest first, up to the fee's own
        heading (「4. 手数料」)."""
        yield self.region[index]
        # 「当社は、…利用目的の通知を求められたときは、…通知を行います。…なお、上記通知につきましては、手数料
        # (1件あたり700円)を頂戴しております」: the request the fee's 「上記」 means, earlier in its paragraph
        if ABOVE_REQUEST.search(self.region[index].text):
            yield from (x for x in reversed(self.region[max(0, index - 4):index]) if x.line == self.region[index].line)
        # 「③手数料1,000円 / 保有個人データの開示請求にかかる手数料は、…」: the line explaining it
        if index + 1 < len(self.region) and t.FEE.search(self.region[index + 1].text):
            yield self.region[index + 1]
        # 「…手数料500円…を同封ください。 / ○手数料について / 利用目的の通知、開示を請求する場合に限り
        # 手数料が必要となります。」: the fee's own section a few lines below says its kinds
        for i in range(index + 1, min(len(self.region) - 1, index + 4)):
            line = self.region[i].text
            if t.YEN.search(line):
                break  # another amount: what follows is its own
            if t.FEE_SECTION.search(line) and len(line) <= 30 and not line.endswith("。"):
                yield self.region[i + 1]
                break
        heading_seen = False
        for s in reversed(self.region[max(0, index - CLIMB):index]):
            text = s.text.strip()
            # a heading: short, no full stop, and not a sentence broken over lines (「…手数料は、…1請求あたり」)
            if len(text) <= 80 and not text.endswith(("。", ".")) and (len(text) <= 40 or "、" not in text):
                # 「個人情報の開示請求について」 titles a page on every kind: no restriction
                # (「4)利用目的の通知または開示のお求めについての手数料」: the fee's own heading names its kinds)
                if not t.PROCEDURE.search(text) or t.KINDS_RESTRICT.search(text) or t.FEE.search(text):
                    yield s
                heading_seen = True
                if t.FEE.search(text):
                    return  # the fee's own heading: what stands above it is another part
            elif not heading_seen and (t.FEE.search(text) or t.KINDS_RESTRICT.search(text)):
                yield s  # a lead: 「…の場合は、以下の手数料が必要です」, 「…開示をご請求になる場合には、」


def _kinds_in(text: str) -> tuple[bool, dict]:
    """(decided, kinds) of one place: decided where the place speaks of the kinds at all; no kinds
    with decided means every kind (「開示等の請求には…手数料」)."""
    # 「個人情報開示等依頼書とあわせて…手数料500円」: a form's name says no kinds of the fee
    text = t.FORM_NAMED.sub(lambda m: " " * len(m.group(0)), text)
    clauses: list[str] = []
    for b, e in spans(text):  # 「「開示」のご請求の場合は」: a quoted kind goes with its clause
        if clauses and clauses[-1].rstrip().endswith(("「", "」", "『", "』")):
            clauses[-1] += text[b:e]
        else:
            clauses.append(text[b:e])
    # "…手数料(利用目的の通知…の場合のみ)", "When requesting disclosure…", 「…の通知に関しましては」:
    # the clause that restricts the fee says its kinds, whatever the sentence names besides; of
    # several, the one that names the fee (「「訂正等」の場合は…から、「開示」の場合は手数料…」)
    only = [c for c in clauses if t.KINDS_RESTRICT.search(c) and _named(c)]
    only = [c for c in only if t.FEE.search(c) and not t.NO_FEE_CLAUSE.search(c) and not negated(c)] or only
    if not only and t.ALL_KINDS.search(text):
        return True, {}
    kinds: dict = {}
    for clause in only or clauses:
        if negated(clause) or t.NO_FEE_CLAUSE.search(clause):
            continue  # 「(個人情報の訂正、追加、削除の場合は不要です。)」, "no such fees are required"
        for kind, km in _named(clause).items():
            kinds.setdefault(kind, km)
    if not kinds:
        # 「…切手を同封してください(訂正・利用停止等の場合は不要です)」: charged for every kind but those
        # it exempts, which leaves the kinds a fee may be charged for at all
        exempt = next((c for c in clauses if t.NO_FEE_CLAUSE.search(c) and not t.CHARGED_KINDS.search(c)
                       and (om := t.OTHER_KINDS.search(c))), None)
        # 「開示手数料(訂正・利用停止のご請求の場合は手数料は不要です。)」: the fee is named for one kind,
        # the exemption leaves several: whether the others pay it is not said
        if exempt and any(set(_named(c)) & FEE_KINDS for c in clauses if c is not exempt):
            return True, {}
        return (True, {k: om for k in ORDER}) if exempt and t.FEE.search(text) else (False, {})
    return True, (kinds if set(kinds) <= FEE_KINDS else {})


# 「開示等のご請求及び利用目的の通知につきましては」: 開示等 set beside another kind is the disclosure
# (were the purpose notice in it, it would not be named again).
# (「利用目的の通知、および個人情報の開示等の請求については」: the data's name between)
ALL_KINDS_BESIDE = re.compile(r"開示等の?(ご)?(請求|求め)?(及び|並びに|および|と|、)|"
                              r"(及び|並びに|および|、)\s?((個人情報|保有個人データ|個人データ)の)?開示等")


def _named(clause: str) -> dict:
    """The kinds a clause names (「開示等」 names them all, no one kind, unless another stands beside)."""
    words = t.ALL_KINDS.sub(lambda m: " " * len(m.group(0)), clause)
    named = {kind: km for pattern, kind in t.KINDS if (km := pattern.search(words))}
    if named and "disclosure" not in named and (bm := ALL_KINDS_BESIDE.search(clause)):
        named["disclosure"] = bm
    return named
