"""A page that sends the reader to another page for the procedure: 「開示等のご請求に際してご提出いただく
書面およびご請求の方法等については、コチラをご参照ください」, 「個人情報の開示・訂正・利用停止をご希望の方は
[こちら]をご覧下さい」. The import reads only the page it is given: a clerk's cold read found a checklist
saying the page names no form and no documents, and that the program's letter will do, where the page
had said where they are. The record keeps the words; the checklist says at its top to open that page
and follow it (Art. 37(1): a company may set the way requests are made)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

_HERE = r"[\[［【「]?\s?(?:こちら|コチラ|リンク先|別ページ|専用ページ|下記のページ|下記ページ)\s?[\]］】」]?"
ELSEWHERE = re.compile(r"(?:書面|書類|方法|手続き?|様式|請求書)(?:等|など)?(?:の詳細)?(?:については|につきましては)[、,]?\s?"
                       r"[^。]{0,12}?" + _HERE + r"\s?(?:を|から|で)?(?:ご参照|ご覧|ご確認)|"
                       r"(?:ご希望|ご請求|お申し込み)の(?:方|場合)(?:は|には)[、,]?\s?" + _HERE + r"\s?(?:を|から)?(?:ご参照|ご覧|ご確認)")


class ElsewhereRules:
    """Mixed into the extractor: the first sentence of the procedure that points to another page."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def procedure_elsewhere(self) -> None:
        self.add_first("procedure.elsewhere", ELSEWHERE)  # type: ignore[attr-defined]
