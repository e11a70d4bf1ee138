"""Two items of one list of things to send, each the person's identity document:

    以下の書類4点を揃えて、…ご郵送してください。
    ① 「…請求書」
    ② 「ご本人様確認書類」住民票の写し
    ③ 「ご本人様確認書類」運転免許証のコピー等
    ④ 手数料…

The lead asks for everything listed (no "one of"), so each ID item goes besides the other: two
documents, never one of a list (the record keeps the count as a note to check where the list
names fewer kinds). A list of kinds only (every item an ID, 「いずれか」 in the lead) is another
structure and left alone. Every pattern here is bounded (linear time)."""
from __future__ import annotations

import re

from assistant.importer import terms as t
from assistant.importer.bulleted_sets import GENERIC_ID

# 「以下の書類4点を揃えて」, 「下記の書類を同封して」: a lead asking for all the items below
ALL_ITEMS = re.compile(r"(以下|下記|次)の(書類|もの|資料)(を|も|[0-9]{1,2}\s?(点|種類|通))")
# a lead offering a choice, or items offering one between them, is some other list's structure
CHOICE = re.compile(r"いずれか|どれか|何れか|(1|一)\s?(点|部|通)(を|で|の|以上)|または\s*$|又は\s*$|もしくは\s*$")
PERSONS_ID = re.compile(r"住民票|運転免許|パスポート|旅券|保険証|個人番号カード|マイナンバーカード|在留カード|印鑑(登録)?証明")
NOT_THE_PERSONS = re.compile(r"代理|委任|法定|戸籍|請求書|申請書|手数料|切手|為替")
LEAD_REACH = 3  # a heading (「ご郵送頂く書類等」) may stand between the lead and its items


def _is_id_item(text: str) -> bool:
    item = t.BULLET.match(text)
    if not item or text.lstrip().startswith(t.NOTE_MARKS):
        return False  # 「※住民票の写し及び印鑑登録証明書は、発行日から3か月以内…」: a note on items above
    body = text[item.end():]
    return bool(GENERIC_ID.search(body) or PERSONS_ID.search(body)) and not NOT_THE_PERSONS.search(body)


def id_items(lines: list[str]) -> int | None:
    """The index of the second ID item of a list asking for all its items, or None."""
    index = 0
    while index < len(lines):
        if not t.BULLET.match(lines[index]):
            index += 1
            continue
        end = index
        while end < len(lines) and t.BULLET.match(lines[end]):
            end += 1
        leads = lines[max(0, index - LEAD_REACH):index]
        items = lines[index:end]
        ids = [i for i, x in enumerate(items, index) if _is_id_item(x)]
        proper = [x for x in items if not x.lstrip().startswith(t.NOTE_MARKS)]  # a note is no item
        if len(ids) >= 2 and len(ids) < len(proper) and any(ALL_ITEMS.search(x) for x in leads) \
                and not any(CHOICE.search(x) for x in leads + items):
            return ids[1]
        index = end
    return None
