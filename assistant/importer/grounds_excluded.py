"""Grounds written as what a request does not cover: 「なお、同法律により、次に該当するものは請求の
対象から除きますのでご了承ください。」, 「以下に該当する保有個人データは、開示等の対象としておりま
せん」 over a list whose items are each a thing excluded (「…のおそれがあるもの」, 「6か月以内に消去する
こととなるもの」; under 「(1)「保有個人データ」に該当しないもの」, 「(2)…法律…により開示等の対象と
しないもの」 the items of each group); an item that only heads sub-items of another style
(「【1】その存否が明らかになることにより…もの」 over 「(1)…」「(2)…」) is their group, not a ground."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.importer import terms as t
from assistant.importer.grounds_not_leads import catch_all

if TYPE_CHECKING:
    from assistant.importer.facts import Proposal, Sentence

EXCLUDED_LEAD = re.compile(r"(以下|次|下記)[^。]{0,30}(請求|開示)等?の?対象(から|より)除(き|く|外)|"
                           r"(以下|次|下記)[^。]{0,30}(請求|開示)等?の?対象外と(し|いた|致|な)|"
                           # 「以下に該当する保有個人データは、開示等の対象としておりません」
                           r"(以下|次|下記)[^。]{0,30}(請求|開示)等?の?対象と(?:は)?(?:して|いたして|致して|し)?"
                           r"(?:おりません|おらず|いません|ません|ない)")
# An item's marker: a bullet, 「(1)」, 「①」, or 「【1】」 / 「［1］」.
MARKER = re.compile(r"^\s*(?:【[0-9０-９]{1,2}】|［[0-9０-９]{1,2}］|\[[0-9]{1,2}\])\s*")
LIST_SPAN = 12
# An item written without a marker: a noun phrase, no sentence (「…権限がないもの」, 「…場合」).
UNMARKED_ITEM = re.compile(r"(もの|場合|とき)$")
EMPTY = re.compile("")  # items looked at below the lead


def _marker(text: str) -> "re.Match | None":
    return MARKER.match(text) or t.BULLET.match(text)


def _style(m: re.Match) -> str:
    """The kind of marker: its first character, digits counted alike (「(1)」, 「(2)」 one style)."""
    return re.sub(r"[0-9０-９]+", "0", m.group(0).strip())[:2]


class ExcludedGroundsRules:
    """Excluded things as refusal grounds: mixed into the extractor."""

    region: "list[Sentence]"
    proposal: "Proposal"

    def excluded_grounds(self) -> None:
        for index, s in enumerate(self.region):
            if _marker(s.text) or not EXCLUDED_LEAD.search(s.text):
                continue
            # the page's own numbering above the lead (「1. 請求の対象となる…」): its next number
            # (「2. 請求と開示方法について」) ends the list
            outer = {_style(m) for x in self.region[max(0, index - LIST_SPAN):index] if (m := _marker(x.text))}
            items = []
            for x in self.region[index + 1:index + 1 + LIST_SPAN]:
                m = _marker(x.text)
                # 「(1)…に該当しないもの / 弊社が…権限がないもの」: the group's items written unmarked
                unmarked = m is None and items and UNMARKED_ITEM.search(x.text) and len(x.text) <= 120
                if not unmarked and (m is None or _style(m) in outer):
                    break
                items.append((x, m or EMPTY.match("")))
            for at, (x, m) in enumerate(items):
                later = items[at + 1][1] if at + 1 < len(items) else None
                if m.group(0) and later is not None and not later.group(0):
                    continue  # a marked line over unmarked items heads their group
                # (only the list's first style heads groups: the last sub-item of a group, before
                # the next heading, is a ground)
                rest = {_style(n) for _, n in items[at + 1:]}
                if later is not None and _style(later) != _style(m) == _style(items[0][1]) and (
                        _style(m) in rest or len(items) - at > 2 and len(rest) == 1):
                    continue  # a group's heading: the sub-items of another style below are the grounds
                    # (the last group's too, two or more sub-items of one style to the list's end)
                body = x.text[m.end():].strip().rstrip("；;。.、")
                # 「(4)その他、法令等に定めるもの等」: a catch-all names no ground of its own
                if body and (body.endswith("もの") or not t.DANGLING.search(body)) and not catch_all(body) \
                        and not (later is not None and t.CATEGORY_TITLE.search(body)  # 「…定める以下の場合」 over items
                                 # (a sub-item before the next group's heading heads nothing:
                                 # 「・…法施行令で定めるもの」 over 「(2)…」)
                                 and not _style(later) == _style(items[0][1]) != _style(m)):
                    self.add("refusal_grounds", body, x)
