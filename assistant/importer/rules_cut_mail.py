"""A page cut right after the way to send: 「…本人確認のための書類および申請手数料を同封し、上記の当社
「個人情報苦情・相談窓口」へ、現金書留」 — the text's last sentence, unfinished, ends on a kind of mail
after the place the papers go to (「…へ、」, 「…まで」) in a sentence about what is enclosed or sent.
Whatever verb was cut, that mail is how the request goes: a way to send."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# The place, then the mail, then nothing: the cut.
# 「…窓口】まで、配達の」: cut inside the mail's name, the post is all that is settled.
_CUT_AT_MAIL = re.compile(r"(?:へ|まで|宛て?に?|宛先に)[、,]?\s?((?:現金|簡易)?書留(?:郵便)?|特定記録(?:郵便)?|郵送|郵便|"
                          r"配達(?:記録)?の?|簡易|現金)$")
# 「当財団【個人情報相談窓口】まで」: the desk the papers go to, in brackets just before.
_DESK_BEFORE = re.compile(r"[【「『]([^【】「」『』]{2,30}(?:窓口|事務局|相談室|センター|デスク|係|課|室|部))[】」』]$")
# The sentence is about the papers going: enclosed, attached, sent.
_PAPERS_GO = re.compile(r"同封|添付|添え|送付|お送り|郵送|ご記入")


class CutMailRules:
    """The mail a cut page ends on: mixed into the extractor."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def mail_at_the_cut(self) -> None:
        if not self.region:
            return
        s = self.region[-1]
        m = _CUT_AT_MAIL.search(s.text.rstrip())
        if not m or not _PAPERS_GO.search(s.text, 0, m.start()):
            return
        mail = m.group(1)
        value = next((v for p, v in t.CHANNELS if p.search(mail)), "post")
        self.add("channels.accepted", value, s, m)
        if not self.proposal.first("send_to.department") and (dm := _DESK_BEFORE.search(s.text, 0, m.start())):
            self.add("send_to.department", dm.group(1), s, dm)
