"""A small company's page whose only procedure is to write to its desk by e-mail: 「…を請求することが
できます。下記窓口までメールでご連絡ください。」 — the e-mail is the request. Only where the page names
no other way to send, no first contact and no form (a page that does is read by the channels' own
rules), and no step follows the contact (「…ご連絡ください。手続きをご案内します」: a first step). A
plain 「以下の窓口までご連絡ください」 over a contact block names no way (the corpus's truth: hermes,
mixednuts): the block's e-mail address is where to ask, not how the request is made. But a desk the
page says takes the requests (「上記請求は、…以下の窓口にて承ります。 / ・メール：… / ・電話：…」) takes
them the ways its list gives, and a desk that is a web form (「請求は、本ポリシー末尾のお問い合わせ窓口
までお申し出ください」 … 「・お問い合わせ窓口：お問い合わせフォーム（/contacts）」) takes them there (a
privacy-desk clerk's cold read: the checklist had said the page names no way)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# 「下記窓口までメールでご連絡ください」: the way named in the sentence itself
BY_EMAIL = re.compile(r"(電子メール|Eメール|E-?mail|メール)(で|にて|により|によって)[^。、]{0,6}"
                      r"(ご連絡|お申し?出|ご請求|ご申請)(ください|下さい|願います|をお願い)", re.I)
# 「上記請求は、本人確認を行った上で、以下の窓口にて承ります。」: the desk below takes the requests
TAKES = re.compile(r"(請求|申し?出|お申込み?)[^。]{0,40}(以下|下記)の(窓口|連絡先)(にて|で)(承ります|受け付けます|受け付けております|お受けします)")
# its list's labelled ways: 「・メール：…」, 「・電話：…」, 「・お問い合わせフォーム：https://…」
LISTED = ((re.compile(r"^\s*[・•-]?\s*(E?メール|e-?mail)(アドレス)?\s?[:：]", re.I), "email"),
          (re.compile(r"^\s*[・•-]?\s*(電話|TEL)(番号)?\s?[:：]\s?\(?0\d", re.I), "telephone"),
          (re.compile(r"^\s*[・•-]?\s*(お問い?合わ?せ|ウェブ|Web)?フォーム\s?[:：]", re.I), "online-form"))
# 「請求は、本ポリシー末尾のお問い合わせ窓口までお申し出ください」 and the desk's line 「…窓口：…フォーム」
POINTED = re.compile(r"(請求|申し?出)[^。]{0,30}(末尾|以下|下記)の?(?P<d>[^\s、。]{2,12}窓口)(まで|に|へ)(お申し出|お申し?込み|ご請求|ご連絡)(ください|下さい)")
# what the page then does after the contact: a first step, not the request (「手続きをご案内します」)
GUIDES = re.compile(r"(ご案内|ご説明|お送り|送付|郵送)(いた|致)?し(ます|ております)|所定の|書式|様式|申請書|請求書")


class ChannelsByContactRules:
    """Mixed into the extractor after the channels', the first contact's and the form's rules."""

    all: "list[Sentence]"
    region: "list[Sentence]"
    proposal: "Proposal"

    def channels_by_contact(self) -> None:
        if self.proposal.values("channels.accepted") or self.proposal.first("contact_first") \
                or self.proposal.values("form.get_it") or self.proposal.values("form.name"):
            return
        for index, s in enumerate(self.region):
            before = self.region[index - 1].text if index else ""
            after = " ".join(x.text for x in self.region[index + 1:index + 3])
            if GUIDES.search(s.text) or GUIDES.search(after.split("。")[0] if "。" in after else ""):
                continue
            if (m := BY_EMAIL.search(s.text)) and t.REQUEST_WORD.search(before + s.text):
                self.add("channels.accepted", "email", s, m)
                return
        pointed = None
        for index, s in enumerate(self.all):  # (the region may open below the desk's list)
            if TAKES.search(s.text) and self._listed_ways(index + 1):
                return
            pointed = pointed or POINTED.search(s.text)
        if pointed:  # (the first pointer only: one scan of the page for its desk's line)
            line = re.compile(r"\s*[・•-]?\s*" + re.escape(pointed.group("d")) + r"\s?[:：][^。]{0,12}フォーム")
            if (x := next((x for x in self.all if line.match(x.text)), None)) is not None:
                self.add("channels.accepted", "online-form", x)

    def _listed_ways(self, start: int) -> bool:
        """The ways the list right below gives (its labelled lines), until a line of another kind."""
        found = False
        for s in self.all[start:start + 6]:
            way = next((v for pattern, v in LISTED if pattern.match(s.text)), None)
            if way is None:
                if not s.text.lstrip().startswith(("・", "•", "-")):
                    break
                continue  # 「・受付時間：平日10:00〜18:00」: an item of the list, no way
            self.add("channels.accepted", way, s)
            found = True
        return found
