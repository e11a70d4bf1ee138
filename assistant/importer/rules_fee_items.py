"""When the fee is paid, read from where the page puts it: the fee (or what pays it) listed as an
item of the documents to send or hand in (「提出書類 / - 開示請求手数料分の定額小為替証書」,
「2 開示等に必要なもの / … - (3)手数料」), or a sentence saying the fee falls due on applying
(「開示申請の手続き時に費用がかかります」). Only where no other rule found when it is paid."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# A heading or lead over what goes with the request: 「提出書類」, 「2 個人情報の開示等に必要なもの」,
# 「次の書類を準備し、…提出してください」 (「同封するもの」 and its kin are t.ENCLOSE_LEAD's).
SUBMIT_LEAD = re.compile(r"^\W{0,3}(\d{1,2}\W{0,2})?\s?[^。]{0,24}(提出書類|(請求|申請|申込|申出|開示等)[^。]{0,6}に必要な(もの|書類)等?)"
                         r"\W{0,3}$|(次|以下|下記)の(書類|もの)を(ご)?(準備|用意)")
# One item of such a list, cut out of a line that may hold several (「… - (3)手数料」).
ITEM_SPLIT = re.compile(r"\s[-・]\s")
ITEM_MARK = re.compile(r"^\W{0,2}([(（]?\d{1,2}[)）.．]|[①-⑳])?\s?")
# A bracket's words (「手数料(「…費用負担」に定める「事務手数料」)」): what the item is, said again.
BRACKETED = re.compile(r"[(（][^()（）]{0,80}[)）]")
# What pays the fee, named as an item: the fee itself or a money order, a transfer's receipt.
PAYS_ITEM = re.compile(r"手数料|定額小為替|為替証書|振込\S{0,4}(領収|控え|受領)")
# A cell of a flattened table under such a heading (「必要書類 / 請求者 / … / 開示費用としての切手または定額
# 小為替」): a short line, no sentence, no numbered heading of its own (「5.手数料」 opens the next part).
CELL = re.compile(r"^(?![\d(（①-⑳])[^。]{1,40}$")
CELL_PAYS = re.compile(r"費用としての|定額小為替|為替証書")
# 「(4)開示請求に必要な書類等」 … 「(5)手数料について」: the next part, marked as the heading was.
PART_MARK = re.compile(r"^\s?([(（])\d{1,2}[)）]|^\s?\d{1,2}([.．])")
# 「手数料について」, 「費用に関して」: a part's heading names its topic; an item to enclose does not.
TOPIC_HEADING = re.compile(r"(について|に関して|に関する事項)$")
# 「開示申請の手続き時に費用がかかります」: the fee falls due when the request is made.
DUE_ON_APPLYING = re.compile(r"(請求|申請|申込み?|申し込み)の?(手続き?)?(時|の際)に[、,]?(費用|手数料|料金)が(かかり|必要)")


class FeeItemRules:
    """fees.pay_when from the fee's place among what is sent: mixed into the extractor."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def fee_items(self) -> None:
        if self.proposal.first("fees.pay_when") or _no_fee(self.proposal):
            return
        for index, s in enumerate(self.region):
            if (m := DUE_ON_APPLYING.search(s.text)):
                self.add("fees.pay_when", "with-request", s, m)
                return
            if not (SUBMIT_LEAD.search(s.text) or t.ENCLOSE_LEAD.search(s.text)):
                continue
            lead_mark = PART_MARK.match(s.text)
            # a table's cells only under a heading (「…に必要な書類等」), never after a sentence's lead
            table = bool(SUBMIT_LEAD.search(s.text)) and not s.text.endswith("。")
            cells = False
            for item in self.region[index + 1:index + 9]:
                if lead_mark and (mark := PART_MARK.match(item.text)) and _style(mark) == _style(lead_mark):
                    break  # the next part of the page
                if PART_MARK.match(item.text) and TOPIC_HEADING.search(item.text):
                    break  # 「6. 手数料について」 after 「添付していただく書類」: a part's heading, no item
                cell = table and bool(CELL.match(item.text.strip())) and not t.BULLET.match(item.text)
                if not (cell or not cells and (t.BULLET.match(item.text) or item.text.startswith(("(", "（")))):
                    break  # the list has ended (after a table's cells, a numbered line is the next part)
                cells = cells or cell
                if (m := CELL_PAYS.search(item.text) if cell else _fee_item(item.text)):
                    self.add("fees.pay_when", "with-request", item, m)
                    return


def _fee_item(line: str) -> "re.Match | None":
    """The fee among the items of one line, if one item is no more than the fee (or its payment)."""
    at = 0
    for part in ITEM_SPLIT.split(line):
        start = line.index(part, at)
        at = start + len(part)
        body = ITEM_MARK.sub("", t.BULLET.sub("", part, count=1), count=1)
        if len(BRACKETED.sub("", body)) > 40 or t.NO_FEE.search(body) or t.NO_FEE_CLAUSE.search(body):
            continue
        if (m := PAYS_ITEM.search(line, start, at)):
            return m
    return None


def _style(m: re.Match) -> bool:
    return m.group(1) is not None


def _no_fee(proposal: "Proposal") -> bool:
    """The page says requests are free: there is nothing to pay."""
    return any(f.field == "fees.amount_yen" and f.value == 0 and f.sure for f in proposal.facts)
