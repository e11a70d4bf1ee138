"""Identity documents the page asks for without naming their kinds: 「請求方法： / • 本人確認書類の提出」,
「本人確認書類を同封のうえ」, "with a copy of your ID". Where no kind is named anywhere, the record's
person gets one line "proof of identity, kinds not stated" with that sentence, so the checklist says
the company asks for ID and to ask which (a clerk's cold read: 「必要書類の記載はない」 beside 「本人確認
書類の提出」, then advice not to send any)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

ASKED = re.compile(r"本人確認(のため|用)?の?(書類|資料)(等)?(の|を)(ご)?(提出|提示|同封|添付|写し|コピー|お送り|送付)|"
                   r"(身分証明書|本人確認書類)(等)?(を|の)(ご)?(同封|添付|提出|提示)|"
                   r"\b(a )?cop(y|ies) of (your|an|the applicant's) (ID|identification|identity document)|"
                   r"\b(identification|identity) documents? (is|are|must be) (required|enclosed|submitted)", re.I)
MAY = re.compile(r"場合が(あり|ござい)ます|ことが(あり|ござい)ます|(でき|られ)ない場合|\bmay\b", re.I)  # asked only sometimes: no rule


class IdsUnnamedRules:
    """Mixed into the extractor after the documents' rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def ids_unnamed(self) -> None:
        if self.proposal.values("documents.self") or self.proposal.first("documents.listed_on_form"):
            return
        for s in self.region:
            if (m := ASKED.search(s.text)) and not MAY.search(s.text):
                self.add("documents.self_unnamed", True, s, m)  # type: ignore[attr-defined]
                return
