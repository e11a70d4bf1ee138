"""The page's only address, where requests go by post and the procedure names none: 「請求書を当社へ
郵送する際には…」 with the company's one address in its desk block or its 公表事項 above the procedure
(「〒150-6139 東京都渋谷区…」, given twice alike). The postal code and the street are where the request
goes where every line that gives the code gives the same street, or one leaves out a word another
has (the fuller is taken); streets that differ otherwise leave the address unknown. Where the
request starts with a contact and the page names no way to send, the one address is the
personal-information desk's only where its block says so (「苦情・相談及び問い合わせ窓口」, 「個人情報
…窓口」); where the page names no way to send and no first step at all, only under its heading for
questions on personal information (「■個人情報に関する問い合わせ」). A street written two ways
(「162-3」, 「162番地の3」) is one; a footer line's contacts after it are no part of it. Never where
the page has two codes (head office and a branch: which one is not said), nor the accredited
body's (JIPDEC) address."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.desk_names import unlabelled

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

BLOCK = 4  # lines above an address in which the accredited body's name makes it that body's
MAX_CODES = 20  # a page gives its address a few times; more codes is a list of offices
# A street's line ends where the block's contacts begin: 「…162番地の3　TEL：0799-…」.
CONTACTS_AFTER = re.compile(r"\s(?=(?:TEL|Tel|FAX|Fax|電話|E-?mail|Email|メール)\s?[:：.]?)")
NUMBER_WORDS = re.compile(r"(?<=\d)(?:丁目|番地の?|番|の)(?=\d)")
# A block's heading for questions on personal information: 「■個人情報に関する問い合わせ」,
# 「個人情報の取扱いに関するお問い合わせ先」 (a short line: a sentence naming them is no heading).
# (「個人情報に関するお問い合わせ・苦情等の窓口」, a block of six lines over its address, too)
INQUIRIES_HEADING = re.compile(r"^\W{0,3}個人情報(?:に関する|の(?:お?取り?扱い?)に(?:関する|ついての))"
                               r"(?:お|ご)?問い?合わ?せ(?:[・、]苦情(?:・相談)?)?等?の?(?:窓口|先)?\W{0,3}$")
REQUESTS_BLOCK = re.compile(r"^\W{0,3}(?:お問い?合わ?せ先|お問合せ先|請求先|窓口)\W{0,3}[(（][^()（）]{0,6}開示等?の?(?:ご)?請求")
HEADING_ABOVE = 8  # lines above an address its block's heading may stand (a desk, a person, contacts, hours)


class PageOnlyAddressRules:
    """Mixed into the extractor after the address rules (and the desk block above)."""

    all: "list[Sentence]"
    proposal: "Proposal"

    def page_only_address(self) -> None:
        posted = t.by_post(self.proposal.values("channels.accepted"))
        # a first contact with no way to send named: the page's personal-information desk's address
        # (「苦情・相談及び問い合わせ窓口 / 〒107-0062 … / …PMS事務局」) is where that contact goes
        # (or no way and no first step at all, the page's only block headed for questions on personal
        # information: 「■個人情報に関する問い合わせ / 〒656-2154 …」 is where its requests go)
        contact = not self.proposal.values("channels.accepted") and (
            self.proposal.first("contact_first") or not self.proposal.values("channels.refused"))
        if self.proposal.first("send_to.postal_code"):
            return
        found, near, coded = [], [], []  # the codes (not an accredited body's), their lines; every code's line
        for index, s in enumerate(self.all):
            for m in t.POSTAL.finditer(s.text):
                coded.append(index)
                if t.accredited_block([x.text for x in self.all[max(0, index - BLOCK):index + 1]]):
                    continue
                if t.in_responsible_block(self.all, index):
                    continue  # the block of the person responsible for the data (often a parent company's)
                found.append((s, m))
                near.append(index)
                if len(found) > MAX_CODES:
                    return
        # 「【お問い合わせ先】(開示等請求、お問い合わせ、苦情・ご相談窓口) / 〒544-0034 …」: a block
        # headed as where requests go, whatever the ways
        headed = any(REQUESTS_BLOCK.search(x.text) for i in coded for x in self.all[max(0, i - 3):i])
        # (a contact with no way named: only to the personal-information desk's block)
        if not (posted or headed or contact and self._personal_information_block(near)):
            return
        codes = {f"{m.group(1) or m.group(3)}-{m.group(2) or m.group(4)}" for _, m in found}
        if len(codes) != 1 or t.NOT_SEND_HERE.search(" ".join(s.text for s, _ in found)):
            return
        # the street after the code on its line, or on the line below (「〒544-0034 / 大阪府大阪市…」)
        # (an English line ends in its code: "1-2-2 Yurakucho, Chiyoda-ku, Tokyo, Japan 100-0006")
        streets = {_street(x.text[xm.end():]) or _english_line(x.text, xm.start())
                   or _street(self.all[i + 1].text if i + 1 < len(self.all) else ""): (x, xm)
                   for (x, xm), i in reversed(list(zip(found, near)))}
        street = _fullest(list(streets))
        s, m = streets.get(street, found[0])
        self.add("send_to.postal_code", codes.pop(), s, m)
        if t.PLACE.search(street) and not t.COMPANY_NAME.search(street):
            self.add("send_to.lines", (street,), s, m)

    def _personal_information_block(self, near: list[int]) -> bool:
        """A code in the personal-information desk's block (「苦情・相談及び問い合わせ窓口」), or under a
        heading for questions on personal information up to HEADING_ABOVE lines over it."""
        return any(t.PRIVACY_DESK.search(x.text) for i in near for x in self.all[max(0, i - BLOCK):i + BLOCK]) \
            or any(INQUIRIES_HEADING.search(x.text) for i in near for x in self.all[max(0, i - HEADING_ABOVE):i + 1])


def _street(text: str) -> str:
    """The street after a code: up to where the block's contacts begin."""
    return CONTACTS_AFTER.split(text.strip(" 　,、"), 1)[0].strip()


def _english_line(text: str, code_at: int) -> str:
    """An English address line that ends in its code, without its label ("Address: …"), as the
    address rules keep it (the code on it)."""
    before = text[:code_at]
    if not (before.isascii() and t.PLACE.search(before) and not t.COMPANY_NAME.search(before)):
        return ""
    return unlabelled(text).strip(" ,")


def _fullest(streets: list[str]) -> str:
    """The street every line gives; where one line leaves a word out of another's (「東京都渋谷区二丁目
    24番12号」 beside 「東京都渋谷区渋谷二丁目24番12号」), the fuller; else none."""
    longest = max(streets, key=len, default="")
    if len({_numbered(x) for x in streets}) == 1:
        return longest  # 「木曽下162-3」 and 「木曽下162番地の3」: one street written two ways
    return longest if all(_within(x, longest) for x in streets) else ""


def _numbered(street: str) -> str:
    """A street with its block numbers written one way: 「二丁目」 and 「162番地の3」 as digits and dashes."""
    return NUMBER_WORDS.sub("-", street.strip()).rstrip("号-")


def _within(short: str, long: str) -> bool:
    """Whether `short`'s characters stand in `long` in their order (linear: one pass)."""
    rest = iter(long)
    return all(ch in rest for ch in short)
