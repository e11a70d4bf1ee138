"""Rules for the fee: its amount (one, several to check, or charged without one), the kinds it is
charged for, every way to pay the text names, and when to pay."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.clauses import refused_at
from assistant.importer.contact_ways import ACQUIRED
from assistant.importer.fee_scope import (enclosure_lead, item_above, item_above_other, nil_for_other_kinds, no_fee_said,
                                         return_postage)
from assistant.importer.rules_fee_kinds import ORDER as KIND_ORDER, FeeKindRules

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# 「以下の金額」, 「下記の金額」: a sentence that points to the amount below it
MAX_AGAIN = 4  # sentences that say one fee again, read for its kinds (a page has one or two)
AMOUNT_BELOW = re.compile(r"(以下|下記|次)の(金額|手数料)")
OTHER_PAYMENT = re.compile(r"(会費|年会費|購読料|利用料|代金|商品)の(お)?支払(い)?(は|に|方法)")
# 「所定料金分の切手を張った返信用封筒」: stamps stuck on an envelope are its postage, never a fee's payment
STUCK_ON = re.compile(r"\s?を?(貼|張|はっ|はり|貼付)")
STUCK_ON_EN = re.compile(r"\baffix|self-addressed|on the envelope", re.I)  # "…the envelope and affix an 82-Japanese yen stamp"
METHODS_LEAD = re.compile(r"(method|way)s? of payment|payment methods?|(お)?支払(い)?方法|納付方法|納入方法", re.I)
FEE_ROW = re.compile(r"\s{0,3}([・•-]\s?)?手数料(\s|\s?[:：])")  # a row's label 「手数料 無料」, 「・手数料：無料」
# 「この場合、手数料は不要です」: the case the sentence before states
CASE_BEFORE = re.compile(r"\W{0,3}(この|その)場合")
# 「開示する文書の分量によります」, 「10枚毎に500円」: a fee by the pages disclosed
VOLUME = re.compile(r"(文書|資料)の分量に(よ|応じ)|\d{1,3}\s?枚(毎|ごと)に\d|for each (\d{1,3} )?pages?\b", re.I)
# 「（合計：490円）」: the sum of the parts named before it
TOTAL = re.compile(r"(合計|総額)\s?[:：]?\s?$")
# 「手数料は2,200円（税込）を上限に徴収致します」: the amount is a ceiling
CEILING = re.compile(r"[^。、]{0,8}?(を上限|を限度|が上限|以内|まで)")


class FeeRules(FeeKindRules):
    """The fee: mixed into the extractor."""

    # Provided by the extractor that mixes these rules in (with its add() and heading_of()).
    region: "list[Sentence]"
    proposal: "Proposal"

    def drop_partial_no_fee(self) -> None:
        """"訂正等のご請求には手数料はかかりません" beside "開示は1,000円": the fee is the amount."""
        if any(v for v in self.proposal.values("fees.amount_yen")):
            self.proposal.facts = [f for f in self.proposal.facts
                                   if not (f.field == "fees.amount_yen" and f.value == 0)]

    def fees(self) -> None:
        amounts = self._amounts()
        self._fee_amount(amounts)
        charged = any(a[0] for a in amounts)
        if not amounts:  # "当金庫所定の手数料をお支払いいただきます": charged, the amount not given
            for index, s in enumerate(self.region):
                m = t.FEE_NO_AMOUNT.search(s.text)
                # "…send it together with the following documents: … d. Fee for disclosure": the
                # fee is an item of what to enclose.
                # (「…書類および手数料は不要です」: a fee not needed is nothing to enclose)
                lead = enclosure_lead(self.region, index) if m is None and t.FEE.search(s.text) and \
                    not no_fee_said(s.text) else None
                if lead is not None:
                    m = t.FEE.search(s.text)
                    self.add("fees.pay_when", "with-request", lead, t.ENCLOSE_LEAD.search(lead.text))
                if m and not no_fee_said(s.text) and not t.OTHER_SERVICE.search(s.text):
                    self.add("fees.charged", True, s, m)
                    if (pm := t.PER.search(s.text)):
                        self.add("fees.per", "request", s, pm)
                    if t.BULLET.match(s.text) and t.FEE_NO_AMOUNT.search(s.text):
                        self._charged_items_kinds(index)  # 「・ 開示(手数料がかかります)」: one of several
                    if not self.proposal.first("fees.kinds"):
                        self._fee_kinds(s, index)
                    charged = True
                    break
        self._payments()
        if not amounts and not charged:  # no fee on the page: a payment only where a fee's words are
            self.proposal.facts = [f for f in self.proposal.facts if f.field != "fees.payment"
                                   or t.FEE.search(f.quote) or t.YEN.search(f.quote) or t.MONEY_ORDER.search(f.quote)
                                   or "納付" in f.quote]  # (「…現金書留で納付して下さい」: a fee paid on notice)
        if charged and not self.proposal.first("fees.payment"):
            # "現金書留によりご郵送ください" with a fee to enclose: the fee goes as cash by 現金書留.
            for s in self.region:
                if (m := t.CASH_MAIL.search(s.text)) and t.SENDS.search(s.text):
                    self.add("fees.payment", "cash (現金書留)", s, m)
                    break

    def _amounts(self) -> list[tuple[int, "Sentence", re.Match, int]]:
        amounts: list[tuple[int, "Sentence", re.Match, int]] = []
        for index, s in enumerate(self.region):
            heading = self.heading_of(index)
            # A table of fees ("書面による開示 1,100円") under a heading "手数料" a few rows up.
            if not t.FEE.search(heading):
                heading = next((x.text for x in reversed(self.region[max(0, index - 5):index])
                                if len(x.text) <= 40 and t.FEE.search(x.text)), heading)
            about_fee = t.FEE.search(s.text) or t.FEE.search(heading) or t.FREE_REQUEST.search(s.text)
            # Within the procedure, a fee sentence under a heading about fees is about requests (「8.個人情報の
            # 開示等の要求 / …(4) / 上記(1)及び(2)につきまして、手数料は…」: the part's heading further up)
            about_requests = (t.REQUEST_CONTEXT.search(s.text) or t.REQUEST_CONTEXT.search(heading)
                              or t.FEE.search(heading) or t.PROCEDURE.search(self.section_of(index))
                              # 「個人データの開示等の請求手続き / 申出先 … / 手数料 無料」: a row of the procedure's table
                              or FEE_ROW.match(s.text) and any(t.PROCEDURE.search(x.text) for x in self.region[max(0, index - 10):index])
                              # 「開示請求については…。手数料は無料です。」 (a sentence or three before, on its line)
                              or any(x.line == s.line and t.REQUEST_CONTEXT.search(x.text)
                                     for x in self.region[max(0, index - 3):index]))
            # "1件の請求につき500円分の郵便切手", "・440円分の郵便切手": an amount paid in stamps or
            # money orders within the procedure is its fee.
            paid_in = t.YEN.search(s.text) and any(p.search(s.text) for p, _ in t.PAYMENTS)
            # 「・個人情報開示申請について / 500 円(税込)」: a request's item in a list of charges
            item = bool(t.REQUEST_CONTEXT.search(item_above(self.region, index)))
            about_fee = about_fee or paid_in or item
            about_requests = about_requests or paid_in or item
            other = (t.OTHER_SERVICE.search(s.text) and not t.REQUEST_CONTEXT.search(s.text)) or \
                t.OTHER_SERVICE.search(heading) or \
                item_above_other(self.region, index)  # "・本人限定郵便での受け取りをご希望の場合 / 手数料…300円"
            if not about_fee or not about_requests or other:
                continue
            # Under 100 yen is a postal or bank charge ("この場合の手数料10円"), never a request's fee.
            found = [ym for ym in t.YEN.finditer(s.text) if not _other_service_beside(s.text, ym)
                     and not return_postage(s.text, ym) and int(ym.group("n").replace(",", "")) >= 100]
            nm = t.NO_FEE.search(s.text) or t.FREE_REQUEST.search(s.text)
            # (「手数料はいただきませんが、…郵送料などはご負担ください」: the postage in a clause after)
            # (「※ …の訂正につきましては、…この手続によらずに…受け付けます。この場合、手数料は不要です。」: the
            # case before, another kind's or another route's)
            before = self.region[index - 1].text if index > 0 and self.region[index - 1].line == s.line else ""
            case_before = before and CASE_BEFORE.match(s.text) and (
                _uncharged_kinds_only(before) or t.OTHER_MATTERS.search(before))
            if nm and not found and (_other_kinds_only(s.text, nm) or nil_for_other_kinds(s.text, nm) or case_before
                                     or t.OTHER_SERVICE.search(s.text, 0, _clause_end(s.text, nm.end()))):
                continue  # "To request revision, addition… (no fee)", 「ダイレクトメール…の停止は…手数料は
                # 不要」: nothing of disclosure's fee
            if nm and not found:
                amounts.append((0, s, nm, index))
            for ym in found:
                if not (nm and nm.start() < ym.start() and "無料" in nm.group(0)):
                    amounts.append((int(ym.group("n").replace(",", "")), s, ym, index))
        return amounts

    def _payments(self) -> None:
        """Every way to pay, and when, from the sentences about the fee (or in its section)."""
        for index, s in enumerate(self.region):
            heading = self.heading_of(index)
            section = self.section_of(index)
            other = t.OTHER_SERVICE.search(s.text) and not t.REQUEST_CONTEXT.search(s.text)
            # 「本人確認のための書類(B)と定額小為替証書(C)を同封の上」: a money order pays a fee, whatever
            # the sentence calls it (stamps may be return postage, a money order never is).
            # 「開示請求の手数料は…550円です。代金は、…振込用紙にてお振込みください」: the sentence after
            # the fee's, on how to pay, is about it
            after_fee = index > 0 and bool(t.FEE.search(self.region[index - 1].text) and
                                           t.YEN.search(self.region[index - 1].text) and
                                           t.PAYS_DEADLINE.search(s.text))  # 振込, 支払…: paying
            about = (t.PAYS.search(s.text) or t.FEE.search(s.text) or t.FEE.search(heading) or t.YEN.search(s.text)
                     or t.FEE.search(section) or t.MONEY_ORDER.search(s.text) or after_fee
                     # "Details on the method of payment … are as follows: / 1. For a bank transfer:"
                     or any(METHODS_LEAD.search(x.text) for x in self.region[max(0, index - 3):index]))
            if not about and (m := self._enclosed_after_payment(index)):
                self.add("fees.pay_when", "with-request", s, m)
            if not about or other or t.PAY_BACK.search(s.text) or ACQUIRED.search(s.text):
                continue  # (a purpose of use: 「代金を請求するために、…クレジットカード番号…を利用する目的」)
            # "392円分の切手(簡易書留郵便代の切手)": stamps for postage, not how the fee is paid.
            amounts = list(t.YEN.finditer(s.text))
            postage = amounts and all(_other_service_beside(s.text, ym) or return_postage(s.text, ym) for ym in amounts)
            for pattern, payment in t.PAYMENTS:
                m = None if postage else pattern.search(s.text)
                # "その他(切手、印紙、現金等)の同封があった場合は…返却", "定額小為替証書はお受けして
                # おりません": named, but not taken.
                # (「会費のお支払いはクレジットカードのみ対応しております」: another service's payment)
                if m and not t.PAY_OTHER.search(s.text[:m.start()]) and not refused_at(s.text, m.start()) \
                        and not OTHER_PAYMENT.search(s.text, max(0, m.start() - 30), m.start()) \
                        and not (payment.startswith("postage") and (STUCK_ON.match(s.text, m.end())
                                                                    or STUCK_ON_EN.search(s.text))):
                    self.add("fees.payment", payment, s, m)
            m = t.BEFORE.search(s.text)
            if m:
                self.add("fees.pay_when", "before-sending", s, m)
            # 「回答書送付時に同封の振込用紙にてお振込みください」: the company's enclosure, paid on notice
            elif (m := t.ON_NOTICE.search(s.text)):
                self.add("fees.pay_when", "on-notice", s, m)
            # 「返信用封筒に612円分の切手(書留料…を含む)を貼付」: an amount of postage alone says nothing
            # of when a fee is paid.
            elif (m := t.WITH_REQUEST.search(s.text)) and not postage and (
                    t.YEN.search(s.text) or t.FEE.search(s.text) or any(p.search(s.text) for p, _ in t.PAYMENTS)):
                self.add("fees.pay_when", "with-request", s, m)

    def _enclosed_after_payment(self, index: int) -> "re.Match | None":
        """「開示請求手数料の納付は郵便定額小為替にて行います。開示請求書に同封していただき…」: the
        sentence after the one on how the fee is paid encloses it, naming nothing else to enclose."""
        s = self.region[index]
        m = t.WITH_REQUEST.search(s.text)
        before = self.region[index - 1].text if index else ""
        if not m or "を" in s.text[:m.start()] or any(p.search(s.text) for p, _ in t.DOCUMENTS):
            return None
        paid = t.FEE.search(before) and any(p.search(before) for p, _ in t.PAYMENTS)
        return m if paid and s.line - self.region[index - 1].line <= 1 else None

    def _fee_amount(self, amounts: list) -> None:
        """One amount: the fee. Several different ones (by kind of request, by answer method):
        each is proposed as "check this", never settled, so no checklist states one wrongly; where
        none of them is nil the fee is charged all the same (its amount to check)."""
        charged = [a for a in amounts if a[0]]
        # 「200円＋書留郵送代金（合計：490円）」: the parts and their sum, one fee: the sum
        totals = [a for a in charged if TOTAL.search(a[1].text, max(0, a[2].start() - 6), a[2].start())]
        if len(totals) == 1 and all(a[1] is totals[0][1] for a in charged):
            charged = totals
        free = [a for a in amounts if not a[0]]
        # "訂正等のご請求には手数料はかかりません" beside "開示は1,000円": the fee is the amount.
        free = [a for a in free if not charged or not t.OTHER_KINDS.search(a[1].text) and
                t.METHOD_WORD.search(a[1].text)]
        distinct = {a[0] for a in charged} | ({0} if free else set())
        sure = len(distinct) == 1
        first = {a[0]: a for a in reversed(charged or free)}  # each amount where it is first said
        if not sure and not free and charged:
            _, s, m, _ = min(charged, key=lambda a: a[3])
            self.add("fees.charged", True, s, m)
        for amount, s, m, index in sorted(first.values(), key=lambda a: a[3]):
            # 「手数料は2,200円（税込）を上限に徴収致します」: a ceiling, not the fee (check this)
            ceiling = bool(CEILING.match(s.text, m.end()))
            # 「開示手数料は、開示する文書の分量によります。 / …10枚毎に500円」: a fee by the pages disclosed
            by_volume = any(VOLUME.search(x.text) for x in self.region[max(0, index - 3):index + 3])
            self.add("fees.amount_yen", amount, s, m, sure=sure and not ceiling and not by_volume,
                     note="the policy gives this amount as an upper limit" if ceiling else
                     "the fee depends on how many pages are disclosed" if by_volume else
                     "" if sure else "the policy names several amounts (by kind of request or "
                                     "by how the answer is given)")
            if not sure or by_volume:
                continue
            # "…1請求あたり / 1,000円です。", "請求1件につき / 額面800円の定額小為替証書": a sentence
            # broken over lines says its unit on the line before.
            before = self.region[index - 1] if index and not self.region[index - 1].text.endswith(
                ("。", ".")) and len(self.region[index - 1].text) <= 80 else None
            pm, where = t.PER.search(s.text), s
            if pm is None and before is not None:
                pm, where = t.PER.search(before.text), before
            # 「1回の請求につき、以下の金額…を申し受けます。 / 手数料金額:1,000円」: the sentence leading to it
            lead = next((x for x in reversed(self.region[max(0, index - 3):index]) if AMOUNT_BELOW.search(x.text)), None)
            if pm is None and lead is not None:
                pm, where = t.PER.search(lead.text), lead
            # 「(郵便切手800円分)」, then 「…1回の申請ごとに、手数料として800円分の切手を」: where it is said again
            for again in (a[1] for a in charged if a[0] == amount and pm is None):
                pm, where = t.PER.search(again.text), again
            if pm:
                self.add("fees.per", "request", where, pm)
            wm = t.WITH_REQUEST.search(s.text)
            if wm and not t.BEFORE.search(s.text):  # "振込の控えを同封": paid before, proof enclosed
                self.add("fees.pay_when", "with-request", s, wm)
            elif amount and (lead := enclosure_lead(self.region, index)) is not None:
                # "次に示す書類等を封入のうえ…ご郵送ください。…③手数料1,000円": an item to enclose.
                self.add("fees.pay_when", "with-request", lead, t.ENCLOSE_LEAD.search(lead.text))
            if amount:
                self._fee_kinds(s, index)
                # 「…利用目的の通知につきましては、1件当たり1,000円…」 and 「…開示につきましては、1件当たり
                # 1,000円…」: one fee said again for another kind; its kinds are both sentences'
                for again in [a for a in charged if a[0] == amount and a[3] != index][:MAX_AGAIN]:
                    self._fee_kinds(again[1], again[3])
                self._merge_kinds()

    def _merge_kinds(self) -> None:
        """The kinds several sentences give one fee, as one fact (the first's quote)."""
        found = [f for f in self.proposal.facts if f.field == "fees.kinds" and f.sure]
        if len(found) > 1:
            kinds = tuple(k for k in KIND_ORDER if any(k in f.value for f in found))
            self.proposal.facts = [f for f in self.proposal.facts if f not in found[1:]]
            self.proposal.facts[self.proposal.facts.index(found[0])] = replace(found[0], value=kinds)


def _clause_end(text: str, at: int) -> int:
    """Where the clause holding `at` ends (its 「が、」 or 「。」)."""
    m = BUT.search(text, at)
    return m.start() if m else len(text)


BUT = re.compile(r"が[、,]|けれども|。")


def _other_service_beside(text: str, ym: re.Match) -> bool:
    """"解約手数料3,300円", "392円分の切手(簡易書留郵便代の切手)": another service's amount;
    「額面金額¥1,000 まで・・・¥10」, 「配達記録郵便一律・・・¥210」: a table of a money order's or a
    mail's charges (a band's bound, a mail's rate)."""
    if t.BAND.match(text, ym.end()) or t.MAIL_RATE.search(text, max(0, ym.start() - 12), ym.start()):
        return True
    # 「84円切手(簡易書留料を含む)」 in a sentence naming no fee: a return envelope's postage
    if t.MAIL_CHARGE_AFTER.search(text, ym.end(), ym.end() + 20) and not t.FEE.search(text):
        return True
    # (「手数料として1件につき1,000円(消費税込)、郵送料として実費」: a clause of its own after a 、)
    return any(0 <= ym.start() - o.end() <= 8 or 0 <= o.start() - ym.end() <= 20 and "、" not in text[ym.end():o.start()]
               for o in t.OTHER_SERVICE.finditer(text))


def _other_kinds_only(text: str, nm: re.Match) -> bool:
    """The item saying no fee names only the kinds that carry none (correction, suspension…):
    "- To request revision, addition, deletion… (no fee)", 「訂正・利用停止の請求(無料)」."""
    edge = t.ITEM_EDGE.match(text, 0, nm.start())
    return _uncharged_kinds_only(text[edge.end() if edge else 0:nm.start()])


def _uncharged_kinds_only(words: str) -> bool:
    """The words name kinds that carry no fee (correction, suspension…) and none that do."""
    return bool(t.OTHER_KINDS.search(words)) and not t.CHARGED_KINDS.search(words)
