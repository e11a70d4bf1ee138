"""The person asked to ask the desk for the form, the sentence broken over two lines:
「(1)当社所定の取扱い窓口に「個人情報開示請求書」、…または「個人情報利用停止請求書」 / (まとめて以下
「個人情報開示等請求書」といいます)を請求してください。」. The line without a full stop and the next
one are read together (their asides in brackets left out) by the analyser route of form_steps.py."""
from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.form_steps import who_moves_form

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence


class FormAskedOverLinesRules:
    """How the form is had, over two lines: mixed into the extractor."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def form_asked_over_lines(self) -> None:
        if self.proposal.first("form.get_it"):
            return
        for prev, s in zip(self.region, self.region[1:]):
            if prev.text.endswith(("。", ".")) or s.line - prev.line != 1 or not t.PLEASE.search(s.text):
                continue
            first = s.text.split("。")[0] + "。"
            if who_moves_form(first) is None and who_moves_form(t.ASIDE.sub("", prev.text + first)) == "inquiry":
                self.add("form.get_it", "inquiry", s)
                return
