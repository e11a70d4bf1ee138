"""Propose a company record's facts from a policy text, each with the sentence it came from.

Rule-based and offline: the text is split into sentences with their offsets; the request-procedure
part is found by its heading; then each fact has one small rule over the term tables in terms.py.
A rule that is unsure finds nothing: a wrong fact is worse than an unknown, which the program
turns into "ask the company".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import terms as t

MAX_QUOTE = 240  # the record format's limit for one quote


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int  # offset in the policy text
    line: int  # index of the line it stands on


@dataclass(frozen=True)
class Found:
    """One proposed fact: the record field, its value, and the verbatim words it came from."""

    field: str
    value: object
    quote: str
    start: int
    end: int


@dataclass
class Proposal:
    """Every fact found; the fields not found stay unknown."""

    text: str
    section_start: int
    facts: list[Found] = field(default_factory=list)

    def values(self, name: str) -> list[object]:
        return [f.value for f in self.facts if f.field == name]

    def first(self, name: str) -> Found | None:
        return next((f for f in self.facts if f.field == name), None)


def sentences(text: str) -> list[Sentence]:
    """Sentences with their offsets: lines, split after 。 and after an English full stop."""
    found: list[Sentence] = []
    offset = 0
    for number, line in enumerate(text.split("\n")):
        for match in re.finditer(r"[^。]+。?", line):
            piece = match.group(0)
            for sub in re.finditer(r".+?(?:[.!?](?=\s+[A-Z“\"(])|$)", piece):
                words = sub.group(0).strip()
                if words:
                    start = offset + match.start() + sub.start() + (len(sub.group(0)) - len(sub.group(0).lstrip()))
                    found.append(Sentence(words, start, number))
        offset += len(line) + 1
    return found


def _quote(sentence: Sentence, match: re.Match | None = None) -> tuple[str, int, int]:
    """The sentence, or a verbatim window of it around the match when it is too long."""
    text = sentence.text
    if len(text) <= MAX_QUOTE:
        return text, sentence.start, sentence.start + len(text)
    middle = (match.start() + match.end()) // 2 if match else 0
    begin = max(0, min(middle - MAX_QUOTE // 2, len(text) - MAX_QUOTE))
    window = text[begin:begin + MAX_QUOTE]
    return window, sentence.start + begin, sentence.start + begin + len(window)


class _Extractor:
    def __init__(self, text: str):
        self.text = text
        self.all = sentences(text)
        self.region = self.all[self._procedure_start():]
        self.proposal = Proposal(text, self.region[0].start if self.region else 0)

    def _procedure_start(self) -> int:
        """Where the request procedure begins: of the sentences that name it, the one followed
        by the most procedural detail (a table of contents names it too, with nothing after)."""
        cues = (t.SENDS, t.POSTAL, t.YEN, t.FEE, *(p for p, _ in t.DOCUMENTS))
        detail = [any(c.search(s.text) for c in cues) for s in self.all]
        best, best_score = 0, 0
        for index, s in enumerate(self.all):
            if t.PROCEDURE.search(s.text):
                score = sum(detail[index:index + 40])
                if score > best_score:
                    best, best_score = index, score
        return best

    def add(self, name: str, value: object, sentence: Sentence, match: re.Match | None = None) -> None:
        if any(f.field == name and f.value == value for f in self.proposal.facts):
            return
        quote, start, end = _quote(sentence, match)
        self.proposal.facts.append(Found(name, value, quote, start, end))

    # -- address and contacts -------------------------------------------------------------------
    def address(self) -> None:
        candidates = []
        for index, s in enumerate(self.region):
            for m in t.POSTAL.finditer(s.text):
                if not t.PLACE.search(s.text) and not s.text.lstrip().startswith("〒"):
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
        by_mail = any(str(v).endswith(("mail", "record")) or v == "post"
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
            department = _department_after_name(rest[company.start():]) or None
            rest = rest[:company.start()].strip()
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
            lines = [s.text.strip()]  # English: the code ends the address line
        if lines:
            self.add("send_to.lines", tuple(lines), s, m)
        if department:
            self.add("send_to.department", department, s, m)
            return
        # The department is on a line of the address block: after the code first, then before.
        after = self.region[index + 1:index + 4]
        before = list(reversed(self.region[max(0, index - 3):index]))
        for near in after + before:
            if near.text.endswith(("。", ".")) or t.POSTAL.search(near.text) or len(near.text) > 60:
                continue
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
        for s in self.region:
            m = t.ENVELOPE.search(s.text)
            if m:
                self.add("envelope_marking", m.group(1), s, m)
            item = bool(t.BULLET.match(s.text))
            if in_list and not item:
                in_list = False
            if t.CONTACT_LINE.match(s.text) and not in_list:
                continue
            if t.OTHER_SERVICE.search(s.text) and not t.REQUEST_CONTEXT.search(s.text):
                continue  # "領収書の再発行（郵送）": another service, not how to send a request
            refused = bool(t.REFUSES.search(s.text))
            if t.INQUIRY.search(s.text) and not t.REQUEST_WORD.search(s.text):
                continue  # "お問い合わせは事務局（電話…）で受け付ける": questions, not requests
            lead = bool(t.SEND_LEAD.search(s.text)) and bool(t.SENDS.search(s.text))
            if not (refused or in_list) and (not t.SENDS.search(s.text) or t.COMPANY_ACTS.search(s.text)):
                in_list = lead
                continue
            name = "channels.refused" if refused else "channels.accepted"
            mail_named = False
            for pattern, value in t.CHANNELS:
                cm = pattern.search(s.text)
                if cm:
                    self.add(name, value, s, cm)
                    mail_named = mail_named or value.endswith(("registered-mail", "certified-mail",
                                                               "delivery-record"))
            pm = t.POST.search(s.text)
            if pm and not mail_named:  # "by post" where no kind of mail is named
                self.add(name, "post", s, pm)
            in_list = in_list or lead

    def drop_plain_post(self) -> None:
        """"By post" says less than "by registered mail": keep only the more specific channel."""
        accepted = self.proposal.values("channels.accepted")
        if "post" in accepted and any(v != "post" and str(v).endswith(("mail", "record"))
                                      for v in accepted):
            self.proposal.facts = [f for f in self.proposal.facts
                                   if not (f.field == "channels.accepted" and f.value == "post")]

    def form(self) -> None:
        for s in self.region:
            m = t.FORM.search(s.text)
            if not m:
                continue
            name = m.group(2) or m.group(4) or m.group(6)
            if t.NONE_HERE.search(s.text[m.end():]):
                continue  # "当生協所定の用紙はありません"
            self.add("form.name", name.strip(), s, m)
            index = self.region.index(s)
            for near in self.region[index:index + 2]:
                how = next(((v, hm) for p, v in t.FORM_HOW if (hm := p.search(near.text))), None)
                if how:
                    self.add("form.get_it", how[0], near, how[1])
                    break
            return

    # -- documents ----------------------------------------------------------------------------
    def documents(self) -> None:
        context = "self"
        for s in self.region:
            text = s.text
            body = t.BULLET.sub("", text, count=1)
            named = [kind for pattern, kind in t.DOCUMENTS if pattern.search(text)]
            header = text.rstrip().endswith((":", "：")) or (len(text) <= 40 and not named)
            mentions = _mentions(body)
            kinds_named = {who for _, who in mentions}
            # A heading or an intro sentence that names ONE kind of requester sets who the list
            # below is for; "ご本人またはその代理人から" names two and sets nothing.
            if len(kinds_named) == 1 and (header or not named):
                context = next(iter(kinds_named))
            if t.NOT_ACCEPTED.search(text) or t.FEE.search(text):
                continue  # "健康保険証はご利用いただけません": named, but not to send
            for pattern, kind in t.DOCUMENTS:
                m = pattern.search(text)
                if not m:
                    continue
                # In "成年後見人は登記事項証明書を、任意代理人は委任状を" each document belongs to
                # the requester named last before it; a list item to the heading above it.
                before = [who for start, who in mentions if start < m.start() - (len(text) - len(body))]
                who = before[-1] if before and not header else context
                self.add(f"documents.{who}", kind, s, m)
            for subject, action, condition in t.MASKS:
                sm, am = subject.search(text), action.search(text)
                if sm and am:
                    self.add("documents.conditions", condition, s, sm)
            m = t.FRESH.search(text)
            if m:
                self.add("documents.conditions", "issued-within-3-months", s, m)

    # -- fee ----------------------------------------------------------------------------------
    def drop_partial_no_fee(self) -> None:
        """"訂正等のご請求には手数料はかかりません" beside "開示は1,000円": the fee is the amount."""
        if any(v for v in self.proposal.values("fees.amount_yen")):
            self.proposal.facts = [f for f in self.proposal.facts
                                   if not (f.field == "fees.amount_yen" and f.value == 0)]

    def heading_of(self, index: int) -> str:
        """The nearest heading above a sentence: a short line without a full stop."""
        for s in reversed(self.region[max(0, index - 6):index]):
            if len(s.text) <= 30 and not s.text.endswith(("。", ".")):
                return s.text
        return ""

    def fees(self) -> None:
        for index, s in enumerate(self.region):
            heading = self.heading_of(index)
            about_fee = t.FEE.search(s.text) or t.FEE.search(heading)
            # Within the procedure, a fee sentence under a heading about fees is about requests.
            about_requests = (t.REQUEST_CONTEXT.search(s.text) or t.REQUEST_CONTEXT.search(heading)
                              or t.FEE.search(heading))
            # "1件の請求につき500円分の郵便切手": an amount paid in stamps or money orders is a fee.
            about_fee = about_fee or (t.YEN.search(s.text) and any(p.search(s.text) for p, _ in t.PAYMENTS))
            other = t.OTHER_SERVICE.search(s.text) and not t.REQUEST_CONTEXT.search(s.text)
            if not about_fee or not about_requests or other:
                continue
            nm = t.NO_FEE.search(s.text)
            ym = t.YEN.search(s.text)
            if nm and not ym:
                self.add("fees.amount_yen", 0, s, nm)
                continue
            # "解約手数料3,300円": an amount right after another service's name is that service's.
            if ym and any(0 <= ym.start() - o.end() <= 8 for o in t.OTHER_SERVICE.finditer(s.text)):
                ym = None
            if ym and not (nm and nm.start() < ym.start() and "無料" in nm.group(0)):
                self.add("fees.amount_yen", int(ym.group(1).replace(",", "")), s, ym)
                pm = t.PER.search(s.text)
                if pm:
                    self.add("fees.per", "request", s, pm)
                wm = t.WITH_REQUEST.search(s.text)
                if wm and not t.BEFORE.search(s.text):  # "振込の控えを同封": paid before, proof enclosed
                    self.add("fees.pay_when", "with-request", s, wm)
        for index, s in enumerate(self.region):
            heading = self.heading_of(index)
            other = t.OTHER_SERVICE.search(s.text) and not t.REQUEST_CONTEXT.search(s.text)
            if not (t.PAYS.search(s.text) or t.FEE.search(heading) or t.YEN.search(s.text)) or other:
                continue
            for pattern, payment in t.PAYMENTS:
                m = pattern.search(s.text)
                if m:
                    self.add("fees.payment", payment, s, m)
            m = t.BEFORE.search(s.text)
            if m:
                self.add("fees.pay_when", "before-sending", s, m)
            elif (m := t.WITH_REQUEST.search(s.text)) and (t.YEN.search(s.text) or any(
                    p.search(s.text) for p, _ in t.PAYMENTS)):
                self.add("fees.pay_when", "with-request", s, m)

    # -- the answer ---------------------------------------------------------------------------
    def response(self) -> None:
        for s in self.region:
            if not t.RESPONDS.search(s.text) or t.CONTACT_LINE.match(s.text):
                continue
            wm = t.WITHIN.search(s.text)
            if wm:
                days = _number(wm)
                unit = wm.group("unit") or wm.group("eunit") or ""
                business = "営業日" in unit or "business" in unit.lower() or "working" in unit.lower()
                if days and unit == "週間":
                    days *= 7
                if days:
                    self.add("response.business_days" if business else "response.calendar_days",
                             days, s, wm)
            if wm or t.ANSWERS.search(s.text):
                for pattern, method in t.METHODS:
                    m = pattern.search(s.text)
                    if m:
                        self.add("response.methods", method, s, m)

    def request_kinds(self) -> None:
        # The kinds the procedure names: in its first sentences, and in any sentence of it that
        # lists several kinds ("requests for notification …, disclosure, correction …").
        for index, s in enumerate(self.region):
            found = [(kind, m) for pattern, kind in t.KINDS if (m := pattern.search(s.text))]
            if index >= 12 and len({kind for kind, _ in found}) < 3:
                continue
            for kind, m in found:
                if not any(f.field == "request_kinds" and f.value[0] == kind
                           for f in self.proposal.facts):
                    self.add("request_kinds", (kind, m.group(0)), s, m)

    def company(self) -> None:
        for s in self.all[:15]:
            m = t.COMPANY_LINE.search(s.text)
            if m and len(m.group(0)) <= 60:
                self.add("name", m.group(0).strip(" ,"), s, m)
                break
        for s in self.all:
            m = t.REVISED.search(s.text)
            if m:
                self.add("policy.revised", _revised(m), s, m)
                break

    def refusal_grounds(self) -> None:
        lead_line = None
        for s in self.region:
            text = s.text
            heading_like = len(text) <= 40 and not text.endswith(("。", "."))
            if t.REFUSAL_LEAD.search(text) and (text.rstrip().endswith(("。", ":", "：", "."))
                                                or heading_like):
                lead_line = s.line
                continue
            if lead_line is None or s.line == lead_line:
                continue  # the rest of the lead's paragraph ("その場合は、理由を…")
            body = t.BULLET.sub("", text, count=1).rstrip("；;。.、")
            if t.BULLET.match(text) and t.GROUND_LIKE.search(body):
                self.add("refusal_grounds", body, s)
                continue
            lead_line = None


def _department_after_name(text: str) -> str:
    """The department in "株式会社… 本部 組合員サポート室 宛": from its first department-like word
    to 宛/御中 or the end of the address ("…窓口宛てに郵送してください" stops at 宛)."""
    words = text.split()[1:]
    start = next((i for i, w in enumerate(words) if t.DEPT_START.search(w)), None)
    if start is None or t.POSTAL.search(" ".join(words)):
        return ""
    found = " ".join(words[start:])
    return re.split(r"宛|御中|まで|へ|[。、]", found, maxsplit=1)[0].strip()


def _mentions(text: str) -> list[tuple[int, str]]:
    """(position, requester kind) of each mention of who is asking, in order."""
    found = []
    for pattern, who in t.REQUESTER_MENTIONS:
        found += [(m.start(), who) for m in pattern.finditer(text)]
    return sorted(found)


def _revised(m: re.Match) -> str:
    import datetime

    if m.group(1):
        return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
    month = datetime.datetime.strptime(m.group(8)[:3], "%b").month
    return f"{int(m.group(10)):04d}-{month:02d}-{int(m.group(9)):02d}"


def _number(m: re.Match) -> int | None:
    raw = m.group("n") or m.group("en")
    if raw:
        if raw.isdigit():
            return int(raw)
        total = 0
        for ch in raw:  # 十四 → 14
            value = t.KANJI_DIGITS.get(ch, 0)
            total = total * 10 + value if ch != "十" else (total or 1) * 10
        return total or None
    return t.WORD_NUMBERS.get((m.group("word") or "").lower())


def propose(text: str) -> Proposal:
    """Every fact the rules find in this policy text, each with its verbatim quote."""
    extractor = _Extractor(text)
    for step in (extractor.channels, extractor.drop_plain_post, extractor.address, extractor.contacts,
                 extractor.form,
                 extractor.documents, extractor.fees, extractor.drop_partial_no_fee, extractor.response, extractor.refusal_grounds,
                 extractor.request_kinds, extractor.company):
        step()
    return extractor.proposal
