"""The documents named on the company's form: 「※「個人情報開示等請求書」に記載の添付書類をご用意ください。」,
「請求書に記載のある本人確認書類をご同封の上」, "the required identification documents (as specified on
the form)". The record says the form lists them; the checklist sends the reader to the form instead
of a general list (a clerk's cold read: 「必要書類の記載はない」 where the page points to the form)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

ON_FORM = re.compile(r"(請求書|申請書|様式|用紙|書式)[」』]?(等)?(に|の)(記載|記入|明記|指定)(の|された|されている|のある|がある)"
                     r"(添付|必要|本人確認(の|のための|用)?)?書類|"
                     r"(添付|必要|本人確認)書類(は|については|につきましては)、?[^。]{0,16}(請求書|申請書|様式)[」』]?(に|を|で)(記載|ご確認|ご参照)|"
                     r"documents?[^.]{0,40}\((as )?(specified|listed|stated|named) (on|in) the (request )?form\)|"
                     r"documents? (as )?(specified|listed|stated|named) (on|in) the (request )?form", re.I)


class DocumentsOnFormRules:
    """Mixed into the extractor with the documents' rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def documents_on_form(self) -> None:
        self.add_first("documents.listed_on_form", ON_FORM)  # type: ignore[attr-defined]
