"""The desk in an address block under 「以下の宛先まで郵送またはご持参ください」 written as a role and
the person holding it, with no label: 「株式会社ジャリア / 福岡県…6F / 個人情報保護管理責任者 瀬戸山 賢悟」.
The role is where the request goes; the person's name is no part of it (names change, the role
stays). Only where no other rule found the desk, and only on the few lines of the block."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

BLOCK = 4  # lines of the block read under the sentence
ROLE = re.compile(r"[^\s\d、。:：()（）「」]{2,24}(責任者|管理者|担当者|窓口|事務局|相談室)")
# A person's name after the role: one or two short words of kanji or kana, no digits.
PERSON = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]{1,6}(\s[\u3040-\u30ff\u4e00-\u9fff]{1,6})?")


class DeskRoleInBlockRules:
    """Mixed into the extractor, after the desks' other rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def desk_role_in_block(self) -> None:
        if self.proposal.first("send_to.department"):
            return
        for index, s in enumerate(self.region):
            if not (t.BELOW.search(s.text) and t.SENDS.search(s.text)):
                continue
            for near in self.region[index + 1:index + 1 + BLOCK]:
                if t.PHONE.search(near.text) or near.text.endswith("。"):
                    break  # the block has ended
                words = near.text.strip().split(maxsplit=1)
                role = ROLE.fullmatch(words[0]) if words else None
                if role and (len(words) == 1 or PERSON.fullmatch(words[1].strip())):
                    self.add("send_to.department", words[0], near, role)
                    return
            return
