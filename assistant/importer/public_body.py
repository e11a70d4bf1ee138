"""A public body's page (a city's, a prefecture's, a national agency's): 「保有個人情報の開示請求」 beside a
word of the public sector (「市役所本庁舎2階」, 「実施機関」, 「行政不服審査法」). Its procedure runs under the
Act's Chapter 5 (Art. 76 on), with its own deadline, fee and review, not Arts. 33 to 39 a company's
request follows; a clerk's cold read found a city's checklist telling the person to wait 遅滞なく and
then sue after two weeks. The record keeps the words; the checklist says so at its top."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

REQUEST = re.compile(r"保有個人情報(の)?(開示|訂正|利用停止)(等)?請求")
PUBLIC = re.compile(r"市役所|区役所|町役場|村役場|県庁|都庁|府庁|道庁|実施機関|行政機関の長|公文書|審査請求|"
                    r"行政不服審査|個人情報保護条例|施行条例")


class PublicBodyRules:
    """Mixed into the extractor; reads the whole page."""

    all: "list[Sentence]"
    proposal: "Proposal"

    def public_body(self) -> None:
        if any(PUBLIC.search(s.text) for s in self.all):
            self.add_first("policy.public_body", REQUEST, self.all)  # type: ignore[attr-defined]
