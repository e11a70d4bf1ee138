"""A list the company only MAY ask for: 「…確認するための下記の書類をご提出して頂く場合があります。 / 開示等
をご請求される方がご本人の場合、次のいずれか1点の添付をお願いいたします。 / 運転免許証、…」. The lead
says the documents below are asked in some cases only, so every document of the list is a fact to
check (the corpus's convention: 「…提示してもらう場合がございます」), never a settled "send this". The
list ends at the next numbered part (「3. 開示等をしない場合の取扱い」) or after REACH lines."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.importer.terms_documents import kinds_named

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

MAY_LEAD = re.compile(r"(下記|以下|次)の(書類|資料|証明書)[^。]{0,20}(提示|提出|送付|同封|添付)[^。]{0,12}(場合|こと)が"
                      r"(ございます|あります|あり得ます)")
# 「…運転免許証、パスポート、健康保険証等を提示いただき、本人であることの確認をさせていただく場合があります」,
# 「…運転免許証またはパスポートその他の公的書類の写しを求める場合があります」: the sentence itself asks only
# sometimes (not 「確認ができない場合があります」, no asking)
MAY_HERE = re.compile(r"(提示|提出|送付|同封|添付|写し|コピー)[^。、]{0,20}(求める|お願いする|いただく|頂く)(場合|こと)が(ござい|あり)|"
                      r"確認を?させて(いただ|頂)く場合が(ござい|あり)ます")
PART = re.compile(r"\s?\d{1,2}\s?[.．、]\s?\S")  # 「3. 開示等をしない場合の取扱い」
REACH = 12
MAY_NOTE = "documents the company may ask for (the policy says it may ask for the documents below)"


class MayAskDocumentRules:
    """Mixed into the extractor after every documents rule."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def documents_may_ask(self) -> None:
        hedged = [(s.start, s.start + len(s.text)) for s in self.region if MAY_HERE.search(s.text)]
        if hedged:  # documents named in a sentence that asks for them only sometimes
            self.proposal.facts = [replace(f, sure=False, note=MAY_NOTE) if f.field.startswith("documents.") and f.sure
                                   and any(a <= f.start < b for a, b in hedged) else f for f in self.proposal.facts]
        for index, s in enumerate(self.region):
            if not MAY_LEAD.search(s.text):
                continue
            end = self.region[min(len(self.region), index + REACH) - 1]
            stop = end.start + len(end.text) + 1
            for x in self.region[index + 1:index + REACH]:
                if PART.match(x.text) and not kinds_named(x.text):  # a numbered part, no numbered document
                    stop = x.start
                    break
            self.proposal.facts = [replace(f, sure=False, note=MAY_NOTE)
                                   if f.field.startswith("documents.") and s.start <= f.start < stop else f
                                   for f in self.proposal.facts]
            return
