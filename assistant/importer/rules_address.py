"""Rules for where a request goes: the address, the desk (with or without an address), the
company's contacts."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.desk_en import attention_desk, desk_beside_name, desk_line_over_contact
from assistant.importer.desk_names import (bracketed_desk, department_after_name, desk_name, desk_under_heading,
                                           labelled_desk, quoted_desk, unlabelled)
from assistant.importer.facts import _quote
from assistant.importer.address_block import block_above
from assistant.importer.rules_address_en import street_above

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence


# 「株式会社NTTドコモ「お客様情報開示申請」郵送受付窓口」: the service in quotes right before a desk names it
QUOTE_BEFORE = re.compile(r"(「[^「」]{2,30}」)$")
# 「総務人事部 「個人情報保護担当窓口」」, 「法務コンプライアンス室(個人情報相談窓口)」: the desk within a department
QUOTE_AFTER = re.compile(r"\s?(「[^「」]{2,30}(窓口|係|室|担当|事務局|センター)」|[(（][^()（）]{2,30}(窓口|係|事務局)[)）])")
# 「…相談窓口は、 / 〒151-0051 … / 日生協企業年金基金 事務部総務課 です。」: the block's last line says whose desk
DESK_IS = re.compile(r"(.{2,60}?)\s?(です|となります)。")



class AddressRules:
    """Address, desk and contacts: mixed into the extractor."""

    # Provided by the extractor that mixes these rules in (with its add() and heading_of()).
    all: "list[Sentence]"
    region: "list[Sentence]"
    proposal: "Proposal"

    # -- address and contacts -------------------------------------------------------------------
    def address(self) -> None:
        candidates = []
        for index, s in enumerate(self.region):
            bare = t.BULLET.sub("", s.text, count=1).strip(" ,")  # 「- 〒192-0065」: an item of a block
            for m in t.POSTAL.finditer(s.text) if not self._accredited(index) else ():
                alone = t.POSTAL.fullmatch(bare) is not None  # "101-0062" on its own line
                # 「請求受付窓口 〒380-8688」 over 「長野市…」: a labelled code, its address below
                labelled = t.ADDRESS_LABEL.search(s.text, 0, m.start()) and s.text.rstrip().endswith(m.group(0)) and \
                    index + 1 < len(self.region) and t.PLACE.search(self.region[index + 1].text)
                if not (t.PLACE.search(s.text) or bare.startswith("〒") or alone or labelled):
                    continue
                if t.NOT_SEND_HERE.search(s.text):
                    continue  # "（郵便物による請求の宛先ではありません）"
                code = f"{m.group(1) or m.group(3)}-{m.group(2) or m.group(4)}"
                near = " ".join(x.text for x in self.region[max(0, index - 3):index + 1]
                                if not t.OTHER_SERVICE.search(x.text))
                # (the block's lead over its desk, phone and e-mail lines: 「…窓口を次に示します。 / 株式会社… 相談窓口 /
                # 072-… / …@… / 〒…」)
                if all(len(x.text) <= 40 for x in self.region[max(0, index - 3):index]):
                    near += " ".join(x.text for x in self.region[max(0, index - 5):max(0, index - 3)]
                                     if t.REQUESTS_TO_BELOW.search(x.text))
                heading = any(t.RECEIVING_HEADING.fullmatch(t.BULLET.sub("", x.text, count=1).strip())
                              for x in self.region[max(0, index - 2):index])
                # 「開示等のご請求等、…お問合せは、以下の窓口までお願い致します」: requests go to the block below
                asked = bool(t.SENDS_TO.search(near) or t.REQUESTS_TO_BELOW.search(near))
                candidates.append((asked or heading, index, code, s, m))
        if not candidates:
            return
        codes = {c[2] for c in candidates}
        if len({c[2] for c in candidates if t.BULLET.match(c[3].text)}) > 1:
            return  # a list of addresses, one an item (「請求先によりあて先が異なります」): which is the case's
        by_mail = t.by_post(self.proposal.values("channels.accepted"))
        # An address counts as the one for requests when a sentence near it says to send there; a lone
        # address only when requests go by post at all, or when its block names a desk for personal
        # information, however the page goes on to say the request is made (「〒… 株式会社… 個人情報担当」).
        # (the desk on a line above the code too: 「個人情報に関する…開示窓口 / 責任者 / 株式会社… / 〒…」)
        desk = len(codes) == 1 and any(t.PRIVACY_DESK.search(x.text) for c in candidates
                                       for x in self.region[max(0, c[1] - 3):c[1] + 3])
        # (not the block of the person responsible for the data, 「10.個人情報データ等の管理について責任を有する者 /
        # 株式会社…グループ 管理本部 / 所在地：〒…」, which no sentence says requests go to)
        lone = [c for c in candidates if not t.in_responsible_block(self.region, c[1])]
        chosen = [c for c in candidates if c[0]] or (lone if len(codes) == 1 and (by_mail or desk) else [])
        if not chosen or len({c[2] for c in chosen}) > 1:
            return  # no address for requests, or several and no telling which: leave it unknown
        # a bilingual page's English block (the same code as its Japanese one): the Japanese block's
        _, index, code, s, m = next((c for c in candidates if c[2] == chosen[0][2] and not c[3].text.isascii()
                                     and chosen[0][3].text.isascii()), chosen[0])
        code_at = index
        self.add("send_to.postal_code", code, s, m)
        rest = s.text[m.end():].strip(" 　,、")
        department = None
        if s.text[:m.start()].rstrip().endswith(("(", "（")):  # 「…お客様相談室(〒… 丸の内1-2-3)」
            rest = re.split(r"[)）]", rest, maxsplit=1)[0].strip()
            department = department_after_name(s.text[:m.start()].rstrip(" (（")) or None
        desk_first = t.DEPARTMENT.fullmatch(t.BULLET.sub("", s.text[:m.start()], count=1).strip(" 　:："))
        # 「個人情報窓口 〒169-0075 東京都…」: the desk, then its address on its line (「請求受付窓口 〒380-8688」
        # ending its line labels the block below, where the desk is found)
        if desk_first and desk_first.group(1) and t.PLACE.search(rest):
            department = desk_first.group(1)
        company = t.COMPANY_NAME.search(rest)
        if company:  # "〒… 住所 株式会社… 部署": the address ends where the company's name starts
            # "…5号 ハヤテ急便株式会社", 「…1-7-2、株式会社…」: its whole word
            begin = max(rest.rfind(sep, 0, company.start()) for sep in " 、,") + 1
            department = department_after_name(rest[begin:]) or None
            rest = rest[:begin].strip(" 、,")
        # "…Minato-ku, Tokyo, 105-0022, Japan": the country after the code is no address of its
        # own; the line is the address.
        country_only = re.fullmatch(r"(Japan|JAPAN|日本)\.?", rest) is not None
        lines = [rest] if len(rest) > 4 and not country_only else []
        if not lines and index + 1 < len(self.region) and t.PLACE.search(self.region[index + 1].text) \
                and not t.PHONE.search(self.region[index + 1].text):  # ("Telephone: 03-… Japan": no street)
            lines = [t.BULLET.sub("", self.region[index + 1].text, count=1).strip()]
            index += 1
        following = self.region[index + 1].text if index + 1 < len(self.region) else ""
        if (lines and not department and t.BUILDING.search(following) and len(following) <= 30
                and not t.COMPANY_NAME.search(following) and not following.endswith("。")):
            lines.append(following)  # the building on a line of its own
            index += 1
        if not lines and t.PLACE.search(s.text[:m.start()]):
            # English: the code ends the address line ("…, Tokyo 163-1434"); no label ("Address:") in it
            lines = [unlabelled(s.text)]
            # "5-1, Nihonbashi Honcho 3-chome, Chuo-ku, / Tokyo, 103-8426, Japan": the street above, cut at a comma
            above = self.region[code_at - 1].text.strip() if code_at else ""
            if above.isascii() and above.endswith(",") and t.PLACE.search(above):
                lines = [f"{above} {lines[0]}"]
        lines = lines or street_above([x.text for x in self.region[max(0, code_at - 3):code_at]], s.text)  # "… Tokyo / 107-0062"
        # 「…えびす第2ビル2FTEL：03-…メール：…」: a contact's label run into the street ends it
        lines = [x for x in (t.GLUED_CONTACT.split(line, maxsplit=1)[0].strip() for line in lines) if x]
        if lines:
            self.add("send_to.lines", tuple(lines), s, m)
        if department:
            self.add("send_to.department", department, s, m)
            return
        # The department is on a line of the address block: after the code first, then before.
        after = self.region[index + 1:index + 4]
        before = block_above(self.region, code_at)  # above the code
        # 「窓口の名称:個人情報問合せ窓口」: the block names its desk (before its head's post, 「窓口責任者：…課」)
        if (named := next(((x, dm) for x in after + before if (dm := t.DESK_NAME.match(x.text.strip()))), None)):
            self.add("send_to.department", named[1].group(1).strip(), named[0], named[1])
            return
        for near in after + before:
            if t.PHONE.search(near.text) or t.FREEPHONE.search(near.text) or t.CONTACT_LINE.match(near.text) \
                    or t.HOURS_LINE.match(near.text):  # ("(Office Hours: 10:00 – 18:00 JST …)": no desk "Office")
                continue  # 「電子メールアドレス: 個人情報窓口メールアドレス」: a way to reach it, no desk
            quoted = t.QUOTED_DEPT.search(near.text)
            if quoted and t.COMPANY_EN.search(near.text):  # 'Tokyu Railways Co., Ltd. “Personal Information Inquiry Contact”'
                self.add("send_to.department", quoted.group(1), near, quoted)
                break
            dm = t.DEPARTMENT_TO.search(near.text)
            if dm:  # "Please come to the General Affairs Department of the head office."
                self.add("send_to.department", dm.group(1), near, dm)
                break
            if (di := DESK_IS.fullmatch(near.text.strip())) and (words := department_after_name(di.group(1))):
                self.add("send_to.department", words, near, di)  # 「日生協企業年金基金 事務部総務課 です。」
                break
            if near.text.endswith(("。", ".")) or t.POSTAL.search(near.text) or len(near.text) > 120 \
                    or t.POLICY_TITLE.search(near.text):
                continue  # 「人権に関する基本方針と社内相談窓口」 under a footer's address: a page's link
            labelled = unlabelled(near.text)
            if labelled != near.text.strip() and (en := t.DEPARTMENT.search(labelled)) and en.group(3) \
                    and en.start() == 0:  # "Contact: Personal Information … Desk, General Affairs …"
                self.add("send_to.department", en.group(3), near)
                break
            if len(near.text) > 80:
                continue
            company_en = t.COMPANY_EN.search(near.text)
            after = near.text[company_en.end():].strip(" ,") if company_en else ""
            if company_en and (en := t.DEPARTMENT_LINE.fullmatch(after)):
                # "Infomart Corporation Personal Information Inquiry Desk": the words after the name
                self.add("send_to.department", en.group(1), near, en)
                break
            if company_en and (en := t.DEPARTMENT_LINE.fullmatch(near.text.split(",")[0].strip())):
                self.add("send_to.department", en.group(1), near, en)  # "Legal Affairs Department, Daiichi … Limited"
                break
            if company_en:
                continue  # "Prometric Japan Co., Ltd.": the name, the department follows
            bare = t.BULLET.sub("", t.BULLET.sub("", near.text, count=1), count=1).strip()
            en = t.DEPARTMENT_LINE.fullmatch(bare)
            if en:  # "Personal information protection manager", "Administration Department"
                self.add("send_to.department", en.group(1), near, en)
                break
            org = t.COMPANY_NAME.search(near.text)
            if org:  # "生活協同組合コープあさひの 本部 組合員サポート室": the words after the name
                words = department_after_name(near.text[org.start():], not near.text[:org.start()].strip())
                if words:
                    self.add("send_to.department", words, near, org)
                    break
            dm = t.DEPARTMENT.search(near.text, len(near.text) - len(labelled) if near.text.endswith(labelled) else 0)
            if dm:  # after a label (「担当部署:お客様相談室」)
                # 「事務部 個人情報に関する相談窓口」, 「総務部文書課内 個人情報保護委員会事務」
                more = t.DESK_MORE.match(near.text, dm.end()) or t.DESK_INSIDE.match(near.text, dm.end())
                # 「日本証券業協会総務部」: the body's name run into its department's
                name = t.ORG_PREFIX.sub("", dm.group(0).strip(), count=1) + (more.group(0) if more else "")
                # 「株式会社NTTドコモ「お客様情報開示申請」郵送受付窓口」: the quoted service names the desk
                if (named := QUOTE_BEFORE.search(near.text, 0, dm.start())) and named.start(1) > 0:
                    name = named.group(1) + name
                elif (named := QUOTE_AFTER.match(near.text, more.end() if more else dm.end())):
                    name += named.group(0)  # 「総務人事部 「個人情報保護担当窓口」」, 「…室(個人情報相談窓口)」
                self.add("send_to.department", name.strip().removesuffix("宛").strip(), near, dm)
                break

    def desk_inside(self) -> None:
        """「(株)愛媛新聞社 経営企画室内 / 個人情報保護管理委員会事務局 宛」, 「本社 / お客様相談室」: where
        the department found is the office a desk stands in (「…内」, a head office), the desk on the
        next line of the block is where the request goes."""
        found = self.proposal.first("send_to.department")
        at = next((i for i, s in enumerate(self.region) if found and s.start <= found.start < s.start + len(s.text)), None)
        if at is None or at + 1 >= len(self.region):
            return
        line = self.region[at].text.strip()
        if not (line.endswith("内") or t.OFFICE.fullmatch(str(found.value))):
            return
        near = self.region[at + 1]
        name = t.ADDRESSED.sub("", t.BULLET.sub("", near.text, count=1).strip())
        if t.DESK_LINE.match(name) and not t.GENERIC_DESK.fullmatch(name) and not t.PHONE.search(name):
            quote, start, end = _quote(near)
            self.proposal.facts[self.proposal.facts.index(found)] = replace(found, value=name, quote=quote,
                                                                            start=start, end=end)

    def drop_generic_desk(self) -> None:
        """「下記住所、担当窓口宛」, 「1.受付窓口」: words any company uses name no department (an
        envelope to 「担当窓口 御中」 reaches no one in particular)."""
        self.proposal.facts = [f for f in self.proposal.facts if not (
            f.field == "send_to.department" and t.GENERIC_DESK.fullmatch(str(f.value)))]

    def desk(self) -> None:
        """The desk requests go to, where the address rule found none: named in the sentence that says where
        to send ("当社個人情報相談窓口までご郵送ください", "addressed to the 'Complaints … Office'"), on the line
        under a heading "受付窓口" / "申出先", or in the block under "下記宛に" (kept without an address)."""
        if self.proposal.first("send_to.department"):
            return
        accepted = self.proposal.values("channels.accepted")
        posted = "in-person" not in accepted and t.by_post(accepted)
        lines = [s.text for s in self.region]  # an English block, no address
        if (found := desk_beside_name(lines) or desk_line_over_contact(lines)):
            self.add("send_to.department", found[1], self.region[found[0]])
            return
        for index, s in enumerate(self.region):
            if (m := t.DESK_EN.search(s.text) or labelled_desk(s.text) or attention_desk(s.text)
                    or quoted_desk(s.text)):
                self.add("send_to.department", ((m.group("q") if "q" in m.re.groupindex else None) or m.group("d")).strip(), s, m)
                return
            if t.FORM_ASK.search(s.text):
                continue  # 「…請求書 ※ いずれも当社カスタマーセンターまでご請求ください」: the form's
            # 「請求書は、お客様相談室までお電話いただければ郵送いたします」: the company's sending
            if (m := t.DESK_SEND.search(s.text)) and (name := desk_name(m.group("d"))) and (
                    "提出" not in m.group("v") or posted) and not (
                    m.group("v") in ("郵送", "送付", "お送り") and t.OWN_ACT.match(s.text, m.end("v"))) and \
                    not t.EACH_OWN.search(s.text, max(0, m.end("d") - len(name) - 40), m.end("d") - len(name)):
                # a counter handed to is a place, no desk; 「各会社の「個人情報の相談窓口」」 each
                # company's own desk, none in particular
                self.add("send_to.department", name, s, m)
                return
            below = self.region[index + 1:index + 4]
            if t.DESK_HEADING.search(s.text) and len(s.text) <= 40 and not s.text.endswith("。") and below \
                    and not t.OTHER_BODY.search(s.text) and (found := desk_under_heading(below)):  # (not 「苦情の解決の申出先」)
                self.add("send_to.department", *found)
                return
            below_at = t.BELOW.search(s.text)
            # 「…ご郵送ください」 or 「「開示の請求」は下記窓口に…」: the request is the topic
            if below_at and (t.SENDS.search(s.text) or t.REQUEST_WORD.search(s.text, 0, below_at.start())):
                if (found := bracketed_desk(below)):  # 「【個人情報お問い合わせ窓口】」 over its block
                    self.add("send_to.department", *found)
                    return
                for near in below:
                    org = t.COMPANY_NAME.search(near.text)
                    if t.PHONE.search(near.text) or not org:
                        continue
                    if (words := department_after_name(near.text[org.start():])):
                        self.add("send_to.department", words, near, org)
                        return

    def _accredited(self, index: int) -> bool:
        return t.accredited_block([x.text for x in self.region[max(0, index - 8):index + 1]])

    def contacts(self) -> None:
        # 「FAX：03-5207-2956」 in the desk's block, the same number alone in the footer: a fax, no phone
        faxes = {"-".join(f.groups()) for s in self.all for f in t.FAX_NUMBER.finditer(s.text)}
        # the block of the person responsible for the data (a parent company's 管理本部) gives its phone
        # only where no other line gives one
        held = {i for i in range(len(self.region)) if t.in_responsible_block(self.region, i)}
        elsewhere = any(t.PHONE.search(x.text) for i, x in enumerate(self.region) if i not in held)
        for index, s in enumerate(self.region):
            if self._accredited(index) or index in held and elsewhere:
                continue
            m = t.PHONE.search(s.text)
            if m:
                self.add("inquiries.phone", t.dialled(m), s, m)
            m = t.PHONE_LEADING.match(s.text)
            if m and "-".join(m.groups()) not in faxes:  # "03-3477-0109 (Tokyu Customer Center)": a number opening its line
                self.add("inquiries.phone", f"{m.group(1)}-{m.group(2)}-{m.group(3)}", s, m)
            if t.OTHER_SERVICE.search(s.text) and not t.REQUEST_CONTEXT.search(s.text):
                continue  # "新聞の購読・配達に関するお問い合わせは、読者センター(0120-…)へ"
            m = t.FREEPHONE.search(s.text)
            if m:
                self.add("inquiries.phone", m.group(0).replace("‐", "-").replace("－", "-"), s, m)
            for m in t.EMAIL.finditer(s.text):
                self.add("inquiries.email", m.group(0).rstrip("."), s, m)
            m = t.URL.search(s.text)
            if m and re.search(r"フォーム|form", s.text, re.I):
                self.add("inquiries.web_form", m.group(0).rstrip("."), s, m)

