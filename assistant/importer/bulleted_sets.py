"""A bulleted list of the documents to send where the first item is itself a choice by examples
and each item after it is one more document:

    (2)本人確認のため、以下の書類を…郵送またはご持参ください。
    - 運転免許証、パスポート等の写真で本人確認ができるものの写し
    - 住民票の写し(…30日以内に作成されたもの)

The lead asks for "the documents below" with no "one of"; the first item offers its own choice
(「…等の…もの」, 「…のいずれか」), so the items after it are each needed besides it, never more
alternatives to it. Only the items with the first one's own marker belong to the list; a line of
another kind ends it. Every pattern here is bounded (linear time)."""
from __future__ import annotations

import re

from assistant.importer import terms as t

# 「以下の書類を」, 「下記の書類をご用意」: a lead asking for the documents listed below, all of them
# (「【申込書面をご提出いただく際に同封いただくもの】」: a heading naming what to enclose, all of it)
ALL_BELOW = re.compile(r"(以下|下記|次)の(書類|もの|資料)(を|も)|同封(いただく|頂く|する)(もの|書類)[】\]]?$")
# 「運転免許証、パスポート等の写真で本人確認ができるもの」: a category given by examples, one of them
BY_EXAMPLES = re.compile(r"等の[^。、]{0,25}もの")
PLAIN = "\n"  # the marker of a list whose lines carry no mark
# a lead that says how many or "one of" is some other list's structure
COUNTED = re.compile(r"いずれか|どれか|[0-9一二]\s?(点|種類|通)")


def opening_marker(text: str, named: list[str], lead: str) -> str | None:
    """The bullet mark of a list's first item that offers its own choice, under a lead asking for
    all the documents below; None where the line opens no such list."""
    if not t.BULLET.match(text) and len(named) >= 2 and BY_EXAMPLES.search(text) and not text.endswith("。") \
            and ALL_BELOW.search(lead) and not COUNTED.search(lead):
        return PLAIN  # the same list with its marks lost (the page's bullets drawn, not written)
    if not t.BULLET.match(text) or t.NUMBERED.match(text) or len(named) < 2:
        return None
    if not (BY_EXAMPLES.search(text) or t.CHOICE.search(text)):
        return None
    marker = text.lstrip()[:1]
    if lead.lstrip()[:1] == marker or not ALL_BELOW.search(lead) or COUNTED.search(lead):
        return None  # the lead is no item of the list it leads into
    return marker


def next_item(text: str, marker: str | None) -> bool:
    """Whether this line is another item of the list the marker opened."""
    if marker == PLAIN:
        return t.BULLET.match(text) is None and not text.rstrip().endswith("。") and len(text) <= 80
    return bool(marker) and t.BULLET.match(text) is not None and text.lstrip()[:1] == marker


def each_item_needed(text: str, named: list[str], before: bool, near: str) -> bool:
    """「1.公的証明書の写し(運転免許証、旅券、健康保険証のいずれか一つ以上) / 2.住民票 / 3.印鑑証明書」:
    where a numbered item offers its own choice, the items after it that name one document are
    each needed besides it (the choice is inside the item, not between the items). Not where the
    list is the "one photo ID, or two without" kind, or an item joins the next with "or"."""
    if not t.NUMBERED.match(text):
        return False if not t.BULLET.match(text) else before
    if t.ONE_SUFFICES.search(near) or t.NO_PHOTO.search(near) or t.OR_ITEM.search(text):
        return False
    return before or (len(named) >= 2 and t.CHOICE.search(text) is not None)


# 「ご本人確認書類の写し(4.「…」に定めるもの)」: an item asking for an ID whose kinds it does not name
GENERIC_ID = re.compile(r"(ご|お)?(本人|申請者|請求者|申込者)?(様)?(の)?(本人確認|身分証明)(書類|書)")


def id_beside_a_document(lines: list[str], index: int) -> re.Match | None:
    """「下記の書類を添付して / ア.印鑑証明書(…3か月以内) / イ.ご本人確認書類の写し(4.「…」)」:
    under a lead asking for all the documents below, an item asking for an ID of kinds it does not
    name, beside an item naming a document: two documents, never "one of" them (the record keeps
    the count as a note to check where it names fewer kinds). The match on the ID item, or None."""
    text = lines[index]
    item = t.BULLET.match(text)
    m = GENERIC_ID.match(text, item.end()) if item else None
    if not m or t.kinds_named(text[m.end():]):
        return None  # 「② 本人確認書類（運転免許証の写し、…）」: the item names its own kinds
    start = index
    while start > 0 and t.BULLET.match(lines[start - 1]) and not ALL_BELOW.search(lines[start - 1]):
        start -= 1
    lead = lines[start - 1] if start else ""  # 「2. …下記の書類を添付して」: an item may lead
    if not ALL_BELOW.search(lead) or COUNTED.search(lead):
        return None
    end = index + 1
    while end < len(lines) and t.BULLET.match(lines[end]):
        end += 1
    siblings = lines[start:index] + lines[index + 1:end]
    named = any(pattern.search(x) and kind != "power-of-attorney" for x in siblings for pattern, kind in t.DOCUMENTS)
    return m if named else None


ITEM_MARK = re.compile(r"\s*[（(]?([アイウエオカキクケコ]|[a-eA-E]|[1-9])[)）.．]?\s")
ADDED_REACH = 8  # lines above an item within which its lead may add it by its mark


def added_by_mark(above: list[str], text: str) -> bool:
    """「次のアからウまでのいずれか1点の写しに加え、エの書類」 / 「エ 住民票の写し」: the lead adds this
    item by its mark, besides the choice it offers among the others (a line of its own, never one
    of them)."""
    m = ITEM_MARK.match(text)
    if not m:
        return False
    mark = re.escape(m.group(1))
    added = re.compile(rf"(に加え|に加えて|と併せて|とあわせて|のほか)[、,]?\s?{mark}(?![からまで〜~-])|"
                       rf"(?<![からまで〜~-]){mark}(の書類)?(も|を)(あわせて|併せて|加えて)")
    return any(added.search(line) for line in above[-ADDED_REACH:])
