"""Ways to request listed as items under a heading: 「請求方法： / • 書面でのご請求 / • メールでのご請求 /
• 本人確認書類の提出」. An item that names a way and a request (「メールでのご請求」, 「郵送による申請」) is a
way the page takes requests by; 「書面でのご請求」 names paper, not how it travels (no way). Items
only: a sentence that says so is the sending rules' to read."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

HEADING = re.compile(r"^\W{0,3}(ご)?(請求|申請|申出|お申し出|お申込み?)(の)?(方法|手段)\s?[:：]?\s?$")
WAY_ITEM = re.compile(r"^(?P<w>(電子)?メール|e-?mail|郵送|郵便|FAX|ファクス|ファックス|電話|窓口|ご?来社|ご?来店|"
                      r"(ウェブ|Web|WEB)(フォーム|サイト)?|お問い?合わ?せフォーム)(での|による|にて|で)(ご)?"
                      r"(請求|申請|お申し出|申出|お申込み?|依頼)(も可|が可能)?\s?$", re.I)
WORDS = {"電子メール": "email", "メール": "email", "email": "email", "e-mail": "email", "郵送": "post", "郵便": "post",
         "fax": "fax", "ファクス": "fax", "ファックス": "fax", "電話": "telephone", "窓口": "in-person",
         "来社": "in-person", "ご来社": "in-person", "来店": "in-person", "ご来店": "in-person"}
REACH = 6  # items under the heading


class WaysListedRules:
    """Mixed into the extractor after the sending rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def ways_listed(self) -> None:
        for index, s in enumerate(self.region):
            if not HEADING.match(s.text.strip()):
                continue
            for item in self.region[index + 1:index + 1 + REACH]:
                if not t.BULLET.match(item.text):
                    break
                m = WAY_ITEM.match(t.BULLET.sub("", item.text, count=1).strip())
                if m is None:
                    continue
                word = m.group("w")
                way = WORDS.get(word.lower()) or WORDS.get(word) or ("online-form" if "フォーム" in word else None)
                if way:
                    self.add("channels.accepted", way, item)  # type: ignore[attr-defined]  (the item whole)
