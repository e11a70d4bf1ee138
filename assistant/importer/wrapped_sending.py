"""A sentence on how to send, wrapped over lines as a page's narrow column left it:
「ホームページに記載されている「個人情報問い合わせ窓口 アドレス」または / 「問い合わせフォーム」に①請求の
内容、…を / 入力して送信してください。」. The lines are split into sentences one by one, so the way
stands on a line without the verb that asks the person to use it. Here the lines that run on (no
full stop, long, no item of a list) are read with the line that ends the sentence. Only where no
way to send was found otherwise, and never where the joined sentence refuses or is about getting
the form first.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

RUN_ON = 20  # a line at least this long without a full stop is a wrapped one, not a heading
# The person is asked to send: 「送信してください」, 「ご送付ください」, 「お送りください」.
SEND_ASKED = re.compile(r"(送信|送付|お送り|ご提出|提出)(して)?(ください|下さい|願います)")
# 「「個人情報問い合わせ窓口 アドレス」または」: a desk's アドレス (not its 住所) is its e-mail address.
DESK_ADDRESS = re.compile(r"(窓口|係|担当|事務局)\s?(メール)?アドレス")


class WrappedSendingRules:
    """Mixed into the extractor, after the channels' rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def wrapped_sending(self) -> None:
        if self.proposal.values("channels.accepted"):
            return
        for index, s in enumerate(self.region):
            if not SEND_ASKED.search(s.text) or not s.text.endswith("。"):
                continue
            lines = self._run_on_above(index)
            if not lines:
                continue
            whole = "".join(x.text for x in lines) + s.text
            if t.REFUSES.search(whole) or t.FIRST_STEP.search(whole) or t.COMPANY_ACTS.search(whole) \
                    or not t.REQUEST_WORD.search(whole):
                continue
            for line in lines:
                for pattern, value in t.CHANNELS + ((DESK_ADDRESS, "email"),):
                    if value in ("online-form", "email") and (m := pattern.search(line.text)):
                        self.add("channels.accepted", value, line, m)
            return

    def _run_on_above(self, index: int) -> "list[Sentence]":
        """The lines above that the sentence at `index` continues (nearest last), at most three."""
        lines: "list[Sentence]" = []
        for back in range(index - 1, max(-1, index - 4), -1):
            above = self.region[back]
            if above.line != self.region[back + 1].line - 1 or len(above.text) < RUN_ON \
                    or above.text.endswith(("。", ".", ":", "：")) or t.BULLET.match(above.text):
                break
            lines.insert(0, above)
        return lines
