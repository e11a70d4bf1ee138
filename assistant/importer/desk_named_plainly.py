"""A desk the page names in a plain sentence, where no address block or sending sentence named one:
the counter the person goes to (「本館1階の総合受付にてお申し出ください」, 「当社総務部までお越しください」),
a desk in quotes the request is made to (「当協会の「個人情報開示等受付窓口」に開示などを請求する旨…」),
or the desk a sentence says handles requests (「取扱窓口は末尾記載の局長室となります」). Words any
company uses (「窓口」, 「担当窓口」) name none. Every pattern is bounded (linear time)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.desk_names import desk_name

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

_DESK = r"[^\s、。「」『』()（）の]{1,12}?(?:受付|窓口|部|室|課|係|カウンター|センター)"
# (「…記入し、…各区役所の総務企画課広聴係に提出していただきます」: a city's department; not a hospital's
# counter, 「…を文書窓口へ提出していただきます」, a place to go, no desk to address)
VISIT = re.compile(rf"(?P<d>{_DESK})(?:にて|まで|に|へ)(?:直接)?(?:お申し出|お申出|お越し|お申し込み|ご提出)(?:ください|下さい)|"
                   r"(?P<dept>[^\s、。「」『』()（）の]{1,12}?(?:部|室|課|係))(?:に|へ)提出して(?:いただき|頂き)ます")
# (not a section's title 「1. お問い合わせ窓口」, nor 「各会社の「…」」: each company's own)
QUOTED = re.compile(r"「(?![\d０-９]{1,2}[.．、)）\s])(?P<d>[^「」]{2,20}(?:窓口|係|室|部|課|センター))」(?:に|へ|まで)[^。]{0,20}"
                    r"(?:請求|申請|お申し出|お申出|ご連絡|お問い?合わ?せ)")
HANDLES = re.compile(rf"(?:取扱|取り扱い|受付|請求|申出|お申し出)(?:窓口|先)は[、,]?[^。]{{0,12}}?の?(?P<d>{_DESK})"
                     r"(?:となります|です|とします)")
# 「…は下記(3)に定める当社の窓口(三菱電機コントロールソフトウエア株式会社 個人情報保護事務局)が対応いたします」
DESK_IN_BRACKETS = re.compile(r"窓口[(（](?:[^()（）\s]{1,40}\s)?(?P<d>[^()（）\s]{2,20}(?:事務局|窓口|室|部|課|係|センター))[)）]"
                              r"(?:が|にて|で)(?:対応|受け付け|受付|担当)")
# 「下記の「個人情報に関するお問い合わせ窓口」まで」: the block's heading below, whose desk line the
# block rules read (「管理部「お問い合わせ窓口」」)
POINTER = re.compile(r"(下記|上記|後記|前記|末尾(記載)?)の?$")
# 「…開示等を受付ける窓口は、下記のとおりとする。 / 本店 企画管理部 企画総務課」: the desk on the line below
# (or the request sent to the desk below: the desk's line is then the block's first)
DESK_BELOW = re.compile(r"(受付|受け付け|取扱|請求|申出)[^。]{0,6}(窓口|先)は[、,]?\s?(下記|以下|次)の?(とおり|通り)|"
                        # 「ご請求は以下の窓口までメールにてお申し付けください。 / 個人情報取扱窓口」
                        r"(請求|申請|求め|申し?出)は[、,]?\s?(下記|以下)の?(窓口|連絡先)(まで|へ|宛|に)")
# (its words may stand apart, 「本店 企画管理部 企画総務課」, unlike terms.DESK_LINE's)
SPACED_DESK_LINE = re.compile(r"[^\s。、]{1,12}(?:\s[^\s。、]{1,12}){0,3}(?:部|室|課|係|窓口|センター|担当)")
# 「株式会社GIANTY　個人情報問い合わせ窓口」, 「東急スポーツシステム株式会社 個人情報問い合わせ窓口 TEL:…」: a
# contact block's line, the company's name then its personal-information desk (「ISSHONI合同会社（KONJA）個人情報
# 保護窓口」: after the service's name in brackets)
NAME_THEN_DESK = re.compile(r"[^\s]{0,20}(株式会社|有限会社|合同会社)(?:[^\s]{0,20}\s+|[(（][^()（）\s]{1,20}[)）]\s?)"
                            r"(?P<d>[^\s]{2,24})(\s+(TEL|Tel|電話)\s?[:：].{0,40})?")
# 「個人情報保護管理者　奥村 光英　m.okumura@…」, 「株式会社昇寿堂 顧客相談窓口責任者　新保 朝男」, 「飲食人大学　個人
# 情報保護管理者」: a contact block's line naming the manager's title (a person's name may follow)
ROLE_LINE = re.compile(r"(?:[^\s]{0,20}(?:株式会社|有限会社|合同会社|大学|協会)[^\s]{0,20}\s+)?"
                       r"(?P<d>[^\s]{0,12}(?:個人情報保護管理者|管理責任者|窓口責任者))"
                       r"(?:\s+[一-龯ァ-ヶー]{1,6}(?:\s?[一-龯ぁ-ゖァ-ヶー]{1,6})?)?(?:\s+[\w.+-]{1,64}@[\w.-]{1,100})?")
MAX_SENTENCES = 60  # the procedure's first sentences (a page names its desk early)


class DeskNamedPlainlyRules:
    """Mixed into the extractor after the address and desk rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def desk_named_plainly(self) -> None:
        if self.proposal.first("send_to.department"):
            return
        for index, s in enumerate(self.region[:MAX_SENTENCES]):
            # the next line's first sentence (a sentence after it on its own line is no desk)
            below = next((x for x in self.region[index + 1:index + 4] if x.line > s.line), None)
            if below and DESK_BELOW.search(s.text) and SPACED_DESK_LINE.fullmatch(below.text.strip()) \
                    and (name := desk_name(below.text.strip())) and not t.GENERIC_DESK.fullmatch(name):
                self.add("send_to.department", name, below)
                return
            if (nm := NAME_THEN_DESK.fullmatch(s.text.strip())) and t.PRIVACY_DESK.fullmatch(nm.group("d")):
                self.add("send_to.department", nm.group("d"), s, nm)
                return
            if (rm := ROLE_LINE.fullmatch(s.text.strip())) and _in_contact_block(self.region, index):
                self.add("send_to.department", rm.group("d"), s, rm)
                return
            if t.INQUIRY.search(s.text) and not t.REQUEST_WORD.search(s.text):
                continue  # 「ご質問は…窓口までお問い合わせください」: questions, no request
            for pattern in (HANDLES, QUOTED, VISIT, DESK_IN_BRACKETS):
                if (m := pattern.search(s.text)) and (name := desk_name(m.group("d") or m.group("dept"))) \
                        and _own_desk(s.text, m, name):
                    self.add("send_to.department", name, s, m)
                    return


def _own_desk(text: str, m: re.Match, name: str) -> bool:
    """A desk of the company's own: not words any company uses, nor each company's own (「各会社の
    「…窓口」」), nor a block's heading pointed to (「下記の「…窓口」」)."""
    return not t.GENERIC_DESK.fullmatch(name) and not t.EACH_OWN.search(text, max(0, m.start() - 40), m.start()) \
        and not POINTER.search(text, max(0, m.start() - 8), m.start())


def _in_contact_block(region: "list[Sentence]", index: int) -> bool:
    """A line among an address, a phone or an e-mail (three lines either side)."""
    near = region[max(0, index - 3):index + 4]
    return any(t.POSTAL.search(x.text) or t.PHONE.search(x.text) or t.EMAIL.search(x.text) for x in near)
