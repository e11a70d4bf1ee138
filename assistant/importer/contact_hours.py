"""The hours the desk's phone answers, where the page gives them beside it: 「TEL：03-5428-5561（受付時間
平日10:00-17:00）」, or on a line below the number (「受付時間　月曜日から金曜日　１０時から１８時まで」
with its closed days on the next line 「（１２月３１日から１月２日まで、土・日及び祝日…を除きます。）」).
The checklist says them beside the number (a clerk's cold read: the number given five times
without its hours). Only the hours under the desk's own number: a switchboard's elsewhere are not
its."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer.facts import MAX_QUOTE, Found

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

LABEL = re.compile(r"[【\[]?(お電話での)?(受付時間|営業時間|対応時間|受付日時)[】\]]?(は)?\s?[:：、]?\s?|"
                   r"\b(business |office |reception |opening )?hours\s?[:：]\s?", re.I)
# a time of day in the value: 「10:00」, 「９：００」, 「午前9時」, 「10時から」, "9 a.m."
TIME = re.compile(r"\d{1,2}\s?[:：]\s?\d{2}|\d{1,2}\s?時(?!間)|\d{1,2}\s?(a\.?m\.?|p\.?m\.?)", re.I)
# the closed days said on the line under the hours: 「（土・日及び祝日…を除きます。）」
CLOSED = re.compile(r"^\s?[(（※][^\n]{0,100}(除|休|closed|except)", re.I)
BELOW = 3  # lines under the number its hours may stand on
LONGEST = 120  # a desk's hours, with its closed days, are never longer


def _hours(text: str, m: re.Match) -> str:
    value = text[m.end():].strip(" 　…|:：、")
    # 「（受付時間　平日10:00-17:00）」: inside the number's brackets, up to their end
    return re.split(r"[)）](?=\s*$)", value, maxsplit=1)[0].strip() if text[:m.start()].rstrip().endswith(("(", "（")) \
        else value


class ContactHoursRules:
    """Mixed into the extractor after the contacts' rules."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def contact_hours(self) -> None:
        phone = self.proposal.first("inquiries.phone")
        if phone is None:
            return
        at = next((i for i, s in enumerate(self.region) if s.start <= phone.start < s.start + len(s.text) + 1), None)
        if at is None:
            return
        line = self.region[at].line
        near = [(i, s) for i, s in enumerate(self.region[at:at + 3 * BELOW], start=at) if s.line - line <= BELOW]
        for i, s in near:
            m = LABEL.search(s.text)
            if m is None:
                continue
            value, last = _hours(s.text, m), i
            if not value and i + 1 < len(self.region):  # 「受付時間：」 alone, its hours on the next line
                value, last = self.region[i + 1].text.strip(), i + 1
            after = self.region[last + 1] if last + 1 < len(self.region) else None
            if after is not None and after.line == self.region[last].line + 1 and CLOSED.match(after.text):
                value, last = f"{value}{after.text.strip()}", last + 1
            if TIME.search(value) and len(value) <= LONGEST:
                first, end = s, self.region[last]
                quote = self.proposal.text[first.start:end.start + len(end.text)][:MAX_QUOTE]
                self.proposal.facts.append(Found("inquiries.hours", value, quote, first.start,
                                                 first.start + len(quote)))
            return
