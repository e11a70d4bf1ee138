"""The company's own name and the policy's date: the name the text defines as its own (「株式会社…（以下
「当社」といいます。）」), else one near the top, else one in an address block that is not a complaint
body's; the date a policy gives for its revision (「2023年4月1日改定」, the latest 「改定日：…」), else the
date over its signature."""
from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.names_en import capitalised_name
from assistant.importer.names_ja import japanese_name
from assistant.io.bounds import event_date_problem
from assistant.law.japanese_dates import from_era

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence


class CompanyRules:
    """Mixed into the extractor (which provides add())."""

    all: "list[Sentence]"
    proposal: "Proposal"

    def company(self) -> None:
        # The name the text defines as its own (「株式会社…（以下「当社」といいます。）」); else the one
        # near the top; else the one in an address block (the lines after 〒…, then the two before it:
        # 「◆請求先 / REVOLVE株式会社 / 〒273-0012 …」), not a complaint body's (認定個人情報保護団体).
        own = [s for s in self.all if (m := t.COMPANY_LINE.search(s.text)) and t.DEFINED_AS_OWN.match(s.text, _tail(s.text, m))]
        block = [self.all[i + k] for i, s in enumerate(self.all) if t.POSTAL.search(s.text)
                 and not any(t.OTHER_BODY.search(x.text) for x in self.all[max(0, i - 3):i + 1])
                 for k in (0, 1, 2, 3, -1, -2) if 0 <= i + k < len(self.all)]
        top = [s for i, s in enumerate(self.all[:15])
               if not any(t.OTHER_BODY.search(x.text) for x in self.all[max(0, i - 3):i])]
        # (a Japanese page's English name, 「© 2026 Revirall Co., Ltd.」 under its block, only where it
        # gives no Japanese one: the letter and the envelope are Japanese)
        japanese = sum(not ch.isascii() for s in self.all[:40] for ch in s.text) > 200
        found = []
        for s in own[:1] + top + block:
            m = t.COMPANY_LINE.search(s.text)
            end = _tail(s.text, m) if m else 0
            if m and len(words := capitalised_name(s.text[m.start():end])) <= 60:
                name = japanese_name(words, s.text[end:end + 1])
                if len(name) > 4 or not name.startswith(("株式会社", "有限会社", "合同会社")):
                    found.append((name, s, m))
                    if not (japanese and name.isascii()):
                        break
        if found:
            self.add("name", *next((f for f in found if not f[0].isascii()), found[0]) if japanese else found[0])
        # The latest of the dates the policy gives for itself (「2009年10月1日制定 / 2017年10月1日改定」: the
        # revision, not the adoption; 「制定日：…」, 「制定日: 2026-05-04」); else a date over the signature
        # (「2023年1月31日 / 高橋株式会社 / 代表取締役」)
        dated = [(_revised(m), s, m) for s in self.all for m in t.REVISED.finditer(s.text)] + \
            [(_day(m), s, m) for s in self.all for m in t.DATED_LABEL.finditer(s.text)] + \
            [(_era_day(m), s, m) for s in self.all for pattern in (t.ERA_REVISED, t.ERA_LABEL)
             for m in pattern.finditer(s.text)]  # (「最終更新日：平成27年2月9日」: the label first)
        dated = [d for d in dated if d[0]] or \
            [(_day(m), s, m) for i, s in enumerate(self.all[:-1]) if (m := t.DATE_LINE.fullmatch(s.text.strip()))
             and t.COMPANY_LINE.match(self.all[i + 1].text.strip())][:1]
        # (a revision before the day it took effect: 「2012年12月1日改訂 / 2013年1月2日施行」 is revised on
        # the first; 「この規程は、令和3年5月1日から施行する」 alone dates the policy by its taking effect)
        # (a date no record may hold, 「2099年5月1日改定」: a typo, no date; the import would fail on it)
        if (dated := [d for d in dated if d[0] and not event_date_problem(date.fromisoformat(d[0]))]):
            revised = [d for d in dated if not re.search("施行|制定", d[2].group(0))]
            self.add("policy.revised", *max(revised or dated, key=lambda d: d[0]))


# 「株式会社N&P JAPAN（以下「当社」…）」: a Latin name's words in capitals after a space, where the name
# is defined as the company's own right after them
CAPITALS_AFTER = re.compile(r"(?: [A-Z][A-Z0-9&.'-]{1,15}){1,3}")


def _tail(text: str, m: re.Match) -> int:
    """Where the name ends: after its capitals only where the text defines it as its own there."""
    if (caps := CAPITALS_AFTER.match(text, m.end())) and t.DEFINED_AS_OWN.match(text, caps.end()):
        return caps.end()
    return m.end()


def _era_day(m: re.Match) -> str | None:
    year = 1 if m.group("y") == "元" else int(m.group("y"))
    day = from_era(m.group("era"), year, int(m.group("m")), int(m.group("d")))
    return day.isoformat() if day else None


def _day(m: re.Match) -> str | None:
    """The date as YYYY-MM-DD; None for one no calendar has (「2023年13月1日」: a typo, no date)."""
    try:
        return date(*map(int, m.group("y", "m", "d"))).isoformat()
    except ValueError:
        return None


def _revised(m: re.Match) -> str | None:
    """A REVISED match's date as YYYY-MM-DD; None for one no calendar has (「2023年13月1日」, "Foo 1, 2020")."""
    try:
        if m.group(1):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        month = datetime.strptime(m.group(8)[:3], "%b").month
        return date(int(m.group(10)), month, int(m.group(9))).isoformat()
    except ValueError:
        return None
