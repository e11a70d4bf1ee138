"""A policy that still excludes data kept six months or less from 保有個人データ (「…または6ヶ月以内に消去
することとなるもの以外のもの」, 「ただし、保有期間が6ヶ月以内のもの…を除きます」, 「6ヵ月以内に消去するデータの
場合、請求の対象とならない場合があります」): the law before 1 April 2022. The record keeps the words; the
checklist says the exclusion is gone (Art. 16(4)), a clerk's cold read having found it twice."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

SIX = r"(6|六)\s?(ヶ|か|カ|箇|ケ|ヵ)月"
SHORT_TERM = re.compile(SIX + r"以内に(消去|削除)(することとなる|する|される)|保有期間が\s?" + SIX + r"以内|"
                        r"(erased|deleted) within (six|6) months", re.I)


class ShortTermRules:
    """Mixed into the extractor; reads the whole page (the definition stands before the procedure)."""

    all: "list[Sentence]"
    proposal: "Proposal"

    def short_term(self) -> None:
        self.add_first("policy.short_term_excluded", SHORT_TERM, self.all)  # type: ignore[attr-defined]
