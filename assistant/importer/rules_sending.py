"""Rules for where and how a request is sent: address, contacts, channels, the company's form."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence


MAIL_KINDS = ("registered-mail", "simple-registered-mail", "certified-mail", "mail-with-delivery-record")


class SendingRules:
    """Address, contacts, ways to send and the form: mixed into the extractor."""

    # Provided by the extractor that mixes these rules in (with its add() and heading_of()).
    all: "list[Sentence]"
    region: "list[Sentence]"
    proposal: "Proposal"

    # -- address and contacts -------------------------------------------------------------------
    def address(self) -> None:
        candidates = []
        for index, s in enumerate(self.region):
            for m in t.POSTAL.finditer(s.text):
                alone = t.POSTAL.fullmatch(s.text.strip(" ,")) is not None  # "101-0062" on its own line
                if not (t.PLACE.search(s.text) or s.text.lstrip().startswith("〒") or alone):
                    continue
                if t.NOT_SEND_HERE.search(s.text):
                    continue  # "（郵便物による請求の宛先ではありません）"
                code = f"{m.group(1) or m.group(3)}-{m.group(2) or m.group(4)}"
                near = " ".join(x.text for x in self.region[max(0, index - 3):index + 1]
                                if not t.OTHER_SERVICE.search(x.text))
                candidates.append((bool(t.SENDS_TO.search(near)), index, code, s, m))
        if not candidates:
            return
        codes = {c[2] for c in candidates}
        by_mail = any(v in MAIL_KINDS or v == "post"
                      for v in self.proposal.values("channels.accepted"))
        # An address counts as the one for requests when a sentence near it says to send there;
        # a lone address only when requests go by post at all.
        chosen = [c for c in candidates if c[0]] or (candidates if len(codes) == 1 and by_mail else [])
        if not chosen or len({c[2] for c in chosen}) > 1:
            return  # no address for requests, or several and no telling which: leave it unknown
        _, index, code, s, m = chosen[0]
        self.add("send_to.postal_code", code, s, m)
        rest = s.text[m.end():].strip(" 　,、")
        department = None
        company = t.COMPANY_NAME.search(rest)
        if company:  # "〒… 住所 株式会社… 部署": the address ends where the company's name starts
            begin = rest.rfind(" ", 0, company.start()) + 1  # "…5号 ハヤテ急便株式会社": its whole word
            department = _department_after_name(rest[begin:]) or None
            rest = rest[:begin].strip()
        lines = [rest] if len(rest) > 4 else []
        if not lines and index + 1 < len(self.region) and t.PLACE.search(self.region[index + 1].text):
            lines = [self.region[index + 1].text]
            index += 1
        following = self.region[index + 1].text if index + 1 < len(self.region) else ""
        if (lines and not department and t.BUILDING.search(following) and len(following) <= 30
                and not t.COMPANY_NAME.search(following) and not following.endswith("。")):
            lines.append(following)  # the building on a line of its own
            index += 1
        if not lines and t.PLACE.search(s.text[:m.start()]):
            # English: the code ends the address line ("…, Tokyo 163-1434", "…Fukuoka 819-0388, JAPAN")
            lines = [s.text.strip()]
        if lines:
            self.add("send_to.lines", tuple(lines), s, m)
        if department:
            self.add("send_to.department", department, s, m)
            return
        # The department is on a line of the address block: after the code first, then before.
        after = self.region[index + 1:index + 4]
        before = list(reversed(self.region[max(0, index - 3):index]))
        for near in after + before:
            if t.PHONE.search(near.text) or t.FREEPHONE.search(near.text):
                continue
            quoted = t.QUOTED_DEPT.search(near.text)
            if quoted and t.COMPANY_EN.search(near.text):  # 'Tokyu Railways Co., Ltd. “Personal Information Inquiry Contact”'
                self.add("send_to.department", quoted.group(1), near, quoted)
                break
            dm = t.DEPARTMENT_TO.search(near.text)
            if dm:  # "Please come to the General Affairs Department of the head office."
                self.add("send_to.department", dm.group(1), near, dm)
                break
            if near.text.endswith(("。", ".")) or t.POSTAL.search(near.text) or len(near.text) > 80:
                continue
            if t.COMPANY_EN.search(near.text):
                continue  # "Prometric Japan Co., Ltd.": the name, the department follows
            bare = t.BULLET.sub("", t.BULLET.sub("", near.text, count=1), count=1).strip()
            en = t.DEPARTMENT_LINE.fullmatch(bare)
            if en:  # "Personal information protection manager", "Administration Department"
                self.add("send_to.department", en.group(1), near, en)
                break
            org = t.COMPANY_NAME.search(near.text)
            if org:  # "生活協同組合コープあさひの 本部 組合員サポート室": the words after the name
                words = _department_after_name(near.text[org.start():])
                if words:
                    self.add("send_to.department", words, near, org)
                    break
            dm = t.DEPARTMENT.search(near.text)
            if dm:
                self.add("send_to.department", dm.group(0).strip().removesuffix("宛").strip(), near, dm)
                break

    def contacts(self) -> None:
        for s in self.region:
            m = t.PHONE.search(s.text)
            if m:
                self.add("inquiries.phone", f"0{m.group(3)}-{m.group(4)}-{m.group(5)}", s, m)
            m = t.PHONE_LEADING.match(s.text)
            if m:  # "03-3477-0109 (Tokyu Customer Center)": a number opening its line
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

    # -- how to send --------------------------------------------------------------------------
    def channels(self) -> None:
        in_list = False  # after "次のいずれかの方法でお送りください": the items are ways to send
        answer_list = False
        for s in self.region:
            m = t.ENVELOPE.search(s.text) or (t.ENVELOPE_EN.search(s.text) if "envelope" in s.text.lower()
                                              else None)
            if m:
                self.add("envelope_marking", m.group(1).strip(), s, m)
            item = bool(t.BULLET.match(s.text))
            if not item:
                in_list = False
                # "以下の方法により遅滞なくご連絡します。・書面の郵送": the items are the answer's.
                answer_list = bool(t.ANSWERS.search(s.text) or t.COMPANY_WILL.search(s.text))
            elif answer_list:
                continue
            if t.CONTACT_LINE.match(s.text) and not in_list:
                continue
            if t.OTHER_SERVICE.search(s.text) and not t.REQUEST_CONTEXT.search(s.text):
                continue  # "領収書の再発行（郵送）": another service, not how to send a request
            if t.INQUIRY.search(s.text) and not t.REQUEST_WORD.search(s.text):
                continue  # "お問い合わせは事務局（電話…）で受け付ける": questions, not requests
            if t.PAYING.search(s.text):
                continue  # "手数料を現金で納付する場合は…来所し": how to pay, not how to send
            lead = bool(t.SEND_LEAD.search(s.text)) and bool(t.SENDS.search(s.text))
            refuses = bool(t.REFUSES.search(s.text))
            # A sentence of the company's own sending ("…をメールにてお送りします") names no way for
            # the person, unless it also asks the person to send ("…ご郵送いたしますので…ご返送ください").
            sends = bool(t.SENDS.search(s.text)) and (not t.COMPANY_ACTS.search(s.text)
                                                      or bool(t.PLEASE.search(s.text)))
            if not (refuses or sends or in_list):
                in_list = lead
                continue
            self._channels_in(s, refuses)
            in_list = in_list or lead

    def _channels_in(self, s: "Sentence", refuses: bool) -> None:
        """Each way to send named in the sentence: refused where its clause says no, accepted
        where the sentence tells the person to send that way (and not how to get the form)."""
        from assistant.importer.clauses import clause_at, refused_at

        mail_named = False
        found = []
        for pattern, value in t.CHANNELS + ((t.POST, "post"),):
            found += [(cm, value) for cm in pattern.finditer(s.text)][:4]
        done: set[str] = set()
        for cm, value in found:
            if value in done:
                continue  # one decision per way: the first mention that says something
            clause = clause_at(s.text, cm.start())
            # "入手方法は…メール・電話にて申込みください": the topic before carries over.
            upto = s.text[:s.text.find(clause, max(0, cm.start() - len(clause))) + len(clause)]
            other_than = t.OTHER_THAN.match(s.text, cm.end()) or t.OTHER_THAN_EN.search(
                s.text[max(0, cm.start() - 16):cm.start()])
            refused = refused_at(s.text, cm.start()) and not other_than
            if not refused and (t.FIRST_STEP.search(clause) or t.FIRST_TOPIC.search(upto)
                                or t.COMPANY_ACTS.search(clause)):
                continue  # "申請書はメール・電話にて申込みください": how to get the form
            if value == "post" and mail_named:
                continue  # "by post" says less than the kind of mail named beside it
            if not refused and not refuses and not t.SENDS.search(s.text):
                continue
            self.add("channels.refused" if refused else "channels.accepted", value, s, cm)
            done.add(value)
            mail_named = mail_named or value in MAIL_KINDS

    def drop_plain_post(self) -> None:
        """"By post" says less than "by registered mail": keep only the more specific channel."""
        accepted = self.proposal.values("channels.accepted")
        if "post" in accepted and any(v in MAIL_KINDS for v in accepted):
            self.proposal.facts = [f for f in self.proposal.facts
                                   if not (f.field == "channels.accepted" and f.value == "post")]

    def form(self) -> None:
        """The company's own form: the most specific name the text gives it (a full name beats
        「所定の請求書」), and how to get it, from any sentence that speaks of the form."""
        names = []
        for index, s in enumerate(self.region):
            marking = t.ENVELOPE.search(s.text) or (t.ENVELOPE_EN.search(s.text) if "envelope" in s.text.lower() else None)
            named = t.FORM_NAMED.finditer(s.text) if "開示" in s.text or "orm" in s.text else ()
            for m in named:
                name = t.FORM_NAME_EDGES.sub("", (m.group(1) or m.group(3) or "").strip(" ,")).strip(" ,")
                if marking and marking.start(1) <= m.start() < marking.end(1):
                    continue  # 'write "Personal Information Request Form Included"': the envelope's
                if len(name) >= 4 and not t.NONE_HERE.search(s.text[m.end():]):
                    specific = "開示" in name or "disclosure" in name.lower() or " for " in name
                    names.append((2 + specific, index, name, s, m))
            m = t.FORM.search(s.text)
            if m and not t.NONE_HERE.search(s.text[m.end():]):  # "当生協所定の用紙はありません"
                if m.group(6):  # "the request form": the company has one, its name is not given
                    names.append((0, index, "", s, m))
                else:
                    names.append((1 + bool(m.group(4)), index, (m.group(2) or m.group(4)).strip(), s, m))
        if names:
            _, _, name, s, m = max(names, key=lambda n: (n[0], -n[1]))
            self.add("form.name" if name else "form.required", name or True, s, m)
        ways = []
        for index, s in enumerate(self.region):
            for rank, (pattern, value) in enumerate(t.FORM_HOW):
                hm = pattern.search(s.text)
                if hm and (t.FORM_WORD.search(s.text) or any(abs(n[1] - index) <= 4 for n in names)):
                    ways.append((rank, index, value, s, hm))
        if ways:
            _, _, value, s, hm = min(ways, key=lambda w: (w[0], w[1]))
            self.add("form.get_it", value, s, hm)

def _department_after_name(text: str) -> str:
    """The department in "株式会社… 本部 組合員サポート室 宛": from its first department-like word
    to 宛/御中 or the end of the address ("…窓口宛てに郵送してください" stops at 宛)."""
    words = text.split()[1:]
    start = next((i for i, w in enumerate(words) if t.DEPT_START.search(w)), None)
    if start is None or t.POSTAL.search(" ".join(words)):
        return ""
    found = " ".join(words[start:])
    return re.split(r"宛|御中|まで|へ|[。、]", found, maxsplit=1)[0].strip()
