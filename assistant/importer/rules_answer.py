"""Rules for the company's answer: how it answers and within what time.

The answer has parts of its own in a procedure: a heading (「(2) 回答方法」, "5How we respond to
requests") over the ways it answers, or a sentence that leads into them (「次のいずれかの方法により
回答致します。」) with one way a line, bulleted or not. What stands there is how the company
answers, never a way for the person to send (rules_sending.py asks answer_part()).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.terms_answer import CHOSEN, PAPER_INSTEAD, REFUSAL_NOTICE, WISHED

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

# 「(2) 開示の方法 / 窓口で開示請求する場合、郵送で開示請求する場合がございます」: under a heading
# that may name the answer, a way the person requests by is the request's, not the answer's.
REQUEST_WAY = re.compile(r"(で|にて|により)(の)?(開示)?(請求|申請)(する|される|を行う|いただく)")

PAYMENT_NOTICE = re.compile(r"振込先|(お支払|支払い|振込)の?(方法|口座)|口座(番号)?を")


# The company's own address disclosed on asking (the Act on Specified Commercial Transactions'), no request of the APPI's
# (not 「ご登録住所の宛先に書面でお知らせします」: the person's address, where the answer goes)
ADDRESS_DISCLOSURE = re.compile(r"特定商取引法|((当社|弊社)の?住所|所在地)(の|を|は)[^。]{0,20}(開示|お知らせ)|"
                                r"operator'?s? (legal name|information|business address)", re.I)
# 「2営業日以内に初回回答」: the first reply, not the answer
FIRST_REPLY = re.compile(r"\s?(に|で)?(初回|一次|最初)の?(回答|返信|ご連絡|連絡)")
# A Q&A page's question: 「Q.…できますか?」, "Q: Can I …?"
QUESTION = re.compile(r"\s?(Q\s?[0-9]{0,2}\s?[.．:：)]|質問)[^\n]{0,200}[?？]\s*$", re.I)

class AnswerRules:
    """The answer's method and time limit: mixed into the extractor."""

    # Provided by the extractor that mixes these rules in (with its add() and section_of()).
    region: "list[Sentence]"
    proposal: "Proposal"
    _answer_parts: "list[bool] | None" = None

    def answer_part(self, index: int) -> bool:
        """Whether the sentence is one of the answer's ways: an item of a list an answer leads
        into, or a line under a heading on the answer."""
        if self._answer_parts is None:
            self._answer_parts = self._find_answer_parts()
        return self._answer_parts[index]

    def _find_answer_parts(self) -> list[bool]:
        parts, state = [], ""  # "list": after a lead sentence; "heading": under an answer heading
        lead_line = -1
        for s in self.region:
            text = s.text.strip()
            short = len(text) <= 60 and not text.endswith(("。", "."))
            note = text.startswith(("※", "*"))
            # 「…下記の方法のうち…回答いたします。ただし、…書面の交付による回答とさせていただきます。」:
            # the lead's own line goes on; its items follow it
            lead_goes_on = state == "list" and s.line == lead_line
            if short and t.ANSWER_HEADING.search(text):
                state = "heading"
            elif state and not lead_goes_on and (
                    (short and not note and not t.ITEM_METHOD.search(text))  # "(3) 手数料"
                    or (state == "list" and not short and not t.BULLET.match(text))):
                state = ""  # the next part of the procedure, or a full sentence after the list
            parts.append(bool(state) and not lead_goes_on and not note
                         and not (short and t.ANSWER_HEADING.search(text)) and not REQUEST_WAY.search(text))
            # (a numbered clause may lead too: 「6. 開示の…下記の方法のうち…により回答いたします。」)
            if (not t.BULLET.match(text) or not short) and t.LIST_LEAD.search(text) and (
                    t.ANSWERS.search(text) or t.COMPANY_WILL.search(text)):
                state, lead_line = "list", s.line  # 「次のいずれかの方法により回答致します。」: its items follow
        return parts

    # -- the answer ---------------------------------------------------------------------------
    def response(self) -> None:
        for index, s in enumerate(self.region):
            if REFUSAL_NOTICE.search(s.text):
                continue  # the notice of a refusal, not the answer
            if PAYMENT_NOTICE.search(s.text):
                continue  # 「…振込先の口座をメールにてお知らせいたします」: how to pay, not the answer
            if QUESTION.match(s.text):
                continue  # 「Q.電話やメールで開示することはできますか?」: a question asks; its answer says
            before = self.region[index - 1].text if index and self.region[index - 1].line == s.line else ""
            if ADDRESS_DISCLOSURE.search(before + s.text):
                continue  # 「所在地の開示請求は、…ご連絡ください。請求受領後、原則5営業日以内に…」: the trade law's
            part = self.answer_part(index)
            if (chosen := CHOSEN.search(s.text)) and (t.ANSWERS.search(s.text) or t.COMPANY_WILL.search(s.text)):
                self.add("response.requester_chooses", True, s, chosen)  # the person picks the way
                after = self.region[index + 1] if index + 1 < len(self.region) else None
                if after is not None and after.line == s.line and PAPER_INSTEAD.search(after.text):
                    self.add("response.paper_instead", True, after)  # 「ただし、…多額の費用を要する場合…書面の交付」
            if part and not t.PERSON_REQUESTS.search(s.text):  # 「窓口で開示請求する場合、郵送で…」
                self._methods(s)
            for m in t.ANSWER_BY.finditer(s.text):  # 「書面での回答」, 「郵送にて回答いたします」
                method = next((v for p, v in t.METHODS if p.search(m.group(0))), None)
                if method is None:
                    continue  # (every ANSWER_BY phrase names a method METHODS knows; none is guessed)
                self.add("response.methods", method, s, m, **self._wished(s))
            wm = next((m for m in t.WITHIN.finditer(s.text) if not _other_deadline(s.text, m)), None)
            # "5. 開示結果通知 / 申請書受理後、約2週間以内に…": the heading says it is the answer;
            # 「社内の調査期間として 2週間のご猶予をいただきたく」: time asked for is the answer's
            about = part or t.RESPONDS.search(s.text) or t.RESPONDS.search(self.section_of(index)) \
                or (wm and wm.group("n2"))
            if not about or t.CONTACT_LINE.match(s.text):
                continue
            if wm:
                self._time(wm, s, index)
            if wm or t.ANSWERS.search(s.text) and not t.FORM_SENT.search(s.text):
                self._methods(s)

    def _methods(self, s: "Sentence") -> None:
        for pattern, method in t.METHODS:
            if (m := pattern.search(s.text)):
                self.add("response.methods", method, s, m, **self._wished(s))

    @staticmethod
    def _wished(s: "Sentence") -> dict:
        """Unsure where the sentence names the method as the person's wish, one option of several."""
        wished = WISHED.search(s.text)
        return {"sure": False, "note": "a way of answering the person may ask for"} if wished else {}

    def _time(self, wm: re.Match, s: "Sentence", index: int) -> None:
        days = _number(wm)
        unit = wm.group("unit") or wm.group("unit2") or wm.group("unit3") or wm.group("eunit") or ""
        business = "営業日" in unit or "business" in unit.lower() or "working" in unit.lower()
        # 「…10日以内とします。※回答までの日数は土日祝日を除外した暦日で数えます」: business days
        business = business or any(t.BUSINESS_COUNT.search(x.text)
                                   for x in self.region[index:index + 6])
        if days and (unit == "週間" or unit.lower().startswith("week")):
            days *= 7  # "within two weeks": fourteen days
        if days:
            self.add("response.business_days" if business else "response.calendar_days", days, s, wm)


# "We send an acknowledgement within five Business Days …": the receipt's notice, not the answer
ACKNOWLEDGES = re.compile(r"acknowledge?ment|受付完了の(ご)?連絡", re.I)
ISSUED = re.compile(r"(発行|作成|取得)(後|日から|から|より)|issued", re.I)
RESUBMITS = re.compile(r"\b(do|does|did) not receive|\bresubmi|再提出|再送付|"
                       # "If payment is not received within two weeks after the notification is issued"
                       r"\b(payment|fee|money order)s? (is|are) not (received|paid|enclosed)", re.I)


def _other_deadline(text: str, m: re.Match) -> bool:
    """「その旨をご連絡の後、2週間以内にお支払が無い場合は」: the person's deadline to pay, not the
    company's to answer."""
    after = re.split(r"[、。,]", text[m.end():m.end() + 40], maxsplit=1)[0]
    # "if we do not receive resubmission of the documents … within 2 weeks from such notification"
    return bool(t.PAYS_DEADLINE.search(after) or RESUBMITS.search(text, max(0, m.start() - 80), m.start())
                or ISSUED.search(text, max(0, m.start() - 8), m.start())  # 「住民票(発行後30日以内)」: its age
                or FIRST_REPLY.match(text, m.end()) or ACKNOWLEDGES.search(text, max(0, m.start() - 30), m.start()))


def _number(m: re.Match) -> int | None:
    raw = m.group("n") or m.group("n2") or m.group("n3") or m.group("en")
    if raw:
        if raw.isdigit():
            return int(raw)
        total = 0
        for ch in raw:  # 十四 → 14
            value = t.KANJI_DIGITS.get(ch, 0)
            total = total * 10 + value if ch != "十" else (total or 1) * 10
        return total or None
    return t.WORD_NUMBERS.get((m.group("word") or "").lower())
