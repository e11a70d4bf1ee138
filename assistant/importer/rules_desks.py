"""Two desks split by service: 「○○サービスに関するお問い合わせは、○○窓口へ、△△については、△△
センターへ」. Which desk a person's request goes to depends on what they use, which the page does
not know: both desks are proposed as "check this", each with its words, and a desk another rule
settled is unsettled too. Never one chosen silently."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# A topic a desk is named for: 「…サービスに関するお問い合わせは」, 「…については、」.
TOPIC = re.compile(r"(に関する|についての|の)(お問い?合わ?せ|ご請求|ご相談|お申し?出|お手続き?)"
                   r"(は|につきましては|については)|(については|につきましては)、")
DESK = re.compile(r"(?P<d>[^\s、。「」『』()（）：:・]{2,30}?(窓口|相談室|センター|事務局|デスク|係|課|室|部))"
                  r"[」』]?(?:宛て?|あて)?(?:まで|迄|に|へ|で)")
# What a topic names that makes its desk the request's own: 「開示等のご請求は」 needs no choosing.
REQUEST_TOPIC = re.compile(r"開示|請求|訂正|利用停止|個人情報|保有個人データ")
# 「お客様が契約しているサービスによって受付窓口が異なります」: the page says the desk depends on it.
DIFFERS = re.compile(r"(サービス|契約|ご利用|商品|事業|店舗)[^。]{0,20}(によって|により|ごとに|毎に)[^。]{0,10}"
                     r"(受付|ご請求の)?(窓口|宛先|送付先|提出先|お問い?合わせ先)が(異な|違)")
SPLIT = "the page names a different desk for each service: check which one the request goes to"
REACH = 80  # a desk stands this close after its topic


class DeskSplitRules:
    """Desks split by service: mixed into the extractor."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def desks_by_service(self) -> None:
        if any(DIFFERS.search(s.text) for s in self.region):
            # every desk and address found is one of several: each is to check, none settled
            self.proposal.facts = [replace(f, sure=False, note=SPLIT) if f.field.startswith("send_to.") else f
                                   for f in self.proposal.facts]
            return
        for index, s in enumerate(self.region):
            pair = [s] + self.region[index + 1:index + 2]
            desks = [(x, m) for x in pair for m in _desks(x.text)]
            if len({m.group("d") for _, m in desks}) < 2:
                continue
            self.proposal.facts = [replace(f, sure=False, note=SPLIT) if f.field == "send_to.department" else f
                                   for f in self.proposal.facts]
            for x, m in desks:
                self.add("send_to.department", m.group("d"), x, m, sure=False, note=SPLIT)
            return


def _desks(text: str) -> list[re.Match]:
    """The desk named after each topic of a sentence that names a service, not the request."""
    found = []
    topics = list(TOPIC.finditer(text))
    for number, topic in enumerate(topics):
        subject = text[max(0, topic.start() - 30):topic.start()]
        if REQUEST_TOPIC.search(subject):
            return []  # 「開示等のご請求については、…」: the request's own desk, no choice
        end = min(topics[number + 1].start() if number + 1 < len(topics) else len(text), topic.end() + REACH)
        desk = DESK.search(text, topic.end(), end)
        if desk and not t.GENERIC_DESK.fullmatch(desk.group("d")):
            found.append(desk)
    return found
