"""Rules for the company's answer: how it answers and within what time."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence


class AnswerRules:
    """The answer's method and time limit: mixed into the extractor."""

    # Provided by the extractor that mixes these rules in (with its add() and section_of()).
    region: "list[Sentence]"
    proposal: "Proposal"

    # -- the answer ---------------------------------------------------------------------------
    def response(self) -> None:
        answer_list = False  # after "…以下の方法により遅滞なくご連絡します。": the items are the answer's
        for index, s in enumerate(self.region):
            if not t.BULLET.match(s.text):
                answer_list = bool(t.ANSWERS.search(s.text) or t.COMPANY_WILL.search(s.text)) \
                    and bool(t.LIST_LEAD.search(s.text))
            elif answer_list and not s.text.lstrip().startswith(("※", "*")):
                for pattern, method in t.METHODS:
                    if (m := pattern.search(s.text)):
                        self.add("response.methods", method, s, m)
                continue
            # "5. 開示結果通知 / 申請書受理後、約2週間以内に…": the heading says it is the answer
            about = t.RESPONDS.search(s.text) or t.RESPONDS.search(self.section_of(index))
            if not about or t.CONTACT_LINE.match(s.text):
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
